package org.bilateral.visit.web;

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
class VisitAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	long relationId;

	long personId;

	Editor editor;

	@BeforeEach
	void findSeededRecords() {
		this.editor = new Editor(this.mvc);
		this.relationId = this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'",
				Long.class);
		this.personId = this.jdbc.queryForObject("select id from person where slug = 'erlan-idrissov'", Long.class);
	}

	@AfterEach
	void removeTestVisits() {
		this.jdbc.update("delete from visit where title like 'Test visit%'");
		this.jdbc.update("delete from revision where record_type = 'visits'");
	}

	@Test
	void listsVisitsForEditors() {
		Document page = Pages.parse(this.editor.get("/admin/visits"));
		assertThat(page.select("table.records tbody tr")).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void createsAVisitWithAPartialDateAndAParticipant() {
		MvcTestResult result = this.editor.post("/admin/visits/new", validVisit("Test visit to Astana"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
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
	void aFormWithErrorsComesBackWithMessagesAndEverythingTyped() {
		MultiValueMap<String, String> form = validVisit("Test visit with a bad date");
		form.set("starts.month", "2");
		form.set("starts.day", "30");
		form.set("title", "");
		form.set("description", "Typed text that must not be lost");
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-starts-error").text()).isEqualTo("That day does not exist in that month.");
		assertThat(page.select("#f-title-error").text()).isEqualTo("Fill this in.");
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
		MultiValueMap<String, String> form = validVisit("Test visit after renaming");
		form.set("version", "0");
		form.set("description", "A changed description");
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
		MultiValueMap<String, String> first = validVisit("Test visit edited twice");
		first.set("version", "0");
		first.set("description", "The first editor's text");
		assertThat(this.editor.post("/admin/visits/" + id, first)).hasStatus(HttpStatus.FOUND);

		MultiValueMap<String, String> second = validVisit("Test visit edited twice");
		second.set("version", "0");
		second.set("description", "The second editor's text");
		MvcTestResult result = this.editor.post("/admin/visits/" + id, second);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(result);
		assertThat(page.select("section.conflict td").eachText()).contains("The first editor's text",
				"The second editor's text");
		assertThat(page.select("#f-description").text()).isEqualTo("The second editor's text");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
		assertThat(this.jdbc.queryForObject("select description from visit where id = ?", String.class, id))
			.isEqualTo("The first editor's text");
	}

	@Test
	void postedIdVersionAndStampsCannotOverrideTheRecord() {
		MultiValueMap<String, String> form = validVisit("Test visit with extra fields");
		form.add("id", "1");
		form.add("createdBy", "intruder");
		form.add("updatedBy", "intruder");
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(
				this.jdbc.queryForMap("select id, created_by from visit where title = 'Test visit with extra fields'"))
			.doesNotContainEntry("id", 1L)
			.doesNotContainEntry("created_by", "intruder");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheVisit() {
		long id = created("Test visit to delete");
		Document confirm = Pages.parse(this.editor.get("/admin/visits/" + id + "/delete"));
		assertThat(confirm.select("main form button").text()).isEqualTo("Delete");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/visits/" + id + "/delete", form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/visits");
		assertThat(this.mvc.get().uri("/visits/" + id)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void historyListsWhoChangedWhat() {
		long id = created("Test visit with history");
		Document page = Pages.parse(this.editor.get("/admin/visits/" + id + "/history"));
		assertThat(page.select("ol.revisions > li")).hasSize(1);
		assertThat(page.select("ol.revisions h2").text()).startsWith("Created by editor");
		assertThat(page.select("ol.revisions td").eachText()).contains("Argentina \u2013 Kazakhstan", "Kazakhstan",
				"Erlan Idrissov, Minister of Foreign Affairs of Kazakhstan, Kazakhstan, Principal");
	}

	private long created(String title) {
		MvcTestResult result = this.editor.post("/admin/visits/new", validVisit(title));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MultiValueMap<String, String> validVisit(String title) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(this.relationId));
		form.add("kind", "VISIT");
		form.add("title", title);
		form.add("starts.year", "2019");
		form.add("starts.month", "3");
		form.add("hostCountryCode", "KZ");
		form.add("participants[0].personId", String.valueOf(this.personId));
		form.add("participants[0].office", "Minister of Foreign Affairs of Kazakhstan");
		form.add("participants[0].sideCode", "KZ");
		form.add("participants[0].role", "PRINCIPAL");
		form.add("participants[1].personId", "");
		form.add("participants[1].office", "");
		return form;
	}

}
