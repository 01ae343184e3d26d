package org.bilateral.security.web;

import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.bilateral.common.web.Bidi;
import org.bilateral.security.DuplicateUsernameException;
import org.bilateral.security.Role;
import org.bilateral.security.User;
import org.bilateral.security.UserService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages for users: the list, a new user, a password reset, and
 * disabling or enabling an account. Only administrators reach them (see the security
 * configuration).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "admin/users/form";

	private static final String PASSWORD_FORM = "admin/users/password";

	private static final String REDIRECT_TO_LIST = "redirect:/admin/users";

	private final UserService users;

	private final MessageSource messages;

	UserAdminController(UserService users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	/**
	 * A password is kept exactly as typed, spaces around it included, because signing in
	 * checks it exactly as typed; only an empty one counts as not given.
	 */
	@InitBinder
	void keepPasswordsAsTyped(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue((text == null || text.isEmpty()) ? null : text);
			}

		});
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.findAll());
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new NewUserForm());
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		if (!result.hasErrors()) {
			try {
				this.users.create(form.getUsername(), form.getRole(), form.getPassword());
			}
			catch (DuplicateUsernameException ex) {
				result.rejectValue("username", "user.username.taken");
			}
		}
		if (result.hasErrors()) {
			return FORM;
		}
		notice(redirect, "user.created", form.getUsername(), locale);
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/{id:\\d+}/password")
	String passwordForm(@PathVariable long id, Model model) {
		model.addAttribute("user", this.users.get(id));
		model.addAttribute("passwordForm", new PasswordForm());
		return PASSWORD_FORM;
	}

	@PostMapping("/{id:\\d+}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, HttpSession session, RedirectAttributes redirect, Locale locale) {
		User user = this.users.get(id);
		if (result.hasErrors()) {
			model.addAttribute("user", user);
			return PASSWORD_FORM;
		}
		this.users.resetPassword(id, form.getPassword(), session.getId());
		notice(redirect, "user.passwordReset", user.getUsername(), locale);
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/{id:\\d+}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect, Locale locale) {
		User user = this.users.get(id);
		if (user.getUsername().equals(principal.getName())) {
			notice(redirect, "user.disable.self", user.getUsername(), locale);
		}
		else {
			this.users.disable(id);
			notice(redirect, "user.disabled", user.getUsername(), locale);
		}
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/{id:\\d+}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		User user = this.users.get(id);
		this.users.enable(id);
		notice(redirect, "user.enabled", user.getUsername(), locale);
		return REDIRECT_TO_LIST;
	}

	private void notice(RedirectAttributes redirect, String code, String username, Locale locale) {
		redirect.addFlashAttribute("notice",
				this.messages.getMessage(code, new Object[] { Bidi.isolated(username) }, locale));
	}

}
