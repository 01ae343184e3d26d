package org.bilateral.trade.web;

import java.math.BigDecimal;

import org.bilateral.Editor;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test figures use years after 2100, so they never clash with real ones.
 */
@PortalTest
class TradeFigureAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	long relationId;

	Editor editor;

	@BeforeEach
	void findSeededRelation() {
		this.editor = new Editor(this.mvc);
		this.relationId = this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'",
				Long.class);
	}

	@AfterEach
	void removeTestFigures() {
		this.jdbc.update("delete from trade_figure where created_by = 'editor'");
		this.jdbc.update("delete from revision where record_type = 'trade-figures'");
	}

	@Test
	void listsTradeFiguresForEditors() {
		Document page = Pages.parse(this.editor.get("/admin/trade-figures"));
		assertThat(page.select("h1").text()).isEqualTo("Trade figures");
		assertThat(page.select("table.records tbody td a").eachText()).contains("2018, reported by Kazakhstan");
		assertThat(page.select("a.button").text()).isEqualTo("New trade figure");
		assertThat(this.editor.get("/admin/trade-figures/new")).hasStatusOk();
		long seeded = this.jdbc.queryForObject("select id from trade_figure where year = 2018", Long.class);
		Document edit = Pages.parse(this.editor.get("/admin/trade-figures/" + seeded));
		assertThat(edit.select("#f-turnover").val()).isEqualTo("26.4");
		assertThat(edit.select("#f-reportingCountryCode option[selected]").text()).isEqualTo("Kazakhstan");
	}

	@Test
	void createsAFigureKeptAsPublishedAndShownOnTheTradePage() {
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", validFigure("2101"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		long id = Editor.idFrom(result);
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
		MultiValueMap<String, String> form = validFigure("20x1");
		form.set("relationId", "");
		form.set("reportingCountryCode", "XX");
		form.set("partnerCountryCode", "K".repeat(10_000));
		form.set("exports", "1" + "0".repeat(200_000));
		form.set("imports", "twelve");
		form.set("turnover", "12.34");
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-relationId-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-year-error").text()).isEqualTo("Enter a whole number.");
		assertThat(page.select("#f-reportingCountryCode-error").text()).isEqualTo("Choose one from the list.");
		assertThat(page.select("#f-partnerCountryCode-error").text()).isEqualTo("Use at most 2 characters.");
		assertThat(page.select("#f-exports-error").text())
			.isEqualTo("Enter a number, with a point for decimals (for example 26.4).");
		assertThat(page.select("#f-imports-error").text())
			.isEqualTo("Enter a number, with a point for decimals (for example 26.4).");
		assertThat(page.select("#f-turnover-error").text())
			.isEqualTo("Use at most 13 digits before the point and one after it (for example 26.4).");
		assertThat(page.select("#f-year").val()).isEqualTo("20x1");
		assertThat(page.select("#f-exports").val()).hasSize(200_001);
		assertThat(page.select("#f-imports").val()).isEqualTo("twelve");
		assertThat(page.select("#f-turnover").val()).isEqualTo("12.34");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-year", "#f-reportingCountryCode",
				"#f-partnerCountryCode", "#f-exports", "#f-imports", "#f-turnover");
	}

	@Test
	void yearsAndAmountsThatDoNotFitTheColumnsAreRefused() {
		MultiValueMap<String, String> form = validFigure("1899");
		form.set("imports", "-0.5");
		form.set("exports", "12345678901234");
		form.set("turnover", "1e999999999");
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-year-error").text()).isEqualTo("Enter a year between 1900 and 2200.");
		assertThat(page.select("#f-imports-error").text()).isEqualTo("Enter zero or more.");
		assertThat(page.select("#f-exports-error").text())
			.isEqualTo("Use at most 13 digits before the point and one after it (for example 26.4).");
		assertThat(page.select("#f-turnover-error").text())
			.isEqualTo("Use at most 13 digits before the point and one after it (for example 26.4).");
		assertThat(page.select("#f-exports").val()).isEqualTo("12345678901234");
	}

	@Test
	void bothCountriesMustBeTheRelationsTwo() {
		MultiValueMap<String, String> outside = validFigure("2102");
		outside.set("reportingCountryCode", "BR");
		Document page = Pages.parse(this.editor.post("/admin/trade-figures/new", outside));
		assertThat(page.select("#f-reportingCountryCode-error").text())
			.isEqualTo("Choose one of the two countries of the relation.");

		MultiValueMap<String, String> same = validFigure("2102");
		same.set("partnerCountryCode", "KZ");
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", same);
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
		MultiValueMap<String, String> moved = validFigure("2018");
		moved.set("version", "0");
		assertThat(this.editor.post("/admin/trade-figures/" + id, moved)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

		MultiValueMap<String, String> otherReporter = validFigure("2018");
		otherReporter.set("reportingCountryCode", "AR");
		otherReporter.set("partnerCountryCode", "KZ");
		otherReporter.set("version", "0");
		assertThat(this.editor.post("/admin/trade-figures/" + id, otherReporter)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("2105");
		MultiValueMap<String, String> first = validFigure("2105");
		first.set("version", "0");
		first.set("turnover", "10");
		assertThat(this.editor.post("/admin/trade-figures/" + id, first)).hasStatus(HttpStatus.FOUND);

		MultiValueMap<String, String> second = validFigure("2105");
		second.set("version", "0");
		second.set("turnover", "11.5");
		MvcTestResult result = this.editor.post("/admin/trade-figures/" + id, second);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(result);
		assertThat(page.select("section.conflict th[scope=row]").eachText()).containsExactly("Turnover (as published)");
		assertThat(page.select("section.conflict td").eachText()).containsExactly("10.0", "11.5");
		assertThat(page.select("#f-turnover").val()).isEqualTo("11.5");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
		assertThat(
				this.jdbc.queryForObject("select turnover_value from trade_figure where id = ?", BigDecimal.class, id))
			.isEqualByComparingTo("10.0");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheFigure() {
		long id = created("2106");
		Document confirm = Pages.parse(this.editor.get("/admin/trade-figures/" + id + "/delete"));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete: 2106, reported by Kazakhstan");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/trade-figures/" + id + "/delete", form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/trade-figures");
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
		MultiValueMap<String, String> form = validFigure("2107");
		form.set("version", "0");
		form.set("turnover", "3.5");
		assertThat(this.editor.post("/admin/trade-figures/" + id, form)).hasStatus(HttpStatus.FOUND);
		Document page = Pages.parse(this.editor.get("/admin/trade-figures/" + id + "/history"));
		assertThat(page.select("ol.revisions > li")).hasSize(2);
		assertThat(page.select("ol.revisions > li").first().select("th[scope=row]").eachText())
			.containsExactly("Turnover (as published)");
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Year", "Reported by", "Trade with",
				"Export", "Import");
		assertThat(page.text()).doesNotContain("??");
	}

	private long created(String year) {
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", validFigure(year));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return Editor.idFrom(result);
	}

	private MultiValueMap<String, String> validFigure(String year) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(this.relationId));
		form.add("year", year);
		form.add("reportingCountryCode", "KZ");
		form.add("partnerCountryCode", "AR");
		form.add("exports", "1.5");
		form.add("imports", "2");
		form.add("turnover", "3.6");
		return form;
	}

}
