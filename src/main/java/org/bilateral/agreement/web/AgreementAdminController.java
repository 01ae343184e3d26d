package org.bilateral.agreement.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.agreement.AgreementAdmin;
import org.bilateral.agreement.AgreementForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for the legal framework at {@code /admin/agreements}.
 */
@Controller
@RequestMapping("/admin/agreements")
class AgreementAdminController extends RecordAdminController<AgreementForm> {

	AgreementAdminController(AgreementAdmin admin) {
		super(admin);
	}

}
