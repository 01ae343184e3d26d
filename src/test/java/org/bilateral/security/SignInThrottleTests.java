package org.bilateral.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.bilateral.Pages;
import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed down without anyone being able to lock an account: twenty
 * failures from one client address lock that address for every username; five failures
 * for one username make each further failure pause the address it came from, for that
 * username, for longer each time; an address that has not failed always gets its right
 * password checked. The counts are in the database; the tests move their times back
 * rather than wait.
 */
@PortalTest
class SignInThrottleTests {

	static final String LOCKED = "/login?locked";

	static final String FAILED = "/login?error";

	static final String SIGNED_IN = "/admin";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestUsers users;

	@Test
	void wrongPasswordsForAnAccountFromOneAddressNeverStopItsOwnerOnAnother() {
		User admin = this.users.admin();
		String attacker = BrowserSession.nextAddress();
		for (int i = 0; i < 6; i++) {
			assertThat(new BrowserSession(this.mvc, attacker).signIn(admin.getUsername(), "wrong password " + i))
				.hasRedirectedUrl(FAILED);
		}
		for (int i = 0; i < 10; i++) {
			assertThat(new BrowserSession(this.mvc, attacker).signIn(admin.getUsername(), "wrong again " + i))
				.as("the guessing address is paused")
				.hasRedirectedUrl(LOCKED);
		}
		BrowserSession owner = fromNewAddress();
		assertThat(owner.signIn(admin.getUsername(), TestUsers.PASSWORD)).as("the owner, elsewhere")
			.hasRedirectedUrl(SIGNED_IN);
		assertThat(new BrowserSession(this.mvc, attacker).signIn(admin.getUsername(), "yet another guess"))
			.as("a success elsewhere does not lift the guessing address's pause")
			.hasRedirectedUrl(LOCKED);
	}

	@Test
	void theRefusedAreToldToWaitInOneMessageForEveryReason() {
		User editor = this.users.editor();
		String address = BrowserSession.nextAddress();
		for (int i = 0; i < 6; i++) {
			new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "wrong password");
		}
		BrowserSession browser = new BrowserSession(this.mvc, address);
		assertThat(browser.signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl(LOCKED);
		assertThat(Pages.parse(browser.get(LOCKED)).select("#sign-in-error[role=alert]").text())
			.isEqualTo("Too many failed sign-ins. Try again in a few minutes.");
	}

	@Test
	void manyAddressesGuessingOneAccountGetOneGuessEachPerPauseAndThePausesGrow() {
		User editor = this.users.editor();
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String address = BrowserSession.nextAddress();
			addresses.add(address);
			assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "guess " + i))
				.hasRedirectedUrl(FAILED);
		}
		for (String address : addresses.subList(0, 5)) {
			assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "free guess"))
				.as("the first five failures cost no pause")
				.hasRedirectedUrl(FAILED);
		}
		for (String address : addresses.subList(5, 12)) {
			assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "second guess"))
				.as("an address that failed after the first five waits")
				.hasRedirectedUrl(LOCKED);
		}
		List<Duration> pauses = pauses(editor, addresses.subList(5, 12));
		assertThat(pauses).isSortedAccordingTo(Duration::compareTo);
		assertThat(pauses.get(0)).as("the first pause").isBetween(Duration.ofSeconds(20), Duration.ofSeconds(30));
		assertThat(pauses.get(1)).as("twice as long").isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));
		assertThat(pauses.get(6)).as("the longest pause").isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD))
			.as("the right password from an address that has not failed")
			.hasRedirectedUrl(SIGNED_IN);
	}

	@Test
	void aPausedAddressMayGuessAgainWhenItsPauseIsOver() {
		User editor = this.users.editor();
		String address = BrowserSession.nextAddress();
		for (int i = 0; i < 6; i++) {
			new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "wrong password");
		}
		assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.hasRedirectedUrl(LOCKED);
		this.users.endPauses(editor.getUsername());
		assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.hasRedirectedUrl(SIGNED_IN);
	}

	@Test
	void oneAddressTryingManyAccountsIsStopped() {
		User editor = this.users.editor();
		String address = BrowserSession.nextAddress();
		for (int i = 0; i < 20; i++) {
			assertThat(
					new BrowserSession(this.mvc, address).signIn(this.users.uniqueUsername("guess"), "wrong password"))
				.hasRedirectedUrl(FAILED);
		}
		assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.as("every username, the right password too")
			.hasRedirectedUrl(LOCKED);
		assertThat(new BrowserSession(this.mvc, address).signIn(this.users.uniqueUsername("guess"), "wrong password"))
			.hasRedirectedUrl(LOCKED);
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD))
			.as("other addresses are not locked")
			.hasRedirectedUrl(SIGNED_IN);
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		User editor = this.users.editor();
		String address = BrowserSession.nextAddress();
		for (int i = 0; i < 5; i++) {
			new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "wrong password");
		}
		this.users.ageFailedSignIns(editor.getUsername());
		assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "wrong password"))
			.hasRedirectedUrl(FAILED);
		assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.as("one failure in the window pauses nothing")
			.hasRedirectedUrl(SIGNED_IN);
	}

	@Test
	void aSuccessfulSignInClearsTheUsernamesFailures() {
		User editor = this.users.editor();
		String address = BrowserSession.nextAddress();
		for (int i = 0; i < 5; i++) {
			fromNewAddress().signIn(editor.getUsername(), "wrong password");
		}
		assertThat(fromNewAddress().signIn(editor.getUsername(), TestUsers.PASSWORD)).hasRedirectedUrl(SIGNED_IN);
		for (int i = 0; i < 5; i++) {
			new BrowserSession(this.mvc, address).signIn(editor.getUsername(), "wrong password");
		}
		assertThat(new BrowserSession(this.mvc, address).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.as("five failures since the success: none paused")
			.hasRedirectedUrl(SIGNED_IN);
	}

	@Test
	void unknownUsernamesAreCountedLikeKnownOnes() {
		String unknown = this.users.uniqueUsername("no-such-user");
		String address = BrowserSession.nextAddress();
		for (int i = 0; i < 6; i++) {
			new BrowserSession(this.mvc, address).signIn(unknown, "wrong password");
		}
		assertThat(new BrowserSession(this.mvc, address).signIn(unknown, "wrong password")).hasRedirectedUrl(LOCKED);
	}

	@Test
	void countsThatNoLongerMatterAreForgotten() {
		String unknown = this.users.uniqueUsername("no-such-user");
		String another = this.users.uniqueUsername("another-user");
		fromNewAddress().signIn(unknown, "wrong password");
		this.users.ageFailedSignIns(unknown);
		fromNewAddress().signIn(another, "wrong password");
		assertThat(this.jdbc.queryForList("""
				select subject from sign_in_attempt
				where (kind = 'USERNAME' and subject in (?, ?))
				or (kind = 'ADDRESS_USERNAME' and substr(subject, strpos(subject, ' ') + 1) in (?, ?))""", String.class,
				unknown, another, unknown, another))
			.hasSize(2)
			.allSatisfy((subject) -> assertThat(subject).endsWith(another));
	}

	/** How long each address, in order, is paused for the user, from now. */
	private List<Duration> pauses(User user, List<String> addresses) {
		List<Duration> pauses = new ArrayList<>();
		for (String address : addresses) {
			pauses.add(Duration.ofMillis(this.jdbc.queryForObject("""
					select (extract(epoch from lock_ends_at - now()) * 1000)::bigint from sign_in_attempt
					where kind = 'ADDRESS_USERNAME' and subject = ?""", Long.class,
					SignInThrottle.pair(user.getUsername(), address))));
		}
		return pauses;
	}

	private BrowserSession fromNewAddress() {
		return new BrowserSession(this.mvc);
	}

}
