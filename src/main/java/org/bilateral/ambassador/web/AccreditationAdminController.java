package org.bilateral.ambassador.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.ambassador.AccreditationAdmin;
import org.bilateral.ambassador.AccreditationForm;
import org.bilateral.common.admin.RecordTypes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for heads of mission at {@code /admin/ambassadors}.
 */
@Controller
@RequestMapping("/admin/ambassadors")
class AccreditationAdminController extends RecordAdminController<AccreditationForm> {

	private final RecordTypes recordTypes;

	AccreditationAdminController(AccreditationAdmin admin, RecordTypes recordTypes) {
		super(admin);
		this.recordTypes = recordTypes;
	}

	@Override
	protected String formView() {
		return "admin/ambassadors/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.recordTypes.addChoices(model, "relations", "people", "countries", "sources");
	}

}
