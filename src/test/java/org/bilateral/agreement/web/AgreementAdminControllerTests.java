package org.bilateral.agreement.web;

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

class AgreementAdminControllerTests extends AdminTest {

	@Test
	void listsAgreementsForEditorsWithUntitledOnesBySphere() {
		Document page = this.editor.list("agreements", "Agreements", "New agreement");
		assertThat(page.select("table.records tbody tr")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(page.select("table.records tbody td a").eachText()).contains("(untitled) \u2014 Political dialogue");
		long seeded = this.jdbc.queryForObject("select id from agreement where sphere = 'Political dialogue'",
				Long.class);
		Document edit = this.editor.page("/admin/agreements/" + seeded);
		assertThat(edit.select("#f-sphere").val()).isEqualTo("Political dialogue");
		assertThat(edit.select("#f-position").val()).isEqualTo("1");
	}

	@Test
	void createsAnAgreementShownInTheLegalFramework() {
		long id = this.editor.create("agreements", validAgreement("Test agreement on air services"));
		assertThat(this.jdbc.queryForMap("select signed_place, position from agreement where id = ?", id))
			.containsEntry("signed_place", "Hangzhou")
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
		MultiValueMap<String, String> form = with(validAgreement("Test agreement with errors"), "sphere", "", "type",
				"x".repeat(10_000), "position", "first", "sourceId", 999999);
		MvcTestResult result = this.editor.post("/admin/agreements/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page))
			.containsAllEntriesOf(Map.of("sphere", "Fill this in.", "type", "Use at most 100 characters.", "position",
					"Enter a whole number.", "sourceId", "Choose one from the list."));
		assertThat(page.select("#f-sphere").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-title").val()).isEqualTo("Test agreement with errors");
		assertThat(page.select("#f-type").val()).hasSize(10_000);
		assertThat(page.select("#f-position").val()).isEqualTo("first");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-sphere", "#f-type", "#f-position",
				"#f-sourceId");
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where title = 'Test agreement with errors'",
				Integer.class))
			.isZero();
	}

	@Test
	void aMissingRelationIsOneMessageAndANegativePositionIsRefused() {
		MvcTestResult result = this.editor.post("/admin/agreements/new",
				with(validAgreement("Test agreement without relation"), "relationId", "", "position", -1));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-relationId-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-position-error").text()).isEqualTo("Enter zero or more.");
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("Test agreement edited twice");
		MvcTestResult result = this.editor.saveTwice("agreements", id,
				validAgreement("Test agreement as the first editor saved it"),
				validAgreement("Test agreement as the second editor typed it"));
		Document page = Editor.conflict(result, 1);
		assertThat(page.select("section.conflict th[scope=row]").eachText()).containsExactly("Title");
		assertThat(page.select("section.conflict td").eachText())
			.contains("Test agreement as the first editor saved it", "Test agreement as the second editor typed it");
		assertThat(page.select("#f-title").val()).isEqualTo("Test agreement as the second editor typed it");
		assertThat(this.jdbc.queryForObject("select title from agreement where id = ?", String.class, id))
			.isEqualTo("Test agreement as the first editor saved it");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheAgreement() {
		long id = created("Test agreement to delete");
		Document confirm = this.editor.deleteConfirmed("agreements", id);
		assertThat(confirm.select("h1").text()).isEqualTo("Delete: Test agreement to delete");
		assertThat(this.jdbc.queryForObject("select count(*) from agreement where id = ?", Integer.class, id)).isZero();
		assertThat(this.editor.get("/admin/agreements/" + id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void historyListsWhoChangedWhatWithFieldLabels() {
		long id = created("Test agreement with history");
		MultiValueMap<String, String> form = with(validAgreement("Test agreement with history"), "version", 0,
				"signedAt", "Buenos Aires");
		assertThat(this.editor.post("/admin/agreements/" + id, form)).hasStatus(HttpStatus.FOUND);
		Document page = this.editor.history("agreements", id);
		assertThat(page.select("ol.revisions > li")).hasSize(2);
		assertThat(page.select("ol.revisions h2").eachText()).anyMatch((text) -> text.startsWith("Created by editor"))
			.anyMatch((text) -> text.startsWith("Changed by editor"));
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Sphere", "Signed at (place)");
	}

	private long created(String title) {
		return this.editor.create("agreements", validAgreement(title));
	}

	private MultiValueMap<String, String> validAgreement(String title) {
		return form("relationId", this.records.pair(), "title", title, "sphere", "Test sphere transport", "type",
				"Agreement", "signedAt", "Hangzhou", "position", 9);
	}

}
