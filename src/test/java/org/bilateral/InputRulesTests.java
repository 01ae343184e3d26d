package org.bilateral;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;
import static org.bilateral.HostileValues.repeat;

/**
 * Each rule that keeps what an editor types from turning into a server error or into a
 * value other than the one typed: slugs that fit their column, dates the database can
 * store in our era, one value per field, numbers in ASCII digits, lengths counted in
 * characters as PostgreSQL counts them, no hidden characters in names and titles, and a
 * refusal by the database shown on the form.
 */
class InputRulesTests extends AdminTest {

	static final String DATE_RANGE = "Enter a date between the years 1 and 9999.";

	@Test
	void aTitleWhoseSlugOutgrowsItsColumnIsSavedWithTheSlugCutOnAWord() {
		String title = repeat("&", 76);
		long id = this.editor.create("visits", visit(title));
		String slug = this.jdbc.queryForObject("select slug from visit where id = ?", String.class, id);
		assertThat(slug).hasSizeLessThanOrEqualTo(300).startsWith("and-and-").endsWith("-and");
		assertThat(this.jdbc.queryForObject("select title from visit where id = ?", String.class, id)).isEqualTo(title);
	}

	@Test
	void aLongNameWithAmpersandsGetsASlugThatFitsAndStaysUnique() {
		String name = repeat("Ab & ", 32);
		long id = this.editor.create("people", form("name", name.strip(), "slug", "", "version", 0));
		String slug = this.jdbc.queryForObject("select slug from person where id = ?", String.class, id);
		assertThat(slug).hasSizeLessThanOrEqualTo(200).matches("(ab-and-)+ab");
		MvcTestResult again = this.editor.post("/admin/people/new",
				form("name", name.strip() + " & more", "slug", "", "version", 0));
		assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(again).select("#f-name-error").text())
			.isEqualTo("Another person already has this slug; give a different one.");
	}

	@ParameterizedTest
	@CsvSource({ "accessedOn, +99999999-01-01", "accessedOn, -999999999-01-01", "accessedOn, +5874898-01-01",
			"accessedOn, -4714-11-23", "accessedOn, -584540076-01-01", "accessedOn, -0001-01-01",
			"accessedOn, 0000-12-31", "accessedOn, +10000-01-01", "publishedCreatedAt, +999999999-12-31T23:59",
			"publishedUpdatedAt, 0000-01-01T00:00" })
	void aSourceDateOutsideTheYears1To9999IsRefusedNamingTheRange(String field, String date) {
		MultiValueMap<String, String> form = source();
		form.set(field, date);
		MvcTestResult result = this.editor.post("/admin/sources/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-" + field + "-error").text()).isEqualTo(DATE_RANGE);
		assertThat(page.select("#f-" + field).val()).isEqualTo(date);
	}

	@Test
	void theFirstAndLastStorableDaysAreStoredAndShownAsTyped() {
		MultiValueMap<String, String> form = source();
		form.set("accessedOn", "0001-01-01");
		form.set("publishedCreatedAt", "9999-12-31T23:59");
		long id = this.editor.create("sources", form);
		Document page = this.editor.page("/admin/sources/" + id);
		assertThat(page.select("#f-accessedOn").val()).isEqualTo("0001-01-01");
		assertThat(page.select("#f-publishedCreatedAt").val()).isEqualTo("9999-12-31T23:59");
		assertThat(this.jdbc.queryForObject("select to_char(accessed_on, 'YYYY-MM-DD AD') from source where id = ?",
				String.class, id))
			.isEqualTo("0001-01-01 AD");
	}

	@Test
	void aHeadOfMissionStatedOnAnImpossibleDateIsRefused() {
		MultiValueMap<String, String> form = form("relationId", this.records.pair(), "personId",
				this.records.seeded("person", "kairat-sarzhanov"), "sendingCountryCode", "KZ", "receivingCountryCode",
				"AR", "title", "Test Ambassador", "tenureStart.year", 2012, "asOf", "+99999999-01-01", "version", 0);
		MvcTestResult result = this.editor.post("/admin/ambassadors/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-asOf-error").text()).isEqualTo(DATE_RANGE);
	}

	@Test
	void aNameSentTwiceIsRefusedNotJoined() {
		MultiValueMap<String, String> form = form("name", "First", "slug", "", "version", 0);
		form.add("name", "Second");
		MvcTestResult result = this.editor.post("/admin/people/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-name-error").text())
			.isEqualTo("This field was sent 2 times; send one value.");
		assertThat(this.jdbc.queryForObject("select count(*) from person where name like 'First%'", Integer.class))
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0x1", "+1", "1e0", "\u0661", "\u06f1", "\uff11", "1.0", " 0x1 " })
	void anIdInAnythingButAsciiDigitsIsAFieldError(String id) {
		MultiValueMap<String, String> form = visit("Test visit with a strange id");
		form.set("relationId", id);
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-relationId-error").text()).isEqualTo("Choose one from the list.");
	}

	@ParameterizedTest
	@CsvSource({ "year, \u0662\u0660\u0661\u0669, Enter a whole number.", "year, +2019, Enter a whole number.",
			"exports, \u0661.5, 'Enter a number, with a point for decimals (for example 26.4).'",
			"exports, 1e3, 'Enter a number, with a point for decimals (for example 26.4).'",
			"exports, +1.5, 'Enter a number, with a point for decimals (for example 26.4).'" })
	void aNumberInAnythingButAsciiDigitsIsAFieldError(String field, String number, String message) {
		MultiValueMap<String, String> form = form("relationId", this.records.pair(), "year", 1901,
				"reportingCountryCode", "KZ", "partnerCountryCode", "AR", "exports", "1.5", "version", 0);
		form.set(field, number);
		MvcTestResult result = this.editor.post("/admin/trade-figures/new", form);
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-" + field + "-error").text()).isEqualTo(message);
		assertThat(page.select("#f-" + field).val()).isEqualTo(number);
	}

	@Test
	void aTitleOf300EmojiFitsA300CharacterColumnAnd301DoNot() {
		String fits = "A" + repeat("\ud83c\udde6", 299);
		long id = this.editor.create("visits", visit(fits));
		assertThat(this.jdbc.queryForObject("select title from visit where id = ?", String.class, id)).isEqualTo(fits);
		MvcTestResult result = this.editor.post("/admin/visits/new", visit(fits + "\ud83c\udde6"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.parse(result).select("#f-title-error").text()).isEqualTo("Use at most 300 characters.");
	}

	@ParameterizedTest
	@CsvSource({ "Abc\u202edcba, U+202E", "Abc\u2066x\u2069, U+2066", "Er\u200blan, U+200B", "Erlan\u200f, U+200F",
			"\ufeffErlan, U+FEFF", "Er\u2060lan, U+2060", "Er\u200dlan, U+200D", "Er\u061clan, U+061C",
			"Er\u00adlan, U+00AD", "Er\u3164lan, U+3164", "Er\ufdd0lan, U+FDD0", "Erlan\ufffe, U+FFFE" })
	void aNameWithAHiddenOrDirectionChangingCharacterIsRefusedNamingIt(String name, String character) {
		MvcTestResult result = this.editor.post("/admin/people/new", form("name", name, "slug", "", "version", 0));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(page.select("#f-name-error").text())
			.startsWith("Remove the invisible or direction-changing character " + character + ":");
		assertThat(page.select("#f-name").val()).isEqualTo(name);
	}

	@Test
	void theNoticeAfterASaveIsolatesAndEscapesTheName() {
		String title = "\u05d1\u05d9\u05e7\u05d5\u05e8 <b>2019</b>";
		MvcTestResult saved = this.editor.post("/admin/visits/new", visit(title));
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved).flash()
			.containsEntry("notice", "Saved: <bdi>\u05d1\u05d9\u05e7\u05d5\u05e8 &lt;b&gt;2019&lt;/b&gt;</bdi>");
	}

	@Test
	void aTitleInAnotherScriptIsStoredAndShownInAnElementOfItsOwn() {
		String title = "\u05d1\u05d9\u05e7\u05d5\u05e8 \u0632\u064a\u0627\u0631\u0629 2019";
		long id = this.editor.create("visits", visit(title));
		MvcTestResult visit = this.mvc.get().uri("/visits/" + id).exchange();
		Document page = Pages.get(this.mvc, visit.getResponse().getRedirectedUrl());
		assertThat(page.select("h1").text()).isEqualTo(title);
		Document list = this.editor.page("/admin/visits");
		assertThat(list.select("a").eachText()).contains(title);
		assertThat(this.editor.page("/admin/visits/" + id).select("h1 bdi").text()).isEqualTo(title);
		assertThat(Pages.get(this.mvc, "/css/site.css").text()).contains("unicode-bidi: isolate");
	}

	@Test
	void aValueTheDatabaseRefusesAtSaveTimeIsAnErrorOnItsField() {
		this.jdbc.execute("alter table cultural_centre add constraint cultural_centre_city_check "
				+ "check (city <> 'Refused city')");
		try {
			MultiValueMap<String, String> form = form("relationId", this.records.pair(), "name", "Test centre", "city",
					"Refused city", "countryCode", "KZ", "version", 0);
			MvcTestResult result = this.editor.post("/admin/cultural-centres/new", form);
			assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			Document page = Pages.parse(result);
			Map<String, String> errors = Pages.fieldErrors(page);
			assertThat(errors).containsEntry("city", "This value cannot be stored; check it against the hint.");
			assertThat(page.select("#f-name").val()).isEqualTo("Test centre");
			form.set("city", "Almaty");
			long id = this.editor.create("cultural-centres", form);
			form.set("city", "Refused city");
			MvcTestResult update = this.editor.post("/admin/cultural-centres/" + id, form);
			assertThat(update).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			assertThat(Pages.fieldErrors(Pages.parse(update))).containsEntry("city",
					"This value cannot be stored; check it against the hint.");
			assertThat(this.jdbc.queryForObject("select city from cultural_centre where id = ?", String.class, id))
				.isEqualTo("Almaty");
		}
		finally {
			this.jdbc.execute("alter table cultural_centre drop constraint cultural_centre_city_check");
		}
	}

	private MultiValueMap<String, String> visit(String title) {
		return form("relationId", this.records.pair(), "kind", "VISIT", "title", title, "starts.year", 2019,
				"hostCountryCode", "KZ", "version", 0);
	}

	private static MultiValueMap<String, String> source() {
		return form("title", "Test source", "publisher", "Test publisher", "url", "https://www.example.org/page",
				"publishedCreatedAt", "2015-04-09T11:59", "publishedUpdatedAt", "", "accessedOn", "2026-11-01",
				"version", 0);
	}

}
