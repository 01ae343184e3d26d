package org.bilateral.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.PublicPages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages work for readers who use a screen reader, a keyboard or a magnifier:
 * axe-core finds no violation of WCAG 2.2 level A or AA on any of them, in any language,
 * on a phone or a desktop screen; a skip link comes first; every link can be reached with
 * Tab, in reading order, and shows where the focus is.
 */
@BrowserTest
class AccessibilityTests {

	@Autowired
	JdbcTemplate jdbc;

	@TestFactory
	Stream<DynamicTest> everyPublicPageMeetsWcag22LevelAAInEveryLanguage(Browser browser) {
		List<String> paths = PublicPages.pathsInEveryLanguage(this.jdbc);
		return Stream.of(Viewport.values())
			.flatMap((viewport) -> paths.stream()
				.map((path) -> DynamicTest.dynamicTest(path + " on a " + viewport, () -> {
					browser.use(viewport);
					browser.open(path);
					List<Axe.Violation> violations = Axe.violations(browser);
					assertThat(violations)
						.as(() -> "axe-core found on " + path + " (" + viewport + "):\n  "
								+ violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
						.isEmpty();
				})));
	}

	@Test
	void aLifecycleMirrorTradeAndAPostingHistoryMeetWcag22LevelAA(Browser browser) {
		Long relation = this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'",
				Long.class);
		Long agreement = this.jdbc.queryForObject("""
				insert into agreement (relation_id, title, slug, sphere, position, created_by, updated_by)
				values (?, 'Axe test agreement', 'axe-test-agreement', 'Axe test sphere', 99, 'axe-test', 'axe-test')
				returning id""", Long.class, relation);
		try {
			this.jdbc.update(
					"""
							insert into agreement_step (agreement_id, stage, country_code, taken_on, taken_precision, stated_on,
							                            signatories, created_by, updated_by)
							values (?, 'SIGNED', null, '2014-05-01', 'MONTH', null, 'The two ministers', 'axe-test', 'axe-test'),
							       (?, 'RATIFIED', 'KZ', '2015-01-01', 'YEAR', null, null, 'axe-test', 'axe-test'),
							       (?, 'IN_FORCE', null, null, null, '2019-07-25', null, 'axe-test', 'axe-test')""",
					agreement, agreement, agreement);
			this.jdbc.update("""
					insert into trade_figure (relation_id, year, reporting_country_code, partner_country_code,
					                          export_value, import_value, turnover_value, created_by, updated_by)
					values (?, 2018, 'AR', 'KZ', 20.0, 5.1, 25.1, 'axe-test', 'axe-test')""", relation);
			this.jdbc.update(
					"""
							insert into accreditation (relation_id, person_id, sending_country_code, receiving_country_code, title,
							                           residence_city, residence_country_code, starts_on, starts_precision,
							                           ends_on, ends_precision, created_by, updated_by)
							select ?, id, 'KZ', 'AR', 'Ambassador', 'Brasilia', 'BR', '2012-03-01', 'MONTH', '2015-12-31', 'DAY',
							       'axe-test', 'axe-test' from person where slug = 'kairat-sarzhanov'""",
					relation);
			for (String path : List.of("/agreements/" + agreement + "-axe-test-agreement", PublicPages.PAIR,
					PublicPages.PAIR + "/trade", PublicPages.PAIR + "/ambassadors")) {
				for (Viewport viewport : Viewport.values()) {
					browser.use(viewport);
					browser.open(path);
					List<Axe.Violation> violations = Axe.violations(browser);
					assertThat(violations)
						.as(() -> "axe-core found on " + path + " (" + viewport + "):\n  "
								+ violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
						.isEmpty();
				}
			}
		}
		finally {
			this.jdbc.update("delete from agreement_step where created_by = 'axe-test'");
			this.jdbc.update("delete from agreement where created_by = 'axe-test'");
			this.jdbc.update("delete from trade_figure where created_by = 'axe-test'");
			this.jdbc.update("delete from accreditation where created_by = 'axe-test'");
		}
	}

	@Test
	void axeReportsAViolationWhereThereIsOne(Browser browser) {
		browser.driver().get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src=x></main>");
		assertThat(Axe.violations(browser)).filteredOn((violation) -> violation.id().equals("image-alt"))
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.impact()).isEqualTo("critical");
				assertThat(violation.targets()).singleElement()
					.asString()
					.startsWith("img — ")
					.contains("Element does not have an alt attribute;");
			});
	}

	@Test
	void theFirstTabShowsTheSkipLinkAndEnterMovesToTheMainContent(Browser browser) {
		browser.open(PublicPages.PAIR);
		WebElement skip = browser.tab();
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		assertThat(isOnScreen(browser, skip)).as("the focused skip link is on screen").isTrue();
		browser.press(Keys.ENTER);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
		WebElement next = browser.tab();
		assertThat(browser.<Boolean>script("return document.getElementById('main').contains(arguments[0])", next))
			.as("the next Tab stays in the main content")
			.isTrue();
	}

	@Test
	void theSkipLinkIsOutOfSightUntilFocused(Browser browser) {
		browser.open("/");
		WebElement skip = browser.driver().findElement(By.cssSelector("a.skip-link"));
		assertThat(isOnScreen(browser, skip)).isFalse();
	}

	@Test
	void aReaderFollowsLinksWithTheKeyboardAlone(Browser browser) {
		browser.open("/");
		browser.tab();
		browser.press(Keys.ENTER);
		WebElement pair = browser.tab();
		assertThat(pair.getText()).isEqualTo("Argentina \u2013 Kazakhstan");
		browser.press(Keys.ENTER);
		assertThat(browser.path()).isEqualTo(PublicPages.PAIR);
		assertThat(browser.heading()).isEqualTo("Argentina \u2013 Kazakhstan");
	}

	@TestFactory
	Stream<DynamicTest> everyLinkIsReachedWithTabInReadingOrderAndShowsItsFocus(Browser browser) {
		List<String> paths = new ArrayList<>(List.of("/", PublicPages.PAIR, PublicPages.PAIR + "/trade",
				PublicPages.visits(this.jdbc).get(0), PublicPages.people(this.jdbc).get(0),
				PublicPages.agreements(this.jdbc).get(0), PublicPages.NOT_FOUND));
		return paths.stream().map((path) -> DynamicTest.dynamicTest(path, () -> {
			browser.open(path);
			List<WebElement> focusable = browser.script("""
					return [...document.querySelectorAll(
					    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
					  .filter((e) => !e.disabled && e.getClientRects().length > 0
					      && getComputedStyle(e).visibility !== 'hidden')""");
			assertThat(focusable).isNotEmpty();
			List<WebElement> reached = new ArrayList<>();
			int presses = 0;
			while (reached.size() < focusable.size() && presses++ < focusable.size() * 3) {
				WebElement focused = browser.tab();
				if (!reached.isEmpty() && reached.get(reached.size() - 1).equals(focused)) {
					// a date field stops the focus at its day, month and year in turn
					continue;
				}
				reached.add(focused);
				Map<String, Object> outline = browser.script("""
						const style = getComputedStyle(arguments[0]);
						return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };""", focused);
				assertThat(outline.get("style")).as("outline of %s on %s", describe(focused), path)
					.isNotEqualTo("none");
				assertThat(((Number) outline.get("width")).doubleValue())
					.as("outline width of %s on %s", describe(focused), path)
					.isGreaterThanOrEqualTo(2);
			}
			assertThat(reached).as("elements reached with Tab on %s, in order", path)
				.containsExactlyElementsOf(focusable);
		}));
	}

	private static boolean isOnScreen(Browser browser, WebElement element) {
		return browser.script("""
				const box = arguments[0].getBoundingClientRect();
				return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
				  && box.bottom <= window.innerHeight && box.right <= window.innerWidth;""", element);
	}

	private static String describe(WebElement element) {
		return element.getTagName() + " \"" + element.getText() + "\"";
	}

}
