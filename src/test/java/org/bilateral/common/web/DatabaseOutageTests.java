package org.bilateral.common.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures of the connection to PostgreSQL, however deeply wrapped, are told from every
 * other failure, which keeps its own answer (409, 422, or a 500 for a fault of the
 * portal).
 */
class DatabaseOutageTests {

	@Test
	void noConnectionToBeHadIsAnOutage() {
		assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms"))))
			.isTrue();
	}

	@Test
	void aConnectionThatBrokeIsAnOutage() {
		PSQLException broken = new PSQLException("An I/O error occurred while sending to the backend.",
				PSQLState.CONNECTION_FAILURE);
		assertThat(DatabaseOutage.causedBy(new RuntimeException(new JDBCConnectionException("select", broken))))
			.isTrue();
		assertThat(DatabaseOutage.causedBy(new RuntimeException(broken))).isTrue();
	}

	@Test
	void aRollbackOnAConnectionClosedAfterItBrokeIsAnOutage() {
		assertThat(DatabaseOutage
			.causedBy(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")))))
			.isTrue();
		TransactionSystemException rollback = new TransactionSystemException("Could not roll back");
		rollback.initApplicationException(new CannotCreateTransactionException("no connection"));
		assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
	}

	@Test
	void aServerShuttingDownIsAnOutage() {
		assertThat(DatabaseOutage
			.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.causedBy(new OptimisticLockingFailureException("changed"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("a fault of the portal"))).isFalse();
		assertThat(DatabaseOutage.causedBy(new TransactionSystemException("Could not commit"))).isFalse();
		assertThat(DatabaseOutage.causedBy(null)).isFalse();
	}

}
