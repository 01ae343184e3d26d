package org.bilateral;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.bilateral.security.TestUsers;
import org.bilateral.security.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore drill the README describes: {@code ops/backup} dumps a database holding
 * editors' work, {@code ops/restore} restores it into a new database and has Flyway
 * validate its schema, and every row of every table is found there again: records, their
 * revisions, users. The restored database is dropped afterwards.
 */
@PortalTest
class BackupRestoreTests {

	/**
	 * Sessions expire and are swept away by a timer, so they may change during the drill.
	 */
	private static final List<String> TRANSIENT_TABLES = List.of("spring_session", "spring_session_attributes");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Editor editor;

	@Autowired
	TestUsers users;

	@Test
	void aBackupRestoredIntoANewDatabaseHoldsEveryRecordRevisionAndUser(@TempDir Path directory) throws Exception {
		long person = this.editor.create("people", person("Backed-up Person", "backed-up-person"));
		MultiValueMap<String, String> renamed = person("Backed-up Person, renamed", "backed-up-person");
		renamed.set("version", "0");
		assertThat(this.editor.post("/admin/people/" + person, renamed)).hasStatus3xxRedirection();
		User user = this.users.editor();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where record_type = 'people' and record_id = ?", Long.class, person))
			.isEqualTo(2);

		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		URI source = URI.create(database.getJdbcUrl().substring("jdbc:".length()));
		String server = "postgresql://" + database.getUsername() + "@" + source.getHost() + ":" + source.getPort();
		String restoredName = "bilateral_restored_" + UUID.randomUUID().toString().substring(0, 8);
		Path dump = directory.resolve("bilateral.dump");
		try {
			run(database, "ops/backup", server + source.getPath(), dump.toString());
			assertThat(dump).isNotEmptyFile();
			String validation = run(database, "ops/restore", dump.toString(), restoredName, server);
			assertThat(validation).contains("Schema valid:");

			try (SingleConnectionDataSource restored = new SingleConnectionDataSource(
					"jdbc:" + server.replaceFirst("^postgresql://[^@]*@", "postgresql://") + "/" + restoredName,
					database.getUsername(), (database.getPassword() != null) ? database.getPassword() : "", true)) {
				JdbcTemplate copy = new JdbcTemplate(restored);
				List<String> tables = this.jdbc.queryForList("""
						select table_name from information_schema.tables
						where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""",
						String.class);
				assertThat(copy.queryForList("""
						select table_name from information_schema.tables
						where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""",
						String.class))
					.isEqualTo(tables);
				assertThat(tables).contains("person", "revision", "revision_change", "app_user", "visit",
						"flyway_schema_history");
				for (String table : tables) {
					if (!TRANSIENT_TABLES.contains(table)) {
						String rows = "select t::text from " + table + " t order by 1";
						assertThat(copy.queryForList(rows, String.class)).as(table)
							.isEqualTo(this.jdbc.queryForList(rows, String.class));
					}
				}
				assertThat(copy.queryForObject("select name from person where id = ?", String.class, person))
					.isEqualTo("Backed-up Person, renamed");
				assertThat(copy.queryForObject(
						"select count(*) from revision where record_type = 'people' and record_id = ?", Long.class,
						person))
					.isEqualTo(2);
				assertThat(copy.queryForObject("select password_hash from app_user where username = ?", String.class,
						user.getUsername()))
					.isEqualTo(this.jdbc.queryForObject("select password_hash from app_user where username = ?",
							String.class, user.getUsername()));
			}
		}
		finally {
			this.jdbc.execute("drop database if exists " + restoredName + " with (force)");
		}
	}

	private static MultiValueMap<String, String> person(String name, String slug) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("slug", slug);
		return form;
	}

	/**
	 * Runs one of the operator's scripts, as an operator would, and returns what it
	 * wrote.
	 */
	private static String run(HikariDataSource database, String... command)
			throws IOException, InterruptedException, SQLException {
		ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> environment = process.environment();
		if (database.getPassword() != null) {
			environment.put("PGPASSWORD", database.getPassword());
		}
		environment.put("BILATERAL_CLASSPATH", System.getProperty("java.class.path"));
		Process running = process.start();
		String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(running.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
		return output;
	}

}
