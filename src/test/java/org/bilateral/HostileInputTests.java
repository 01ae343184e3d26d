package org.bilateral;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.bilateral.security.TestUsers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What a careless or hostile editor may type: each either comes back as a field error
 * with the input kept, or is stored as text and shown as text on the public pages. Never
 * a server error, never markup that runs, never a value stored other than as typed.
 *
 * <p>
 * Every admin form is driven with the whole of {@link HostileValues}: each value goes
 * into one field of each form, the fields taken in turn, so every field of every form
 * gets its share. A form comes back with an error (and the value still in its field) or
 * is saved; then the saved record shows every field as it was typed.
 */
class HostileInputTests extends AdminTest {

	@Autowired
	TestUsers users;

	static final String LONG = "x".repeat(10_000);

	@Autowired
	JsonMapper json;

	static Stream<Arguments> storedAsText() {
		return Stream.of(Arguments.of("title", "Hostile <script>alert('x')</script> visit"),
				Arguments.of("title", "Hostile \"><svg onload=alert(1)> visit"),
				Arguments.of("title", "Hostile '; drop table visit; -- visit"),
				Arguments.of("title",
						"Hostile \u05d1\u05d9\u05e7\u05d5\u05e8 \u0632\u064a\u0627\u0631\u0629 visit \ud83c\udde6\ud83c\uddf7\ud83c\uddf0\ud83c\uddff"),
				Arguments.of("description", "Hostile <img src=x onerror=alert(1)> text"),
				Arguments.of("city", "Hostile\u0000City"), Arguments.of("occasion", "Hostile {{7*7}} ${7*7} #{7*7}"));
	}

	@ParameterizedTest
	@MethodSource("storedAsText")
	void hostileTextIsStoredAndShownAsText(String field, String value) {
		MultiValueMap<String, String> form = visit();
		form.set(field, value);
		if (!field.equals("title")) {
			form.set("title", "Hostile visit");
		}
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result.getResponse().getStatus()).as(value).isEqualTo(302);
		long id = Editor.idFrom(result);
		MvcTestResult page = this.mvc.get().uri("/visits/" + id).exchange();
		String path = page.getResponse().getRedirectedUrl();
		Document visit = Pages.get(this.mvc, path);
		assertThat(visit.select("script:not([type=application/ld+json])")).isEmpty();
		assertThat(visit.select("script[type=application/ld+json]")).hasSize(1);
		assertThat(visit.select("svg[onload], img[onerror], [onload], [onerror]")).isEmpty();
		String expected = value.replace("\u0000", "");
		assertThat(visit.select("main").text()).contains(expected.strip());
		JsonNode structured = this.json.readTree(visit.select("script[type=application/ld+json]").html());
		assertThat(structured.get("@type").asString()).isEqualTo("Event");
		if (field.equals("title")) {
			assertThat(structured.get("name").asString()).as("kept whole inside the structured data")
				.isEqualTo(expected.strip());
		}
		assertThat(
				Pages.get(this.mvc, "/relations/argentina-kazakhstan").select("script:not([type=application/ld+json])"))
			.isEmpty();
	}

	static Stream<Arguments> refused() {
		return Stream.of(Arguments.of("title", LONG, "f-title"), Arguments.of("city", LONG, "f-city"),
				Arguments.of("description", LONG + "x", "f-description"),
				Arguments.of("starts.year", "abc", "f-starts"), Arguments.of("starts.month", "13", "f-starts"),
				Arguments.of("starts.day", "32", "f-starts"), Arguments.of("starts.day", "-1", "f-starts"),
				Arguments.of("starts.year", "99999999999", "f-starts"), Arguments.of("kind", "NOT_A_KIND", "f-kind"),
				Arguments.of("relationId", "1 or 1=1", "f-relationId"),
				Arguments.of("relationId", "999999", "f-relationId"),
				Arguments.of("hostCountryCode", "XX", "f-hostCountryCode"),
				Arguments.of("slug", "../../etc/passwd", "f-slug"), Arguments.of("sourceId", "-5", "f-sourceId"),
				Arguments.of("participants[0].personId", "<script>", "f-participants-0-personId"));
	}

	@ParameterizedTest
	@MethodSource("refused")
	void invalidInputIsAFieldErrorWithTheRestKept(String field, String value, String errorFor) {
		MultiValueMap<String, String> form = visit();
		form.set("occasion", "Hostile input kept");
		form.set(field, value);
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result.getResponse().getStatus()).as(field).isEqualTo(422);
		Document page = Pages.parse(result);
		assertThat(page.select("#" + errorFor + "-error").text()).as(field).isNotBlank();
		assertThat(page.select("#f-occasion").val()).isEqualTo("Hostile input kept");
	}

	@Test
	void aFebruaryThirtiethIsRefused() {
		MultiValueMap<String, String> form = visit();
		form.set("starts.month", "2");
		form.set("starts.day", "30");
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(Pages.parse(result).select("#f-starts-error").text())
			.isEqualTo("That day does not exist in that month.");
	}

	@Test
	void aHugeListIndexIsRefusedWithoutAServerError() {
		MultiValueMap<String, String> form = visit();
		form.add("participants[100000].office", "x");
		MvcTestResult result = this.editor.post("/admin/visits/new", form);
		assertThat(result.getResponse().getStatus()).isBetween(400, 499);
	}

	static final Pattern ASCII_NUMBER = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

	static final String RUNNING_MARKUP = "script:not([type=application/ld+json]), iframe, base, object, embed, [onerror], [onload], [onmouseover], "
			+ "[onfocus], [ontoggle], a[href^=javascript], math";

	static Stream<String> recordTypes() {
		return AdminPages.RECORD_TYPES.keySet().stream();
	}

	@ParameterizedTest
	@MethodSource("recordTypes")
	void everyFieldOfAFormTakesEveryHostileValueWithoutAServerErrorOrASilentChange(String type) {
		MultiValueMap<String, String> base = validForm(type);
		List<String> fields = fieldsOf(this.editor.page("/admin/" + type + "/new"));
		assertThat(fields).as(type).isNotEmpty();
		assertThat(HostileValues.ALL).hasSizeGreaterThanOrEqualTo(200);
		SoftAssertions soft = new SoftAssertions();
		List<Long> saved = new ArrayList<>();
		int turn = 0;
		for (String value : HostileValues.ALL) {
			String field = fields.get(turn++ % fields.size());
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>(base);
			form.set(field, value);
			Document stored = submit(soft, "/admin/" + type + "/new", type, field, form);
			if (stored != null) {
				saved.add(Long.valueOf(stored.select("a[href$=/delete]").attr("href").replaceAll("\\D+", " ").strip()));
			}
		}
		List<String> pages = new ArrayList<>(List.of("/admin/" + type, "/", "/relations/" + TestRecords.PAIR_SLUG));
		Pages.get(this.mvc, "/relations/" + TestRecords.PAIR_SLUG)
			.select("a[href^=/relations/" + TestRecords.PAIR_SLUG + "/]")
			.eachAttr("href")
			.forEach(pages::add);
		saved.forEach((id) -> pages.add("/admin/" + type + "/" + id + "/history"));
		for (String path : pages) {
			MvcTestResult result = this.editor.get(path);
			soft.assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			soft.assertThat(Pages.parse(result).select(RUNNING_MARKUP)).as(path).isEmpty();
		}
		soft.assertAll();
	}

	@ParameterizedTest
	@MethodSource("recordTypes")
	void everyFieldOfAnEditFormTakesEveryHostileValueWithoutAServerErrorOrASilentChange(String type) {
		MultiValueMap<String, String> base = validForm(type);
		long id = this.editor.create(type, base);
		String path = "/admin/" + type + "/" + id;
		List<String> fields = fieldsOf(this.editor.page(path));
		SoftAssertions soft = new SoftAssertions();
		String version = this.editor.page(path).select("input[name=version]").val();
		int turn = 0;
		for (String value : HostileValues.ALL) {
			String field = fields.get(turn++ % fields.size());
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>(base);
			form.set("version", version);
			form.set(field, value);
			Document stored = submit(soft, path, type, field, form);
			if (stored != null) {
				version = stored.select("input[name=version]").val();
			}
		}
		soft.assertAll();
	}

	@ParameterizedTest
	@MethodSource("recordTypes")
	void everyTranslationTakesEveryHostileValueWithoutAServerErrorOrASilentChange(String type) {
		if (type.equals("trade-figures") || type.equals("agreement-steps")) {
			// figures and the steps of a document's lifecycle have no texts to translate
			return;
		}
		long id = this.editor.create(type, validForm(type));
		String path = "/admin/" + type + "/" + id + "/translations";
		Document translations = this.editor.page(path);
		List<String> fields = fieldsOf(translations);
		assertThat(fields).as(type).isNotEmpty().allMatch((field) -> field.startsWith("texts["));
		SoftAssertions soft = new SoftAssertions();
		String version = translations.select("input[name=version]").val();
		int turn = 0;
		for (String value : HostileValues.ALL) {
			String field = fields.get(turn++ % fields.size());
			MultiValueMap<String, String> form = Forms.form("version", version, field, value);
			Document stored = submit(soft, path, type, field, form);
			if (stored != null) {
				version = stored.select("input[name=version]").val();
			}
		}
		soft.assertAll();
	}

	/**
	 * Posts a form with a hostile value in one field and checks the answer: an error with
	 * the value kept in its field, or a save after which the record shows every field as
	 * typed. Returns the saved record's form, or null when nothing was saved.
	 */
	private Document submit(SoftAssertions soft, String path, String type, String field,
			MultiValueMap<String, String> form) {
		String value = form.getFirst(field);
		String what = path + " " + field + "=" + shortly(value);
		MvcTestResult result = this.editor.post(path, form);
		int status = result.getResponse().getStatus();
		soft.assertThat(status).as(what).isIn(302, 422);
		if (status == 422) {
			Document page = Pages.parse(result);
			soft.assertThat(page.select(".error-summary li")).as(what).isNotEmpty();
			Element control = control(page, field);
			if (control != null && control.tagName().equals("textarea")) {
				// jsoup's parser takes U+FFFF in a textarea's text for the end of its
				// input
				soft.assertThat(comparable(shown(control)))
					.as("kept: " + what)
					.isEqualTo(comparable(value).replace("\uFFFF", ""));
			}
			else if (control != null && !control.tagName().equals("select")
					&& !control.attr("type").equals("checkbox")) {
				soft.assertThat(comparable(shown(control))).as("kept: " + what).isEqualTo(comparable(value));
			}
			soft.assertThat(page.select(RUNNING_MARKUP)).as(what).isEmpty();
			return null;
		}
		if (status != 302) {
			return null;
		}
		Document page = this.editor.page(result.getResponse().getRedirectedUrl());
		form.forEach((name, values) -> {
			Element control = control(page, name);
			if (type.equals("relations") && name.endsWith("CountryCode")) {
				// a pair is stored in its canonical order, whichever way it was chosen
				soft.assertThat(
						Set.of(shown(control(page, "firstCountryCode")), shown(control(page, "secondCountryCode"))))
					.as("stored pair of " + what)
					.isEqualTo(Set.of(form.getFirst("firstCountryCode"), form.getFirst("secondCountryCode")));
			}
			else if (control != null && !name.equals("version") && !comparable(values.get(0)).isEmpty()) {
				soft.assertThat(comparable(shown(control)))
					.as("stored " + name + " of " + what)
					.isEqualTo(comparable(values.get(0)));
			}
		});
		soft.assertThat(page.select(RUNNING_MARKUP)).as(what).isEmpty();
		return page;
	}

	@Test
	void theUserFormsTakeEveryHostileValueWithoutAServerError() {
		long editorId = this.users.editor().getId();
		SoftAssertions soft = new SoftAssertions();
		try {
			int turn = 0;
			for (String value : HostileValues.ALL) {
				MultiValueMap<String, String> form = Forms.form("username",
						TestUsers.PREFIX + "h" + (turn++) + "-" + value, "role", "EDITOR", "password",
						"a good long password");
				String[] fields = { "username", "role", "password" };
				String field = fields[turn % fields.length];
				if (!field.equals("username")) {
					form.set("username", TestUsers.PREFIX + "h" + turn);
					form.set(field, value);
				}
				MvcTestResult created = asAdmin(this.mvc.post().uri("/admin/users/new").params(form));
				assertRefusedOrSaved(soft, created, "new user " + field + "=" + shortly(value));
				MvcTestResult reset = asAdmin(this.mvc.post()
					.uri("/admin/users/" + editorId + "/password")
					.params(Forms.form("password", value)));
				assertRefusedOrSaved(soft, reset, "password=" + shortly(value));
			}
		}
		finally {
			this.jdbc.update("delete from app_user where username like ?", TestUsers.PREFIX + "h%");
		}
		soft.assertAll();
	}

	/**
	 * The user forms come back with status 200 and their errors, or redirect after a
	 * save.
	 */
	private static void assertRefusedOrSaved(SoftAssertions soft, MvcTestResult result, String what) {
		int status = result.getResponse().getStatus();
		soft.assertThat(status).as(what).isIn(200, 302);
		if (status == 200) {
			soft.assertThat(Pages.parse(result).select("[id^=f-][id$=-error]")).as(what).isNotEmpty();
		}
	}

	private MvcTestResult asAdmin(MockMvcRequestBuilder request) {
		return request.with(user(TestUsers.PREFIX + "boss").roles("ADMIN"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange();
	}

	@ParameterizedTest
	@MethodSource("recordTypes")
	void aFieldSentTwiceIsRefusedNotJoined(String type) {
		MultiValueMap<String, String> base = validForm(type);
		SoftAssertions soft = new SoftAssertions();
		for (String field : fieldsOf(this.editor.page("/admin/" + type + "/new"))) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>(base);
			form.set(field, "First");
			form.add(field, "Second");
			MvcTestResult result = this.editor.post("/admin/" + type + "/new", form);
			soft.assertThat(result.getResponse().getStatus()).as(type + " " + field).isEqualTo(422);
			Map<String, String> errors = Pages.fieldErrors(Pages.parse(result));
			String id = this.editor.page("/admin/" + type + "/new").select("[name=" + quoted(field) + "]").attr("id");
			String owner = errors.keySet()
				.stream()
				.filter((key) -> id.equals("f-" + key) || id.startsWith("f-" + key + "-"))
				.findFirst()
				.orElse("");
			soft.assertThat(errors.get(owner)).as(type + " " + field).contains("sent 2 times");
		}
		soft.assertAll();
	}

	private MultiValueMap<String, String> validForm(String type) {
		long pair = this.records.pair();
		return switch (type) {
			case "visits" -> visit();
			case "relations" -> Forms.form("firstCountryCode", "KZ", "secondCountryCode", "BR", "establishedOn.year",
					1992, "summary", "Hostile summary", "version", 0);
			case "people" -> Forms.form("name", "Hostile Person", "slug", "", "version", 0);
			case "sources" -> Forms.form("title", "Hostile source", "publisher", "Hostile publisher", "url",
					"https://www.example.org/page", "publishedCreatedAt", "2015-04-09T11:59", "publishedUpdatedAt", "",
					"accessedOn", "2026-11-01", "version", 0);
			case "ambassadors" -> Forms.form("relationId", pair, "personId",
					this.records.seeded("person", "kairat-sarzhanov"), "sendingCountryCode", "KZ",
					"receivingCountryCode", "AR", "title", "Hostile Ambassador", "residenceCity", "Buenos Aires",
					"residenceCountryCode", "AR", "tenureStart.year", 2012, "asOf", "2019-07-25", "version", 0);
			case "agreements" -> Forms.form("relationId", pair, "title", "Hostile agreement", "sphere",
					"Hostile sphere", "type", "Agreement", "signedAt", "Hangzhou", "position", 9, "version", 0);
			case "agreement-steps" -> Forms.form("agreementId",
					this.records.insert("agreements", "relation_id", pair, "sphere", "Hostile sphere", "slug",
							"hostile-sphere", "position", 9),
					"stage", "SIGNED", "takenOn.year", 2016, "takenOn.month", 9, "statedOn", "2019-07-25",
					"signatories", "Hostile signatories", "note", "Hostile note", "sourceId", "", "version", 0);
			case "trade-figures" -> Forms.form("relationId", pair, "year", 1901, "reportingCountryCode", "KZ",
					"partnerCountryCode", "AR", "exports", "1.5", "imports", "2", "turnover", "3.6", "version", 0);
			case "cultural-centres" -> Forms.form("relationId", pair, "name", "Hostile centre", "city", "Almaty",
					"countryCode", "KZ", "openedOn.year", 2019, "supportingMission", "Embassy of Argentina", "notes",
					"Hostile notes", "version", 0);
			case "events" -> Forms.form("relationId", pair, "eventName", "Hostile event", "shortName", "HE",
					"hostCountryCode", "KZ", "startsOn.year", 2019, "participantCountryCode", "AR", "participation",
					"Delegation", "version", 0);
			default -> throw new IllegalArgumentException(type);
		};
	}

	/** The names of the fields an editor fills in on a form page. */
	static List<String> fieldsOf(Document page) {
		Element form = page.select("form[method=post]:has([id^=f-])").first();
		return form.select("input[name], select[name], textarea[name]")
			.stream()
			.filter((control) -> !Set.of("hidden", "submit").contains(control.attr("type")))
			.map((control) -> control.attr("name"))
			.filter((name) -> !name.startsWith("_") && !name.equals("version"))
			.distinct()
			.toList();
	}

	static Element control(Document page, String name) {
		return page.select("[name]").stream().filter((e) -> e.attr("name").equals(name)).findFirst().orElse(null);
	}

	static String shown(Element control) {
		if (control.attr("type").equals("checkbox")) {
			return control.hasAttr("checked") ? control.val() : "";
		}
		if (control.tagName().equals("select")) {
			Element chosen = control.selectFirst("option[selected]");
			return (chosen != null) ? chosen.val() : "";
		}
		return control.val();
	}

	/**
	 * A value as the portal keeps it: without the control characters and surrounding
	 * spaces it removes on input, and numbers by their value.
	 */
	private static final Pattern LOCAL_TIME_ON_THE_MINUTE = Pattern
		.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:00");

	static String comparable(String value) {
		String cleaned = (value != null) ? value.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip() : "";
		if (LOCAL_TIME_ON_THE_MINUTE.matcher(cleaned).matches()) {
			// a date and time field shows a time on the minute without its seconds
			return cleaned.substring(0, cleaned.length() - 3);
		}
		if (ASCII_NUMBER.matcher(cleaned).matches() && cleaned.length() < 100) {
			return new BigDecimal(cleaned).stripTrailingZeros().toPlainString();
		}
		return cleaned;
	}

	static String shortly(String value) {
		StringBuilder shown = new StringBuilder();
		value.codePoints()
			.limit(60)
			.forEach((c) -> shown.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", c) : Character.toString(c)));
		return (value.length() > 60) ? shown + "... (" + value.length() + ")" : shown.toString();
	}

	static String quoted(String name) {
		return "\"" + name + "\"";
	}

	private MultiValueMap<String, String> visit() {
		return Forms.form("relationId", this.records.pair(), "kind", "VISIT", "title", "Hostile visit", "starts.year",
				2019, "hostCountryCode", "KZ", "version", 0);
	}

}
