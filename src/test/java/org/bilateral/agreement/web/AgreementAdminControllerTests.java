package org.bilateral.agreement.web;

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

@PortalTest
class AgreementAdminControllerTests {

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
	void removeTestAgreements() {
		this.jdbc.update("delete from agreement where sphere like 'Test sphere%'");
		this.jdbc.update("delete from revision where record_type = 'agreements'");
	}

	@Test
	void listsAgreementsForEditorsWithUntitledOnesBySphere() {
		Document page = Pages.parse(this.editor.get("/admin/agreements"));
		assertThat(page.select("h1").text()).isEqualTo("Agreements");
		assertThat(page.select("table.records tbody tr")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select("table.records tbody td a").eachText()).contains("(untitled) \u2014 Political dialogue");
		assertThat(page.select("a.button").text()).isEqualTo("New agreement");
		assertThat(this.editor.get("/admin/agreements/new")).hasStatusOk();
		long seeded = this.jdbc.queryForObject("select id from agreement where sphere = 'Political dialogue'",
				Long.class);
		Document edit = Pages.parse(this.editor.get("/admin/agreements/" + seeded));
		assertThat(edit.select("#f-sphere").val()).isEqualTo("Political dialogue");
		assertThat(edit.select("#f-position").val()).isEqualTo("1");
	}

	@Test
	void createsAnAgreementShownInTheLegalFramework() {
		MvcTestResult result = this.editor.post("/admin/agreements/new",
				validAgreement("Test agreement on air services"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		long id = Editor.idFrom(result);
		assertThat(this.jdbc
			.queryForMap("select signed_on, signed_precision, status, position from agreement where id = ?", id))
			.containsEntry("signed_precision", "MONTH")
			.containsEntry("status", "IN_FORCE")
			.containsEntry("position", 9);
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/agreements");
		assertThat(page.select("dl.spheres dt").eachText()).contains("Test sphere transport");
		assertThat(page.select("dl.spheres dd").text()).contains("Test agreement on air services");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where record_type = 'agreements' and record_id = ? and action = 'CREATED'",
				Integer.class, id))
			.isOne();
	}

	@Test
	void aFormWithErrorsComesBackWithMessagesAndEverythingTyped() {
		MultiValueMap<String, String> form = validAgreement("Test agreement with errors");
		form.set("sphere", "");
		form.set("signedOn.year", "2015");
		form.set("signedOn.month", "2");
		form.set("signedOn.day", "30");
		form.set("type", "x".repeat(10_000));
		form.set("position", "first");
		form.set("sourceId", "999999");
		MvcTestResult result = this.editor.post("/admin/agreements/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-sphere-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-signedOn-error").text()).isEqualTo("That day does not exist in that month.");
		assertThat(page.select("#f-type-error").text()).isEqualTo("Use at most 100 characters.");
		assertThat(page.select("#f-position-error").text()).isEqualTo("Enter a whole number.");
		assertThat(page.select("#f-sourceId-error").text()).isEqualTo("Choose one from the list.");
		assertThat(page.select("#f-sphere").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-title").val()).isEqualTo("Test agreement with errors");
		assertThat(page.select("#f-type").val()).hasSize(10_000);
		assertThat(page.select("#f-position").val()).isEqualTo("first");
		assertThat(page.select("#f-signedOn-day").val()).isEqualTo("30");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-sphere", "#f-signedOn", "#f-type",
				"#f-position", "#f-sourceId");
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where title = 'Test agreement with errors'",
				Integer.class))
			.isZero();
	}

	@Test
	void aMissingRelationIsOneMessageAndANegativePositionIsRefused() {
		MultiValueMap<String, String> form = validAgreement("Test agreement without relation");
		form.set("relationId", "");
		form.set("position", "-1");
		MvcTestResult result = this.editor.post("/admin/agreements/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-relationId-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-position-error").text()).isEqualTo("Enter zero or more.");
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("Test agreement edited twice");
		MultiValueMap<String, String> first = validAgreement("Test agreement as the first editor saved it");
		first.set("version", "0");
		assertThat(this.editor.post("/admin/agreements/" + id, first)).hasStatus(HttpStatus.FOUND);

		MultiValueMap<String, String> second = validAgreement("Test agreement as the second editor typed it");
		second.set("version", "0");
		MvcTestResult result = this.editor.post("/admin/agreements/" + id, second);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(result);
		assertThat(page.select("section.conflict th[scope=row]").eachText()).containsExactly("Title");
		assertThat(page.select("section.conflict td").eachText())
			.contains("Test agreement as the first editor saved it", "Test agreement as the second editor typed it");
		assertThat(page.select("#f-title").val()).isEqualTo("Test agreement as the second editor typed it");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
		assertThat(this.jdbc.queryForObject("select title from agreement where id = ?", String.class, id))
			.isEqualTo("Test agreement as the first editor saved it");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheAgreement() {
		long id = created("Test agreement to delete");
		Document confirm = Pages.parse(this.editor.get("/admin/agreements/" + id + "/delete"));
		assertThat(confirm.select("h1").text()).isEqualTo("Delete: Test agreement to delete");
		assertThat(confirm.select("main form button").text()).isEqualTo("Delete");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/agreements/" + id + "/delete", form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/agreements");
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where id = ?", Integer.class, id)).isZero();
		assertThat(this.editor.get("/admin/agreements/" + id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void historyListsWhoChangedWhatWithFieldLabels() {
		long id = created("Test agreement with history");
		MultiValueMap<String, String> form = validAgreement("Test agreement with history");
		form.set("version", "0");
		form.set("status", "TERMINATED");
		assertThat(this.editor.post("/admin/agreements/" + id, form)).hasStatus(HttpStatus.FOUND);
		Document page = Pages.parse(this.editor.get("/admin/agreements/" + id + "/history"));
		assertThat(page.select("ol.revisions > li")).hasSize(2);
		assertThat(page.select("ol.revisions h2").eachText()).anyMatch((text) -> text.startsWith("Created by editor"))
			.anyMatch((text) -> text.startsWith("Changed by editor"));
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Sphere", "Signed on",
				"Signed at (place)", "Status");
		assertThat(page.text()).doesNotContain("??");
	}

	private long created(String title) {
		MvcTestResult result = this.editor.post("/admin/agreements/new", validAgreement(title));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return Editor.idFrom(result);
	}

	private MultiValueMap<String, String> validAgreement(String title) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(this.relationId));
		form.add("title", title);
		form.add("sphere", "Test sphere transport");
		form.add("type", "Agreement");
		form.add("signedOn.year", "2016");
		form.add("signedOn.month", "9");
		form.add("signedAt", "Hangzhou");
		form.add("status", "IN_FORCE");
		form.add("position", "9");
		return form;
	}

}
