package org.bilateral.trade.web;

import java.math.BigDecimal;
import java.util.Map;

import org.bilateral.AdminTest;
import org.bilateral.Editor;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;
import static org.bilateral.Forms.with;

/**
 * Test figures use years after 2100, so they never clash with real ones.
 */
class TradeFigureAdminControllerTests extends AdminTest {

	static final String NOT_A_NUMBER = "Enter a number, with a point for decimals (for example 26.4).";

	static final String TOO_LONG = "Use at most 13 digits before the point and one after it (for example 26.4).";

	@Test
	void listsTradeFiguresForEditors() {
		Document page = this.editor.list("trade-figures", "Trade figures", "New trade figure");
		assertThat(page.select("table.records tbody td a").eachText()).contains("2018, reported by Kazakhstan");
		long seeded = this.jdbc.queryForObject("select id from trade_figure where year = 2018", Long.class);
		Document edit = this.editor.page("/admin/trade-figures/" + seeded);
		assertThat(edit.select("#f-turnover").val()).isEqualTo("26.4");
		assertThat(edit.select("#f-reportingCountryCode option[selected]").text()).isEqualTo("Kazakhstan");
	}

	@Test
	void createsAFigureKeptAsPublishedAndShownOnTheTradePage() {
		long id = this.editor.create("trade-figures", validFigure("2101"));
		assertThat(this.jdbc
			.queryForMap("select export_value, import_value, turnover_value, unit from trade_figure where id = ?", id))
			.containsEntry("export_value", new BigDecimal("1.5"))
			.containsEntry("import_value", new BigDecimal("2.0"))
			.containsEntry("turnover_value", new BigDecimal("3.6"))
			.containsEntry("unit", "USD_MILLION");
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/trade");
		assertThat(page.select("table.trade tbody th").eachText()).contains("2101", "2018");
		assertThat(page.select("table.trade tbody td").eachText()).contains("1.5", "2.0", "3.6");
		assertThat(page.select("p.meta").eachText())
			.contains("In 2101, export plus import is 3.5; " + "the published total is 3.6 and is kept as published.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where record_type = 'trade-figures' and record_id = ? and action = 'CREATED'",
				Integer.class, id))
			.isOne();
	}

	@Test
	void aFormWithErrorsComesBackWithMessagesAndEverythingTyped() {
		MultiValueMap<String, String> form = with(validFigure("20x1"), "relationId", "", "reportingCountryCode", "XX",
				"partnerCountryCode", "K".repeat(10_000), "exports", "1" + "0".repeat(200_000), "imports", "twelve",
				"turnover", "12.34");
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page)).containsAllEntriesOf(Map.of("relationId", "Fill this in.", "year",
				"Enter a whole number.", "reportingCountryCode", "Choose one from the list.", "partnerCountryCode",
				"Use at most 2 characters.", "exports", NOT_A_NUMBER, "imports", NOT_A_NUMBER, "turnover", TOO_LONG));
		assertThat(page.select("#f-year").val()).isEqualTo("20x1");
		assertThat(page.select("#f-exports").val()).hasSize(200_001);
		assertThat(page.select("#f-imports").val()).isEqualTo("twelve");
		assertThat(page.select("#f-turnover").val()).isEqualTo("12.34");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-year", "#f-reportingCountryCode",
				"#f-partnerCountryCode", "#f-exports", "#f-imports", "#f-turnover");
	}

	@Test
	void yearsAndAmountsThatDoNotFitTheColumnsAreRefused() {
		MultiValueMap<String, String> form = with(validFigure("1899"), "imports", "-0.5", "exports", "12345678901234",
				"turnover", "1e999999999");
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page)).containsAllEntriesOf(Map.of("year", "Enter a year between 1900 and 2200.",
				"imports", "Enter zero or more.", "exports", TOO_LONG, "turnover", NOT_A_NUMBER));
		assertThat(page.select("#f-exports").val()).isEqualTo("12345678901234");
	}

	@Test
	void bothCountriesMustBeTheRelationsTwo() {
		Document page = Pages.parse(
				this.editor.post("/admin/trade-figures/new", with(validFigure("2102"), "reportingCountryCode", "BR")));
		assertThat(page.select("#f-reportingCountryCode-error").text())
			.isEqualTo("Choose one of the two countries of the relation.");

		MvcTestResult result = this.editor.post("/admin/trade-figures/new",
				with(validFigure("2102"), "partnerCountryCode", "KZ"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-partnerCountryCode-error").text())
			.isEqualTo("Choose the other country of the relation.");
		assertThat(this.jdbc.queryForObject("select count(*) from trade_figure where year = 2102", Integer.class))
			.isZero();
	}

	@Test
	void aSecondFigureForTheSameYearFromTheSameCountryIsAFieldError() {
		MultiValueMap<String, String> form = validFigure("2018");
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-year-error").text())
			.isEqualTo("There is already a figure for this year from this country.");
		assertThat(page.select("#f-turnover").val()).isEqualTo("3.6");

		long id = created("2103");
		MultiValueMap<String, String> moved = with(validFigure("2018"), "version", 0);
		assertThat(this.editor.post("/admin/trade-figures/" + id, moved)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

		MultiValueMap<String, String> otherReporter = with(validFigure("2018"), "reportingCountryCode", "AR",
				"partnerCountryCode", "KZ", "version", 0);
		assertThat(this.editor.post("/admin/trade-figures/" + id, otherReporter)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("2105");
		MvcTestResult result = this.editor.saveTwice("trade-figures", id, with(validFigure("2105"), "turnover", 10),
				with(validFigure("2105"), "turnover", "11.5"));
		Document page = Editor.conflict(result, 1);
		assertThat(page.select("section.conflict th[scope=row]").eachText()).containsExactly("Turnover (as published)");
		assertThat(page.select("section.conflict td").eachText()).containsExactly("10.0", "11.5");
		assertThat(page.select("#f-turnover").val()).isEqualTo("11.5");
		assertThat(
				this.jdbc.queryForObject("select turnover_value from trade_figure where id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("10.0");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheFigure() {
		long id = created("2106");
		Document confirm = this.editor.deleteConfirmed("trade-figures", id);
		assertThat(confirm.select("h1").text()).isEqualTo("Delete: 2106, reported by Kazakhstan");
		assertThat(this.jdbc.queryForObject("select count(*) from trade_figure where id = ?", Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where record_type = 'trade-figures' and record_id = ? and action = 'DELETED'",
				Integer.class, id))
			.isOne();
	}

	@Test
	void historyRecordsOnlyTheFieldsThatChanged() {
		long id = created("2107");
		MultiValueMap<String, String> form = with(validFigure("2107"), "version", 0, "turnover", "3.5");
		assertThat(this.editor.post("/admin/trade-figures/" + id, form)).hasStatus(HttpStatus.FOUND);
		Document page = this.editor.history("trade-figures", id);
		assertThat(page.select("ol.revisions > li")).hasSize(2);
		assertThat(page.select("ol.revisions > li").first().select("th[scope=row]").eachText())
			.containsExactly("Turnover (as published)");
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Year", "Reported by", "Trade with",
				"Export", "Import");
	}

	private long created(String year) {
		return this.editor.create("trade-figures", validFigure(year));
	}

	private MultiValueMap<String, String> validFigure(String year) {
		return form("relationId", this.records.pair(), "year", year, "reportingCountryCode", "KZ", "partnerCountryCode",
				"AR", "exports", "1.5", "imports", "2", "turnover", "3.6");
	}

}
