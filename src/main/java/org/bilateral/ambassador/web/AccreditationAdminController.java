package org.bilateral.ambassador.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.ambassador.AccreditationAdmin;
import org.bilateral.ambassador.AccreditationForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for heads of mission at {@code /admin/ambassadors}.
 */
@Controller
@RequestMapping("/admin/ambassadors")
class AccreditationAdminController extends RecordAdminController<AccreditationForm> {

	AccreditationAdminController(AccreditationAdmin admin) {
		super(admin);
	}

}
