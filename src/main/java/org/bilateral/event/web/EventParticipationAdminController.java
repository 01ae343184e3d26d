package org.bilateral.event.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.event.EventParticipationAdmin;
import org.bilateral.event.EventParticipationForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for events at {@code /admin/events}.
 */
@Controller
@RequestMapping("/admin/events")
class EventParticipationAdminController extends RecordAdminController<EventParticipationForm> {

	EventParticipationAdminController(EventParticipationAdmin admin) {
		super(admin);
	}

}
