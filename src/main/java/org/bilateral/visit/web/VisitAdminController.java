package org.bilateral.visit.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.visit.VisitAdmin;
import org.bilateral.visit.VisitForm;
import org.bilateral.common.admin.RecordTypes;
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

	private final RecordTypes recordTypes;

	VisitAdminController(VisitAdmin admin, RecordTypes recordTypes) {
		super(admin);
		this.recordTypes = recordTypes;
	}

	@Override
	protected String formView() {
		return "admin/visits/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.recordTypes.addChoices(model, "relations", "countries", "people", "sources", "events");
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("roles", ParticipantRole.values());
	}

}
