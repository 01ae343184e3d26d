package org.bilateral.security;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock an account. Failures are counted
 * per client address, per username, and per address and username together:
 * <ul>
 * <li>a client address that fails too often within the window is locked for a while,
 * whatever username it tries (one address trying many accounts is stopped);</li>
 * <li>a username is never locked; once it has failed more often than the free failures,
 * each further failure pauses the address it came from for that username, for twice as
 * long as the last, up to a maximum (many addresses guessing one account get one guess
 * each per pause);</li>
 * <li>an address that has not failed for a username is never refused for it, so the owner
 * signs in from their own address whatever strangers try elsewhere.</li>
 * </ul>
 * The counts live in PostgreSQL, so every portal instance sees the same ones, and every
 * time comes from the database's clock. A refused sign-in costs no password check and
 * holds no request thread.
 */
@Component
class SignInThrottle {

	private static final int MAX_PART_LENGTH = 100;

	private final JdbcClient jdbc;

	private final SignInProperties properties;

	SignInThrottle(JdbcClient jdbc, SignInProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Whether a sign-in is refused before its password is checked: its address is locked,
	 * or paused for this username.
	 */
	@Transactional(readOnly = true)
	boolean isRefused(String username, String address) {
		return this.jdbc.sql("""
				select count(*) from sign_in_attempt where lock_ends_at > now()
				and ((kind = 'ADDRESS' and subject = :address) or (kind = 'ADDRESS_USERNAME' and subject = :pair))
				""")
			.param("address", part(address))
			.param("pair", pair(username, address))
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	void recordFailure(String username, String address) {
		int usernameFailures = count("USERNAME", part(User.normalize(username)));
		int addressFailures = count("ADDRESS", part(address));
		if (addressFailures >= this.properties.maxFailuresPerAddress()) {
			lock("ADDRESS", part(address), this.properties.lockDuration());
		}
		count("ADDRESS_USERNAME", pair(username, address));
		Duration pause = this.properties.pause(usernameFailures);
		if (!pause.isZero()) {
			lock("ADDRESS_USERNAME", pair(username, address), pause);
		}
		this.jdbc.sql("""
				delete from sign_in_attempt
				where window_starts_at < now() - :window * interval '1 millisecond'
				and (lock_ends_at is null or lock_ends_at < now())
				""").param("window", this.properties.window().toMillis()).update();
	}

	/**
	 * A successful sign-in clears the username's failures and its address's pause for it;
	 * the address keeps its own count.
	 */
	@Transactional
	void recordSuccess(String username, String address) {
		this.jdbc.sql("""
				delete from sign_in_attempt
				where (kind = 'USERNAME' and subject = :username) or (kind = 'ADDRESS_USERNAME' and subject = :pair)
				""").param("username", part(User.normalize(username))).param("pair", pair(username, address)).update();
	}

	/**
	 * Counts one failure, starting a new window when the last one has passed.
	 * @return the failures within the window, this one included
	 */
	private int count(String kind, String subject) {
		return this.jdbc
			.sql("""
					insert into sign_in_attempt (kind, subject, failures, window_starts_at) values (:kind, :subject, 1, now())
					on conflict (kind, subject) do update set
					  failures = case when sign_in_attempt.window_starts_at > now() - :window * interval '1 millisecond'
					                  then sign_in_attempt.failures + 1 else 1 end,
					  window_starts_at = case when sign_in_attempt.window_starts_at > now() - :window * interval '1 millisecond'
					                          then sign_in_attempt.window_starts_at else now() end
					returning failures
					""")
			.param("kind", kind)
			.param("subject", subject)
			.param("window", this.properties.window().toMillis())
			.query(Integer.class)
			.single();
	}

	/** Refuses the subject until the given time from now, or longer if it already is. */
	private void lock(String kind, String subject, Duration duration) {
		this.jdbc.sql("""
				update sign_in_attempt
				set lock_ends_at = greatest(lock_ends_at, now() + :duration * interval '1 millisecond')
				where kind = :kind and subject = :subject
				""").param("duration", duration.toMillis()).param("kind", kind).param("subject", subject).update();
	}

	/**
	 * The subject of an address and a username together: the address, a space, the
	 * username.
	 */
	static String pair(String username, String address) {
		return part(address) + " " + part(User.normalize(username));
	}

	private static String part(String value) {
		if (value == null) {
			return "";
		}
		return (value.length() > MAX_PART_LENGTH) ? value.substring(0, MAX_PART_LENGTH) : value;
	}

}
