package org.bilateral.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the configured PostgreSQL database on first start when it does not exist yet
 * and the server allows it, so the portal runs against a fresh local server with no other
 * step. It connects to the server's {@code postgres} database to do so. Switched on by
 * {@code bilateral.database.create-if-missing}; production sets it to false.
 */
public class DatabaseCreator implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(DatabaseCreator.class);

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([A-Za-z0-9_]+)(\\?.*)?");

	private static final String INVALID_CATALOG_NAME = "3D000";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource) {
			createIfMissing(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
		}
		return bean;
	}

	/**
	 * Creates the database a JDBC URL names unless it exists.
	 * @return whether it was created
	 */
	public static boolean createIfMissing(String url, String username, String password) {
		Matcher matcher = (url != null) ? POSTGRES_URL.matcher(url) : null;
		if (matcher == null || !matcher.matches()) {
			return false;
		}
		Properties credentials = credentials(username, password);
		try (Connection connection = DriverManager.getConnection(url, credentials)) {
			return false;
		}
		catch (SQLException ex) {
			if (!INVALID_CATALOG_NAME.equals(ex.getSQLState())) {
				return false;
			}
		}
		String database = matcher.group(2);
		String maintenanceUrl = matcher.group(1) + "postgres" + ((matcher.group(3) != null) ? matcher.group(3) : "");
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials);
				Statement statement = connection.createStatement()) {
			statement.execute("create database \"" + database + "\"");
			logger.info("Created database " + database);
			return true;
		}
		catch (SQLException ex) {
			logger.warn("Database " + database + " does not exist and could not be created: " + ex.getMessage());
			return false;
		}
	}

	private static Properties credentials(String username, String password) {
		Properties properties = new Properties();
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		return properties;
	}

}
