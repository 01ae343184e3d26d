package org.bilateral.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes a new portal usable without a default password: on a start with no user at all,
 * it creates the administrator {@code admin}, with the password of
 * {@code bilateral.admin.password} ({@code BILATERAL_ADMIN_PASSWORD}) if one is set, and
 * otherwise with a random one written once to the log.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	private static final Log logger = LogFactory.getLog(FirstAdministrator.class);

	private static final SecureRandom random = new SecureRandom();

	private final UserService users;

	private final String configuredPassword;

	FirstAdministrator(UserService users, @Value("${bilateral.admin.password:}") String configuredPassword) {
		this.users = users;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.hasAnyUser()) {
			return;
		}
		boolean configured = StringUtils.hasText(this.configuredPassword);
		if (configured && !PasswordRule.isSatisfiedBy(this.configuredPassword)) {
			throw new IllegalStateException("bilateral.admin.password must have " + PasswordRule.MIN_LENGTH + " to "
					+ PasswordRule.MAX_BYTES + " characters");
		}
		String password = configured ? this.configuredPassword : randomPassword();
		try {
			this.users.create(USERNAME, Role.ADMIN, password);
		}
		catch (DuplicateUsernameException | DataIntegrityViolationException ex) {
			logger.info("Another portal instance has just created the first administrator");
			return;
		}
		if (configured) {
			logger.info("Created the administrator '" + USERNAME + "' with the password of bilateral.admin.password");
		}
		else {
			logger.warn(String.format(
					"%n%n*** FIRST ADMINISTRATOR ***%n"
							+ "No user existed, so the administrator '%s' was created with this password,%n"
							+ "shown only this once: %s%n"
							+ "Sign in at /login and set a new password under Users.%n*** END ***%n",
					USERNAME, password));
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return new String(Base64.getUrlEncoder().withoutPadding().encode(bytes), StandardCharsets.US_ASCII);
	}

}
