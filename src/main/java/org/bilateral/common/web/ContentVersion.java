package org.bilateral.common.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.util.StringUtils;

/**
 * The version of the records public pages show, as this instance knows it. PostgreSQL
 * raises it in the transaction of every change to those records and announces it on the
 * channel {@value #CHANNEL} (migration V19); a background thread listens on a connection
 * of its own, reconnecting after any failure, so every instance learns of a change when
 * it is committed, wherever it was made. Rendered pages are reused only while their
 * version is the current one, and only while the listener is connected: without it a
 * change could go unnoticed, so {@link #current()} answers {@link #UNKNOWN}.
 * <p>
 * A transaction of this instance that may have changed records reads the version as soon
 * as it commits, so a reader of this instance sees the change even before the
 * announcement arrives.
 */
public class ContentVersion implements SmartLifecycle, TransactionExecutionListener {

	/** The channel PostgreSQL announces new versions on. */
	public static final String CHANNEL = "content_version";

	/** What {@link #current()} answers while the version cannot be relied on. */
	public static final long UNKNOWN = -1;

	private static final String QUERY = "select version from content_version";

	private static final Log logger = LogFactory.getLog(ContentVersion.class);

	private final JdbcConnectionDetails database;

	private final DataSource dataSource;

	private final Duration checkInterval;

	private final Duration retryInterval;

	private final AtomicLong version = new AtomicLong(UNKNOWN);

	private volatile boolean listening;

	private volatile boolean unreachable;

	private volatile boolean running;

	private volatile @Nullable Thread listener;

	private volatile @Nullable Connection connection;

	private volatile Runnable onChange = () -> {
	};

	/**
	 * @param database where to open the listening connection
	 * @param dataSource the pool, for reading the version after a local commit
	 * @param checkInterval how long the listener waits for an announcement before reading
	 * the version itself, which also proves the connection alive
	 * @param retryInterval the pause before reconnecting after a failure
	 */
	public ContentVersion(JdbcConnectionDetails database, DataSource dataSource, Duration checkInterval,
			Duration retryInterval) {
		this.database = database;
		this.dataSource = dataSource;
		this.checkInterval = checkInterval;
		this.retryInterval = retryInterval;
	}

	/**
	 * The current version, or {@link #UNKNOWN} while the listener is not connected.
	 * @return a positive number that grows with every change, or {@link #UNKNOWN}
	 */
	public long current() {
		return this.listening ? this.version.get() : UNKNOWN;
	}

	/**
	 * The last version this instance knew, even while the listener is not connected.
	 * @return the version, or {@link #UNKNOWN} before the first was read
	 */
	long lastKnown() {
		return this.version.get();
	}

	/**
	 * Whether the last attempt to reach PostgreSQL failed: no change can be made while it
	 * lasts, so pages rendered at {@link #lastKnown()} are still the records' pages.
	 */
	public boolean isUnreachable() {
		return this.unreachable;
	}

	/**
	 * Notes that a request found PostgreSQL out of reach, so that pages kept at the last
	 * version known are sent until the listener is connected again.
	 */
	void unreachable() {
		if (!this.listening) {
			this.unreachable = true;
		}
	}

	/** Whether changes made anywhere reach this instance now. */
	public boolean isListening() {
		return this.listening;
	}

	/** Called, on the listener's thread, whenever the version grows. */
	void onChange(Runnable action) {
		this.onChange = action;
	}

	/**
	 * Takes a version read or announced; versions only grow, so an older one arriving
	 * late changes nothing.
	 */
	void advance(long newVersion) {
		long previous = this.version.getAndAccumulate(newVersion, Math::max);
		if (newVersion > previous) {
			this.onChange.run();
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		if (commitFailure == null && transaction.isNewTransaction() && !transaction.isReadOnly()
				&& StringUtils.hasLength(transaction.getTransactionName())) {
			try (Connection reading = this.dataSource.getConnection()) {
				advance(read(reading));
			}
			catch (SQLException ex) {
				logger.debug("Could not read the content version after a commit; the announcement will tell", ex);
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this::listen, "content-version-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.listening = false;
		Thread thread = this.listener;
		closeQuietly(this.connection);
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(this.retryInterval.toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection listening = connectOrNote()) {
				this.connection = listening;
				PGConnection notifications = listening.unwrap(PGConnection.class);
				try (Statement statement = listening.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				advance(read(listening));
				this.listening = true;
				this.unreachable = false;
				logger.info("Listening for changes to public records; rendered pages are reused until one comes");
				while (this.running) {
					PGNotification[] received = notifications.getNotifications((int) this.checkInterval.toMillis());
					if (received == null || received.length == 0) {
						advance(read(listening));
					}
					else {
						for (PGNotification notification : received) {
							advance(Long.parseLong(notification.getParameter()));
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					if (this.listening) {
						logger.warn("Lost the connection that announces changes (" + ex.getMessage()
								+ "); pages are rendered afresh until it is back");
					}
					else {
						logger.debug("Could not listen for changes", ex);
					}
				}
			}
			finally {
				this.listening = false;
				this.connection = null;
			}
			pause();
		}
	}

	/**
	 * Connects, noting whether PostgreSQL could be reached: it is, once it answers, until
	 * an attempt to connect fails.
	 */
	private Connection connectOrNote() throws SQLException {
		try {
			return connect();
		}
		catch (SQLException ex) {
			this.unreachable = true;
			throw ex;
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.database.getUsername() != null) {
			properties.setProperty("user", this.database.getUsername());
		}
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", "bilateral content version listener");
		properties.setProperty("tcpKeepAlive", "true");
		properties.setProperty("connectTimeout", "2");
		properties.setProperty("socketTimeout", String.valueOf(this.checkInterval.toSeconds() + 5));
		Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

	private static long read(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(QUERY)) {
			if (!result.next()) {
				throw new SQLException("content_version has no row");
			}
			return result.getLong(1);
		}
	}

	private void pause() {
		if (!this.running) {
			return;
		}
		try {
			Thread.sleep(this.retryInterval.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static void closeQuietly(@Nullable Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// closing is all that is wanted
			}
		}
	}

}
