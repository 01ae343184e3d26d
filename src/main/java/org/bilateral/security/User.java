package org.bilateral.security;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.bilateral.common.AuditedEntity;

/**
 * A person who signs in to keep the records. The password is kept only as a hash; a
 * disabled user cannot sign in.
 */
@Entity
@Table(name = "app_user")
public class User extends AuditedEntity {

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	protected User() {
	}

	/**
	 * The form a username is stored and looked up in: without surrounding spaces, in
	 * lower case.
	 */
	public static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	User(String username, String passwordHash, Role role) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
