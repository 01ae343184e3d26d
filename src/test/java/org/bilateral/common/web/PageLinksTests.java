package org.bilateral.common.web;

import org.bilateral.PortalTest;
import org.bilateral.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical address and link previews name the portal's configured public address
 * ({@code https://bilateral.example} in the tests), whatever host the request claims.
 */
@PortalTest
class PageLinksTests {

	private static final String PAIR = "/relations/argentina-kazakhstan";

	@Autowired
	MockMvcTester mvc;

	@Test
	void theCanonicalAddressComesFromTheConfiguredPublicAddress() {
		Document page = Pages.get(this.mvc, PAIR + "?utm_source=newsletter");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://bilateral.example" + PAIR);
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://bilateral.example" + PAIR);
	}

	@Test
	void aForgedHostNeverReachesThePage() {
		String[][] forgeries = { { "Host", "evil.example" }, { "X-Forwarded-Host", "evil.example" },
				{ "X-Forwarded-Proto", "gopher" }, { "Forwarded", "host=evil.example;proto=http" } };
		for (String[] header : forgeries) {
			Document page = Pages.parse(this.mvc.get().uri(PAIR).header(header[0], header[1]).exchange());
			assertThat(page.html()).as(header[0]).doesNotContain("evil.example").doesNotContain("gopher");
			assertThat(page.select("link[rel=canonical]").attr("href")).as(header[0])
				.isEqualTo("https://bilateral.example" + PAIR);
		}
	}

}
