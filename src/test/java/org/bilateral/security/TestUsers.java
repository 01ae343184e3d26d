package org.bilateral.security;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Users for tests, each with a username no other test uses, removed again with
 * {@link #removeAll()} so that tests sharing the database do not see each other's.
 */
public final class TestUsers {

	public static final String PREFIX = "test-";

	public static final String PASSWORD = "correct horse battery";

	private final UserService users;

	private final JdbcTemplate jdbc;

	public TestUsers(UserService users, JdbcTemplate jdbc) {
		this.users = users;
		this.jdbc = jdbc;
	}

	public static String uniqueUsername(String kind) {
		return PREFIX + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
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

	public void removeAll() {
		this.jdbc.update("delete from spring_session where principal_name like ?", PREFIX + "%");
		this.jdbc.update("delete from app_user where username like ?", PREFIX + "%");
	}

	/** Forgets every failed sign-in, so that no test starts throttled by another. */
	public void forgetFailedSignIns() {
		this.jdbc.update("delete from sign_in_attempt");
	}

}
