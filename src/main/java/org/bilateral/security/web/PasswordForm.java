package org.bilateral.security.web;

/**
 * The new password an administrator sets for a user.
 */
class PasswordForm {

	@NewPassword
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
