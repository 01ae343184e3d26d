package org.bilateral.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the sign-in page; Spring Security itself takes the form's POST to {@code /login}.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "security/login";
	}

}
