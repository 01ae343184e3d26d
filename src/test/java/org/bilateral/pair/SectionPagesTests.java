package org.bilateral.pair;

import java.util.List;
import java.util.stream.Collectors;

import org.bilateral.LargeRelation;
import org.bilateral.NuHtmlChecker;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.PublicPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relation with thousands of records: the pair page shows each section's latest records
 * with a link to all of them, and each section is read a page at a time, with links
 * between the pages for people and for search engines.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectionPagesTests {

	private static final String VISITS = LargeRelation.PAIR + "/visits";

	private static final NuHtmlChecker checker = new NuHtmlChecker();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void insertALargeRelation() {
		LargeRelation.remove(this.jdbc);
		LargeRelation.insert(this.jdbc);
	}

	@AfterAll
	void removeTheLargeRelation() {
		LargeRelation.remove(this.jdbc);
	}

	@Test
	void pairPageShowsTheLatestVisitsInTheOrderTheyHappenedWithALinkToAll() {
		Document page = Pages.get(this.mvc, LargeRelation.PAIR);
		List<String> titles = page.select("#visits ol.timeline > li h3 a").eachText();
		assertThat(titles).hasSize(PairService.PAIR_VISITS)
			.first()
			.asString()
			.startsWith("Synthetic visit number 1991 ");
		assertThat(titles.get(titles.size() - 1)).startsWith("Synthetic visit number 2000 ");
		Element all = page.selectFirst("#visits p.more a");
		assertThat(all.text()).isEqualTo("All 2,000 visits and meetings");
		assertThat(all.attr("href")).isEqualTo(VISITS);
		assertThat(page.select("#visits p.meta").eachText()).contains("The latest 10 of 2,000.");
	}

	@Test
	void pairPageShowsTheCurrentHeadsOfMissionAndBoundsEverySection() {
		Document page = Pages.get(this.mvc, LargeRelation.PAIR);
		assertThat(page.select("#ambassadors li.card h3").eachText()).containsExactly("Synthetic Person 200",
				"Synthetic Person 198", "Synthetic Person 199", "Synthetic Person 197");
		assertThat(page.selectFirst("#ambassadors p.more a").text()).isEqualTo("All 200 heads of mission");
		assertThat(page.select("#agreements dd")).hasSize(PairService.PAIR_AGREEMENTS);
		assertThat(page.select("table.trade tbody tr")).hasSize(PairService.PAIR_TRADE);
		assertThat(page.select("table.trade tbody th").eachText()).first().isEqualTo("1996");
		assertThat(page.select("figure.chart svg rect")).hasSize(PairService.PAIR_TRADE * 3);
		assertThat(page.select("#cultural-centres li.card")).hasSize(PairService.PAIR_CENTRES);
		assertThat(page.select("#events > ul > li.card")).hasSize(PairService.PAIR_EVENTS);
		assertThat(page.select("#events li.card ul")).allSatisfy(
				(during) -> assertThat(during.select("li")).hasSizeLessThanOrEqualTo(PairService.VISITS_PER_EVENT));
		assertThat(page.selectFirst("#events p.more a").attr("href")).isEqualTo(LargeRelation.PAIR + "/events");
	}

	@Test
	void pairPageListsOnlyTheSourcesOfTheRecordsItShows() {
		Document page = Pages.get(this.mvc, LargeRelation.PAIR);
		int shown = page
			.select("#ambassadors li.card, #visits ol.timeline > li, #agreements dd, table.trade tbody tr,"
					+ " #cultural-centres li.card, #events > ul > li.card")
			.size();
		assertThat(page.select("ul.sources > li")).isNotEmpty().hasSizeLessThanOrEqualTo(shown + 1);
	}

	@Test
	void theFirstPageOfASectionLinksToTheNextAndToEveryPageNearby() {
		Document page = Pages.get(this.mvc, VISITS);
		assertThat(page.select("ol.timeline > li")).hasSize(Section.VISITS.pageSize());
		assertThat(page.select("ol.timeline > li h2 a").eachText()).last()
			.asString()
			.startsWith("Synthetic visit number 2000 ");
		assertThat(page.select("head link[rel=next]").attr("href")).isEqualTo(VISITS + "?page=2");
		assertThat(page.select("head link[rel=prev]")).isEmpty();
		Element nav = page.selectFirst("nav.pagination");
		assertThat(nav.attr("aria-label")).isEqualTo("Pages of Visits and meetings");
		assertThat(nav.select("a[aria-current=page]").text()).isEqualTo("1");
		assertThat(nav.select("a").eachText()).containsExactly("1", "2", "3", "100", "Next page");
		assertThat(page.select("p.meta").eachText()).contains("Page 1 of 100 (2,000 in all); page 1 has the latest.");
		assertThat(page.title()).isEqualTo("Visits and meetings: Iceland \u2013 Mongolia \u00b7 Bilateral");
	}

	@Test
	void aLaterPageLinksBothWaysAndNamesItselfInItsTitleAndCanonicalAddress() {
		Document page = Pages.get(this.mvc, VISITS + "?page=2");
		assertThat(page.select("head link[rel=prev]").attr("href")).isEqualTo(VISITS);
		assertThat(page.select("head link[rel=next]").attr("href")).isEqualTo(VISITS + "?page=3");
		assertThat(page.select("head link[rel=canonical]").attr("href")).endsWith(VISITS + "?page=2");
		assertThat(page.title()).isEqualTo("Visits and meetings: Iceland \u2013 Mongolia, page 2 \u00b7 Bilateral");
		assertThat(page.select("nav.pagination a[aria-current=page]").text()).isEqualTo("2");
		assertThat(page.select("ol.timeline > li h2 a").eachText()).last()
			.asString()
			.startsWith("Synthetic visit number 1980 ");
		assertThat(page.select("ul.participants")).hasSize(Section.VISITS.pageSize());
	}

	@Test
	void theLastPageHasNoNextPage() {
		Document page = Pages.get(this.mvc, VISITS + "?page=100");
		assertThat(page.select("ol.timeline > li")).hasSize(Section.VISITS.pageSize());
		assertThat(page.select("head link[rel=next]")).isEmpty();
		assertThat(page.select("nav.pagination a").eachText()).containsExactly("Previous page", "1", "98", "99", "100");
	}

	@ParameterizedTest
	@ValueSource(strings = { "?page=0", "?page=-1", "?page=abc", "?page=1.5", "?page=101", "?page=99999999999",
			"?page=%20", "?page=01" })
	void aPageThatDoesNotExistIsNotFound(String query) {
		MvcTestResult result = this.mvc.get().uri(VISITS + query).exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.parse(result).select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void aPairNamedInTheOtherOrderKeepsThePage() {
		assertThat(this.mvc.get().uri("/relations/mongolia-iceland/visits?page=3"))
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl(VISITS + "?page=3");
	}

	@Test
	void theListOfRelationsIsReadAPageAtATime() {
		Document first = Pages.get(this.mvc, "/");
		assertThat(first.select("ul.relation-list > li")).hasSize(PairService.RELATIONS_PER_PAGE);
		assertThat(first.select("head link[rel=next]").attr("href")).isEqualTo("/?page=2");
		Document second = Pages.get(this.mvc, "/?page=2");
		assertThat(second.select("ul.relation-list > li")).isNotEmpty()
			.hasSizeLessThanOrEqualTo(PairService.RELATIONS_PER_PAGE);
		assertThat(second.select("head link[rel=prev]").attr("href")).isEqualTo("/");
		assertThat(this.mvc.get().uri("/?page=50")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?page=2", LargeRelation.PAIR, VISITS, VISITS + "?page=2", VISITS + "?page=100",
			LargeRelation.PAIR + "/ambassadors?page=2", LargeRelation.PAIR + "/agreements?page=2",
			LargeRelation.PAIR + "/trade?page=2", LargeRelation.PAIR + "/cultural-centres?page=2",
			LargeRelation.PAIR + "/events?page=2" })
	void pagedPagesAreValidHtml(String path) throws Exception {
		String html = this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
		List<NuHtmlChecker.Problem> errors = checker.errors(html);
		assertThat(errors)
			.as(() -> "Nu Html Checker errors on " + path + ":\n"
					+ errors.stream().map(NuHtmlChecker.Problem::toString).collect(Collectors.joining("\n")))
			.isEmpty();
	}

	@Test
	void theSeededPairStillShowsEveryRecordOnOnePage() {
		Document page = Pages.get(this.mvc, PublicPages.PAIR + "/visits");
		assertThat(page.select("ol.timeline > li")).hasSize(6);
		assertThat(page.select("nav.pagination")).isEmpty();
		assertThat(page.select("head link[rel=next], head link[rel=prev]")).isEmpty();
	}

}
