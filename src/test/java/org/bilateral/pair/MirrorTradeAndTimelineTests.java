package org.bilateral.pair;

import java.math.BigDecimal;

import org.bilateral.NuHtmlChecker;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.TestRecords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trade as each side reports it, side by side and never summed, and the heads of mission
 * over time, drawn per sending side with a table beside the drawing.
 */
@PortalTest
class MirrorTradeAndTimelineTests {

	static final String PAIR = "/relations/" + TestRecords.PAIR_SLUG;

	static final NuHtmlChecker CHECKER = new NuHtmlChecker();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withOnlyKazakhstansFiguresArgentinasSideIsNotRecorded() {
		Document page = Pages.get(this.mvc, PAIR + "/trade");
		assertThat(page.select("table.mirror tbody tr")).hasSize(2);
		assertThat(row(page, "Kazakhstan to Argentina")).containsExactly("2018", "Kazakhstan to Argentina",
				"4.2 (Kazakhstan)", "Not recorded by Argentina", "\u2014");
		assertThat(row(page, "Argentina to Kazakhstan")).containsExactly("2018", "Argentina to Kazakhstan",
				"Not recorded by Argentina", "22.1 (Kazakhstan)", "\u2014");
		Element chart = page.selectFirst("figure.mirror-chart svg[role=img]");
		assertThat(chart.select("rect")).hasSize(2);
		assertThat(chart.select("text.not-recorded").eachText()).containsExactly("not recorded", "not recorded");
	}

	@Test
	void aSecondReportersFiguresStandBesideTheFirstsWithTheDifferenceAndAreNeverSummed() throws Exception {
		this.records.insert("trade-figures", "relation_id", this.records.pair(), "year", 2018, "reporting_country_code",
				"AR", "partner_country_code", "KZ", "export_value", new BigDecimal("20.0"), "import_value",
				new BigDecimal("5.1"), "turnover_value", new BigDecimal("25.1"));
		Document page = Pages.get(this.mvc, PAIR + "/trade");
		assertThat(row(page, "Kazakhstan to Argentina")).containsExactly("2018", "Kazakhstan to Argentina",
				"4.2 (Kazakhstan)", "5.1 (Argentina)", "0.9");
		assertThat(row(page, "Argentina to Kazakhstan")).containsExactly("2018", "Argentina to Kazakhstan",
				"20.0 (Argentina)", "22.1 (Kazakhstan)", "2.1");
		// no figure of one reporter is added to one of the other: 4.2 + 5.1, 20.0 + 22.1,
		// 26.4 + 25.1
		assertThat(page.select("main").text()).doesNotContain("9.3", "42.1", "51.5");
		assertThat(page.select("table.trade tbody tr")).hasSize(2);
		Element chart = page.selectFirst("figure.mirror-chart svg[role=img]");
		assertThat(chart.select("rect")).hasSize(4);
		assertThat(chart.select("text.chart-year").eachText()).containsExactly(
				"2018: Argentina to Kazakhstan, difference 2.1", "2018: Kazakhstan to Argentina, difference 0.9");
		assertThat(chart.select("text.chart-value").eachText()).containsExactly("20.0", "22.1", "4.2", "5.1");
		assertThat(page.select("p:contains(free on board)")).hasSize(1);

		MvcTestResult json = this.mvc.get().uri(PAIR + "/trade.json").exchange();
		assertThat(json).bodyJson()
			.extractingPath("$.records[?(@.reportingCountry.code == 'KZ')].mirror.exportsAsPartnerReports")
			.asArray()
			.containsExactly(5.1);
		assertThat(json).bodyJson()
			.extractingPath("$.records[?(@.reportingCountry.code == 'KZ')].mirror.importsDifference")
			.asArray()
			.containsExactly(2.1);
		String csv = this.mvc.get().uri(PAIR + "/trade.csv").exchange().getResponse().getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).contains("partnerReported", "exportsDifference");
		assertThat(CHECKER.errors(html(PAIR + "/trade"))).isEmpty();
		assertThat(CHECKER.errors(html(PAIR))).isEmpty();
	}

	@Test
	void theAmbassadorsPageDrawsEachSidesPostingsWithHonestDatesAndTheSameAsATable() throws Exception {
		long person = this.records.person("Test Earlier Ambassador", "test-earlier-ambassador");
		this.records.insert("ambassadors", "relation_id", this.records.pair(), "person_id", person,
				"sending_country_code", "KZ", "receiving_country_code", "AR", "title", "Ambassador", "residence_city",
				"Brasilia", "residence_country_code", "BR", "starts_on", java.sql.Date.valueOf("2012-03-01"),
				"starts_precision", "MONTH", "ends_on", java.sql.Date.valueOf("2015-12-31"), "ends_precision", "DAY");
		Document page = Pages.get(this.mvc, PAIR + "/ambassadors");
		Element svg = page.selectFirst("figure.timeline-chart svg[role=img]");
		assertThat(svg).isNotNull();
		assertThat(svg.select("title").text()).isEqualTo("Heads of mission between Argentina and Kazakhstan over time");
		assertThat(svg.select("text.chart-year").eachText()).containsExactly("Sent by Argentina", "Sent by Kazakhstan");
		assertThat(svg.select("text.chart-label").eachText()).containsExactly("Ricardo Ernesto Lagorio",
				"Test Earlier Ambassador", "Kairat Sarzhanov");
		// "since 2016" and "since 2018": a hatched year each, then held, then open after
		// 25 July 2019
		assertThat(svg.select("rect.posting-uncertain")).hasSize(3);
		assertThat(svg.select("rect.posting-uncertain").eachAttr("fill")).allMatch((fill) -> fill.startsWith("url(#"));
		assertThat(svg.select("rect.posting-open")).hasSize(2);
		assertThat(svg.select("rect.posting-certain")).hasSize(3);
		assertThat(page.select("table.postings tbody tr")).hasSize(3);
		assertThat(page.select("table.postings tbody tr:has(a:contains(Kairat Sarzhanov)) td").eachText())
			.containsExactly("Kazakhstan", "Ambassador", "Brasilia, Brazil (concurrent accreditation)", "2016",
					"No end recorded; serving as stated by the source on 25 July 2019");
		assertThat(page.select("table.postings tbody tr:has(a:contains(Test Earlier Ambassador)) td").eachText())
			.containsExactly("Kazakhstan", "Ambassador", "Brasilia, Brazil (concurrent accreditation)", "March 2012",
					"31 December 2015");
		assertThat(CHECKER.errors(html(PAIR + "/ambassadors"))).isEmpty();
		Document pair = Pages.get(this.mvc, PAIR);
		assertThat(pair.select("#ambassadors figure.timeline-chart svg text.chart-label").eachText())
			.contains("Kairat Sarzhanov", "Ricardo Ernesto Lagorio");
	}

	private String html(String path) throws Exception {
		return this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
	}

	private static java.util.List<String> row(Document page, String flow) {
		return page.select("table.mirror tbody tr:has(td:containsOwn(" + flow + ")) > *").eachText();
	}

}
