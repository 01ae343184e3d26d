package org.bilateral.browser;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.AdminPages;
import org.bilateral.TestRecords;
import org.bilateral.security.TestUsers;
import org.bilateral.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages editors and administrators work in serve people who use a screen reader or
 * the keyboard alone: axe-core finds no violation of WCAG 2.2 level A or AA on the
 * sign-in page, the admin start page, any record type's list, new form, edit form, delete
 * confirmation or history, any form sent back with errors, the conflict page, or the
 * users pages. On a visit's form a skip link comes first, and Tab reaches every control
 * in reading order, each showing where the focus is, and the form is filled in and saved
 * with the keyboard alone.
 */
@BrowserTest
class AdminAccessibilityTests {

	private static final String TITLE = AdminBrowsing.TEST_TITLE + " for the keyboard";

	/** Every control the keyboard can reach, in document order, as the Tab key would. */
	private static final String FOCUSABLE = """
			return [...document.querySelectorAll(
			    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
			  .filter((e) => !e.disabled && e.getClientRects().length > 0
			      && getComputedStyle(e).visibility !== 'hidden')""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRecords records;

	@Autowired
	TestUsers users;

	User admin;

	@BeforeEach
	void addAnAdministrator() {
		this.admin = this.users.admin();
	}

	@TestFactory
	Stream<DynamicTest> everyAdminPageMeetsWcag22LevelAA(Browser browser) {
		AdminBrowsing.signedIn(browser, this.admin.getUsername(), TestUsers.PASSWORD);
		List<String> paths = new ArrayList<>();
		paths.add("/admin");
		paths.addAll(AdminPages.recordPaths(this.jdbc));
		paths.addAll(AdminPages.userPaths(this.admin.getId()));
		return paths.stream().map((path) -> DynamicTest.dynamicTest(path, () -> {
			browser.open(path);
			assertThat(AdminBrowsing.status(browser)).as(path).isEqualTo(200);
			assertNoViolations(browser, path);
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyFormSentBackWithErrorsMeetsWcag22LevelAA(Browser browser) {
		AdminBrowsing.signedIn(browser, this.admin.getUsername(), TestUsers.PASSWORD);
		Map<String, Integer> forms = new LinkedHashMap<>();
		AdminPages.RECORD_TYPES.keySet().forEach((type) -> forms.put("/admin/" + type + "/new", 422));
		forms.put("/admin/users/new", 200);
		forms.put("/admin/users/" + this.admin.getId() + "/password", 200);
		return forms.entrySet().stream().map((form) -> DynamicTest.dynamicTest("empty " + form.getKey(), () -> {
			browser.open(form.getKey());
			AdminBrowsing.submit(browser);
			assertThat(AdminBrowsing.status(browser)).as(form.getKey()).isEqualTo(form.getValue());
			assertThat(browser.driver().findElements(By.cssSelector(".error-summary"))).as(form.getKey()).hasSize(1);
			assertNoViolations(browser, "empty " + form.getKey());
		}));
	}

	@Test
	void theSignInPageMeetsWcag22LevelAABeforeAndAfterAFailedSignIn(Browser browser) {
		browser.open("/login");
		assertNoViolations(browser, "/login");
		AdminBrowsing.signIn(browser, this.users.uniqueUsername("nobody"), "a wrong password");
		assertThat(browser.path()).isEqualTo("/login?error");
		assertNoViolations(browser, "/login?error");
	}

	@Test
	void theConflictPageAndAHistoryOfChangesMeetWcag22LevelAA(Browser browser) {
		long id = this.records.visit(TITLE, "browser-test-visit-for-the-keyboard", "As first written.");
		AdminBrowsing.signedIn(browser, this.admin.getUsername(), TestUsers.PASSWORD);
		browser.open("/admin/visits/" + id);
		this.jdbc.update("""
				update visit set description = 'As another editor wrote it.', version = version + 1,
				  updated_by = 'another-editor', updated_at = now() where id = ?""", id);
		WebElement description = browser.driver().findElement(By.id("f-description"));
		description.clear();
		description.sendKeys("As this editor writes it.");
		AdminBrowsing.submit(browser);
		assertThat(AdminBrowsing.status(browser)).isEqualTo(409);
		assertThat(browser.driver().findElements(By.cssSelector("section.conflict"))).hasSize(1);
		assertNoViolations(browser, "the conflict page");

		AdminBrowsing.submit(browser);
		assertThat(AdminBrowsing.status(browser)).isEqualTo(200);
		browser.open("/admin/visits/" + id + "/history");
		assertThat(browser.driver().findElements(By.cssSelector("ol.revisions > li"))).hasSize(1);
		assertNoViolations(browser, "a history of changes");
	}

	@Test
	void theFirstTabOnAFormShowsTheSkipLinkAndEnterMovesToTheMainContent(Browser browser) {
		AdminBrowsing.signedIn(browser, this.admin.getUsername(), TestUsers.PASSWORD);
		browser.open("/admin/visits/" + AdminPages.firstRecord(this.jdbc, "visits"));
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
	void tabReachesEveryControlOfTheVisitFormInOrderAndShowsItsFocus(Browser browser) {
		AdminBrowsing.signedIn(browser, this.admin.getUsername(), TestUsers.PASSWORD);
		String path = "/admin/visits/" + AdminPages.firstRecord(this.jdbc, "visits");
		browser.open(path);
		List<WebElement> focusable = browser.script(FOCUSABLE);
		assertThat(focusable).extracting(WebElement::getTagName).contains("select", "input", "textarea", "button");
		List<WebElement> reached = new ArrayList<>();
		for (int i = 0; i < focusable.size(); i++) {
			WebElement focused = browser.tab();
			reached.add(focused);
			assertFocusIsVisible(browser, focused);
		}
		assertThat(reached).as("controls reached with Tab on %s, in order", path).containsExactlyElementsOf(focusable);
	}

	@Test
	void aVisitIsChangedAndSavedWithTheKeyboardAlone(Browser browser) {
		long id = this.records.visit(TITLE, "browser-test-visit-for-the-keyboard", "As first written.");
		AdminBrowsing.signedIn(browser, this.admin.getUsername(), TestUsers.PASSWORD);
		browser.open("/admin/visits/" + id);
		tabTo(browser, "f-kind");
		browser.press("Official");
		tabTo(browser, "f-starts-day");
		browser.press("14");
		tabTo(browser, "f-description");
		new Actions(browser.driver()).keyDown(Keys.CONTROL)
			.sendKeys("a")
			.keyUp(Keys.CONTROL)
			.sendKeys("Changed with the keyboard alone.")
			.perform();
		tabTo(browser, "save");
		AdminBrowsing.pressForNextPage(browser, Keys.ENTER);
		assertThat(AdminBrowsing.status(browser)).isEqualTo(200);
		assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved: " + TITLE);
		assertThat(new Select(browser.driver().findElement(By.id("f-kind"))).getFirstSelectedOption().getText())
			.isEqualTo("Official visit");
		assertThat(this.jdbc
			.queryForMap("select kind, starts_on, starts_precision, description from visit where id = ?", id))
			.containsEntry("kind", "OFFICIAL_VISIT")
			.containsEntry("starts_on", Date.valueOf("2019-03-14"))
			.containsEntry("starts_precision", "DAY")
			.containsEntry("description", "Changed with the keyboard alone.");
	}

	/**
	 * Presses Tab until the control with the given id, or the form's submit button for
	 * {@code save}, has the focus.
	 */
	private static WebElement tabTo(Browser browser, String id) {
		for (int i = 0; i < 200; i++) {
			WebElement focused = browser.tab();
			boolean found = "save".equals(id)
					? "button".equals(focused.getTagName()) && "Save".equals(focused.getText())
					: id.equals(focused.getAttribute("id"));
			if (found) {
				assertFocusIsVisible(browser, focused);
				return focused;
			}
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	private static void assertNoViolations(Browser browser, String page) {
		List<Axe.Violation> violations = Axe.violations(browser);
		assertThat(violations)
			.as(() -> "axe-core found on " + page + ":\n  "
					+ violations.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")))
			.isEmpty();
	}

	private static void assertFocusIsVisible(Browser browser, WebElement focused) {
		Map<String, Object> outline = browser.script("""
				const style = getComputedStyle(arguments[0]);
				return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };""", focused);
		assertThat(outline.get("style")).as("outline of %s", describe(focused)).isNotEqualTo("none");
		assertThat(((Number) outline.get("width")).doubleValue()).as("outline width of %s", describe(focused))
			.isGreaterThanOrEqualTo(2);
	}

	private static boolean isOnScreen(Browser browser, WebElement element) {
		return browser.script("""
				const box = arguments[0].getBoundingClientRect();
				return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0
				  && box.bottom <= window.innerHeight && box.right <= window.innerWidth;""", element);
	}

	private static String describe(WebElement element) {
		return element.getTagName() + (element.getAttribute("id") != null ? "#" + element.getAttribute("id") : "")
				+ " \"" + element.getText() + "\"";
	}

}
