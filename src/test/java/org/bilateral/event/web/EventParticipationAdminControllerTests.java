package org.bilateral.event.web;

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
class EventParticipationAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	long relationId;

	long expoId;

	Editor editor;

	@BeforeEach
	void findSeededRecords() {
		this.editor = new Editor(this.mvc);
		this.relationId = this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'",
				Long.class);
		this.expoId = this.jdbc.queryForObject("select id from event_participation where short_name = 'EXPO 2017'",
				Long.class);
	}

	@AfterEach
	void removeTestEvents() {
		this.jdbc.update("delete from event_participation where event_name like 'Test event%'");
		this.jdbc.update("delete from relation where slug = 'brazil-kazakhstan'");
		this.jdbc.update("delete from revision where record_type = 'events'");
	}

	@Test
	void listsEventsForEditors() {
		Document page = Pages.parse(this.editor.get("/admin/events"));
		assertThat(page.select("h1").text()).isEqualTo("Events");
		assertThat(page.select("table.records tbody td a").eachText())
			.contains("International Specialized Exhibition EXPO 2017");
		assertThat(page.select("a.button").text()).isEqualTo("New event");
		assertThat(this.editor.get("/admin/events/new")).hasStatusOk();
		Document edit = Pages.parse(this.editor.get("/admin/events/" + this.expoId));
		assertThat(edit.select("#f-shortName").val()).isEqualTo("EXPO 2017");
		assertThat(edit.select("#f-startsOn-year").val()).isEqualTo("2017");
	}

	@Test
	void createsAnEventShownOnThePairPage() {
		MvcTestResult result = this.editor.post("/admin/events/new",
				validEvent("Test event Astana International Forum"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		long id = Editor.idFrom(result);
		assertThat(this.jdbc.queryForMap(
				"select starts_on, starts_precision, ends_precision, host_country_code from event_participation where id = ?",
				id))
			.containsEntry("starts_precision", "DAY")
			.containsEntry("ends_precision", "DAY")
			.containsEntry("host_country_code", "KZ");
		Document page = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
		assertThat(page.select("#events ul.cards li h3").eachText()).contains("Test AIF", "EXPO 2017");
		assertThat(page.select("#events ul.cards li").text()).contains("Test event Astana International Forum",
				"Participation of Argentina: Delegation");
		assertThat(page.select("ol.timeline > li")).hasSize(6);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from revision where record_type = 'events' and record_id = ? and action = 'CREATED'",
				Integer.class, id))
			.isOne();
	}

	@Test
	void aFormWithErrorsComesBackWithMessagesAndEverythingTyped() {
		MultiValueMap<String, String> form = validEvent("");
		form.set("hostCountryCode", "XX");
		form.set("participantCountryCode", "");
		form.set("shortName", "s".repeat(10_000));
		form.set("startsOn.month", "2");
		form.set("startsOn.day", "30");
		form.set("endsOn.year", "20x9");
		form.set("notes", "Typed notes that must not be lost");
		MvcTestResult result = this.editor.post("/admin/events/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-eventName-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-hostCountryCode-error").text()).isEqualTo("Choose one from the list.");
		assertThat(page.select("#f-participantCountryCode-error").text()).isEqualTo("Fill this in.");
		assertThat(page.select("#f-shortName-error").text()).isEqualTo("Use at most 100 characters.");
		assertThat(page.select("#f-startsOn-error").text()).isEqualTo("That day does not exist in that month.");
		assertThat(page.select("#f-endsOn-error").text()).isEqualTo("Enter a whole number.");
		assertThat(page.select("#f-eventName").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#f-shortName").val()).hasSize(10_000);
		assertThat(page.select("#f-endsOn-year").val()).isEqualTo("20x9");
		assertThat(page.select("#f-startsOn-day").val()).isEqualTo("30");
		assertThat(page.select("#f-notes").text()).isEqualTo("Typed notes that must not be lost");
		assertThat(page.select(".error-summary a").eachAttr("href")).contains("#f-eventName", "#f-hostCountryCode",
				"#f-participantCountryCode", "#f-shortName", "#f-startsOn", "#f-endsOn-year");
	}

	@Test
	void anEventCannotEndBeforeItStarts() {
		MultiValueMap<String, String> form = validEvent("Test event ending too early");
		form.set("endsOn.day", "1");
		MvcTestResult result = this.editor.post("/admin/events/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-endsOn-error").text())
			.isEqualTo("The end cannot be before the start.");
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("Test event edited twice");
		MultiValueMap<String, String> first = validEvent("Test event edited twice");
		first.set("version", "0");
		first.set("city", "Astana");
		assertThat(this.editor.post("/admin/events/" + id, first)).hasStatus(HttpStatus.FOUND);

		MultiValueMap<String, String> second = validEvent("Test event edited twice");
		second.set("version", "0");
		second.set("city", "Almaty");
		MvcTestResult result = this.editor.post("/admin/events/" + id, second);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = Pages.parse(result);
		assertThat(page.select("section.conflict th[scope=row]").eachText()).containsExactly("City");
		assertThat(page.select("section.conflict td").eachText()).containsExactly("Astana", "Almaty");
		assertThat(page.select("#f-city").val()).isEqualTo("Almaty");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheEvent() {
		long id = created("Test event to delete");
		Document confirm = Pages.parse(this.editor.get("/admin/events/" + id + "/delete"));
		assertThat(confirm.select("main form button").text()).isEqualTo("Delete");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		assertThat(this.editor.post("/admin/events/" + id + "/delete", form)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/events");
		assertThat(this.jdbc.queryForObject("select count(*) from event_participation where id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void anEventThatVisitsTookPlaceDuringIsNotDeleted() {
		Document confirm = Pages.parse(this.editor.get("/admin/events/" + this.expoId + "/delete"));
		assertThat(confirm.select(".error-summary li").eachText())
			.containsExactly("2 visits took place during this event");
		assertThat(confirm.select("main form button")).isEmpty();

		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("version", "0");
		MvcTestResult result = this.editor.post("/admin/events/" + this.expoId + "/delete", form);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(result).select(".error-summary").text())
			.contains("2 visits took place during this event");
		assertThat(this.jdbc.queryForObject("select count(*) from event_participation where id = ?", Integer.class,
				this.expoId))
			.isOne();
	}

	@Test
	void anEventThatVisitsTookPlaceDuringStaysWithItsRelation() {
		long other = this.jdbc.queryForObject(
				"insert into relation (first_country_code, second_country_code, slug, created_by, updated_by) "
						+ "values ('BR', 'KZ', 'brazil-kazakhstan', 'test', 'test') returning id",
				Long.class);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(other));
		form.add("eventName", "International Specialized Exhibition EXPO 2017");
		form.add("shortName", "EXPO 2017");
		form.add("hostCountryCode", "KZ");
		form.add("startsOn.year", "2017");
		form.add("participantCountryCode", "AR");
		form.add("version", "0");
		MvcTestResult result = this.editor.post("/admin/events/" + this.expoId, form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-relationId-error").text()).isEqualTo(
				"Visits took place during this event; change those visits before moving the event to another relation.");
		assertThat(this.jdbc.queryForObject("select relation_id from event_participation where id = ?", Long.class,
				this.expoId))
			.isEqualTo(this.relationId);
	}

	@Test
	void historyListsWhoChangedWhatWithFieldLabels() {
		long id = created("Test event with history");
		Document page = Pages.parse(this.editor.get("/admin/events/" + id + "/history"));
		assertThat(page.select("ol.revisions > li")).hasSize(1);
		assertThat(page.select("ol.revisions h2").text()).startsWith("Created by editor");
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Event name", "Short name",
				"Host country", "Starts", "Ends", "Participating country",
				"Participation (for example, national pavilion)");
		assertThat(page.text()).doesNotContain("??");
	}

	private long created(String eventName) {
		MvcTestResult result = this.editor.post("/admin/events/new", validEvent(eventName));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return Editor.idFrom(result);
	}

	private MultiValueMap<String, String> validEvent(String eventName) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(this.relationId));
		form.add("eventName", eventName);
		form.add("shortName", "Test AIF");
		form.add("hostCountryCode", "KZ");
		form.add("startsOn.year", "2019");
		form.add("startsOn.month", "5");
		form.add("startsOn.day", "16");
		form.add("endsOn.year", "2019");
		form.add("endsOn.month", "5");
		form.add("endsOn.day", "17");
		form.add("participantCountryCode", "AR");
		form.add("participation", "Delegation");
		return form;
	}

}
