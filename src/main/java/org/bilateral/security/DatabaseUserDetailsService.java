package org.bilateral.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the user signing in, whatever the case or surrounding spaces of the typed
 * username, for Spring Security to check the password and whether the user is enabled.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	DatabaseUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		User user = this.users.findByUsername(User.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

}
