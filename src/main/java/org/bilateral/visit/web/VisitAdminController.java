package org.bilateral.visit.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.common.admin.ReferenceData;
import org.bilateral.history.RevisionHistory;
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

	private final ReferenceData referenceData;

	VisitAdminController(VisitAdmin admin, RevisionHistory history, ReferenceData referenceData) {
		super(admin, history);
		this.referenceData = referenceData;
	}

	@Override
	protected String formView() {
		return "admin/visits/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.referenceData.addTo(model, ReferenceData.List.RELATIONS, ReferenceData.List.COUNTRIES,
				ReferenceData.List.PEOPLE, ReferenceData.List.SOURCES, ReferenceData.List.EVENTS);
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("roles", ParticipantRole.values());
	}

}
