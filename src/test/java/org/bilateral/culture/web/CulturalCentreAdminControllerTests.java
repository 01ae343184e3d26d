package org.bilateral.culture.web;

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

class CulturalCentreAdminControllerTests extends AdminTest {

	@Test
	void listsCulturalCentresForEditors() {
		Document page = this.editor.list("cultural-centres", "Cultural centres", "New cultural centre");
		assertThat(page.select("table.records tbody td a").eachText()).contains("Kazakh Cultural Centre");
		long seeded = this.jdbc.queryForObject("select id from cultural_centre where name = 'Kazakh Cultural Centre'",
				Long.class);
		Document edit = this.editor.page("/admin/cultural-centres/" + seeded);
		assertThat(edit.select("#f-city").val()).isEqualTo("Rosario");
		assertThat(edit.select("#f-openedOn-month option[selected]").val()).isEqualTo("11");
	}

	@Test
	void createsACentreShownOnTheCulturalCentresPage() {
		long id = this.editor.create("cultural-centres", validCentre("Test centre of Argentine culture"));
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
		MultiValueMap<String, String> form = with(validCentre(""), "city", "  ", "countryCode", "XX", "region",
				"r".repeat(10_000), "openedOn.month", 2, "openedOn.day", 30, "notes",
				"Typed notes that must not be lost");
		MvcTestResult result = this.editor.post("/admin/cultural-centres/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page)).containsAllEntriesOf(
				Map.of("name", "Fill this in.", "city", "Fill this in.", "countryCode", "Choose one from the list.",
						"region", "Use at most 200 characters.", "openedOn", "That day does not exist in that month."));
		assertThat(page.select("#f-name").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-region").val()).hasSize(10_000);
		assertThat(page.select("#f-notes").text()).isEqualTo("Typed notes that must not be lost");
		assertThat(page.select("#f-openedOn-year").val()).isEqualTo("2019");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-name", "#f-city", "#f-countryCode",
				"#f-region", "#f-openedOn");
	}

	@Test
	void lettersInTheYearAndOverlongNotesAreFieldErrors() {
		MvcTestResult result = this.editor.post("/admin/cultural-centres/new", with(
				validCentre("Test centre with a bad year"), "openedOn.year", "twenty", "notes", "n".repeat(10_001)));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-openedOn-error").text()).isEqualTo("Enter a whole number.");
		assertThat(page.select("#f-openedOn-year").val()).isEqualTo("twenty");
		assertThat(page.select("#f-notes-error").text()).isEqualTo("Use at most 10,000 characters.");
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("Test centre edited twice");
		MvcTestResult result = this.editor.saveTwice("cultural-centres", id,
				with(validCentre("Test centre edited twice"), "supportingMission", "Embassy of Argentina in Astana"),
				with(validCentre("Test centre edited twice"), "supportingMission", "Consulate of Argentina in Almaty"));
		Document page = Editor.conflict(result, 1);
		assertThat(page.select("section.conflict th[scope=row]").eachText())
			.containsExactly("Opened with the assistance of");
		assertThat(page.select("section.conflict td").eachText()).containsExactly("Embassy of Argentina in Astana",
				"Consulate of Argentina in Almaty");
		assertThat(page.select("#f-supportingMission").val()).isEqualTo("Consulate of Argentina in Almaty");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheCentre() {
		long id = created("Test centre to delete");
		this.editor.deleteConfirmed("cultural-centres", id);
		assertThat(this.jdbc.queryForObject("select count(*) from cultural_centre where id = ?", Integer.class, id))
			.isZero();
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan/cultural-centres");
		assertThat(page.select("ul.cards li h2").eachText()).doesNotContain("Test centre to delete")
			.contains("Kazakh Cultural Centre");
	}

	@Test
	void aDeleteBasedOnAnOutdatedVersionIsRefused() {
		long id = created("Test centre changed before deleting");
		MultiValueMap<String, String> edit = with(validCentre("Test centre changed before deleting"), "version", 0,
				"city", "Astana");
		assertThat(this.editor.post("/admin/cultural-centres/" + id, edit)).hasStatus(HttpStatus.FOUND);
		assertThat(this.editor.delete("cultural-centres", id, 0)).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.jdbc.queryForObject("select count(*) from cultural_centre where id = ?", Integer.class, id))
			.isOne();
	}

	@Test
	void historyListsWhoChangedWhatWithFieldLabels() {
		long id = created("Test centre with history");
		Document page = this.editor.history("cultural-centres", id);
		assertThat(page.select("ol.revisions > li")).hasSize(1);
		assertThat(page.select("ol.revisions h2").text()).startsWith("Created by editor");
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Relation", "Name", "City", "Country",
				"Opened on", "Opened with the assistance of", "Notes");
	}

	private long created(String name) {
		return this.editor.create("cultural-centres", validCentre(name));
	}

	private MultiValueMap<String, String> validCentre(String name) {
		return form("relationId", this.records.pair(), "name", name, "city", "Almaty", "countryCode", "KZ",
				"openedOn.year", 2019, "supportingMission", "Embassy of Argentina in Kazakhstan", "notes",
				"A centre for the Spanish language and Argentine culture.");
	}

}
