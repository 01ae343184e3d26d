package org.bilateral.pair;

import java.sql.Date;

import org.bilateral.NuHtmlChecker;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.TestRecords;
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

/**
 * The relationship on a date: who headed each mission, what was in force, the visits by
 * then, and what the records cannot settle said to be uncertain.
 */
@PortalTest
class RelationOnDateTests {

	private static final String PAIR = "/relations/argentina-kazakhstan";

	private static final NuHtmlChecker CHECKER = new NuHtmlChecker();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestRecords records;

	@Test
	void theViewOnADateShowsWhoHeadedTheMissionBeforeAndAfterAChange() {
		long relation = this.records.relation("CL", "NO");
		long first = this.records.person("Ingrid Firstholder", "ingrid-firstholder");
		long second = this.records.person("Olav Secondholder", "olav-secondholder");
		this.records.insert("ambassadors", "relation_id", relation, "person_id", first, "sending_country_code", "NO",
				"receiving_country_code", "CL", "title", "Ambassador", "starts_on", Date.valueOf("2010-03-01"),
				"starts_precision", "DAY", "ends_on", Date.valueOf("2015-06-30"), "ends_precision", "DAY");
		this.records.insert("ambassadors", "relation_id", relation, "person_id", second, "sending_country_code", "NO",
				"receiving_country_code", "CL", "title", "Ambassador", "starts_on", Date.valueOf("2015-07-01"),
				"starts_precision", "DAY", "stated_on", Date.valueOf("2019-01-15"));

		Document before = Pages.get(this.mvc, "/relations/chile-norway?on=2014-12-31");
		assertThat(before.select("h1").text()).isEqualTo("Chile \u2013 Norway on 31 December 2014");
		assertThat(before.select("#ambassadors h3").eachText()).containsExactly("Ingrid Firstholder");
		assertThat(before.select("#ambassadors .tenure").text()).isEqualTo("In post on that day, as the records say.");

		Document after = Pages.get(this.mvc, "/relations/chile-norway?on=2016-01-01");
		assertThat(after.select("#ambassadors h3").eachText()).containsExactly("Olav Secondholder");
		assertThat(after.select("#ambassadors .tenure").text()).isEqualTo("In post on that day, as the records say.");

		Document onTheLastDay = Pages.get(this.mvc, "/relations/chile-norway?on=2015-06-30");
		assertThat(onTheLastDay.select("#ambassadors h3").eachText()).containsExactly("Ingrid Firstholder");

		Document later = Pages.get(this.mvc, "/relations/chile-norway?on=2024-05-01");
		assertThat(later.select("#ambassadors h3").eachText()).containsExactly("Olav Secondholder");
		assertThat(later.select("#ambassadors .tenure").text())
			.isEqualTo("Last known: the source said so on 15 January 2019, and no end of the tenure is recorded.");
	}

	@Test
	void aTenureWithNoRecordedEndIsUncertainOnceASuccessorHasTakenOffice() {
		long relation = this.records.relation("CL", "NO");
		long first = this.records.person("Ingrid Firstholder", "ingrid-firstholder");
		long second = this.records.person("Olav Secondholder", "olav-secondholder");
		this.records.insert("ambassadors", "relation_id", relation, "person_id", first, "sending_country_code", "NO",
				"receiving_country_code", "CL", "title", "Ambassador", "starts_on", Date.valueOf("2010-01-01"),
				"starts_precision", "YEAR", "stated_on", Date.valueOf("2012-05-01"));
		this.records.insert("ambassadors", "relation_id", relation, "person_id", second, "sending_country_code", "NO",
				"receiving_country_code", "CL", "title", "Ambassador", "starts_on", Date.valueOf("2016-01-01"),
				"starts_precision", "YEAR", "stated_on", Date.valueOf("2019-07-25"));

		Document page = Pages.get(this.mvc, "/relations/chile-norway?on=2017-03-01");
		assertThat(card(page, "Ingrid Firstholder").select(".tenure").text())
			.isEqualTo("Uncertain: no end of the tenure is recorded, but a successor had taken office by that day.");
		assertThat(card(page, "Olav Secondholder").select(".tenure").text())
			.isEqualTo("In post on that day, as the records say.");

		Document before = Pages.get(this.mvc, "/relations/chile-norway?on=2014-03-01");
		assertThat(before.select("#ambassadors h3").eachText()).containsExactly("Ingrid Firstholder");
		assertThat(card(before, "Ingrid Firstholder").select(".tenure").text())
			.isEqualTo("Last known: the source said so on 1 May 2012, and no end of the tenure is recorded.");
	}

	@Test
	void aTenureKnownOnlyToTheYearIsUncertainWithinThatYear() {
		Document page = Pages.get(this.mvc, PAIR + "?on=2016-06-30");
		Element sarzhanov = card(page, "Kairat Sarzhanov");
		assertThat(sarzhanov.select(".tenure").text()).startsWith("Uncertain: the tenure began in 2016");
		assertThat(page.select("#ambassadors h3").eachText()).doesNotContain("Ricardo Ernesto Lagorio");

		Document next = Pages.get(this.mvc, PAIR + "?on=2017-06-01");
		assertThat(card(next, "Kairat Sarzhanov").select(".tenure").text())
			.isEqualTo("In post on that day, as the records say.");
	}

	@Test
	void visitsUpToTheDateAreListedAndThoseDatedOnlyToTheYearAreUncertain() {
		Document page = Pages.get(this.mvc, PAIR + "?on=2017-06-01");
		assertThat(page.select("#visits ol.timeline > li h3").eachText()).hasSize(6);
		assertThat(page.select("#visits li:has(.uncertain) h3").eachText()).hasSize(2)
			.allMatch((title) -> title.contains("EXPO 2017"));
		assertThat(page.select("#visits > p").first().text())
			.isEqualTo("4 visits and meetings certainly took place by then.");

		Document earlier = Pages.get(this.mvc, PAIR + "?on=2016-12-31");
		assertThat(earlier.select("#visits ol.timeline > li h3").eachText()).hasSize(3)
			.noneMatch((title) -> title.contains("EXPO 2017"));
		assertThat(earlier.select("#agreements").text()).contains("No document is recorded as in force on that day.");
	}

	@Test
	void aDocumentIsInForceOnADateByItsDatedStepsAndUncertainWithinAYearOnlyDate() {
		long relation = this.records.relation("CL", "NO");
		long dated = this.records.insert("agreements", "relation_id", relation, "title", "Agreement on fisheries",
				"slug", "agreement-on-fisheries", "sphere", "fisheries");
		step(dated, "SIGNED", "2012-05-10", "DAY");
		step(dated, "IN_FORCE", "2013-01-01", "DAY");
		step(dated, "TERMINATED", "2020-03-31", "DAY");
		long yearOnly = this.records.insert("agreements", "relation_id", relation, "title", "Agreement on culture",
				"slug", "agreement-on-culture", "sphere", "culture");
		step(yearOnly, "SIGNED", "2015-01-01", "YEAR");
		step(yearOnly, "IN_FORCE", "2016-01-01", "YEAR");

		Document beforeEntry = Pages.get(this.mvc, "/relations/chile-norway?on=2012-12-31");
		assertThat(beforeEntry.select("#agreements li")).isEmpty();

		Document inForce = Pages.get(this.mvc, "/relations/chile-norway?on=2014-06-01");
		assertThat(inForce.select("#agreements li").eachText())
			.containsExactly("Agreement on fisheries: In force since 1 January 2013");

		Document within = Pages.get(this.mvc, "/relations/chile-norway?on=2016-06-01");
		assertThat(within.select("#agreements li:has(.uncertain) a").eachText())
			.containsExactly("Agreement on culture");
		assertThat(within.select("#agreements li:not(:has(.uncertain)) a").eachText())
			.containsExactly("Agreement on fisheries");

		Document afterEnd = Pages.get(this.mvc, "/relations/chile-norway?on=2021-01-01");
		assertThat(afterEnd.select("#agreements li a").eachText()).containsExactly("Agreement on culture");
		assertThat(afterEnd.select("#agreements .uncertain")).isEmpty();
	}

	private void step(long agreement, String stage, String on, String precision) {
		this.records.insert("agreement-steps", "agreement_id", agreement, "stage", stage, "taken_on", Date.valueOf(on),
				"taken_precision", precision, "stated_on", Date.valueOf("2021-01-01"));
	}

	@Test
	void theViewIsNotIndexedAndNamesItselfAsItsAddress() {
		Document page = Pages.get(this.mvc, PAIR + "?on=2016-12-31");
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("https://bilateral.example/relations/argentina-kazakhstan?on=2016-12-31");
	}

	@Test
	void thePairPageOffersADateFormThatWorksWithoutScript() {
		Element form = Pages.get(this.mvc, PAIR).selectFirst("form.on-date");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo(PAIR);
		assertThat(form.select("input[name=on][required][type=date][min=0001-01-01][max=9999-12-31]")).hasSize(1);
		assertThat(form.select("#on-hint").text()).isEqualTo("Year-month-day, for example 2016-12-31.");
		assertThat(form.select("label[for=on]").text()).isEqualTo("See the relationship on a date");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2016-13-01", "2016-02-30", "yesterday", "0000-01-01", "2016-1-1", "20160101",
			"2016-12-31T00:00", "99999-01-01" })
	void aValueThatIsNotADateAnswersBadRequestWithTheFormAndWhatWasTyped(String on) throws Exception {
		MvcTestResult result = this.mvc.get().uri(PAIR).queryParam("on", on).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = Pages.parse(result);
		assertThat(page.select("#on-error").text()).startsWith("This is not a date");
		assertThat(page.select("input#on").attr("value")).isEqualTo(on);
		assertThat(page.select("input#on").attr("aria-invalid")).isEqualTo("true");
		assertThat(CHECKER.errors(result.getResponse().getContentAsString())).isEmpty();
	}

	@Test
	void aPairNamedInTheOtherOrderMovesWithItsDate() {
		assertThat(this.mvc.get().uri("/relations/kazakhstan-argentina?on=2016-12-31"))
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/relations/argentina-kazakhstan?on=2016-12-31");
	}

	@Test
	void anUnknownPairOnADateIsNotFound() {
		assertThat(this.mvc.get().uri("/relations/argentina-brazil?on=2016-12-31")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/relations/argentina-brazil?on=nope")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static Element card(Document page, String name) {
		return page.select("#ambassadors li.card")
			.stream()
			.filter((card) -> card.select("h3").text().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
