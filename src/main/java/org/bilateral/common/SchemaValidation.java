package org.bilateral.common;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Checks that a database holds exactly the schema this version of the portal migrates to
 * (Flyway validate: every migration applied, none changed since, none missing), without
 * starting the portal. {@code ops/restore} runs it on a database restored from a backup.
 * <p>
 * Arguments: the JDBC URL, the username and the password (or the environment variables
 * {@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}). It exits with 0
 * when the schema is valid, 1 with Flyway's message when it is not.
 */
public final class SchemaValidation {

	private SchemaValidation() {
	}

	public static void main(String[] args) {
		String url = argument(args, 0, "SPRING_DATASOURCE_URL");
		String username = argument(args, 1, "SPRING_DATASOURCE_USERNAME");
		String password = argument(args, 2, "SPRING_DATASOURCE_PASSWORD");
		try {
			Flyway flyway = Flyway.configure()
				.dataSource(url, username, (password != null) ? password : "")
				.locations("classpath:db/migration")
				.load();
			flyway.validate();
			MigrationInfo current = flyway.info().current();
			System.out.println("Schema valid: " + flyway.info().applied().length + " migrations applied, the latest V"
					+ ((current != null) ? current.getVersion() + " " + current.getDescription() : "none"));
		}
		catch (RuntimeException ex) {
			System.err.println("Schema not valid: " + ex.getMessage());
			System.exit(1);
		}
	}

	private static String argument(String[] args, int index, String variable) {
		return (args.length > index) ? args[index] : System.getenv(variable);
	}

}
