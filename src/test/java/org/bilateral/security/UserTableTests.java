package org.bilateral.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.bilateral.DataTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database itself keeps usernames lower-case and unique and roles known, whatever
 * writes to it.
 */
@DataTest
class UserTableTests {

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "Alice", "al ice", "<script>", "" })
	void usernamesAreLowerCaseLettersDigitsAndPunctuation(String username) {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> insert(username, "EDITOR"));
	}

	@Test
	void usernamesAreUnique() {
		insert("test-twice", "EDITOR");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insert("test-twice", "ADMIN"));
	}

	@Test
	void rolesAreEditorOrAdmin() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> insert("test-root", "ROOT"));
	}

	@Test
	void aNewUserIsEnabledWithVersionAndStamps() {
		insert("test-new", "EDITOR");
		assertThat(this.jdbc.queryForMap(
				"select enabled, version, created_at, updated_at from app_user" + " where username = 'test-new'"))
			.containsEntry("enabled", true)
			.containsEntry("version", 0L)
			.doesNotContainValue(null);
	}

	private void insert(String username, String role) {
		this.jdbc.update("insert into app_user (username, password_hash, role, created_by, updated_by)"
				+ " values (?, '{bcrypt}x', ?, 't', 't')", username, role);
	}

}
