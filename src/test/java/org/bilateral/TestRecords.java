package org.bilateral;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.context.transaction.TestTransaction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records a test makes, and only those: it adds people, relations, visits and heads
 * of mission straight into the database or learns of the ones an editor created through
 * the admin forms ({@link Editor} tells it), and after each test removes exactly these,
 * newest first, with their revision history. Seeded records are only read.
 */
public class TestRecords {

	/** The seeded country pair every test may read but never changes. */
	public static final String PAIR_SLUG = "argentina-kazakhstan";

	private final JdbcTemplate jdbc;

	private final Deque<Made> made = new ArrayDeque<>();

	public TestRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the seeded Kazakhstan–Argentina relation. */
	public long pair() {
		return seeded("relation", PAIR_SLUG);
	}

	/**
	 * The id of a seeded record found by its slug.
	 * @param table a table with a slug column, such as {@code person}
	 * @param slug the record's slug
	 * @return its id
	 */
	public long seeded(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

	/**
	 * Keeps a record made through the admin forms, to remove it after the test.
	 * @param type its admin type, a key of {@link AdminPages#RECORD_TYPES}
	 * @param id its id
	 * @return the id
	 */
	public long remember(String type, long id) {
		if (!AdminPages.RECORD_TYPES.containsKey(type)) {
			throw new IllegalArgumentException("Not a record type: " + type);
		}
		this.made.push(new Made(type, id));
		return id;
	}

	/**
	 * Adds a record straight into its table, stamped by {@code test}, and keeps it to
	 * remove after the test.
	 * @param type its admin type, a key of {@link AdminPages#RECORD_TYPES}
	 * @param columns column names and values, in pairs
	 * @return the new record's id
	 */
	public long insert(String type, Object... columns) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < columns.length; i += 2) {
			values.put((String) columns[i], columns[i + 1]);
		}
		values.putIfAbsent("created_by", "test");
		values.putIfAbsent("updated_by", "test");
		String sql = "insert into " + AdminPages.RECORD_TYPES.get(type) + " (" + String.join(", ", values.keySet())
				+ ") values (" + values.keySet().stream().map((column) -> "?").collect(Collectors.joining(", "))
				+ ") returning id";
		return remember(type, this.jdbc.queryForObject(sql, Long.class, values.values().toArray()));
	}

	/** A relation of two countries, given in canonical (alphabetical by slug) order. */
	public long relation(String firstCode, String secondCode) {
		String slug = this.jdbc.queryForObject("select (select slug from country where code = ?) || '-' "
				+ "|| (select slug from country where code = ?)", String.class, firstCode, secondCode);
		return insert("relations", "first_country_code", firstCode, "second_country_code", secondCode, "slug", slug);
	}

	public long person(String name, String slug) {
		return insert("people", "name", name, "slug", slug);
	}

	/**
	 * A visit of the Kazakhstan–Argentina relation to Astana in March 2019.
	 * @param title its title
	 * @param slug its address slug
	 * @param description what happened
	 * @return its id
	 */
	public long visit(String title, String slug, String description) {
		return insert("visits", "relation_id", pair(), "kind", "VISIT", "title", title, "slug", slug, "starts_on",
				java.sql.Date.valueOf("2019-03-01"), "starts_precision", "MONTH", "host_country_code", "KZ", "city",
				"Astana", "description", description);
	}

	/** Names a person as a visit's principal. */
	public void participant(long visitId, long personId, String office, String sideCode) {
		this.jdbc.update("""
				insert into visit_participant (visit_id, person_id, office, side_country_code, role)
				values (?, ?, ?, ?, 'PRINCIPAL')""", visitId, personId, office, sideCode);
	}

	/**
	 * Removes every record this test made, newest first, with their revisions and
	 * translations; records that the test deleted itself are simply gone already.
	 */
	public void removeAll() {
		List<RuntimeException> failures = new ArrayList<>();
		while (!this.made.isEmpty()) {
			Made record = this.made.pop();
			try {
				this.jdbc.update("delete from revision where record_type = ? and record_id = ?", record.type(),
						record.id());
				if (record.type().equals("agreements")) {
					// steps an editor recorded for the test's document go with it
					this.jdbc.update("delete from agreement_step where agreement_id = ?", record.id());
				}
				this.jdbc.update("delete from translation where record_type = ? and record_id = ?", record.type(),
						record.id());
				this.jdbc.update("delete from " + AdminPages.RECORD_TYPES.get(record.type()) + " where id = ?",
						record.id());
			}
			catch (RuntimeException ex) {
				failures.add(ex);
			}
		}
		if (!failures.isEmpty()) {
			throw failures.get(0);
		}
	}

	/**
	 * How many records, revisions and users there are that the seed did not make: after a
	 * test, as many as before it, or the test left something behind.
	 */
	Map<String, Integer> notSeeded() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : AdminPages.RECORD_TYPES.values()) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table + " where created_by <> 'seed'",
					Integer.class));
		}
		counts.put("revision", this.jdbc.queryForObject("select count(*) from revision", Integer.class));
		counts.put("app_user", this.jdbc.queryForObject("select count(*) from app_user", Integer.class));
		return counts;
	}

	private record Made(String type, long id) {
	}

	/**
	 * Removes, after each test, what the test made through {@link TestRecords} and
	 * {@link org.bilateral.security.TestUsers}, and checks that the test left nothing
	 * else behind: no record, revision or user that was not there before it. Tests that
	 * run in a transaction rolled back afterwards are left to the rollback.
	 */
	public static final class RemovedAfterEachTest implements BeforeEachCallback, AfterEachCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(RemovedAfterEachTest.class);

		@Override
		public void beforeEach(ExtensionContext context) {
			if (!TestTransaction.isActive()) {
				context.getStore(NAMESPACE).put("before", records(context).notSeeded());
			}
		}

		@Override
		public void afterEach(ExtensionContext context) {
			ApplicationContext application = SpringExtension.getApplicationContext(context);
			records(context).removeAll();
			application.getBean(org.bilateral.security.TestUsers.class).removeAll();
			Object before = context.getStore(NAMESPACE).remove("before");
			if (before != null) {
				assertThat(records(context).notSeeded()).as("records, revisions and users after the test")
					.isEqualTo(before);
			}
		}

		private static TestRecords records(ExtensionContext context) {
			return SpringExtension.getApplicationContext(context).getBean(TestRecords.class);
		}

	}

}
