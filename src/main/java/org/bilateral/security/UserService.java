package org.bilateral.security;

import java.util.List;

import org.bilateral.common.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages the users who sign in: creates them, resets their passwords, and disables or
 * enables them. Disabling a user, or resetting a password, also ends the sessions the
 * user has open, on every portal instance, since sessions live in the database.
 */
@Service
public class UserService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserService(UserRepository users, PasswordEncoder passwordEncoder,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<User> findAll() {
		return this.users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public User get(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("No user " + id));
	}

	@Transactional(readOnly = true)
	public boolean hasAnyUser() {
		return this.users.count() > 0;
	}

	/**
	 * Creates an enabled user. Not one transaction on purpose: when two administrators
	 * create the same username at once, the database's unique constraint refuses the
	 * second, and that refusal is reported as the duplicate it is.
	 * @throws DuplicateUsernameException if the username is taken
	 */
	public User create(String username, Role role, String password) {
		String name = User.normalize(username);
		if (this.users.existsByUsername(name)) {
			throw new DuplicateUsernameException(name);
		}
		try {
			return this.users.save(new User(name, this.passwordEncoder.encode(password), role));
		}
		catch (DataIntegrityViolationException ex) {
			if (this.users.existsByUsername(name)) {
				throw new DuplicateUsernameException(name);
			}
			throw ex;
		}
	}

	/**
	 * Sets a new password and ends the user's other sessions, keeping only the one that
	 * asked for the change (when administrators reset their own password).
	 */
	@Transactional
	public void resetPassword(long id, String password, String keptSessionId) {
		User user = get(id);
		user.setPasswordHash(this.passwordEncoder.encode(password));
		endSessions(user.getUsername(), keptSessionId);
	}

	@Transactional
	public void enable(long id) {
		get(id).setEnabled(true);
	}

	@Transactional
	public void disable(long id) {
		User user = get(id);
		user.setEnabled(false);
		endSessions(user.getUsername(), null);
	}

	private void endSessions(String username, String keptSessionId) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((sessionId) -> !sessionId.equals(keptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
