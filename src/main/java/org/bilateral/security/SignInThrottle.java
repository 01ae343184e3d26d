package org.bilateral.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins for one username, or from
 * one client address, within a window, sign-ins for that username or from that address
 * are refused for a while, then allowed again. The counts live in PostgreSQL, so every
 * portal instance sees the same ones, and every time comes from the database's clock.
 */
@Component
class SignInThrottle {

	private static final int MAX_SUBJECT_LENGTH = 100;

	private final JdbcClient jdbc;

	private final SignInProperties properties;

	SignInThrottle(JdbcClient jdbc, SignInProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username, String address) {
		return this.jdbc.sql("""
				select count(*) from sign_in_attempt where lock_ends_at > now()
				and ((kind = 'USERNAME' and subject = :username) or (kind = 'ADDRESS' and subject = :address))
				""")
			.param("username", subject(User.normalize(username)))
			.param("address", subject(address))
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	void recordFailure(String username, String address) {
		count("USERNAME", subject(User.normalize(username)), this.properties.maxFailuresPerUsername());
		if (address != null) {
			count("ADDRESS", subject(address), this.properties.maxFailuresPerAddress());
		}
		this.jdbc.sql("""
				delete from sign_in_attempt
				where window_starts_at < now() - :window * interval '1 millisecond'
				and (lock_ends_at is null or lock_ends_at < now())
				""").param("window", this.properties.window().toMillis()).update();
	}

	/**
	 * A successful sign-in clears the username's failures; the address keeps its count.
	 */
	@Transactional
	void recordSuccess(String username) {
		this.jdbc.sql("delete from sign_in_attempt where kind = 'USERNAME' and subject = :username")
			.param("username", subject(User.normalize(username)))
			.update();
	}

	/**
	 * Counts one failure, starting a new window when the last one has passed, and locks
	 * the subject when the count reaches the maximum.
	 */
	private void count(String kind, String subject, int maxFailures) {
		this.jdbc
			.sql("""
					insert into sign_in_attempt (kind, subject, failures, window_starts_at) values (:kind, :subject, 1, now())
					on conflict (kind, subject) do update set
					  failures = case when sign_in_attempt.window_starts_at > now() - :window * interval '1 millisecond'
					                  then sign_in_attempt.failures + 1 else 1 end,
					  window_starts_at = case when sign_in_attempt.window_starts_at > now() - :window * interval '1 millisecond'
					                          then sign_in_attempt.window_starts_at else now() end
					""")
			.param("kind", kind)
			.param("subject", subject)
			.param("window", this.properties.window().toMillis())
			.update();
		this.jdbc.sql("""
				update sign_in_attempt set lock_ends_at = now() + :lock * interval '1 millisecond'
				where kind = :kind and subject = :subject and failures >= :max
				""")
			.param("lock", this.properties.lockDuration().toMillis())
			.param("kind", kind)
			.param("subject", subject)
			.param("max", maxFailures)
			.update();
	}

	private static String subject(String value) {
		if (value == null) {
			return "";
		}
		return (value.length() > MAX_SUBJECT_LENGTH) ? value.substring(0, MAX_SUBJECT_LENGTH) : value;
	}

}
