package org.bilateral.pair;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class PairControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homeListsEveryRelationWithALink() {
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("h1").text()).isEqualTo("Relations");
		Element link = page.selectFirst("a[href=/relations/argentina-kazakhstan]");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("Argentina \u2013 Kazakhstan");
	}

	@Test
	void pairPageShowsEverySection() {
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
		assertThat(page.title()).isEqualTo("Relations between Argentina and Kazakhstan \u00b7 Bilateral");
		assertThat(page.select("h1").text()).isEqualTo("Argentina \u2013 Kazakhstan");
		assertThat(page.select("main h2").eachText()).contains("Heads of mission", "Visits and meetings",
				"Legal framework", "Trade", "Cultural centres", "Events", "Sources");
		assertThat(page.select("p.updated time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void pairPageLinksEveryVisitToItsOwnPage() {
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
		assertThat(page.select("ol.timeline > li h3 a").eachAttr("href")).hasSize(6)
			.allMatch((href) -> href.matches("/visits/\\d+-[a-z0-9-]+"));
	}

	@Test
	void pairPageDrawsTheTradeChartWithATextAlternative() {
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
		Element chart = page.selectFirst("figure.chart svg[role=img]");
		assertThat(chart).isNotNull();
		assertThat(chart.attr("aria-labelledby")).isEqualTo("trade-chart-title trade-chart-desc");
		assertThat(chart.select("rect")).hasSize(3);
		assertThat(page.select("table.trade tbody td").eachText()).contains("4.2", "22.1", "26.4", "\u221217.9");
	}

	@Test
	void pairNamedInTheOtherOrderMovesPermanentlyToTheCanonicalAddress() {
		assertThat(this.mvc.get().uri("/relations/kazakhstan-argentina")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/relations/argentina-kazakhstan");
	}

	@Test
	void sectionOfAPairNamedInTheOtherOrderMovesToTheCanonicalSection() {
		assertThat(this.mvc.get().uri("/relations/kazakhstan-argentina/trade")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/relations/argentina-kazakhstan/trade");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/relations/argentina-brazil", "/relations/nowhere",
			"/relations/argentina-kazakhstan/nope", "/relations/argentina-brazil/visits", "/no-such-page" })
	void unknownAddressesAnswerTheNotFoundPage(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.parse(result).select("h1").text()).isEqualTo("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "visits:Visits and meetings", "ambassadors:Heads of mission", "agreements:Legal framework",
			"trade:Trade", "cultural-centres:Cultural centres" })
	void everySectionHasAPageWithTheWayBack(String sectionAndHeading) {
		String[] parts = sectionAndHeading.split(":");
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/" + parts[0]);
		assertThat(page.select("h1").text()).isEqualTo(parts[1] + ": Argentina \u2013 Kazakhstan");
		assertThat(page.select("a[href=/relations/argentina-kazakhstan]")).isNotEmpty();
		assertThat(page.select("#sources-heading + ul.sources cite").text())
			.isEqualTo("Cooperation between the Republic of Kazakhstan and the Argentine Republic");
	}

	@Test
	void visitsSectionShowsParticipantsAndWhatHappened() {
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/visits");
		assertThat(page.select("ul.participants li").eachText())
			.contains("Nursultan Nazarbayev, President of Kazakhstan", "Mauricio Macri, President of Argentina");
	}

}
