package org.bilateral.security;

import org.junit.jupiter.api.Test;

import org.bilateral.Pages;
import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down: five failures for one username, or twenty from one
 * client address, within the window refuse sign-ins, even with the right password, until
 * the lock lifts by itself. The counts are in the database; the tests move their times
 * back rather than wait.
 */
@PortalTest
class SignInThrottleTests {

	static final String LOCKED = "/login?locked";

	static final String FAILED = "/login?error";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void fiveFailuresForOneUsernameLockIt() {
		User editor = this.users.editor();
		for (int i = 0; i < 4; i++) {
			assertThat(fromNewAddress().signIn(editor.getUsername(), "wrong password " + i)).hasRedirectedUrl(FAILED);
		}
		assertThat(fromNewAddress().signIn(editor.getUsername().toUpperCase(), "wrong again")).hasRedirectedUrl(FAILED);
		BrowserSession browser = fromNewAddress();
		assertThat(browser.signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl(LOCKED);
		assertThat(Pages.parse(browser.get(LOCKED)).select("#sign-in-error[role=alert]").text())
			.isEqualTo("Too many failed sign-ins. Try again in a few minutes.");
		assertThat(fromNewAddress().signIn(this.users.editor().getUsername(), TestUsers.PASSWORD))
			.as("other users are not locked")
			.hasRedirectedUrl("/admin");
	}

	@Test
	void twentyFailuresFromOneAddressLockIt() {
		User editor = this.users.editor();
		String address = BrowserSession.nextAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(
					new BrowserSession(this.mvc, address).signIn(this.users.uniqueUsername("guess"), "wrong password"))
				.hasRedirectedUrl(FAILED);
		}
		assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.hasRedirectedUrl(LOCKED);
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD))
			.as("other addresses are not locked")
			.hasRedirectedUrl("/admin");
	}

	@Test
	void aLockLiftsByItself() {
		User editor = this.users.editor();
		for (int i = 0; i < 5; i++) {
			fromNewAddress().signIn(editor.getUsername(), "wrong password");
		}
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl(LOCKED);
		this.users.ageFailedSignIns(editor.getUsername());
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl("/admin");
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		User editor = this.users.editor();
		for (int i = 0; i < 4; i++) {
			fromNewAddress().signIn(editor.getUsername(), "wrong password");
		}
		this.users.ageFailedSignIns(editor.getUsername());
		fromNewAddress().signIn(editor.getUsername(), "wrong password");
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl("/admin");
	}

	@Test
	void aSuccessfulSignInClearsTheUsernamesFailures() {
		User editor = this.users.editor();
		for (int i = 0; i < 4; i++) {
			fromNewAddress().signIn(editor.getUsername(), "wrong password");
		}
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl("/admin");
		for (int i = 0; i < 4; i++) {
			fromNewAddress().signIn(editor.getUsername(), "wrong password");
		}
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl("/admin");
	}

	@Test
	void unknownUsernamesAreCountedLikeKnownOnes() {
		String unknown = this.users.uniqueUsername("no-such-user");
		for (int i = 0; i < 5; i++) {
			fromNewAddress().signIn(unknown, "wrong password");
		}
		assertThat(fromNewAddress().signIn(unknown, "wrong password")).hasRedirectedUrl(LOCKED);
	}

	@Test
	void countsThatNoLongerMatterAreForgotten() {
		String unknown = this.users.uniqueUsername("no-such-user");
		String another = this.users.uniqueUsername("another-user");
		fromNewAddress().signIn(unknown, "wrong password");
		this.users.ageFailedSignIns(unknown);
		fromNewAddress().signIn(another, "wrong password");
		assertThat(this.jdbc.queryForList(
				"select subject from sign_in_attempt where kind = 'USERNAME' and subject in (?, ?)", String.class,
				unknown, another))
			.containsExactly(another);
	}

	private BrowserSession fromNewAddress() {
		return new BrowserSession(this.mvc);
	}

}
