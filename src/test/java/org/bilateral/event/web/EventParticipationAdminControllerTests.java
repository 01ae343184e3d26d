package org.bilateral.event.web;

import java.util.Map;

import org.bilateral.AdminTest;
import org.bilateral.Editor;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;
import static org.bilateral.Forms.with;

class EventParticipationAdminControllerTests extends AdminTest {

	long relationId;

	long expoId;

	@BeforeEach
	void findSeededRecords() {
		this.relationId = this.records.pair();
		this.expoId = this.jdbc.queryForObject("select id from event_participation where short_name = 'EXPO 2017'",
				Long.class);
	}

	@Test
	void listsEventsForEditors() {
		Document page = this.editor.list("events", "Events", "New event");
		assertThat(page.select("table.records tbody td a").eachText())
			.contains("International Specialized Exhibition EXPO 2017");
		Document edit = this.editor.page("/admin/events/" + this.expoId);
		assertThat(edit.select("#f-shortName").val()).isEqualTo("EXPO 2017");
		assertThat(edit.select("#f-startsOn-year").val()).isEqualTo("2017");
	}

	@Test
	void createsAnEventShownOnThePairPage() {
		long id = this.editor.create("events", validEvent("Test event Astana International Forum"));
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
		MultiValueMap<String, String> form = with(validEvent(""), "hostCountryCode", "XX", "participantCountryCode", "",
				"shortName", "s".repeat(10_000), "startsOn.month", 2, "startsOn.day", 30, "endsOn.year", "20x9",
				"notes", "Typed notes that must not be lost");
		MvcTestResult result = this.editor.post("/admin/events/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page))
			.containsAllEntriesOf(Map.of("eventName", "Fill this in.", "hostCountryCode", "Choose one from the list.",
					"participantCountryCode", "Fill this in.", "shortName", "Use at most 100 characters.", "startsOn",
					"That day does not exist in that month.", "endsOn", "Enter a whole number."));
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
		MvcTestResult result = this.editor.post("/admin/events/new",
				with(validEvent("Test event ending too early"), "endsOn.day", 1));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-endsOn-error").text())
			.isEqualTo("The end cannot be before the start.");
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionIsAConflictThatShowsBothVersions() {
		long id = created("Test event edited twice");
		MvcTestResult result = this.editor.saveTwice("events", id,
				with(validEvent("Test event edited twice"), "city", "Astana"),
				with(validEvent("Test event edited twice"), "city", "Almaty"));
		Document page = Editor.conflict(result, 1);
		assertThat(page.select("section.conflict th[scope=row]").eachText()).containsExactly("City");
		assertThat(page.select("section.conflict td").eachText()).containsExactly("Astana", "Almaty");
		assertThat(page.select("#f-city").val()).isEqualTo("Almaty");
	}

	@Test
	void deletingAsksForConfirmationThenRemovesTheEvent() {
		long id = created("Test event to delete");
		this.editor.deleteConfirmed("events", id);
		assertThat(this.jdbc.queryForObject("select count(*) from event_participation where id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void anEventThatVisitsTookPlaceDuringIsNotDeleted() {
		Document confirm = this.editor.page("/admin/events/" + this.expoId + "/delete");
		assertThat(confirm.select(".error-summary li").eachText())
			.containsExactly("2 visits took place during this event");
		assertThat(confirm.select("main form button")).isEmpty();

		MvcTestResult result = this.editor.delete("events", this.expoId, 0);
		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(result).select(".error-summary").text())
			.contains("2 visits took place during this event");
		assertThat(this.jdbc.queryForObject("select count(*) from event_participation where id = ?", Integer.class,
				this.expoId))
			.isOne();
	}

	@Test
	void anEventThatVisitsTookPlaceDuringStaysWithItsRelation() {
		long other = this.records.relation("BR", "KZ");
		MultiValueMap<String, String> form = form("relationId", other, "eventName",
				"International Specialized Exhibition EXPO 2017", "shortName", "EXPO 2017", "hostCountryCode", "KZ",
				"startsOn.year", 2017, "participantCountryCode", "AR", "version", 0);
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
		Document page = this.editor.history("events", id);
		assertThat(page.select("ol.revisions > li")).hasSize(1);
		assertThat(page.select("ol.revisions h2").text()).startsWith("Created by editor");
		assertThat(page.select("ol.revisions th[scope=row]").eachText()).contains("Event name", "Short name",
				"Host country", "Starts", "Ends", "Participating country",
				"Participation (for example, national pavilion)");
	}

	private long created(String eventName) {
		return this.editor.create("events", validEvent(eventName));
	}

	private MultiValueMap<String, String> validEvent(String eventName) {
		return form("relationId", this.relationId, "eventName", eventName, "shortName", "Test AIF", "hostCountryCode",
				"KZ", "startsOn.year", 2019, "startsOn.month", 5, "startsOn.day", 16, "endsOn.year", 2019,
				"endsOn.month", 5, "endsOn.day", 17, "participantCountryCode", "AR", "participation", "Delegation");
	}

}
