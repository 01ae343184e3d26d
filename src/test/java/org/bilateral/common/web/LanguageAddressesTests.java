package org.bilateral.common.web;

import java.util.List;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.PublicPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page is at an address of its own in each language: English at the root,
 * Spanish, Russian and Kazakh under {@code /es/}, {@code /ru/} and {@code /kk/}. Each
 * links its translations (hreflang alternates and a switcher), its links and redirects
 * stay in its language, and the editors' side exists in English only.
 */
@PortalTest
@TestPropertySource(properties = "bilateral.public-base-url=" + LanguageAddressesTests.BASE)
class LanguageAddressesTests {

	static final String BASE = "https://bilateral.example";

	static final String PAIR = PublicPages.PAIR;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTranslatedPageIsInItsLanguageFromTheAddressAlone() {
		MvcTestResult result = this.mvc.get().uri("/kk" + PAIR).header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("kk");
		Document page = Pages.parse(result);
		assertThat(page.select("html").attr("lang")).isEqualTo("kk");
		assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("kk_KZ");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/kk" + PAIR);
	}

	@Test
	void everyPageLinksItsTranslationsAndEnglishAsTheDefault() {
		Document page = Pages.get(this.mvc, "/es" + PAIR + "/visits");
		List<String> alternates = page.select("link[rel=alternate][hreflang]")
			.stream()
			.map((link) -> link.attr("hreflang") + " " + link.attr("href"))
			.toList();
		assertThat(alternates).containsExactly("en " + BASE + PAIR + "/visits", "es " + BASE + "/es" + PAIR + "/visits",
				"ru " + BASE + "/ru" + PAIR + "/visits", "kk " + BASE + "/kk" + PAIR + "/visits",
				"x-default " + BASE + PAIR + "/visits");
		assertThat(Pages.get(this.mvc, "/").select("link[hreflang=ru]").attr("href")).isEqualTo(BASE + "/ru/");
	}

	@Test
	void theSwitcherNamesEachLanguageInItselfAndKeepsTheReaderOnTheSamePage() {
		Document page = Pages.get(this.mvc, "/ru/search?q=Baranao&page=1");
		List<Element> links = page.select("header nav.languages a");
		assertThat(links).extracting(Element::text).containsExactly("English", "Español", "Русский", "Қазақ тілі");
		assertThat(links).extracting((link) -> link.attr("lang")).containsExactly("en", "es", "ru", "kk");
		assertThat(links).extracting((link) -> link.attr("hreflang")).containsExactly("en", "es", "ru", "kk");
		assertThat(links).extracting((link) -> link.attr("href"))
			.containsExactly(BASE + "/search?q=Baranao&page=1", BASE + "/es/search?q=Baranao&page=1",
					BASE + "/ru/search?q=Baranao&page=1", BASE + "/kk/search?q=Baranao&page=1");
		assertThat(links).extracting((link) -> link.attr("aria-current")).containsExactly("", "", "page", "");
		assertThat(page.select("header nav.languages").attr("aria-label")).isNotBlank();
	}

	@Test
	void linksOnATranslatedPageStayInItsLanguageAndDataStaysAtTheRoot() {
		Document page = Pages.get(this.mvc, "/ru" + PAIR);
		assertThat(page.select("a.brand").attr("href")).isEqualTo("/ru/");
		assertThat(page.select("form.site-search").attr("action")).isEqualTo("/ru/search");
		assertThat(page.select("main a[href^=/visits/]")).as("links to visits in English").isEmpty();
		assertThat(page.select("main a[href^=/ru/visits/]")).isNotEmpty();
		assertThat(page.select("link[rel=stylesheet]").attr("href")).matches("/css/site-[0-9a-f]+\\.css");
		assertThat(page.select("link[type=application/json]").attr("href")).isEqualTo(PAIR + ".json");
		assertThat(page.select("link[type=application/atom+xml]").first().attr("href")).isEqualTo("/feed.atom");
		assertThat(page.select("p.data-links a[type=application/json]").attr("href")).isEqualTo(PAIR + ".json");
	}

	@Test
	void redirectsKeepTheLanguage() {
		assertThat(this.mvc.get().uri("/es")).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/es/");
		assertThat(this.mvc.get().uri("/ru/relations/kazakhstan-argentina")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/ru" + PAIR);
		String visit = PublicPages.visits(this.jdbc).get(0);
		String id = visit.substring("/visits/".length(), visit.indexOf('-'));
		assertThat(this.mvc.get().uri("/kk/visits/" + id + "-an-old-title")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl("/kk" + visit);
	}

	@Test
	void theEditorsSideAndSignInAreInEnglishOnly() {
		for (String path : List.of("/es/admin", "/ru/admin/visits", "/kk/login", "/es/logout", "/ru/actuator/health",
				"/kk/error")) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
	}

	@Test
	void onlyAWholeFirstSegmentNamesALanguage() {
		assertThat(this.mvc.get().uri("/espanol")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/de" + PAIR)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(Pages.get(this.mvc, "/es/").select("html").attr("lang")).isEqualTo("es");
	}

	@Test
	void countryNamesComeFromCldrInEachLanguage() {
		assertThat(Pages.get(this.mvc, PAIR).select("h1").text()).isEqualTo("Argentina \u2013 Kazakhstan");
		assertThat(Pages.get(this.mvc, "/es" + PAIR).select("h1").text()).isEqualTo("Argentina \u2013 Kazajistán");
		assertThat(Pages.get(this.mvc, "/ru" + PAIR).select("h1").text()).isEqualTo("Аргентина \u2013 Казахстан");
		assertThat(Pages.get(this.mvc, "/kk" + PAIR).select("h1").text()).isEqualTo("Аргентина \u2013 Қазақстан");
		assertThat(Pages.get(this.mvc, "/ru/search?q=Kazakhstan").select("main").text()).contains("Казахстан");
	}

	@Test
	void datesAreWrittenAsEachLanguageWritesThem() {
		assertThat(Pages.get(this.mvc, PAIR).text()).contains("25 July 2019");
		assertThat(Pages.get(this.mvc, "/es" + PAIR).text()).contains("25 de julio de 2019");
		assertThat(Pages.get(this.mvc, "/ru" + PAIR).text()).contains("25 июля 2019\u202Fг.");
		assertThat(Pages.get(this.mvc, "/kk" + PAIR).text()).contains("2019\u202Fж. 25 шілде");
	}

}
