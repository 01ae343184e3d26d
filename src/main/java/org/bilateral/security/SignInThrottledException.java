package org.bilateral.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because the username or the client
 * address has failed too often lately.
 */
class SignInThrottledException extends AuthenticationException {

	SignInThrottledException() {
		super("Too many failed sign-ins");
	}

}
