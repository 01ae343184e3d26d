package org.bilateral.culture.web;

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
class CulturalCentreAdminControllerTests {

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
	void removeTestCentres() {
		this.jdbc.update("delete from cultural_centre where name like 'Test centre%'");
		this.jdbc.update("delete from revision where record_type = 'cultural-centres'");
	}

	@Test
	void listsCulturalCentresForEditors() {
		Document page = Pages.parse(this.editor.get("/admin/cultural-centres"));
		assertThat(page.select("h1").text()).isEqualTo("Cultural centres");
		assertThat(page.select("table.records tbody td a").eachText()).contains("Kazakh Cultural Centre");
		assertThat(page.select("a.button").text()).isEqualTo("New cultural centre");
		assertThat(this.editor.get("/admin/cultural-centres/new")).hasStatusOk();
		long seeded = this.jdbc.queryForObject("select id from cultural_centre where name = 'Kazakh Cultural Centre'",
				Long.class);
		Document edit = Pages.parse(this.editor.get("/admin/cultural-centres/" + seeded));
		assertThat(edit.select("#f-city").val()).isEqualTo("Rosario");
		assertThat(edit.select("#f-openedOn-month option[selected]").val()).isEqualTo("11");
	}

	@Test
	void createsACentreShownOnTheCulturalCentresPage() {
		MvcTestResult result = this.editor.post("/admin/cultural-centres/new",
				validCentre("Test centre of Argentine culture"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		long id = Editor.idFrom(result);
		assertThat(this.jdbc.queryForMap("select country_code, opened_precision from cultural_centre where id = ?", id))
			.containsEntry("country_code", "KZ")
			.containsEntry("opened_precision", "YEAR");
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/cultural-centres");
		assertThat(page.select("ul.cards li h2").eachText()).contains("Test centre of Argentine culture",
				"Kazakh Cultural Centre");
		assertThat(page.select("ul.cards li p").eachText()).contains("Almaty, Kazakhstan");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where record_type = 'cultural-centres' and record_id = ? and action = 'CREATED'",
				Integer.class, id))
			.isOne();
	}

	@Test
	void aFormWithErrorsComesBackWithMessagesAndEverythingTyped() {
		MultiValueMap<String, String> form = validCentre("");
		form.set("city", "  ");
		form.set("countryCode", "XX");
		form.set("region", "r".repeat(10_000));
		form.set("openedOn.month", "2");
		form.set("openedOn.day", "30");
		form.set("notes", "Typed notes that must not be lost");
		MvcTestResult result = this.editor.post("/admin/cultural-centres/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-name-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-city-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-countryCode-error").text()).isEqualTo("Choose one from the list.");
		assertThat(page.select("#f-region-error").text()).isEqualTo("Use at most 200 characters.");
		assertThat(page.select("#f-openedOn-error").text()).isEqualTo("That day does not exist in that month.");
		assertThat(page.select("#f-name").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-region").val()).hasSize(10_000);
		assertThat(page.select("#f-notes").text()).isEqualTo("Typed notes that must not be lost");
		assertThat(page.select("#f-openedOn-year").val()).isEqualTo("2019");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-name", "#f-city", "#f-countryCode",
				"#f-region", "#f-openedOn");
	}

	@Test
	void lettersInTheYearAndOverlongNotesAreFieldErrors() {
		MultiValueMap<String, String> form = validCentre("Test centre with a bad year");
		form.set("openedOn.year", "twenty");
		form.set("notes", "n".repeat(10_001));
		MvcTestResult result = this.editor.post("/admin/cultural-centres/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-openedOn-error").text()).isEqualTo("Enter a whole number.");
		assertThat(page.select("#f-openedOn-year").val()).isEqualTo("twenty");
		assertThat(page.select("#f-notes-error").text()).isEqualTo("Use at most 10,000 characters.");
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("Test centre edited twice");
		MultiValueMap<String, String> first = validCentre("Test centre edited twice");
		first.set("version", "0");
		first.set("supportingMission", "Embassy of Argentina in Astana");
		assertThat(this.editor.post("/admin/cultural-centres/" + id, first)).hasStatus(HttpStatus.FOUND);

		MultiValueMap<String, String> second = validCentre("Test centre edited twice");
		second.set("version", "0");
		second.set("supportingMission", "Consulate of Argentina in Almaty");
		MvcTestResult result = this.editor.post("/admin/cultural-centres/" + id, second);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(result);
		assertThat(page.select("section.conflict th[scope=row]").eachText())
			.containsExactly("Opened with the assistance of");
		assertThat(page.select("section.conflict td").eachText()).containsExactly("Embassy of Argentina in Astana",
				"Consulate of Argentina in Almaty");
		assertThat(page.select("#f-supportingMission").val()).isEqualTo("Consulate of Argentina in Almaty");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheCentre() {
		long id = created("Test centre to delete");
		Document confirm = Pages.parse(this.editor.get("/admin/cultural-centres/" + id + "/delete"));
		assertThat(confirm.select("main form button").text()).isEqualTo("Delete");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/cultural-centres/" + id + "/delete", form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/cultural-centres");
		assertThat(this.jdbc.queryForObject("select count(*) from cultural_centre where id = ?", Integer.class, id))
			.isZero();
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/cultural-centres");
		assertThat(page.select("ul.cards li h3").eachText()).doesNotContain("Test centre to delete");
	}

	@Test
	void aDeleteBasedOnAnOutdatedVersionIsRefused() {
		long id = created("Test centre changed before deleting");
		MultiValueMap<String, String> edit = validCentre("Test centre changed before deleting");
		edit.set("version", "0");
		edit.set("city", "Astana");
		assertThat(this.editor.post("/admin/cultural-centres/" + id, edit)).hasStatus(HttpStatus.FOUND);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/cultural-centres/" + id + "/delete", form)).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.queryForObject("select count(*) from cultural_centre where id = ?", Integer.class, id))
			.isOne();
	}

	@Test
	void historyListsWhoChangedWhatWithFieldLabels() {
		long id = created("Test centre with history");
		Document page = Pages.parse(this.editor.get("/admin/cultural-centres/" + id + "/history"));
		assertThat(page.select("ol.revisions > li")).hasSize(1);
		assertThat(page.select("ol.revisions h2").text()).startsWith("Created by editor");
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Relation", "Name", "City", "Country",
				"Opened on", "Opened with the assistance of", "Notes");
		assertThat(page.text()).doesNotContain("??");
	}

	private long created(String name) {
		MvcTestResult result = this.editor.post("/admin/cultural-centres/new", validCentre(name));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return Editor.idFrom(result);
	}

	private MultiValueMap<String, String> validCentre(String name) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(this.relationId));
		form.add("name", name);
		form.add("city", "Almaty");
		form.add("countryCode", "KZ");
		form.add("openedOn.year", "2019");
		form.add("supportingMission", "Embassy of Argentina in Kazakhstan");
		form.add("notes", "A centre for the Spanish language and Argentine culture.");
		return form;
	}

}
