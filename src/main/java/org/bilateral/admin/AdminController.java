package org.bilateral.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page of the admin: where editors choose which records to work on, and
 * administrators also find the users.
 */
@Controller
class AdminController {

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}
