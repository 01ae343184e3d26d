package org.bilateral.common.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by PostgreSQL being out of reach (no connection to be had, a
 * connection that broke, a server shutting down) from every other failure. Such a failure
 * is nobody's fault and passes by itself: readers get a 503 page asking them to try again
 * in {@value #RETRY_AFTER_SECONDS} seconds, and editors their form back with what they
 * typed.
 */
public final class DatabaseOutage {

	/** What the {@code Retry-After} header of an answer given during an outage says. */
	public static final int RETRY_AFTER_SECONDS = 10;

	/**
	 * The request attribute set on a request answered 503 because the database was out of
	 * reach.
	 */
	public static final String ATTRIBUTE = DatabaseOutage.class.getName();

	/**
	 * SQL states of a connection that could not be made or was lost (class 08), of a
	 * server shutting down or not yet accepting connections (57P01 to 57P03), and of an
	 * I/O error (58030).
	 */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "58030");

	/**
	 * What a connection of the pool says once it was closed after it broke, for instance
	 * when rolling back the transaction whose statement found it broken.
	 */
	private static final String CLOSED_CONNECTION = "Connection is closed";

	private DatabaseOutage() {
	}

	private static boolean lostConnection(@Nullable String state) {
		return state != null && (state.startsWith("08") || STATES.contains(state));
	}

	/**
	 * Whether the failure, or any of its causes, says that the database could not be
	 * reached.
	 * @param failure what was thrown
	 * @return {@code true} for a failure of the connection to the database
	 */
	public static boolean causedBy(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql
					&& (lostConnection(sql.getSQLState()) || CLOSED_CONNECTION.equals(sql.getMessage()))) {
				return true;
			}
			if (cause instanceof TransactionSystemException transaction
					&& causedBy(transaction.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

}
