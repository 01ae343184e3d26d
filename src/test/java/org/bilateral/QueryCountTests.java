package org.bilateral;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
	TestRecords records;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void resetStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
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
		long id = this.records.seeded("visit", "nazarbayev-meets-macri-at-g20-summit-hangzhou");
		assertThat(statementsFor("/visits/" + id + "-nazarbayev-meets-macri-at-g20-summit-hangzhou"))
			.isEqualTo(VISIT_PAGE_STATEMENTS);
	}

	private long statementsFor(String path) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

	private void addVisitsAndAmbassadors(int count) {
		long relation = this.records.pair();
		for (int i = 0; i < count; i++) {
			long person = this.records.person("Extra Person " + i, "extra-person-" + i);
			long visit = this.records.insert("visits", "relation_id", relation, "kind", "VISIT", "title",
					"Extra visit " + i, "slug", "extra-visit-" + i, "starts_on",
					java.sql.Date.valueOf("2019-0" + (i + 1) + "-01"), "starts_precision", "DAY", "host_country_code",
					(i % 2 == 0) ? "AR" : "BR", "city", "Somewhere");
			this.records.participant(visit, person, "Extra office", (i % 2 == 0) ? "KZ" : "AR");
			this.records.insert("ambassadors", "relation_id", relation, "person_id", person, "sending_country_code",
					"KZ", "receiving_country_code", "AR", "title", "Extra", "residence_city", "City",
					"residence_country_code", (i % 2 == 0) ? "CL" : "UY");
		}
	}

}
