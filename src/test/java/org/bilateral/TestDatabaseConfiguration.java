package org.bilateral;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.bilateral.common.DatabaseCreator;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The one database configuration every test uses: a throwaway PostgreSQL, never the
 * portal's own data. Where Docker runs, a Testcontainers PostgreSQL 17; elsewhere a fresh
 * database with a random name on the local server (127.0.0.1:5432), created for this test
 * run and dropped when it ends, so two runs never collide.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	DynamicPropertyRegistrar localPostgres() {
		return (registry) -> {
			registry.add("spring.datasource.url", LocalThrowawayDatabase::url);
			registry.add("spring.datasource.username", () -> LocalThrowawayDatabase.USERNAME);
			registry.add("spring.datasource.password", () -> "");
		};
	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DockerCheck.AVAILABLE;
		}

	}

	static final class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DockerCheck.AVAILABLE;
		}

	}

	private static final class DockerCheck {

		static final boolean AVAILABLE = DockerClientFactory.instance().isDockerAvailable();

	}

	/** One database per test JVM on the local server, dropped at exit. */
	static final class LocalThrowawayDatabase {

		static final String SERVER = System.getProperty("bilateral.test.postgres", "jdbc:postgresql://127.0.0.1:5432/");

		static final String USERNAME = System.getProperty("bilateral.test.postgres.username", "postgres");

		static final String NAME = "bilateral_test_" + ProcessHandle.current().pid() + "_"
				+ UUID.randomUUID().toString().substring(0, 8);

		private static boolean created;

		static synchronized String url() {
			String url = SERVER + NAME;
			if (!created) {
				DatabaseCreator.createIfMissing(url, USERNAME, "");
				Runtime.getRuntime().addShutdownHook(new Thread(LocalThrowawayDatabase::drop));
				created = true;
			}
			return url;
		}

		private static void drop() {
			try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USERNAME, "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists \"" + NAME + "\" with (force)");
			}
			catch (SQLException ex) {
				System.err.println("Could not drop test database " + NAME + ": " + ex.getMessage());
			}
		}

	}

}
