package org.bilateral.browser;

import org.bilateral.PublicPages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's way through the portal in a real browser: from the list of relations to the
 * Kazakhstan–Argentina page, on to a visit and back, a visit opened straight from a
 * shared link, and the same pages read in another language.
 */
@BrowserTest
class PublicPagesBrowserTests {

	private static final String PAIR_NAME = "Argentina \u2013 Kazakhstan";

	private static final String SUMMIT_SLUG = "nazarbayev-meets-macri-at-g20-summit-hangzhou";

	private static final String SUMMIT_TITLE = "President Nursultan Nazarbayev meets President Mauricio Macri at the G20 Summit in Hangzhou";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReaderGoesFromAllRelationsToTheKazakhstanArgentinaPageToAVisitAndBack(Browser browser) {
		browser.open("/");
		assertThat(browser.heading()).isEqualTo("Relations");
		browser.driver().findElement(By.linkText(PAIR_NAME)).click();
		assertThat(browser.path()).isEqualTo(PublicPages.PAIR);
		assertThat(browser.heading()).isEqualTo(PAIR_NAME);

		WebElement visit = browser.driver().findElement(By.cssSelector("#visits .timeline a"));
		String title = visit.getText();
		visit.click();
		assertThat(browser.path()).matches("/visits/\\d+-[a-z0-9-]+");
		assertThat(browser.heading()).isEqualTo(title);
		String visitPath = browser.path();

		browser.driver().findElement(By.linkText("Back to " + PAIR_NAME)).click();
		assertThat(browser.path()).isEqualTo(PublicPages.PAIR);
		assertThat(browser.heading()).isEqualTo(PAIR_NAME);

		browser.driver().navigate().back();
		assertThat(browser.path()).isEqualTo(visitPath);
		assertThat(browser.heading()).isEqualTo(title);
		browser.driver().navigate().back();
		assertThat(browser.path()).isEqualTo(PublicPages.PAIR);
		browser.driver().navigate().back();
		assertThat(browser.path()).isEqualTo("/");
	}

	@Test
	void aSharedVisitLinkOpensTheVisitOnItsOwn(Browser browser) {
		String path = summitPath();
		browser.open(path);
		assertThat(browser.path()).isEqualTo(path);
		assertThat(browser.heading()).isEqualTo(SUMMIT_TITLE);
		assertThat(browser.driver().getTitle()).isEqualTo(SUMMIT_TITLE + " \u00b7 Bilateral");
		assertThat(browser.driver().findElement(By.cssSelector("dl.facts")).getText()).contains("4 September 2016",
				"Hangzhou, China", "G20 Summit");
		assertThat(browser.driver().findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href"))
			.endsWith(path);
		browser.driver().findElement(By.cssSelector("nav.breadcrumb")).findElement(By.linkText(PAIR_NAME)).click();
		assertThat(browser.path()).isEqualTo(PublicPages.PAIR);
	}

	@Test
	void aReaderSwitchesLanguageAndStaysOnTheSamePage(Browser browser) {
		String path = summitPath();
		browser.open(path);
		browser.driver().findElement(By.cssSelector("nav.languages a[hreflang=kk]")).click();
		assertThat(browser.path()).isEqualTo("/kk" + path);
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))

			.isEqualTo("kk");
		assertThat(browser.driver().findElement(By.cssSelector("dl.facts")).getText())
			.contains("2016\u202Fж. 4 қыркүйек");
		browser.driver().findElement(By.cssSelector("nav.breadcrumb a")).click();
		assertThat(browser.path()).startsWith("/kk/");
		browser.driver().findElement(By.cssSelector("nav.languages a[hreflang=es]")).click();
		assertThat(browser.path()).startsWith("/es/");
		assertThat(browser.driver().findElement(By.cssSelector("nav.languages a[aria-current=page]")).getText())
			.isEqualTo("Español");
		browser.driver().findElement(By.cssSelector("nav.languages a[hreflang=en]")).click();
		assertThat(browser.path()).doesNotStartWith("/es/");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void aSharedVisitLinkWithAnOldTitleLandsOnTheVisitsCurrentAddress(Browser browser) {
		long id = summitId();
		browser.open("/visits/" + id + "-an-older-title-of-the-meeting");
		assertThat(browser.path()).isEqualTo(summitPath());
		assertThat(browser.heading()).isEqualTo(SUMMIT_TITLE);
	}

	@Test
	void anAddressWithNoPageShowsTheNotFoundPageWithAWayHome(Browser browser) {
		browser.open(PublicPages.NOT_FOUND);
		assertThat(browser.heading()).isEqualTo("Page not found");
		browser.driver().findElement(By.linkText("Go to all relations")).click();
		assertThat(browser.path()).isEqualTo("/");
	}

	private long summitId() {
		return this.jdbc.queryForObject("select id from visit where slug = ?", Long.class, SUMMIT_SLUG);
	}

	private String summitPath() {
		return "/visits/" + summitId() + "-" + SUMMIT_SLUG;
	}

}
