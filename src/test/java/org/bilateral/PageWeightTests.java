package org.bilateral;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader on a slow connection downloads: the pair page, a visit page and the one
 * stylesheet stay small (before compression), and no page needs a script.
 */
@PortalTest
class PageWeightTests {

	static final int PAGE_BUDGET = 40 * 1024;

	static final int STYLESHEET_BUDGET = 24 * 1024;

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
		assertThat(page.select("script")).isEmpty();
		assertThat(bytes(page.select("link[rel=stylesheet]").attr("href"))).isLessThan(STYLESHEET_BUDGET);
	}

	private int bytes(String path) throws Exception {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray().length;
	}

}
