package org.bilateral.common.web;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's language comes from its address alone: whatever language a reader's browser
 * asks for, the English pages stay English, dates included, so no reader and no cache
 * gets a mixture.
 */
@PortalTest
class PageLanguageTests {

	private static final String PAIR = "/relations/argentina-kazakhstan";

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "es-AR", "es", "ru", "kk", "de", "ru-RU,ru;q=0.9,en;q=0.5" })
	void theEnglishPagesDoNotFollowTheBrowsersLanguage(String acceptLanguage) {
		for (String path : new String[] { "/", PAIR, PAIR + "/ambassadors", PAIR + "/visits" }) {
			Document english = page(path, null);
			Document asked = page(path, acceptLanguage);
			assertThat(asked.select("html").attr("lang")).as(path).isEqualTo("en");
			assertThat(asked.text()).as(path).isEqualTo(english.text());
		}
		assertThat(page(PAIR, acceptLanguage).text()).contains("25 July 2019")
			.doesNotContain("julio", "июля", "Juli", "шілде");
	}

	private Document page(String path, String acceptLanguage) {
		var request = this.mvc.get().uri(path);
		if (acceptLanguage != null) {
			request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		return Pages.parse(request.exchange());
	}

}
