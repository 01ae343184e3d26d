package org.bilateral.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the {@link SignInThrottle} in front of the password check: a locked address, or an
 * address paused for the username, is refused before the password is looked at; every
 * failure is counted, and a success clears the username's count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttle.isRefused(username, address)) {
			throw new SignInThrottledException();
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.throttle.recordSuccess(username, address);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordFailure(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
