package org.bilateral.culture.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.common.admin.ReferenceData;
import org.bilateral.history.RevisionHistory;

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

	private final ReferenceData referenceData;

	CulturalCentreAdminController(CulturalCentreAdmin admin, RevisionHistory history, ReferenceData referenceData) {
		super(admin, history);
		this.referenceData = referenceData;
	}

	@Override
	protected String formView() {
		return "admin/cultural-centres/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.referenceData.addTo(model, ReferenceData.List.RELATIONS, ReferenceData.List.COUNTRIES,
				ReferenceData.List.SOURCES);
	}

}
