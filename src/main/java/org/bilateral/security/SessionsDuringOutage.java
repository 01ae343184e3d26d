package org.bilateral.security;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bilateral.common.web.DatabaseOutage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * Keeps an editor signed in while PostgreSQL, where sessions live, cannot be reached, so
 * that a form posted then comes back with what was typed instead of a sign-in page. Each
 * session read from PostgreSQL is remembered, as a copy, on this instance; while
 * PostgreSQL is out of reach the copy is lent (if it has not expired) and is never saved.
 * A session ended through this instance is forgotten at once. Copies serve only while
 * nothing can be read or saved, so they let an editor see no record and change none.
 */
final class SessionsDuringOutage implements FindByIndexNameSessionRepository<Session> {

	private static final Log logger = LogFactory.getLog(SessionsDuringOutage.class);

	private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	private final FindByIndexNameSessionRepository<Session> sessions;

	private final Cache<String, MapSession> remembered;

	/**
	 * When reading a session last found PostgreSQL out of reach: for a moment after, a
	 * copy is lent without trying again, as one request reads its session more than once.
	 */
	private volatile long failedAt = System.nanoTime() - RETRY_AFTER.toNanos();

	private SessionsDuringOutage(FindByIndexNameSessionRepository<Session> sessions, Duration keep) {
		this.sessions = sessions;
		this.remembered = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(keep).build();
	}

	/** Wraps the portal's session repository, once it is made. */
	static BeanPostProcessor wrapper(Duration keep) {
		return new BeanPostProcessor() {

			@Override
			@SuppressWarnings("unchecked")
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FindByIndexNameSessionRepository<?> sessions
						&& !(bean instanceof SessionsDuringOutage)) {
					return new SessionsDuringOutage((FindByIndexNameSessionRepository<Session>) sessions, keep);
				}
				return bean;
			}

		};
	}

	@Override
	public Session createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(Session session) {
		if (session instanceof MapSession) {
			return;
		}
		this.sessions.save(session);
	}

	@Override
	public @Nullable Session findById(String id) {
		if (System.nanoTime() - this.failedAt < RETRY_AFTER.toNanos()) {
			MapSession copy = lendable(id);
			if (copy != null) {
				return copy;
			}
		}
		try {
			Session session = this.sessions.findById(id);
			if (session != null) {
				this.remembered.put(id, new MapSession(session));
			}
			else {
				this.remembered.invalidate(id);
			}
			return session;
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex)) {
				throw ex;
			}
			this.failedAt = System.nanoTime();
			MapSession copy = lendable(id);
			if (copy == null) {
				throw ex;
			}
			logger.debug("PostgreSQL cannot be reached: a copy of the session is lent");
			return copy;
		}
	}

	private @Nullable MapSession lendable(String id) {
		MapSession copy = this.remembered.getIfPresent(id);
		return (copy != null && !copy.isExpired()) ? new MapSession(copy) : null;
	}

	@Override
	public void deleteById(String id) {
		this.remembered.invalidate(id);
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

}
