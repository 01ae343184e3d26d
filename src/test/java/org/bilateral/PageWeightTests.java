package org.bilateral;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader on a slow connection downloads: the pair page, a visit page and the one
 * stylesheet stay small (before compression), and no page needs a script. The pages stay
 * within their budgets however large the relation: the pair page shows each section's
 * latest records, and a section page one page of its records.
 */
@PortalTest
class PageWeightTests {

	static final int PAGE_BUDGET = 40 * 1024;

	static final int STYLESHEET_BUDGET = 24 * 1024;

	/** The pair page of a relation with thousands of records. */
	static final int LARGE_PAIR_PAGE_BUDGET = 60 * 1024;

	/** One page of a section, or of the list of relations, at any size. */
	static final int SECTION_PAGE_BUDGET = 80 * 1024;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheLargeRelation() {
		LargeRelation.remove(this.jdbc);
	}

	@Autowired
	MockMvcTester mvc;

	@Test
	void thePairPageStaysWithinItsBudget() throws Exception {
		assertThat(bytes("/relations/argentina-kazakhstan")).isLessThan(PAGE_BUDGET);
	}

	@Test
	void aVisitPageStaysWithinItsBudget() throws Exception {
		String href = Pages.get(this.mvc, "/relations/argentina-kazakhstan").select("ol.timeline a").attr("href");
		assertThat(bytes(href)).isLessThan(PAGE_BUDGET);
	}

	@Test
	void theStylesheetStaysWithinItsBudgetAndNoPageLoadsAScript() throws Exception {
		var page = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
		assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(bytes(page.select("link[rel=stylesheet]").attr("href"))).isLessThan(STYLESHEET_BUDGET);
	}

	@Test
	void pagesStayWithinTheirBudgetsWithThousandsOfRecords() throws Exception {
		LargeRelation.insert(this.jdbc);
		assertThat(bytes(LargeRelation.PAIR)).isLessThan(LARGE_PAIR_PAGE_BUDGET);
		assertThat(bytes("/")).isLessThan(SECTION_PAGE_BUDGET);
		assertThat(bytes("/?page=2")).isLessThan(SECTION_PAGE_BUDGET);
		for (String section : QueryCountTests.SECTIONS) {
			for (String page : new String[] { "", "?page=2" }) {
				String path = LargeRelation.PAIR + "/" + section + page;
				assertThat(bytes(path)).as(path).isLessThan(SECTION_PAGE_BUDGET);
			}
		}
	}

	private int bytes(String path) throws Exception {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray().length;
	}

}
