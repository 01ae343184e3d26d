package org.bilateral.visit.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.visit.VisitAdmin;
import org.bilateral.visit.VisitForm;
import org.bilateral.visit.ParticipantRole;
import org.bilateral.visit.VisitKind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for visits at {@code /admin/visits}.
 */
@Controller
@RequestMapping("/admin/visits")
class VisitAdminController extends RecordAdminController<VisitForm> {

	VisitAdminController(VisitAdmin admin) {
		super(admin);
	}

	@ModelAttribute
	void kindsAndRoles(Model model) {
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("roles", ParticipantRole.values());
	}

}
