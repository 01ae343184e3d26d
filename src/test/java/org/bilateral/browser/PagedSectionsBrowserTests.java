package org.bilateral.browser;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.LargeRelation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of a long section in a real browser: axe-core finds no WCAG 2.2 A or AA
 * violation on the pair page and the section pages of a relation with thousands of
 * records, nothing scrolls sideways on a phone, and a reader moves between the pages with
 * the pagination links.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedSectionsBrowserTests {

	private static final String VISITS = LargeRelation.PAIR + "/visits";

	private static final List<String> PATHS = List.of("/?page=2", LargeRelation.PAIR, VISITS, VISITS + "?page=50",
			LargeRelation.PAIR + "/trade?page=2", LargeRelation.PAIR + "/agreements?page=2",
			LargeRelation.PAIR + "/events?page=2");

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void insertALargeRelation() {
		LargeRelation.remove(this.jdbc);
		LargeRelation.insert(this.jdbc);
	}

	@AfterAll
	void removeTheLargeRelation() {
		LargeRelation.remove(this.jdbc);
	}

	@TestFactory
	Stream<DynamicTest> pagedPagesMeetWcag22LevelAAAndFitEveryScreen(Browser browser) {
		return Stream.of(Viewport.values())
			.flatMap((viewport) -> PATHS.stream()
				.map((path) -> DynamicTest.dynamicTest(path + " on a " + viewport, () -> {
					browser.use(viewport);
					browser.open(path);
					List<Axe.Violation> violations = Axe.violations(browser);
					assertThat(violations)
						.as(() -> "axe-core found on " + path + " (" + viewport + "):\n  "
								+ violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
						.isEmpty();
					assertThat(browser.<Boolean>script(
							"return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
						.as("%s fits a %s without scrolling sideways", path, viewport)
						.isTrue();
				})));
	}

	@Test
	void aReaderMovesToTheNextPageAndBack(Browser browser) {
		browser.use(Viewport.PHONE);
		browser.open(VISITS);
		browser.driver().findElement(By.linkText("Next page")).click();
		assertThat(browser.path()).isEqualTo(VISITS + "?page=2");
		assertThat(browser.driver().findElement(By.cssSelector("nav.pagination [aria-current=page]")).getText())
			.isEqualTo("2");
		browser.driver().findElement(By.linkText("Previous page")).click();
		assertThat(browser.path()).isEqualTo(VISITS);
		browser.screenshot("visits-section-phone");
	}

}
