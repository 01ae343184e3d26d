package org.bilateral.search;

import java.text.Normalizer;
import java.util.List;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.TestRecords;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search from the header finds records by their words whatever their accents, a name
 * misspelled by a letter, and a name typed in Cyrillic; highlights what matched as text;
 * and answers anything typed with a page, never an error.
 */
@PortalTest
class SearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRecords records;

	@Test
	void everySeededPersonIsFoundBySurnameWithAndWithoutAccents() {
		List<String[]> people = this.jdbc.query("select id, name from person where created_by = 'seed' order by id",
				(row, n) -> new String[] { row.getString("id"), row.getString("name") });
		assertThat(people).isNotEmpty();
		for (String[] person : people) {
			String surname = person[1].substring(person[1].lastIndexOf(' ') + 1);
			for (String typed : List.of(surname, withoutAccents(surname), withAccents(surname),
					surname.toLowerCase())) {
				assertThat(resultLinks("/search?q=" + typed)).as(typed).contains("/people/" + person[0]);
			}
		}
	}

	@Test
	void aNameMisspelledByALetterIsFound() {
		long idrissov = this.records.seeded("person", "erlan-idrissov");
		assertThat(resultLinks("/search?q=Idrisov")).contains("/people/" + idrissov);
		assertThat(Pages.get(this.mvc, "/search?q=Idrisov").select("main ol.results h2 mark").eachText())
			.contains("Idrissov");
		assertThat(resultLinks("/search?q=Nazarbaev"))
			.contains("/people/" + this.records.seeded("person", "nursultan-nazarbayev"));
	}

	@Test
	void accentsAreIgnoredBothWays() {
		long id = this.records.person("Test Barañao Searchable", "test-baranao-searchable");
		assertThat(resultLinks("/search?q=Baranao Searchable")).contains("/people/" + id);
		assertThat(resultLinks("/search?q=barañao searchable")).contains("/people/" + id);
	}

	@Test
	void aNameTypedInCyrillicFindsItsLatinSpelling() {
		long idrissov = this.records.seeded("person", "erlan-idrissov");
		assertThat(resultLinks("/search?q=Идриссов")).contains("/people/" + idrissov);
		assertThat(resultLinks("/search?q=Ерлан Идрисов")).contains("/people/" + idrissov);
	}

	@Test
	void everyKindOfRecordIsFound() {
		assertThat(resultLinks("/search?q=Kazakhstan")).contains("/relations/argentina-kazakhstan");
		assertThat(resultLinks("/search?q=Hangzhou")).anyMatch((link) -> link.startsWith("/visits/"));
		assertThat(resultLinks("/search?q=Visa")).contains("/agreements/"
				+ this.jdbc.queryForObject("select id from agreement where sphere ilike 'visa%' limit 1", Long.class));
		assertThat(resultLinks("/search?q=Sarzhanov")).contains("/relations/argentina-kazakhstan/ambassadors");
		assertThat(resultLinks("/search?q=Cultural Centre"))
			.contains("/relations/argentina-kazakhstan/cultural-centres");
	}

	@Test
	void resultsAreRankedCountedAndHighlighted() {
		Document page = Pages.get(this.mvc, "/search?q=Baranao");
		assertThat(page.select("main .result-count").text()).matches("\\d+ records? found.*");
		assertThat(page.select("main ol.results mark").eachText()).isNotEmpty()
			.allMatch((text) -> text.equalsIgnoreCase("Baranao"));
		assertThat(page.select("main ol.results li").first().select("a").attr("href"))
			.isEqualTo("/people/" + this.records.seeded("person", "lino-baranao") + "-lino-baranao");
	}

	@Test
	void markupInRecordsIsShownAsText() {
		long id = this.records.person("Test <b>Zyxwvut</b> <script>alert(1)</script>", "test-zyxwvut");
		Document page = Pages.get(this.mvc, "/search?q=zyxwvut");
		assertThat(page.select("main ol.results b, main script")).isEmpty();
		assertThat(page.select("main ol.results a[href^=/people/" + id + "-]").text()).contains("<b>Zyxwvut</b>");
		assertThat(page.select("main ol.results mark").eachText()).contains("Zyxwvut");
	}

	@Test
	void anEditIsFoundAtOnce() {
		long id = this.records.person("Test Quokkaname", "test-quokkaname");
		assertThat(resultLinks("/search?q=Quokkaname")).contains("/people/" + id);
		this.jdbc.update("update person set name = 'Test Wombatname' where id = ?", id);
		assertThat(resultLinks("/search?q=Quokkaname")).doesNotContain("/people/" + id);
		assertThat(resultLinks("/search?q=Wombatname")).contains("/people/" + id);
	}

	@Test
	void nonsenseFindsNothing() {
		Document page = Pages.get(this.mvc, "/search?q=qxzvbnmwpl");
		assertThat(page.select("main ol.results li")).isEmpty();
		assertThat(page.select("main .result-count").text()).startsWith("Nothing found");
	}

	@Test
	void resultsArePaged() {
		for (int i = 1; i <= 25; i++) {
			this.records.person("Test Pagedsurname " + i, "test-pagedsurname-" + i);
		}
		Document first = Pages.get(this.mvc, "/search?q=Pagedsurname");
		assertThat(first.select("main ol.results > li")).hasSize(SearchService.PAGE_SIZE);
		assertThat(first.select("main .result-count").text()).startsWith("25 records found; 1 to 20 shown");
		String next = first.select("nav.pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/search?q=Pagedsurname&page=2");
		Document second = Pages.get(this.mvc, next);
		assertThat(second.select("main ol.results > li")).hasSize(5);
		assertThat(this.mvc.get().uri("/search?q=Pagedsurname&page=3")).hasStatus(404);
	}

	@Test
	void theHeaderHasAnAccessibleSearchForm() {
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("header form[role=search][method=get][action=/search] input[type=search][name=q]"))
			.hasSize(1);
		String id = page.select("header form[role=search] input[name=q]").attr("id");
		assertThat(page.select("header form[role=search] label[for=" + id + "]").text()).isNotBlank();
		Document results = Pages.get(this.mvc, "/search?q=Macri");
		assertThat(results.select("header form[role=search] input[name=q]").val()).isEqualTo("Macri");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "%", "_", "%25", "\\", "\\\\'", "'", "\"", "!!!", "&|!<->", "a & b | !c",
			"foo:*", "(((", "<script>", "--", ";drop table person;", "\u0000", "a\u0000b", "\u0301", "e\u0301",
			"\uD83D\uDE00", "*", ":", "a:b", "::", "'':*", "NULL" })
	void anythingTypedGetsAPage(String typed) {
		MvcTestResult result = this.mvc.get().uri("/search").param("q", typed).exchange();
		assertThat(result).as(typed).hasStatusOk();
		assertThat(Pages.parse(result).select("main h1").text()).startsWith("Search");
	}

	@Test
	void anOverlongQueryIsExplainedNotSearched() {
		Document page = Pages.get(this.mvc, "/search?q=" + "a".repeat(SearchQuery.MAX_LENGTH + 1));
		assertThat(page.select("main .notice").text()).contains("at most 200 characters");
		assertThat(page.select("main ol.results")).isEmpty();
	}

	@Test
	void onlyPunctuationIsExplained() {
		MvcTestResult result = this.mvc.get().uri("/search").param("q", "%% __ !? \\").exchange();
		assertThat(Pages.parse(result).select("main .notice").text()).contains("at least one letter or digit");
		assertThat(Pages.get(this.mvc, "/search").select("main p").text()).contains("Type a name");
	}

	@Test
	void aPageThatIsNotANumberIsNotFound() {
		assertThat(this.mvc.get().uri("/search?q=Macri&page=x")).hasStatus(404);
		assertThat(this.mvc.get().uri("/search?q=Macri&page=0")).hasStatus(404);
	}

	/**
	 * The records each result links, by type and id: a person's or document's address
	 * without the slug that follows its id.
	 */
	private List<String> resultLinks(String path) {
		return Pages.get(this.mvc, path)
			.select("main ol.results h2 a")
			.eachAttr("href")
			.stream()
			.map((href) -> href.replaceFirst("^(/(people|agreements)/[0-9]+)-[a-z0-9-]+$", "$1"))
			.toList();
	}

	private static String withoutAccents(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** The word with its first vowel accented, as a reader might type it. */
	private static String withAccents(String text) {
		return text.replaceFirst("a", "á").replaceFirst("e", "é").replaceFirst("o", "ó");
	}

}
