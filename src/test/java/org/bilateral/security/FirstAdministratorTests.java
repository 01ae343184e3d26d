package org.bilateral.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A new portal has no default password: the first start creates {@code admin} with the
 * configured password, or a random one written once to the log. Each test empties the
 * user table inside a transaction that is rolled back afterwards (the start-up code runs
 * in that same transaction), and checks that every user is back once it is.
 */
@PortalTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	@Autowired
	UserService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	private int usersBefore;

	@BeforeTransaction
	void countTheUsers() {
		this.usersBefore = countUsers();
	}

	@AfterTransaction
	void everyUserIsBack() {
		assertThat(countUsers()).as("users after the rollback").isEqualTo(this.usersBefore);
		assertThat(this.jdbc.queryForObject("select created_by from app_user where username = 'admin'", String.class))
			.isEqualTo("system");
	}

	@Test
	void thePortalStartedWithAnAdministrator() {
		assertThat(this.jdbc.queryForObject("select role from app_user where username = 'admin'", String.class))
			.isEqualTo("ADMIN");
	}

	@Test
	void theConfiguredPasswordIsTheFirstAdministrators(CapturedOutput output) {
		noUsers();
		new FirstAdministrator(this.users, "from the environment").run(null);
		assertThat(this.passwordEncoder.matches("from the environment", adminPasswordHash())).isTrue();
		assertThat(this.jdbc.queryForObject("select created_by from app_user where username = 'admin'", String.class))
			.isEqualTo("system");
		assertThat(output).doesNotContain("from the environment");
	}

	@Test
	void withoutAConfiguredPasswordARandomOneIsLoggedOnce(CapturedOutput output) {
		noUsers();
		new FirstAdministrator(this.users, "").run(null);
		Matcher logged = Pattern.compile("shown only this once: (\\S+)").matcher(output.getOut());
		assertThat(logged.find()).isTrue();
		String password = logged.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordRule.MIN_LENGTH);
		assertThat(this.passwordEncoder.matches(password, adminPasswordHash())).isTrue();
		assertThat(logged.find()).isFalse();
	}

	@Test
	void nothingIsCreatedWhenUsersExist(CapturedOutput output) {
		int before = this.jdbc.queryForObject("select count(*) from app_user", Integer.class);
		new FirstAdministrator(this.users, "").run(null);
		assertThat(this.jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(before);
		assertThat(output).doesNotContain("FIRST ADMINISTRATOR");
	}

	@Test
	void aTooShortConfiguredPasswordStopsTheStart() {
		noUsers();
		assertThatIllegalStateException().isThrownBy(() -> new FirstAdministrator(this.users, "short").run(null))
			.withMessageContaining("bilateral.admin.password");
	}

	private void noUsers() {
		this.jdbc.update("delete from app_user");
		assertThat(this.users.hasAnyUser()).isFalse();
	}

	private int countUsers() {
		return this.jdbc.queryForObject("select count(*) from app_user", Integer.class);
	}

	private String adminPasswordHash() {
		return this.jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
	}

}
