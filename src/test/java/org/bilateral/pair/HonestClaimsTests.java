package org.bilateral.pair;

import java.util.List;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records known only to a year or month are not placed as if on its first day; claims
 * about the present show the day their source made them, and are flagged once they are
 * old; what editors inferred is marked as such.
 */
@PortalTest
class HonestClaimsTests {

	private static final String PAIR = "/relations/argentina-kazakhstan";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void visitsKnownOnlyToTheYearNeverPrecedeThoseKnownToTheDayOfThatYear() {
		for (String path : List.of(PAIR, PAIR + "/visits")) {
			List<String> titles = Pages.get(this.mvc, path).select("ol.timeline > li a[href^=/visits/]").eachText();
			int consultations = titles.indexOf(
					"Deputy Minister of Foreign Affairs of Kazakhstan Yerzhan Ashikbayev visits Buenos Aires for consultations");
			assertThat(consultations).as(path).isNotNegative();
			assertThat(titles.subList(consultations + 1, titles.size())).as(path)
				.anyMatch((title) -> title.contains("Hernan Lombardi"))
				.anyMatch((title) -> title.contains("Lino Baranao"));
		}
	}

	@Test
	void aVisitKnownOnlyToTheYearSaysItsDateIsNotGiven() {
		Document page = Pages.get(this.mvc, PAIR + "/visits");
		Element expo = page.select("ol.timeline > li")
			.stream()
			.filter((item) -> item.text().contains("Lino Baranao"))
			.findFirst()
			.orElseThrow();
		assertThat(expo.select("p.when").text()).isEqualTo("2017, date not given, during EXPO 2017");
		Element dated = page.select("ol.timeline > li")
			.stream()
			.filter((item) -> item.text().contains("Ashikbayev"))
			.findFirst()
			.orElseThrow();
		assertThat(dated.select("p.when").text()).isEqualTo("4 May 2017");
	}

	@Test
	void aPersonsVisitsFollowTheSameOrder() {
		String lombardi = this.jdbc.queryForObject(
				"select '/people/' || id || '-' || slug from person where slug = 'hernan-lombardi'", String.class);
		assertThat(Pages.get(this.mvc, lombardi).text()).contains("2017");
	}

	@Test
	void claimsAboutThePresentShowTheDayTheSourceMadeThem() {
		Document page = Pages.get(this.mvc, PAIR);
		assertThat(page.select("#ambassadors .as-of").eachText())
			.containsOnly("As stated by the source on 25 July 2019");
		assertThat(page.select("#cultural-centres .as-of").eachText())
			.containsExactly("As stated by the source on 25 July 2019");
		assertThat(page.select("#cultural-centres .as-of time").attr("datetime")).isEqualTo("2019-07-25");
	}

	@Test
	void claimsOlderThanTheAllowedAgeAreFlaggedOnThePublicPages() {
		for (String path : List.of(PAIR, PAIR + "/ambassadors", PAIR + "/cultural-centres")) {
			assertThat(Pages.get(this.mvc, path).select(".claim-age.stale").eachText()).as(path)
				.isNotEmpty()
				.allMatch("Stated in 2019; not confirmed since."::equals);
		}
	}

	@Test
	void inferredCountriesAreMarkedInTheDataAndOnThePages() {
		assertThat(this.jdbc.queryForList("""
				select residence_country_code from accreditation
				where residence_country_inferred order by residence_country_code""", String.class))
			.containsExactly("BR", "RU");
		assertThat(this.jdbc.queryForList("select slug from visit where host_country_inferred", String.class))
			.containsExactly("nazarbayev-meets-macri-at-g20-summit-hangzhou");

		Document page = Pages.get(this.mvc, PAIR);
		assertThat(page.select("#ambassadors .card p:has(.inferred)").eachText()).containsExactlyInAnyOrder(
				"Resident in Brasilia, Brazil (inferred by the editors)",
				"Resident in Moscow, Russia (inferred by the editors)");
		assertThat(page.select("#visits .meta:has(.inferred)").text())
			.contains("Hangzhou, China (inferred by the editors)");
		assertThat(page.select("#visits .meta").text()).contains("Buenos Aires, Argentina")
			.doesNotContain("Argentina (inferred");
		assertThat(page.select("#sources").text()).contains("Every fact on this page comes from the sources below.")
			.contains("Facts marked \u201c(inferred by the editors)\u201d are not stated in so many words");

		long hangzhou = this.jdbc.queryForObject(
				"select id from visit where slug = 'nazarbayev-meets-macri-at-g20-summit-hangzhou'", Long.class);
		Document visit = Pages.get(this.mvc, "/visits/" + hangzhou + "-nazarbayev-meets-macri-at-g20-summit-hangzhou");
		assertThat(visit.select("dl.facts").text()).contains("Hangzhou, China (inferred by the editors)");
	}

	@Test
	void theDataTwinsCarryTheInferredMarksAndClaimDates() throws Exception {
		JsonNode ambassadors = json(PAIR + "/ambassadors.json").get("records");
		assertThat(ambassadors).allSatisfy((a) -> assertThat(a.get("residenceCountryInferred").asBoolean()).isTrue());
		JsonNode centres = json(PAIR + "/cultural-centres.json").get("records");
		assertThat(centres.get(0).get("statedOn").get("value").asString()).isEqualTo("2019-07-25");
		String csv = this.mvc.get()
			.uri(PAIR + "/visits.csv")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).contains(",hostCountry,hostCountryInferred,");
		assertThat(csv.lines().filter((line) -> line.contains("Hangzhou"))).singleElement()
			.satisfies((line) -> assertThat(line).contains(",China,true,"));
	}

	private JsonNode json(String path) throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(this.mvc.get()
				.uri(path)
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
