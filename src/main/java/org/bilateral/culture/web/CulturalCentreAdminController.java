package org.bilateral.culture.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.culture.CulturalCentreAdmin;
import org.bilateral.culture.CulturalCentreForm;
import org.bilateral.common.admin.RecordTypes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for cultural centres at {@code /admin/cultural-centres}.
 */
@Controller
@RequestMapping("/admin/cultural-centres")
class CulturalCentreAdminController extends RecordAdminController<CulturalCentreForm> {

	private final RecordTypes recordTypes;

	CulturalCentreAdminController(CulturalCentreAdmin admin, RecordTypes recordTypes) {
		super(admin);
		this.recordTypes = recordTypes;
	}

	@Override
	protected String formView() {
		return "admin/cultural-centres/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.recordTypes.addChoices(model, "relations", "countries", "sources");
	}

}
