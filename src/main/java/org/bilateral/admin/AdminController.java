package org.bilateral.admin;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The start page of the admin: where editors choose which records to work on, and
 * administrators also find the users.
 */
@Controller
class AdminController {

	/** The record types editors keep, by the address of their admin pages. */
	static final List<String> RECORD_TYPES = List.of("relations", "visits", "ambassadors", "agreements",
			"trade-figures", "cultural-centres", "events", "people", "sources");

	@ModelAttribute("recordTypes")
	List<String> recordTypes() {
		return RECORD_TYPES;
	}

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}
