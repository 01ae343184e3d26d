package org.bilateral.agreement.web;

import org.bilateral.agreement.AgreementStage;
import org.bilateral.agreement.AgreementStepAdmin;
import org.bilateral.agreement.AgreementStepForm;
import org.bilateral.common.admin.RecordAdminController;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for the steps of documents' lifecycles at
 * {@code /admin/agreement-steps}.
 */
@Controller
@RequestMapping("/admin/agreement-steps")
class AgreementStepAdminController extends RecordAdminController<AgreementStepForm> {

	AgreementStepAdminController(AgreementStepAdmin admin) {
		super(admin);
	}

	@ModelAttribute
	void stages(Model model) {
		model.addAttribute("stages", AgreementStage.values());
	}

}
