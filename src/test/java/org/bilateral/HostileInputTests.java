package org.bilateral;

import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless or hostile editor may type: each either comes back as a field error
 * with the input kept, or is stored as text and shown as text on the public pages. Never
 * a server error, never markup that runs.
 */
class HostileInputTests extends AdminTest {

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

	private MultiValueMap<String, String> visit() {
		return Forms.form("relationId", this.records.pair(), "kind", "VISIT", "title", "Hostile visit", "starts.year",
				2019, "hostCountryCode", "KZ", "version", 0);
	}

}
