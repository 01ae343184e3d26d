package org.bilateral.visit.web;

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

class VisitAdminControllerTests extends AdminTest {

	@Test
	void listsVisitsForEditors() {
		Document page = Pages.parse(this.editor.get("/admin/visits"));
		assertThat(page.select("table.records tbody tr")).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void createsAVisitWithAPartialDateAndAParticipant() {
		long id = this.editor.create("visits", validVisit("Test visit to Astana"));
		assertThat(this.jdbc.queryForMap("select starts_on, starts_precision, slug from visit where id = ?", id))
			.containsEntry("starts_precision", "MONTH")
			.containsEntry("slug", "test-visit-to-astana");
		Document page = Pages.get(this.mvc, "/visits/" + id + "-test-visit-to-astana");
		assertThat(page.select("dl.facts dd").first().text()).isEqualTo("March 2019");
		assertThat(page.select("ul.participants li").text()).contains("Erlan Idrissov, Minister of Foreign Affairs");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where record_type = 'visits' and record_id = ? and action = 'CREATED'",
				Integer.class, id))
			.isOne();
	}

	@Test
	void aTitleTypedInCyrillicGetsASlugInLatinLetters() {
		long id = this.editor.create("visits", validVisit("Тестовый визит в Астану"));
		assertThat(this.jdbc.queryForObject("select slug from visit where id = ?", String.class, id))
			.isEqualTo("testovyj-vizit-v-astanu");
		assertThat(Pages.get(this.mvc, "/visits/" + id + "-testovyj-vizit-v-astanu").select("h1").text())
			.isEqualTo("Тестовый визит в Астану");
	}

	@Test
	void aFormWithErrorsComesBackWithMessagesAndEverythingTyped() {
		MultiValueMap<String, String> form = with(validVisit("Test visit with a bad date"), "starts.month", 2,
				"starts.day", 30, "title", "", "description", "Typed text that must not be lost");
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page))
			.containsAllEntriesOf(Map.of("starts", "That day does not exist in that month.", "title", "Fill this in."));
		assertThat(page.select("#f-title").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-description").text()).isEqualTo("Typed text that must not be lost");
		assertThat(page.select("#f-starts-year").val()).isEqualTo("2019");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-title", "#f-starts");
		assertThat(page.select(".error-summary a").eachText()).contains("Title: Fill this in.",
				"Date (or first day): That day does not exist in that month.");
	}

	@Test
	void editingShowsOnThePublicPageAndKeepsOldLinksWorking() {
		long id = created("Test visit before renaming");
		MultiValueMap<String, String> form = with(validVisit("Test visit after renaming"), "version", 0, "description",
				"A changed description");
		assertThat(this.editor.post("/admin/visits/" + id, form)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/visits/" + id + "-test-visit-before-renaming"))
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/visits/" + id + "-test-visit-after-renaming");
		Document page = Pages.get(this.mvc, "/visits/" + id + "-test-visit-after-renaming");
		assertThat(page.select("article.visit p").text()).contains("A changed description");
		assertThat(this.jdbc.queryForList(
				"select c.field from revision r join revision_change c on c.revision_id = r.id where r.record_id = ? and r.action = 'UPDATED'",
				String.class, id))
			.contains("title", "slug", "description");
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatKeepsTheInput() {
		long id = created("Test visit edited twice");
		MvcTestResult result = this.editor.saveTwice("visits", id,
				with(validVisit("Test visit edited twice"), "description", "The first editor's text"),
				with(validVisit("Test visit edited twice"), "description", "The second editor's text"));
		Document page = Editor.conflict(result, 1);
		assertThat(page.select("section.conflict td").eachText()).contains("The first editor's text",
				"The second editor's text");
		assertThat(page.select("#f-description").text()).isEqualTo("The second editor's text");
		assertThat(this.jdbc.queryForObject("select description from visit where id = ?", String.class, id))
			.isEqualTo("The first editor's text");
	}

	@Test
	void postedIdVersionAndStampsCannotOverrideTheRecord() {
		MvcTestResult result = this.editor.post("/admin/visits/new", with(validVisit("Test visit with extra fields"),
				"id", 1, "createdBy", "intruder", "updatedBy", "intruder"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(
				this.jdbc.queryForMap("select id, created_by from visit where title = 'Test visit with extra fields'"))
			.doesNotContainEntry("id", 1L)
			.doesNotContainEntry("created_by", "intruder");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheVisit() {
		long id = created("Test visit to delete");
		this.editor.deleteConfirmed("visits", id);
		assertThat(this.mvc.get().uri("/visits/" + id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void historyListsWhoChangedWhat() {
		long id = created("Test visit with history");
		Document page = this.editor.history("visits", id);
		assertThat(page.select("ol.revisions > li")).hasSize(1);
		assertThat(page.select("ol.revisions h2").text()).startsWith("Created by editor");
		assertThat(page.select("ol.revisions td").eachText()).contains("Argentina \u2013 Kazakhstan", "Kazakhstan",
				"Erlan Idrissov, Minister of Foreign Affairs of Kazakhstan, Kazakhstan, Principal");
	}

	private long created(String title) {
		return this.editor.create("visits", validVisit(title));
	}

	private MultiValueMap<String, String> validVisit(String title) {
		return form("relationId", this.records.pair(), "kind", "VISIT", "title", title, "starts.year", 2019,
				"starts.month", 3, "hostCountryCode", "KZ", "participants[0].personId",
				this.records.seeded("person", "erlan-idrissov"), "participants[0].office",
				"Minister of Foreign Affairs of Kazakhstan", "participants[0].sideCode", "KZ", "participants[0].role",
				"PRINCIPAL", "participants[1].personId", "", "participants[1].office", "");
	}

}
