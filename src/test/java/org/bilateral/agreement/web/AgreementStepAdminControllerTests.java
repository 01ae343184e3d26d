package org.bilateral.agreement.web;

import java.time.LocalDate;

import org.bilateral.AdminTest;
import org.bilateral.NuHtmlChecker;
import org.bilateral.Pages;
import org.bilateral.agreement.Agreement;
import org.bilateral.agreement.AgreementService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;

class AgreementStepAdminControllerTests extends AdminTest {

	@Autowired
	AgreementService agreements;

	long agreement;

	@BeforeEach
	void aDocumentWithoutSteps() {
		this.agreement = this.records.insert("agreements", "relation_id", this.records.pair(), "title",
				"Test agreement on air services", "slug", "test-agreement-on-air-services", "sphere",
				"Test sphere transport", "position", 9);
	}

	@Test
	void stepsInOrderAreSavedAndThePagesShowWhereTheDocumentStands() throws Exception {
		Document page = Pages.get(this.mvc, path());
		assertThat(page.select("dd.stage").text()).isEqualTo("Stage not given by the source.");
		long signed = create(
				step("SIGNED", "takenOn.year", 2014, "takenOn.month", 5, "signatories", "The two ministers"));
		create(step("RATIFIED", "countryCode", "KZ", "takenOn.year", 2015));
		create(step("RATIFIED", "countryCode", "AR", "takenOn.year", 2015, "takenOn.month", 3, "takenOn.day", 5));
		create(step("IN_FORCE", "takenOn.year", 2015, "takenOn.month", 6, "takenOn.day", 1, "statedOn", "2019-07-25"));
		page = Pages.get(this.mvc, path());
		assertThat(page.select("dd.stage").text())
			.isEqualTo("In force since 1 June 2015, as stated by the source on 25 July 2019."
					+ " Stated in 2019; not confirmed since.");
		assertThat(page.select("table.lifecycle tbody th").eachText()).containsExactly("Signed", "Ratified", "Ratified",
				"In force");
		assertThat(page.select("table.lifecycle tbody tr:eq(0) td").eachText()).startsWith("May 2014",
				"The two ministers");
		assertThat(page.select("table.lifecycle tbody tr:eq(1) td").eachText()).startsWith("2015", "Kazakhstan");
		Document pair = Pages.get(this.mvc, "/relations/argentina-kazakhstan/agreements");
		assertThat(pair.select("dd:contains(Test agreement on air services) .stage").text())
			.isEqualTo("In force since 1 June 2015, as stated by the source on 25 July 2019."
					+ " Stated in 2019; not confirmed since.");
		assertThat(pair.select("dd:contains(Political dialogue), dd:has(a[href*=political-dialogue]) .stage").text())
			.contains("Stage not given by the source.");
		assertThat(this.agreements.findInForceOn(this.records.pair(), LocalDate.of(2016, 1, 1)))
			.extracting(Agreement::getId)
			.containsExactly(this.agreement);
		assertThat(this.agreements.findInForceOn(this.records.pair(), LocalDate.of(2015, 5, 31))).isEmpty();
		NuHtmlChecker checker = new NuHtmlChecker();
		assertThat(checker.errors(this.mvc.get().uri(path()).exchange().getResponse().getContentAsString())).isEmpty();
		assertThat(
				checker.errors(this.editor.get("/admin/agreement-steps/" + signed).getResponse().getContentAsString()))
			.isEmpty();
		MvcTestResult json = this.mvc.get().uri(path() + ".json").exchange();
		assertThat(json).bodyJson().extractingPath("$.stage.stage").isEqualTo("IN_FORCE");
		assertThat(json).bodyJson().extractingPath("$.stage.statedOn.value").isEqualTo("2019-07-25");
		assertThat(json).bodyJson().extractingPath("$.steps[1].country.code").isEqualTo("KZ");
		assertThat(json).bodyJson().extractingPath("$.steps[1].date.precision").isEqualTo("year");
	}

	@Test
	void aStepOutOfOrderIsRefusedAtItsFieldWithEverythingTypedKept() {
		assertRefused(step("IN_FORCE", "takenOn.year", 2015, "statedOn", "2019-07-25", "note", "Kept note"), "stage",
				"Record the signing first: this step cannot come before the document is signed.");
		create(step("SIGNED", "takenOn.year", 2014, "takenOn.month", 5));
		assertRefused(step("TERMINATED", "takenOn.year", 2016, "note", "Kept note"), "stage",
				"A document is terminated only after it was in force; record the entry into force first.");
		assertRefused(step("IN_FORCE", "takenOn.year", 2013, "statedOn", "2019-07-25", "note", "Kept note"), "takenOn",
				"This date is earlier than the date of a step before it.");
		assertRefused(step("IN_FORCE", "takenOn.year", 2015, "note", "Kept note"), "statedOn",
				"Give the date on which the source stated that the document is in force.");
		assertRefused(step("RATIFIED", "countryCode", "BR", "note", "Kept note"), "countryCode",
				"Choose one of the two countries of the document's relation.");
		create(step("RATIFIED", "countryCode", "KZ", "takenOn.year", 2015));
		assertRefused(step("RATIFIED", "countryCode", "KZ", "takenOn.year", 2016, "note", "Kept note"), "countryCode",
				"This country's ratification is already recorded.");
		create(step("IN_FORCE", "takenOn.year", 2016, "statedOn", "2019-07-25"));
		create(step("TERMINATED", "takenOn.year", 2020, "statedOn", "2021-01-01"));
		assertRefused(step("SUSPENDED", "takenOn.year", 2021, "note", "Kept note"), "stage",
				"The document is terminated; no step can follow the termination.");
	}

	@Test
	void changingAStepSoALaterOneNoLongerFitsIsRefused() {
		long signed = create(step("SIGNED", "takenOn.year", 2014));
		create(step("IN_FORCE", "takenOn.year", 2015, "statedOn", "2019-07-25"));
		MvcTestResult result = this.editor.post("/admin/agreement-steps/" + signed,
				step("SIGNED", "takenOn.year", 2016, "version", 0));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.fieldErrors(Pages.parse(result))).containsEntry("stage",
				"With this change a later step of the document would be out of order; change that step first.");
		assertThat(this.editor.post("/admin/agreement-steps/" + signed,
				step("SIGNED", "takenOn.year", 2014, "takenOn.month", 2, "version", 0)))
			.hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aStepThatLaterStepsRestOnIsNotDeletedButTheLastIs() {
		long signed = create(step("SIGNED", "takenOn.year", 2014));
		long inForce = create(step("IN_FORCE", "takenOn.year", 2015, "statedOn", "2019-07-25"));
		Document confirm = this.editor.page("/admin/agreement-steps/" + signed + "/delete");
		assertThat(confirm.select("main").text()).contains("1 later step of the document rests on it");
		this.editor.delete("agreement-steps", signed, 0);
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_step where id = ?", Integer.class, signed))
			.isOne();
		this.editor.deleteConfirmed("agreement-steps", inForce);
		this.editor.deleteConfirmed("agreement-steps", signed);
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_step where agreement_id = ?", Integer.class,
				this.agreement))
			.isZero();
	}

	private void assertRefused(MultiValueMap<String, String> form, String field, String message) {
		MvcTestResult result = this.editor.post("/admin/agreement-steps/new", form);
		assertThat(result).as(field).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page)).as(field).containsEntry(field, message);
		assertThat(page.select("#f-note").val()).isEqualTo("Kept note");
	}

	private long create(MultiValueMap<String, String> form) {
		return this.records.remember("agreement-steps", this.editor.create("agreement-steps", form));
	}

	private MultiValueMap<String, String> step(String stage, Object... more) {
		MultiValueMap<String, String> form = form("agreementId", this.agreement, "stage", stage, "version", 0);
		form(more).forEach((name, values) -> form.put(name, values));
		return form;
	}

	private String path() {
		return "/agreements/" + this.agreement + "-test-agreement-on-air-services";
	}

}
