package org.bilateral.event.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.common.admin.ReferenceData;
import org.bilateral.history.RevisionHistory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for events at {@code /admin/events}.
 */
@Controller
@RequestMapping("/admin/events")
class EventParticipationAdminController extends RecordAdminController<EventParticipationForm> {

	private final ReferenceData referenceData;

	EventParticipationAdminController(EventParticipationAdmin admin, RevisionHistory history,
			ReferenceData referenceData) {
		super(admin, history);
		this.referenceData = referenceData;
	}

	@Override
	protected String formView() {
		return "admin/events/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.referenceData.addTo(model, ReferenceData.List.RELATIONS, ReferenceData.List.COUNTRIES,
				ReferenceData.List.SOURCES);
	}

}
