package org.bilateral.agreement;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.bilateral.DataTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations that turned a document's signing date, entry into force and status into
 * steps keep every fact: a database of its own is migrated to the version before them,
 * given documents in every former state, then migrated to the end.
 */
@DataTest
class AgreementStepMigrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void everyFormerDateAndStatusBecomesAStepAndTheSeedIsKept() throws Exception {
		HikariDataSource pool = (HikariDataSource) this.dataSource;
		String name = "bilateral_migration_" + UUID.randomUUID().toString().substring(0, 8);
		String url = pool.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		try {
			DriverManagerDataSource database = new DriverManagerDataSource(url, pool.getUsername(), pool.getPassword());
			String before = Arrays.stream(Flyway.configure().dataSource(database).load().info().all())
				.map(MigrationInfo::getVersion)
				.filter((version) -> version.compareTo(MigrationVersion.fromVersion("34")) < 0)
				.max(MigrationVersion::compareTo)
				.orElseThrow()
				.getVersion();
			Flyway.configure().dataSource(database).target(before).load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(database);
			jdbc.update("""
					insert into agreement (relation_id, title, slug, sphere, signed_on, signed_precision, signed_place,
					                       in_force_on, in_force_precision, status, source_id, created_by, updated_by)
					select r.id, x.title, x.slug, 'Test sphere', x.signed_on::date, x.signed_precision, 'Astana',
					       x.in_force_on::date, x.in_force_precision, x.status, r.source_id, 'test', 'test'
					from relation r,
					     (values ('Signed only', 'signed-only', '2014-05-01', 'MONTH', null, null, 'SIGNED'),
					             ('In force', 'in-force', '2014-05-29', 'DAY', '2015-01-01', 'YEAR', 'IN_FORCE'),
					             ('Status only', 'status-only', null, null, null, null, 'IN_FORCE'),
					             ('Terminated', 'terminated', '2010-01-01', 'YEAR', null, null, 'TERMINATED'))
					       as x(title, slug, signed_on, signed_precision, in_force_on, in_force_precision, status)
					where r.slug = 'argentina-kazakhstan'""");
			Flyway.configure().dataSource(database).load().migrate();

			assertThat(steps(jdbc, "signed-only")).containsExactly("SIGNED 2014-05-01 MONTH null");
			assertThat(steps(jdbc, "in-force")).containsExactly("SIGNED 2014-05-29 DAY null",
					"IN_FORCE 2015-01-01 YEAR 2019-07-25");
			assertThat(steps(jdbc, "status-only")).containsExactly("SIGNED null null null",
					"IN_FORCE null null 2019-07-25");
			assertThat(steps(jdbc, "terminated")).containsExactly("SIGNED 2010-01-01 YEAR null",
					"IN_FORCE null null 2019-07-25", "TERMINATED null null 2019-07-25");
			assertThat(jdbc.queryForList("select signed_place from agreement where slug = 'in-force'", String.class))
				.containsExactly("Astana");
			List<Map<String, Object>> seeded = jdbc.queryForList(
					"""
							select sphere, position, (select count(*) from agreement_step s where s.agreement_id = a.id) as steps
							from agreement a where created_by = 'seed' order by position""");
			assertThat(seeded).extracting((row) -> row.get("sphere"))
				.containsExactly("Information and communications", "Political dialogue", "Visa matters", "Other areas");
			assertThat(seeded).allSatisfy((row) -> assertThat(((Number) row.get("steps")).intValue()).isZero());
		}
		finally {
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + name + " with (force)");
			}
		}
	}

	private static List<String> steps(JdbcTemplate jdbc, String slug) {
		return jdbc.queryForList(
				"""
						select s.stage || ' ' || coalesce(s.taken_on::text, 'null') || ' ' || coalesce(s.taken_precision, 'null')
						       || ' ' || coalesce(s.stated_on::text, 'null')
						from agreement_step s join agreement a on a.id = s.agreement_id
						where a.slug = ? order by s.id""",
				String.class, slug);
	}

}
