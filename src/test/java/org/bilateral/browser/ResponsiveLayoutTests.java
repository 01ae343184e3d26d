package org.bilateral.browser;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bilateral.Bundles;
import org.bilateral.PublicPages;
import org.bilateral.common.web.Language;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages fit a phone held upright (390 × 844) and a laptop (1280 × 800): nothing makes
 * the page scroll sideways, and every section of the Kazakhstan–Argentina page is reached
 * from its table of contents, in English and in the language with the longest words.
 * Screenshots of the pair page and a visit on both screens are written to
 * {@code target/screenshots}.
 */
@BrowserTest
class ResponsiveLayoutTests {

	private static final String SUMMIT_SLUG = "nazarbayev-meets-macri-at-g20-summit-hangzhou";

	/** Lists what sticks out past the right edge of the page's viewport, if anything. */
	private static final String WIDER_THAN_THE_SCREEN = """
			const root = document.documentElement;
			if (root.scrollWidth <= root.clientWidth && root.clientWidth <= window.innerWidth) {
			  return [];
			}
			return [...document.body.querySelectorAll('*')]
			  .filter((e) => e.getBoundingClientRect().right > root.clientWidth)
			  .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className.split(' ').join('.') : '')
			      + ' (right edge at ' + Math.round(e.getBoundingClientRect().right) + 'px)')
			  .concat(['page ' + root.scrollWidth + 'px wide in a ' + root.clientWidth + 'px viewport']);""";

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void thePairPageFitsTheScreenAndEverySectionIsReachedFromItsContents(Viewport viewport, Browser browser) {
		browser.use(viewport);
		browser.open(PublicPages.PAIR);
		assertThat(browser.<Number>script("return window.innerWidth").intValue()).isEqualTo(viewport.width());
		assertFitsTheScreen(browser, PublicPages.PAIR, viewport);
		browser.screenshot("pair-" + viewport.label());

		List<WebElement> contents = browser.driver().findElements(By.cssSelector("nav.toc a"));
		assertThat(contents).hasSizeGreaterThanOrEqualTo(7);
		for (int i = 0; i < contents.size(); i++) {
			WebElement link = browser.driver().findElements(By.cssSelector("nav.toc a")).get(i);
			String name = link.getText();
			String id = link.getAttribute("href").replaceFirst(".*#", "");
			link.click();
			WebElement section = browser.driver().findElement(By.id(id));
			WebElement heading = section.findElement(By.cssSelector(":scope > h2"));
			assertThat(browser.<String>script("return location.hash")).isEqualTo("#" + id);
			assertThat(section.getTagName()).isEqualTo("section");
			assertThat(heading.getText()).as("heading of #%s", id).isEqualTo(name);
			assertThat(section.getAttribute("aria-labelledby")).isEqualTo(heading.getAttribute("id"));
			assertThat(isOnScreen(browser, heading))
				.as("heading of #%s on screen after following its link: %s", id, browser.<Object>script(
						"const b = arguments[0].getBoundingClientRect(); return [b.top, b.bottom, window.innerHeight, window.scrollY, document.documentElement.scrollHeight]",
						heading))
				.isTrue();
		}
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void aVisitPageFitsTheScreen(Viewport viewport, Browser browser) {
		browser.use(viewport);
		long id = this.jdbc.queryForObject("select id from visit where slug = ?", Long.class, SUMMIT_SLUG);
		String path = "/visits/" + id + "-" + SUMMIT_SLUG;
		browser.open(path);
		assertFitsTheScreen(browser, path, viewport);
		browser.screenshot("visit-" + viewport.label());
	}

	@TestFactory
	Stream<DynamicTest> everyPublicPageFitsAPhoneScreen(Browser browser) {
		return languages().flatMap((language) -> PublicPages.paths(this.jdbc)
			.stream()
			.map((page) -> PublicPages.in(language, page))
			.map((path) -> DynamicTest.dynamicTest(path, () -> {
				browser.use(Viewport.PHONE);
				browser.open(path);
				assertFitsTheScreen(browser, path, Viewport.PHONE);
			})));
	}

	/**
	 * English, and the language with the longest words in its interface (measured in the
	 * bundles), which is the likeliest to overflow a narrow screen.
	 */
	private static Stream<Language> languages() {
		return Stream.of(Language.ENGLISH, Bundles.withTheLongestWords()).distinct();
	}

	@TestFactory
	Stream<DynamicTest> thePairPageFitsTheScreenInTheLanguageWithTheLongestWords(Browser browser) {
		Language language = Bundles.withTheLongestWords();
		return Stream.of(Viewport.values())
			.map((viewport) -> DynamicTest.dynamicTest(language + " on a " + viewport, () -> {
				browser.use(viewport);
				for (String page : List.of(PublicPages.PAIR, PublicPages.PAIR + "/trade",
						PublicPages.visits(this.jdbc).get(0))) {
					String path = PublicPages.in(language, page);
					browser.open(path);
					assertFitsTheScreen(browser, path, viewport);
				}
				browser.open(PublicPages.in(language, PublicPages.PAIR));
				browser.screenshot("pair-" + language.tag() + "-" + viewport.label());
			}));
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void theTradeChartDrawsEveryLabelInsideItself(Viewport viewport, Browser browser) {
		browser.use(viewport);
		browser.open(PublicPages.PAIR);
		List<Map<String, Object>> outside = browser.script("""
				const svg = document.querySelector('figure.chart svg');
				const view = svg.viewBox.baseVal;
				return [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: t.getBBox() }))
				  .filter((l) => l.box.x < view.x || l.box.x + l.box.width > view.x + view.width)
				  .map((l) => ({ text: l.text, from: l.box.x, to: l.box.x + l.box.width }));""");
		assertThat(outside).as("chart labels cut off at the chart's edges").isEmpty();
	}

	private static void assertFitsTheScreen(Browser browser, String path, Viewport viewport) {
		List<String> wider = browser.script(WIDER_THAN_THE_SCREEN);
		assertThat(wider).as("%s scrolls sideways on a %s; too wide:", path, viewport).isEmpty();
	}

	/**
	 * Whether the element is within the screen's height, give or take a rounded pixel.
	 */
	private static boolean isOnScreen(Browser browser, WebElement element) {
		return browser.script("""
				const box = arguments[0].getBoundingClientRect();
				return box.top > -1 && box.bottom <= window.innerHeight;""", element);
	}

}
