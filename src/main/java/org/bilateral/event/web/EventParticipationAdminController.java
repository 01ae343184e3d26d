package org.bilateral.event.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.event.EventParticipationAdmin;
import org.bilateral.event.EventParticipationForm;
import org.bilateral.common.admin.RecordTypes;

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

	private final RecordTypes recordTypes;

	EventParticipationAdminController(EventParticipationAdmin admin, RecordTypes recordTypes) {
		super(admin);
		this.recordTypes = recordTypes;
	}

	@Override
	protected String formView() {
		return "admin/events/form";
	}

	@ModelAttribute
	void referenceLists(Model model) {
		this.recordTypes.addChoices(model, "relations", "countries", "sources");
	}

}
