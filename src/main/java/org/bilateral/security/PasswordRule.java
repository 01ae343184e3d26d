package org.bilateral.security;

import java.nio.charset.StandardCharsets;

/**
 * What a new password must be: at least 12 characters, so it is hard to guess, and at
 * most 72 bytes, the most that bcrypt hashes.
 */
public final class PasswordRule {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private PasswordRule() {
	}

	public static boolean isSatisfiedBy(String password) {
		return password != null && password.length() >= MIN_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}
