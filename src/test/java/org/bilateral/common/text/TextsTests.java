package org.bilateral.common.text;

import java.util.Locale;
import java.util.Set;

import org.bilateral.AdminTest;
import org.bilateral.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;

/**
 * Readers get a record's text in their language where an editor translated it, and
 * otherwise the text as written, marked with its own language and a quiet note; nothing
 * is translated for them. The reader's language is the locale the page is rendered in.
 */
class TextsTests extends AdminTest {

	@Autowired
	Texts texts;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	JsonMapper json;

	@AfterEach
	void backToEnglish() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aTranslatedTextIsShownInTheReadersLanguageAndTheOriginalOtherwise() {
		long id = this.records.visit("Test visit shown in Russian", "test-visit-shown-in-russian", "Talks.");
		translate("visits", id, "texts[title-ru]", "Тестовый визит по-русски");

		Text english = in("en", () -> this.texts.of("visits", id, "title", "Test visit shown in Russian", "en"));
		assertThat(english).isEqualTo(new Text("Test visit shown in Russian", "en", false, false));
		Text russian = in("ru", () -> this.texts.of("visits", id, "title", "Test visit shown in Russian", "en"));
		assertThat(russian).isEqualTo(new Text("Тестовый визит по-русски", "ru", false, false));
		for (String language : Set.of("es", "kk")) {
			assertThat(in(language, () -> this.texts.of("visits", id, "title", "Test visit shown in Russian", "en")))
				.as(language)
				.isEqualTo(new Text("Test visit shown in Russian", "en", true, true));
		}
		assertThat(in("ru", () -> this.texts.of("visits", id, "description", "Talks.", "en")))
			.isEqualTo(new Text("Talks.", "en", true, true));
	}

	@Test
	void aNameInTheReadersScriptIsMarkedWithItsLanguageButNotAsUntranslated() {
		long id = this.records.person("Test Nursultan Nazarbayev", "test-nursultan-nazarbayev-spelt");
		translate("people", id, "texts[name-ru]", "Тест Нурсултан Назарбаев");
		assertThat(in("ru", () -> this.texts.name("people", id, "name", "Test Nursultan Nazarbayev", "en")))
			.isEqualTo(new Text("Тест Нурсултан Назарбаев", "ru", false, false));
		assertThat(in("es", () -> this.texts.name("people", id, "name", "Test Nursultan Nazarbayev", "en")))
			.isEqualTo(new Text("Test Nursultan Nazarbayev", "en", true, false));
		assertThat(in("kk", () -> this.texts.name("people", id, "name", "Test Nursultan Nazarbayev", "en")))
			.isEqualTo(new Text("Test Nursultan Nazarbayev", "en", true, true));
	}

	@Test
	void theFragmentMarksAForeignTextWithItsLanguageAndTheNote() {
		Document untranslated = render(new Text("Test visit", "en", true, true), "es");
		assertThat(untranslated.select("span[lang=en]").text()).isEqualTo("Test visit");
		assertThat(untranslated.select("span.untranslated").text()).isEqualTo("(aún sin traducir)");

		Document translated = render(new Text("Тестовый визит", "ru", false, false), "ru");
		assertThat(translated.select("[lang]")).isEmpty();
		assertThat(translated.select("span.untranslated")).isEmpty();
		assertThat(translated.text()).isEqualTo("Тестовый визит");

		Document name = render(new Text("Test Nazarbayev", "en", true, false), "es");
		assertThat(name.select("span[lang=en]").text()).isEqualTo("Test Nazarbayev");
		assertThat(name.select("span.untranslated")).isEmpty();
	}

	@Test
	void anEnglishPageShowsAnEnglishTranslationOfARecordWrittenInRussian() {
		long id = this.records.visit("Тестовый визит в Астану", "test-russian-visit-to-astana", "Переговоры.");
		this.jdbc.update("update visit set text_language = 'ru' where id = ?", id);
		String path = "/visits/" + id + "-test-russian-visit-to-astana";
		translate("visits", id, "texts[title-en]", "Test visit to Astana");

		Document page = Pages.get(this.mvc, path);
		assertThat(page.select("h1").text()).isEqualTo("Test visit to Astana");
		assertThat(page.select("h1 [lang]")).isEmpty();
		assertThat(page.select("title").text()).startsWith("Test visit to Astana");
		assertThat(page.select("section[aria-labelledby=what-heading] p span[lang=ru]").text())
			.isEqualTo("Переговоры.");
		assertThat(page.select("section[aria-labelledby=what-heading] p span.untranslated").text())
			.isEqualTo("(not yet translated)");
	}

	@Test
	void aPageInEachLanguageShowsTheTranslationWhereThereIsOneAndTheOriginalMarkedOtherwise() {
		long id = this.records.visit("Test visit read in four languages", "test-visit-read-in-four-languages",
				"Talks.");
		translate("visits", id, "texts[title-ru]", "Тестовый визит на четырёх языках");
		String path = "/visits/" + id + "-test-visit-read-in-four-languages";

		Document russian = Pages.get(this.mvc, "/ru" + path);
		assertThat(russian.select("h1").text()).isEqualTo("Тестовый визит на четырёх языках");
		assertThat(russian.select("h1 [lang], h1 .untranslated")).isEmpty();
		assertThat(russian.select("section[aria-labelledby=what-heading] p span[lang=en]").text()).isEqualTo("Talks.");
		assertThat(russian.select("section[aria-labelledby=what-heading] p span.untranslated").text())
			.isEqualTo("(ещё не переведено)");

		Document spanish = Pages.get(this.mvc, "/es" + path);
		assertThat(spanish.select("h1 span[lang=en]").text()).isEqualTo("Test visit read in four languages");
		assertThat(spanish.select("h1 span.untranslated").text()).isEqualTo("(aún sin traducir)");

		Document english = Pages.get(this.mvc, path);
		assertThat(english.select("h1").text()).isEqualTo("Test visit read in four languages");
		assertThat(english.select("main [lang], main .untranslated")).isEmpty();
	}

	@Test
	void theDataFormatsCarryTheLanguageOfEachTextAndItsTranslations() throws Exception {
		long id = this.records.visit("Test visit as data", "test-visit-as-data", "Talks.");
		translate("visits", id, "texts[title-ru]", "Тестовый визит как данные");
		String path = "/visits/" + id + "-test-visit-as-data";
		JsonNode visit = json(path + ".json");
		assertThat(visit.get("language").asString()).isEqualTo("en");
		assertThat(visit.get("title").asString()).isEqualTo("Test visit as data");
		assertThat(visit.get("translations").get("ru").get("title").asString()).isEqualTo("Тестовый визит как данные");
		assertThat(visit.get("translations").has("es")).isFalse();

		JsonNode section = json("/relations/argentina-kazakhstan/visits.json");
		JsonNode listed = null;
		for (JsonNode record : section.get("records")) {
			if (record.get("url").asString().endsWith(path)) {
				listed = record;
			}
		}
		assertThat(listed).as("the visit in its section's data").isNotNull();
		assertThat(listed.get("translations").get("ru").get("title").asString()).isEqualTo("Тестовый визит как данные");
		JsonNode pair = json("/relations/argentina-kazakhstan.json");
		assertThat(pair.get("relation").get("language").asString()).isEqualTo("en");
		assertThat(pair.get("ambassadors").get("items").get(0).get("translations").isEmpty()).isTrue();
	}

	@Test
	void theSeedStaysInEnglishAsItsSourceGaveIt() {
		assertThat(this.jdbc.queryForList("""
				select distinct text_language from relation union select text_language from visit
				union select text_language from person union select text_language from agreement
				union select text_language from accreditation union select text_language from cultural_centre
				union select text_language from event_participation union select text_language from source""",
				String.class))
			.containsExactly("en");
		Document pair = Pages.get(this.mvc, "/relations/argentina-kazakhstan");
		assertThat(pair.select("main [lang]")).isEmpty();
		assertThat(pair.select(".untranslated")).isEmpty();
	}

	private JsonNode json(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private void translate(String type, long id, String field, String text) {
		long version = this.jdbc.queryForObject(
				"select version from " + (type.equals("people") ? "person" : "visit") + " where id = ?", Long.class,
				id);
		assertThat(
				this.editor.post("/admin/" + type + "/" + id + "/translations", form("version", version, field, text)))
			.hasStatus(HttpStatus.FOUND);
	}

	private Document render(Text text, String language) {
		return in(language, () -> {
			Context context = new Context(LocaleContextHolder.getLocale());
			context.setVariable("t", text);
			return Jsoup.parseBodyFragment(this.templates.process("fragments/texts", Set.of("shown"), context));
		});
	}

	private static <T> T in(String language, java.util.function.Supplier<T> reading) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
		try {
			return reading.get();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
