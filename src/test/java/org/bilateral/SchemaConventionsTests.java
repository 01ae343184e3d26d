package org.bilateral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The schema keeps the naming scheme written at the top of
 * {@code V18__align_schema_names.sql}: a violated constraint's name leads to the column,
 * and so to the form field, it guards; every foreign key can be followed through an
 * index; dates, instants and amounts are named alike in every table. Flyway's own history
 * table keeps Flyway's names.
 */
@DataTest
class SchemaConventionsTests {

	private static final Pattern PARTIAL_DATE_CHECK = Pattern
		.compile("CHECK \\(partial_date_is_valid\\((\\w+), (\\w+)\\)\\)");

	private static final Pattern OTHER_CHECK = Pattern.compile("[a-z]+(_[a-z]+)*");

	/**
	 * Tables whose columns belong to a library (Spring Session, Flyway), not to this
	 * scheme.
	 */
	private static final String LIBRARY_TABLES = "table_name not like 'spring\\_session%' and table_name <> 'flyway_schema_history'";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyConstraintIsNamedAfterItsTableAndColumns() {
		List<String> misnamed = new ArrayList<>();
		for (Map<String, Object> row : this.jdbc.queryForList("""
				select t.relname as table_name, c.conname as name, c.contype as type,
				       pg_get_constraintdef(c.oid) as definition,
				       (select string_agg(a.attname, '_' order by k.ord)
				          from unnest(c.conkey) with ordinality k(attnum, ord)
				          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) as columns,
				       cardinality(c.conkey) as column_count
				from pg_constraint c join pg_class t on t.oid = c.conrelid
				where c.connamespace = 'public'::regnamespace and t.relname <> 'flyway_schema_history'""")) {
			String table = (String) row.get("table_name");
			String name = (String) row.get("name");
			String columns = (String) row.get("columns");
			String definition = (String) row.get("definition");
			String type = String.valueOf(row.get("type"));
			boolean named = switch (type) {
				case "p" -> name.equals(table + "_pkey");
				case "f" -> name.equals(table + "_" + columns + "_fkey");
				case "u" -> name.equals(table + "_" + columns + "_key");
				case "c" ->
					isCheckNamedWell(table, name, columns, ((Number) row.get("column_count")).intValue(), definition);
				default -> false;
			};
			if (!named) {
				misnamed.add(table + "." + name + ": " + definition);
			}
		}
		assertThat(misnamed).isEmpty();
	}

	private static boolean isCheckNamedWell(String table, String name, String columns, int columnCount,
			String definition) {
		if (columnCount == 1) {
			return name.equals(table + "_" + columns + "_check");
		}
		Matcher partialDate = PARTIAL_DATE_CHECK.matcher(definition);
		if (partialDate.matches()) {
			return name.equals(table + "_" + partialDate.group(1) + "_check");
		}
		String prefix = table + "_";
		String suffix = "_check";
		if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() <= prefix.length() + suffix.length()) {
			return false;
		}
		String what = name.substring(prefix.length(), name.length() - suffix.length());
		return OTHER_CHECK.matcher(what).matches();
	}

	@Test
	void postgresqlGeneratedCheckNamesAreGone() {
		assertThat(this.jdbc.queryForList("""
				select conname from pg_constraint
				where connamespace = 'public'::regnamespace and conname ~ '_check[0-9]*$'
				and conname ~ ('^' || (select relname from pg_class where oid = conrelid) || '_check[0-9]*$')""",
				String.class))
			.isEmpty();
	}

	@Test
	void everyForeignKeyLeadsAnIndex() {
		assertThat(this.jdbc.queryForList("""
				select c.conrelid::regclass || ' (' || pg_get_constraintdef(c.oid) || ')'
				from pg_constraint c
				where c.contype = 'f' and c.connamespace = 'public'::regnamespace
				and not exists (
				    select 1 from pg_index i
				    where i.indrelid = c.conrelid
				    and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] = c.conkey)""",
				String.class))
			.isEmpty();
	}

	@Test
	void datesEndInOnAndInstantsInAt() {
		assertThat(columns("data_type = 'date' and column_name !~ '_on$'")).isEmpty();
		assertThat(columns("column_name ~ '_on$' and data_type <> 'date'")).isEmpty();
		assertThat(columns("data_type like 'timestamp%' and column_name !~ '_at$'")).isEmpty();
		assertThat(columns("column_name ~ '_at$' and data_type not like 'timestamp%'")).isEmpty();
	}

	@Test
	void aPrecisionBelongsToTheDateWithItsStem() {
		assertThat(
				columns("""
						column_name ~ '_precision$' and not exists (
						    select 1 from information_schema.columns d
						    where d.table_schema = c.table_schema and d.table_name = c.table_name
						    and d.column_name = regexp_replace(c.column_name, '_precision$', '_on') and d.data_type = 'date')"""))
			.isEmpty();
	}

	@Test
	void rangesStartAndEndAlike() {
		assertThat(columns("column_name ~ '^(from|to|begins|until|start|end)_' or column_name ~ '_(from|to|until)$'"))
			.isEmpty();
		assertThat(columns("column_name = 'ends_on' and not exists (select 1 from information_schema.columns s"
				+ " where s.table_schema = c.table_schema and s.table_name = c.table_name and s.column_name = 'starts_on')"))
			.isEmpty();
	}

	@Test
	void amountsEndInValue() {
		assertThat(columns("data_type = 'numeric' and column_name !~ '_value$'")).isEmpty();
		assertThat(columns(
				"column_name ~ '(export|import|turnover)' and not (column_name ~ '_value$' and data_type = 'numeric')"))
			.isEmpty();
	}

	@Test
	void aBrokenCheckIsReportedUnderItsName() {
		assertThat(violatedConstraint("update visit set ends_on = '2000-01-01', ends_precision = 'DAY'"
				+ " where slug = 'hector-timerman-visits-kazakhstan'"))
			.isEqualTo("visit_date_order_check");
	}

	@Test
	void aDateFinerThanItsPrecisionIsReportedUnderTheDateColumn() {
		assertThat(violatedConstraint("update relation set established_on = '1993-06-25',"
				+ " established_precision = 'YEAR' where slug = 'argentina-kazakhstan'"))
			.isEqualTo("relation_established_on_check");
	}

	@Test
	void theRelationTriggerReportsTheRuleItEnforces() {
		assertThat(violatedConstraint("insert into relation (first_country_code, second_country_code, slug,"
				+ " created_by, updated_by) values ('BR', 'KZ', 'something-else', 't', 't')"))
			.isEqualTo("relation_slug_check");
	}

	@Test
	void theRelationTriggerReportsPairsInTheWrongOrder() {
		assertThat(violatedConstraint("insert into relation (first_country_code, second_country_code, slug,"
				+ " created_by, updated_by) values ('KZ', 'BR', 'kazakhstan-brazil', 't', 't')"))
			.isEqualTo("relation_canonical_order_check");
	}

	private List<String> columns(String condition) {
		return this.jdbc.queryForList("select c.table_name || '.' || c.column_name || ' ' || c.data_type"
				+ " from information_schema.columns c where c.table_schema = 'public' and " + LIBRARY_TABLES + " and ("
				+ condition + ")", String.class);
	}

	private String violatedConstraint(String sql) {
		DataIntegrityViolationException violation = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc.update(sql));
		assertThat(violation).as(sql).isNotNull();
		Throwable cause = violation;
		while (cause != null && !(cause instanceof PSQLException)) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(PSQLException.class);
		return ((PSQLException) cause).getServerErrorMessage().getConstraint();
	}

}
