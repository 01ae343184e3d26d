package org.bilateral.common.admin;

import java.util.Map;

import org.bilateral.AdminTest;
import org.bilateral.Editor;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;

/**
 * Editors translate a record's texts beside the original, per language, through the same
 * rules as the original: kept in any script, refused with a message at the field and
 * everything typed kept, never saved over a colleague's change, recorded in the history,
 * and listed as missing until given.
 */
class TranslationsAdminTests extends AdminTest {

	@Test
	void theTranslationsPageShowsTheOriginalInItsLanguageAndAFieldPerOtherLanguage() {
		long id = this.records.visit("Test visit to be translated", "test-visit-to-be-translated", "Talks were held.");
		Document page = this.editor.page("/admin/visits/" + id + "/translations");
		assertThat(page.select("h1").text()).isEqualTo("Translations: Test visit to be translated");
		assertThat(page.select("p.original span[lang=en]").eachText()).contains("Test visit to be translated",
				"Talks were held.");
		assertThat(page.select("input#f-texts-title-ru").attr("lang")).isEqualTo("ru");
		assertThat(page.select("textarea#f-texts-description-kk")).hasSize(1);
		assertThat(page.select("#f-texts-title-en, #f-texts-title-es, #f-texts-venue-es")).hasSize(2);
		assertThat(page.select("label[for=f-texts-title-es]").text()).isEqualTo("Spanish");
		assertThat(this.editor.page("/admin/visits/" + id).select("a[href$=/translations]")).hasSize(1);
	}

	@Test
	void translationsAreSavedEditedAndRemovedAsChangesOfTheRecord() {
		long id = this.records.visit("Test visit in three languages", "test-visit-in-three-languages", null);
		MvcTestResult saved = this.editor.post("/admin/visits/" + id + "/translations",
				form("version", 0, "texts[title-ru]", "Тестовый визит на трёх языках", "texts[title-es]",
						"Visita de prueba en tres idiomas"));
		assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/visits/" + id + "/translations");
		assertThat(translations(id)).containsExactlyInAnyOrderEntriesOf(
				Map.of("title-ru", "Тестовый визит на трёх языках", "title-es", "Visita de prueba en tres idiomas"));
		assertThat(version(id)).isOne();
		Document page = this.editor.page("/admin/visits/" + id + "/translations");
		assertThat(page.select("#f-texts-title-ru").val()).isEqualTo("Тестовый визит на трёх языках");
		assertThat(page.select("input[name=version]").val()).isEqualTo("1");

		assertThat(this.editor.post("/admin/visits/" + id + "/translations",
				form("version", 1, "texts[title-ru]", "Тестовый визит", "texts[title-es]", "")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(translations(id)).containsExactlyEntriesOf(Map.of("title-ru", "Тестовый визит"));
		assertThat(version(id)).isEqualTo(2);

		Document history = this.editor.history("visits", id);
		assertThat(history.select("ol.revisions th[scope=row]").eachText()).contains("Title in Russian",
				"Title in Spanish");
		assertThat(history.select("ol.revisions td").eachText()).contains("Тестовый визит на трёх языках",
				"Тестовый визит");
	}

	@Test
	void aTranslationSavedOverAColleaguesChangeIsAConflictThatKeepsWhatWasTyped() {
		long id = this.records.visit("Test visit translated twice", "test-visit-translated-twice", null);
		assertThat(this.editor.post("/admin/visits/" + id + "/translations",
				form("version", 0, "texts[title-ru]", "Первый перевод")))
			.hasStatus(HttpStatus.FOUND);
		MvcTestResult second = this.editor.post("/admin/visits/" + id + "/translations",
				form("version", 0, "texts[title-ru]", "Второй перевод"));
		Document page = Editor.conflict(second, 1);
		assertThat(page.select("section.conflict th[scope=row]").eachText()).containsExactly("Title in Russian");
		assertThat(page.select("section.conflict td").eachText()).containsExactly("Первый перевод", "Второй перевод");
		assertThat(page.select("#f-texts-title-ru").val()).isEqualTo("Второй перевод");
		assertThat(translations(id)).containsExactlyEntriesOf(Map.of("title-ru", "Первый перевод"));
	}

	@Test
	void aTranslationGoesThroughTheRulesOfItsOriginal() {
		long id = this.records.visit("Test visit with bad translations", "test-visit-with-bad-translations", null);
		MvcTestResult result = this.editor.post("/admin/visits/" + id + "/translations",
				form("version", 0, "texts[title-es]", "Visita\u202Eoculta", "texts[title-kk]", "ж".repeat(301),
						"texts[title-ru]", "Визит, который не сохранится", "texts[description-ru]",
						"Переговоры\uFFFF"));
		assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document page = Pages.parse(result);
		assertThat(Pages.fieldErrors(page)).containsEntry("texts-title-kk", "Use at most 300 characters.")
			.hasEntrySatisfying("texts-title-es", (message) -> assertThat(message).contains("U+202E"))
			.hasEntrySatisfying("texts-description-ru", (message) -> assertThat(message).contains("U+FFFF"));
		assertThat(page.select(".error-summary a").eachText()).contains("Title in Kazakh: Use at most 300 characters.");
		assertThat(page.select("#f-texts-title-es").val()).isEqualTo("Visita\u202Eoculta");
		assertThat(page.select("#f-texts-title-ru").val()).isEqualTo("Визит, который не сохранится");
		assertThat(page.select("#f-texts-title-kk").attr("aria-invalid")).isEqualTo("true");
		assertThat(translations(id)).isEmpty();
		assertThat(version(id)).isZero();
	}

	@Test
	void theListShowsWhichTranslationsARecordLacks() {
		long id = this.records.visit("Test visit missing translations", "test-visit-missing-translations",
				"Test talks.");
		assertThat(missing("visits", id)).isEqualTo("Missing: es, ru, kk");
		assertThat(this.editor.post("/admin/visits/" + id + "/translations", form("version", 0, "texts[title-ru]",
				"Тест", "texts[description-ru]", "Тестовые переговоры.", "texts[title-kk]", "Сынақ")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(missing("visits", id)).isEqualTo("Missing: es, kk");
		assertThat(this.editor.page("/admin/trade-figures").select("td.missing-translations")).isEmpty();
	}

	@Test
	void aPersonsNameIsSpeltPerScriptAndNeedsNoSpellingInItsOwnScript() {
		long id = this.records.person("Test Nursultan Nazarbayev", "test-nursultan-nazarbayev");
		assertThat(missing("people", id)).isEqualTo("Missing: ru, kk");
		assertThat(this.editor.post("/admin/people/" + id + "/translations", form("version", 0, "texts[name-ru]",
				"Тест Нурсултан Назарбаев", "texts[name-kk]", "Тест Нұрсұлтан Назарбаев")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(missing("people", id)).isEqualTo("Complete");
		assertThat(translations("people", id)).containsEntry("name-kk", "Тест Нұрсұлтан Назарбаев");
	}

	@Test
	void theLanguageOfARecordsTextsIsChosenInItsFormAndKeptInItsHistory() {
		long id = this.records.person("Тест Иван Петров", "test-ivan-petrov");
		Document edit = this.editor.page("/admin/people/" + id);
		assertThat(edit.select("#f-textLanguage option[selected]").val()).isEqualTo("en");
		assertThat(edit.select("#f-textLanguage option").eachText()).contains("English", "Spanish", "Russian",
				"Kazakh");
		MvcTestResult refused = this.editor.post("/admin/people/" + id,
				form("version", 0, "name", "Тест Иван Петров", "slug", "test-ivan-petrov", "textLanguage", "xx"));
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(Pages.fieldErrors(Pages.parse(refused))).containsKey("textLanguage");
		assertThat(this.editor.post("/admin/people/" + id,
				form("version", 0, "name", "Тест Иван Петров", "slug", "test-ivan-petrov", "textLanguage", "ru")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.jdbc.queryForObject("select text_language from person where id = ?", String.class, id))
			.isEqualTo("ru");
		assertThat(this.editor.history("people", id).select("ol.revisions td").eachText()).contains("English",
				"Russian");
		Document translations = this.editor.page("/admin/people/" + id + "/translations");
		assertThat(translations.select("p.original span[lang=ru]").text()).isEqualTo("Тест Иван Петров");
		assertThat(translations.select("#f-texts-name-en")).hasSize(1);
		assertThat(translations.select("#f-texts-name-ru")).isEmpty();
		assertThat(missing("people", id)).isEqualTo("Missing: en, es");
	}

	@Test
	void deletingARecordRemovesItsTranslations() {
		long id = this.records.visit("Test visit deleted with translations", "test-visit-deleted-with-translations",
				null);
		assertThat(this.editor.post("/admin/visits/" + id + "/translations",
				form("version", 0, "texts[title-ru]", "Удалённый визит")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.editor.delete("visits", id, 1)).hasStatus(HttpStatus.FOUND);
		assertThat(translations(id)).isEmpty();
	}

	@Test
	void aRecordTypeWithoutTextsHasNoTranslations() {
		long figure = this.jdbc.queryForObject("select min(id) from trade_figure", Long.class);
		assertThat(this.editor.get("/admin/trade-figures/" + figure + "/translations")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.editor.page("/admin/trade-figures/" + figure).select("#f-textLanguage")).isEmpty();
	}

	private Map<String, String> translations(long visit) {
		return translations("visits", visit);
	}

	private Map<String, String> translations(String type, long id) {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		this.jdbc.query("select field, language, text from translation where record_type = ? and record_id = ?",
				(rs) -> {
					texts.put(rs.getString(1) + "-" + rs.getString(2), rs.getString(3));
				}, type, id);
		return texts;
	}

	private long version(long visit) {
		return this.jdbc.queryForObject("select version from visit where id = ?", Long.class, visit);
	}

	private String missing(String type, long id) {
		Element row = this.editor.page("/admin/" + type)
			.select("table.records tbody tr:has(a[href=/admin/" + type + "/" + id + "])")
			.first();
		assertThat(row).as("the list's row of " + id).isNotNull();
		return row.select("td.missing-translations").text();
	}

}
