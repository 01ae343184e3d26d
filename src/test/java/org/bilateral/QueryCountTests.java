package org.bilateral;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering a page costs a small, fixed number of SQL statements, however many records
 * the relation has: no statement per visit, participant or country.
 */
@PortalTest
class QueryCountTests {

	/**
	 * Relation, heads of mission, visits, agreements, trade, cultural centres, events,
	 * sources.
	 */
	static final int PAIR_PAGE_STATEMENTS = 8;

	static final int VISIT_PAGE_STATEMENTS = 1;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void resetStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void removeExtraRecords() {
		this.jdbc
			.update("delete from visit_participant where visit_id in (select id from visit where slug like 'extra-%')");
		this.jdbc.update("delete from visit where slug like 'extra-%'");
		this.jdbc.update("delete from accreditation where title = 'Extra'");
		this.jdbc.update("delete from person where slug like 'extra-%'");
	}

	@Test
	void pairPageStatementsDoNotGrowWithTheData() {
		assertThat(statementsFor("/relations/argentina-kazakhstan")).isEqualTo(PAIR_PAGE_STATEMENTS);
		addVisitsAndAmbassadors(5);
		assertThat(statementsFor("/relations/argentina-kazakhstan")).isEqualTo(PAIR_PAGE_STATEMENTS);
		assertThat(statementsFor("/relations/argentina-kazakhstan/visits")).isEqualTo(PAIR_PAGE_STATEMENTS);
	}

	@Test
	void homeIsOneStatement() {
		assertThat(statementsFor("/")).isOne();
	}

	@Test
	void everySectionPageCostsTheSameAsThePairPage() {
		for (String section : new String[] { "visits", "ambassadors", "agreements", "trade", "cultural-centres" }) {
			assertThat(statementsFor("/relations/argentina-kazakhstan/" + section)).as(section)
				.isEqualTo(PAIR_PAGE_STATEMENTS);
		}
	}

	@Test
	void visitPageIsOneStatement() {
		long id = this.jdbc.queryForObject(
				"select id from visit where slug = 'nazarbayev-meets-macri-at-g20-summit-hangzhou'", Long.class);
		assertThat(statementsFor("/visits/" + id + "-nazarbayev-meets-macri-at-g20-summit-hangzhou"))
			.isEqualTo(VISIT_PAGE_STATEMENTS);
	}

	private long statementsFor(String path) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

	private void addVisitsAndAmbassadors(int count) {
		long relation = this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'",
				Long.class);
		for (int i = 0; i < count; i++) {
			long person = this.jdbc.queryForObject(
					"insert into person (name, slug, created_by, updated_by) values (?, ?, 't', 't') returning id",
					Long.class, "Extra Person " + i, "extra-person-" + i);
			long visit = this.jdbc.queryForObject("""
					insert into visit (relation_id, kind, title, slug, starts_on, starts_precision, host_country_code,
					                   city, created_by, updated_by)
					values (?, 'VISIT', ?, ?, ?, 'DAY', ?, 'Somewhere', 't', 't') returning id""", Long.class, relation,
					"Extra visit " + i, "extra-visit-" + i, java.sql.Date.valueOf("2019-0" + (i + 1) + "-01"),
					(i % 2 == 0) ? "AR" : "BR");
			this.jdbc.update("""
					insert into visit_participant (visit_id, person_id, office, side_country_code, role)
					values (?, ?, 'Extra office', ?, 'PRINCIPAL')""", visit, person, (i % 2 == 0) ? "KZ" : "AR");
			this.jdbc.update("""
					insert into accreditation (relation_id, person_id, sending_country_code, receiving_country_code,
					                           title, residence_city, residence_country_code, created_by, updated_by)
					values (?, ?, 'KZ', 'AR', 'Extra', 'City', ?, 't', 't')""", relation, person,
					(i % 2 == 0) ? "CL" : "UY");
		}
	}

}
