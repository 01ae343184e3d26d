package org.bilateral.admin;

import java.util.List;

import org.bilateral.common.admin.RecordAdmin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The start page of the admin: where editors choose which records to work on, and
 * administrators also find the users. The record types are the ones the features declare,
 * in the order of their {@code @Order}.
 */
@Controller
class AdminController {

	private final List<String> recordTypes;

	AdminController(ObjectProvider<RecordAdmin<?>> admins) {
		this.recordTypes = admins.orderedStream().map(RecordAdmin::type).toList();
	}

	@ModelAttribute("recordTypes")
	List<String> recordTypes() {
		return this.recordTypes;
	}

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}
