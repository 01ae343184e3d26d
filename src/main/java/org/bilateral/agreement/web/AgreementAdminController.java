package org.bilateral.agreement.web;

import org.bilateral.agreement.AgreementStatus;
import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.agreement.AgreementAdmin;
import org.bilateral.agreement.AgreementForm;
import org.bilateral.common.admin.RecordTypes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for the legal framework at {@code /admin/agreements}.
 */
@Controller
@RequestMapping("/admin/agreements")
class AgreementAdminController extends RecordAdminController<AgreementForm> {

	private final RecordTypes recordTypes;

	AgreementAdminController(AgreementAdmin admin, RecordTypes recordTypes) {
		super(admin);
		this.recordTypes = recordTypes;
	}

	@Override
	protected String formView() {
		return "admin/agreements/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.recordTypes.addChoices(model, "relations", "sources");
		model.addAttribute("statuses", AgreementStatus.values());
	}

}
