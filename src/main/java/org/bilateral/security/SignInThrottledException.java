package org.bilateral.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because the client address has failed
 * too often lately, for any username or for this one.
 */
class SignInThrottledException extends AuthenticationException {

	SignInThrottledException() {
		super("Too many failed sign-ins");
	}

}
