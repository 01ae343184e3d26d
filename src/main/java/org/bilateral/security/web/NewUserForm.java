package org.bilateral.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.bilateral.security.Role;
import org.bilateral.security.User;

/**
 * What an administrator types to create a user. The username is kept as it will be
 * stored: without surrounding spaces, in lower case.
 */
class NewUserForm {

	@NotBlank(message = "{user.username.required}")
	@Size(max = 50, message = "{user.username.size}")
	@Pattern(regexp = "[a-z0-9._-]*", message = "{user.username.pattern}")
	private String username = "";

	@NotNull(message = "{user.role.required}")
	private Role role = Role.EDITOR;

	@NewPassword
	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = User.normalize(username);
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
