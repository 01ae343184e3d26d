package org.bilateral.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users for tests, each with a username no other test uses. After each test (see
 * {@link org.bilateral.TestRecords.RemovedAfterEachTest}) exactly the usernames this test
 * was given are removed again: the users, their sessions and their failed sign-ins, and
 * the failed sign-ins counted for the client addresses its {@link BrowserSession}s came
 * from.
 */
public class TestUsers {

	public static final String PREFIX = "test-";

	public static final String PASSWORD = "correct horse battery";

	private final UserService users;

	private final JdbcTemplate jdbc;

	private final Set<String> usernames = new LinkedHashSet<>();

	public TestUsers(UserService users, JdbcTemplate jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * A username no user has, removed with whatever carries it after the test.
	 * @param kind a word saying what the name is for
	 * @return a lower-case username starting with {@link #PREFIX}
	 */
	public String uniqueUsername(String kind) {
		String username = PREFIX + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.usernames.add(username);
		return username;
	}

	public User editor() {
		return this.users.create(uniqueUsername("editor"), Role.EDITOR, PASSWORD);
	}

	public User admin() {
		return this.users.create(uniqueUsername("admin"), Role.ADMIN, PASSWORD);
	}

	public User disabledEditor() {
		User user = editor();
		this.users.disable(user.getId());
		return user;
	}

	/**
	 * Moves the failed sign-ins counted for a username of this test, and the pauses of
	 * the addresses it failed from, back by more than the window, as if they had happened
	 * long ago, rather than wait.
	 */
	public void ageFailedSignIns(String username) {
		this.jdbc.update("""
				update sign_in_attempt set window_starts_at = window_starts_at - interval '16 minutes',
				  lock_ends_at = lock_ends_at - interval '16 minutes'
				where (kind = 'USERNAME' and subject = ?)
				or (kind = 'ADDRESS_USERNAME' and substr(subject, strpos(subject, ' ') + 1) = ?)""",
				ownUsername(username), ownUsername(username));
	}

	/**
	 * Lifts every pause of an address for a username of this test, as if its time had
	 * passed, leaving the counts as they are.
	 */
	public void endPauses(String username) {
		this.jdbc.update("""
				update sign_in_attempt set lock_ends_at = now() - interval '1 second'
				where kind = 'ADDRESS_USERNAME' and substr(subject, strpos(subject, ' ') + 1) = ?""",
				ownUsername(username));
	}

	/**
	 * Removes the users, sessions and failed sign-ins this test made: those counted for
	 * its usernames, or for anything typed that starts with one of them, for the
	 * addresses its {@link BrowserSession}s came from, and for the loopback addresses
	 * that tests talking to a real server come from.
	 */
	public void removeAll() {
		for (String username : this.usernames) {
			this.jdbc.update("delete from spring_session where principal_name = ?", username);
			this.jdbc.update("""
					delete from sign_in_attempt
					where (kind = 'USERNAME' and left(subject, ?) = ?)
					or (kind = 'ADDRESS_USERNAME' and left(substr(subject, strpos(subject, ' ') + 1), ?) = ?)""",
					username.length(), username, username.length(), username);
			this.jdbc.update("delete from app_user where username = ?", username);
		}
		this.usernames.clear();
		List<String> addresses = new ArrayList<>(BrowserSession.takeAddressesUsed());
		addresses.addAll(List.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
		for (String address : addresses) {
			this.jdbc
				.update("""
						delete from sign_in_attempt
						where (kind = 'ADDRESS' and subject = ?) or (kind = 'ADDRESS_USERNAME' and split_part(subject, ' ', 1) = ?)""",
						address, address);
		}
	}

	private String ownUsername(String username) {
		String normalized = User.normalize(username);
		if (!this.usernames.contains(normalized)) {
			throw new IllegalArgumentException(username + " is not a username of this test");
		}
		return normalized;
	}

}
