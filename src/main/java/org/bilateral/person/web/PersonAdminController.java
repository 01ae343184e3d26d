package org.bilateral.person.web;

import org.bilateral.common.admin.RecordAdminController;
import org.bilateral.person.PersonAdmin;
import org.bilateral.person.PersonForm;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors' pages for people at {@code /admin/people}.
 */
@Controller
@RequestMapping("/admin/people")
class PersonAdminController extends RecordAdminController<PersonForm> {

	PersonAdminController(PersonAdmin admin) {
		super(admin);
	}

}
