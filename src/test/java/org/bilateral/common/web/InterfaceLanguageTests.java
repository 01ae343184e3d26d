package org.bilateral.common.web;

import java.util.Map;
import java.util.stream.Stream;

import org.bilateral.Bundles;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.PublicPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page reads in its language throughout: no message is missing (Thymeleaf
 * would write {@code ??key_locale??}), the page says which language it is in, and the
 * words around the records (header, search, footer) are those of its language's bundle.
 */
@PortalTest
class InterfaceLanguageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@TestFactory
	Stream<DynamicTest> noPageInAnyLanguageShowsAMissingMessage() {
		return Stream.of(Language.values()).flatMap((language) -> PublicPages.paths(this.jdbc).stream().map((page) -> {
			String path = PublicPages.in(language, page);
			return DynamicTest.dynamicTest(path, () -> {
				MvcTestResult result = this.mvc.get().uri(path).exchange();
				String html = result.getResponse().getContentAsString();
				assertThat(html).as(path).doesNotContain("??");
				Document document = Pages.parse(result);
				assertThat(document.select("html").attr("lang")).as(path).isEqualTo(language.tag());
				Map<String, String> messages = Bundles.of(language).orElseThrow();
				assertThat(document.select("p.tagline").text()).as(path).isEqualTo(messages.get("site.tagline"));
				assertThat(document.select("a.skip-link").text()).as(path).isEqualTo(messages.get("site.skip"));
				assertThat(document.select(".site-search label").text()).as(path)
					.isEqualTo(messages.get("search.label"));
				assertThat(document.select("footer p").first().text()).as(path).isEqualTo(messages.get("site.footer"));
			});
		}));
	}

}
