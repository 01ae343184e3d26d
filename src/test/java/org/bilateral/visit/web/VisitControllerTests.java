package org.bilateral.visit.web;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class VisitControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	long summitId;

	String summitPath;

	@BeforeEach
	void findTheSummitMeeting() {
		this.summitId = this.jdbc.queryForObject(
				"select id from visit where slug = 'nazarbayev-meets-macri-at-g20-summit-hangzhou'", Long.class);
		this.summitPath = "/visits/" + this.summitId + "-nazarbayev-meets-macri-at-g20-summit-hangzhou";
	}

	@Test
	void showsTheVisitWithParticipantsPlaceDateOccasionAndSource() {
		Document page = Pages.get(this.mvc, this.summitPath);
		assertThat(page.select("h1").text())
			.isEqualTo("President Nursultan Nazarbayev meets President Mauricio Macri at the G20 Summit in Hangzhou");
		assertThat(page.select("dl.facts time").attr("datetime")).isEqualTo("2016-09-04");
		assertThat(page.select("dl.facts").text()).contains("4 September 2016", "Hangzhou, China", "G20 Summit");
		assertThat(page.select("ul.participants li").eachText()).containsExactly(
				"Nursultan Nazarbayev, President of Kazakhstan (for Kazakhstan; Principal)",
				"Mauricio Macri, President of Argentina (for Argentina; Principal)");
		assertThat(page.select("cite").text())
			.isEqualTo("Cooperation between the Republic of Kazakhstan and the Argentine Republic");
		assertThat(page.select("a[href=/relations/argentina-kazakhstan]")).isNotEmpty();
	}

	@Test
	void carriesTagsForSharing() {
		Document page = Pages.get(this.mvc, this.summitPath);
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.select("meta[property=og:title]").attr("content")).startsWith("President Nursultan Nazarbayev");
		assertThat(page.select("meta[property=og:url]").attr("content")).endsWith(this.summitPath);
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(this.summitPath);
		assertThat(page.select("meta[name=description]").attr("content")).contains("G20 Summit in Hangzhou");
	}

	@Test
	void aVisitDuringAnEventSaysSoInsteadOfInventingADay() {
		long id = this.jdbc.queryForObject("select id from visit where slug like 'lino-baranao%'", Long.class);
		Document page = Pages.get(this.mvc, "/visits/" + id + "-lino-baranao-visits-kazakhstan-during-expo-2017");
		assertThat(page.select("dl.facts dd").first().text()).isEqualTo("2017, date not given, during EXPO 2017");
	}

	@Test
	void aStaleSlugMovesPermanentlyToTheCurrentAddress() {
		assertThat(this.mvc.get().uri("/visits/" + this.summitId + "-an-old-title"))
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl(this.summitPath);
	}

	@Test
	void theIdAloneMovesPermanentlyToTheCurrentAddress() {
		assertThat(this.mvc.get().uri("/visits/" + this.summitId)).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl(this.summitPath);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/visits/999999-anything", "/visits/not-a-visit", "/visits/99999999999999999999999-x",
			"/visits/-1" })
	void unknownVisitsAnswerTheNotFoundPage(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.parse(result).select("h1").text()).isEqualTo("Page not found");
	}

}
