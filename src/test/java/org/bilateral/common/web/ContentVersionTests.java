package org.bilateral.common.web;

import java.util.List;

import org.bilateral.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change to a table public pages read raises the content version, however it is
 * made; tables only the editors' side reads leave it alone.
 */
@PortalTest
class ContentVersionTests {

	/** Tables no public page reads. */
	static final List<String> NOT_PUBLIC = List.of("app_user", "content_version", "flyway_schema_history", "revision",
			"revision_change", "sign_in_attempt", "spring_session", "spring_session_attributes");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyTablePublicPagesReadRaisesTheVersion() {
		List<String> unwatched = this.jdbc.queryForList("""
				select t.table_name from information_schema.tables t
				where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and not exists (select 1 from pg_trigger g
				                  where g.tgrelid = (quote_ident(t.table_name))::regclass
				                    and g.tgname = t.table_name || '_content_version')
				order by 1""", String.class);
		assertThat(unwatched).as("tables without the content_version trigger").isSubsetOf(NOT_PUBLIC);
	}

	@Test
	void aStatementRaisesTheVersionOnceHoweverManyRowsItChanges() {
		long before = version();
		int changed = this.jdbc.update("update person set name = name where slug like '%'");
		assertThat(changed).isGreaterThan(1);
		assertThat(version()).isEqualTo(before + 1);
	}

	@Test
	void aStatementThatChangesNoPublicTableLeavesTheVersionAlone() {
		long before = version();
		this.jdbc.update("delete from sign_in_attempt where false");
		this.jdbc.queryForList("select * from person");
		assertThat(version()).isEqualTo(before);
	}

	private long version() {
		return this.jdbc.queryForObject("select version from content_version", Long.class);
	}

}
