package org.bilateral.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool, answering at once for a moment after it found PostgreSQL out of reach. The
 * pool waits up to its connection timeout (2 seconds) for a connection; without this,
 * each step of a request (reading the session, then the records) would wait again, so a
 * page would take several such waits to say that the records cannot be reached. A failure
 * merely because every connection is busy opens nothing: the pool then reports no
 * connection failure.
 */
final class FailFastDataSource extends DelegatingDataSource {

	private final long pauseNanos;

	private volatile @Nullable SQLException lastFailure;

	private volatile long failedAt;

	FailFastDataSource(DataSource pool, Duration pause) {
		super(pool);
		this.pauseNanos = pause.toNanos();
	}

	@Override
	public Connection getConnection() throws SQLException {
		refuseIfJustFailed();
		try {
			return noteSuccess(super.getConnection());
		}
		catch (SQLException ex) {
			throw noteFailure(ex);
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		refuseIfJustFailed();
		try {
			return noteSuccess(super.getConnection(username, password));
		}
		catch (SQLException ex) {
			throw noteFailure(ex);
		}
	}

	private void refuseIfJustFailed() throws SQLException {
		SQLException failure = this.lastFailure;
		if (failure != null && System.nanoTime() - this.failedAt < this.pauseNanos) {
			throw new SQLTransientConnectionException("PostgreSQL could not be reached a moment ago",
					failure.getSQLState(), failure);
		}
	}

	private Connection noteSuccess(Connection connection) {
		this.lastFailure = null;
		return connection;
	}

	private SQLException noteFailure(SQLException failure) {
		String state = failure.getSQLState();
		if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
			this.failedAt = System.nanoTime();
			this.lastFailure = failure;
		}
		return failure;
	}

}
