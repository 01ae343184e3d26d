package org.bilateral.security;

/**
 * Another user already has the username asked for; the form shows it next to the field.
 */
public class DuplicateUsernameException extends RuntimeException {

	public DuplicateUsernameException(String username) {
		super("Username already taken: " + username);
	}

}
