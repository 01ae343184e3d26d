package org.bilateral.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the admin's browser tests do over and over: sign in through the sign-in page as a
 * person does, submit a page's form, and tell which HTTP status answered. The visits they
 * edit are their own (made with {@link org.bilateral.TestRecords}), so the seeded records
 * stay as they are.
 */
final class AdminBrowsing {

	/** The start of the title of every visit a browser test adds. */
	static final String TEST_TITLE = "Browser test visit";

	private AdminBrowsing() {
	}

	/**
	 * Types a username and password into the sign-in page and submits it.
	 * @param browser a browser with no session
	 * @param username what to type as the username
	 * @param password what to type as the password
	 */
	static void signIn(Browser browser, String username, String password) {
		browser.open("/login");
		browser.driver().findElement(By.id("username")).sendKeys(username);
		browser.driver().findElement(By.id("password")).sendKeys(password);
		submit(browser);
	}

	/** Signs in and checks that the admin start page opened. */
	static void signedIn(Browser browser, String username, String password) {
		signIn(browser, username, password);
		assertThat(browser.path()).as("the page after signing in as %s", username).isEqualTo("/admin");
		assertThat(browser.driver().findElement(By.cssSelector(".signed-in-as")).getText())
			.isEqualTo("Signed in as " + username);
	}

	/**
	 * Presses the submit button of the form in the page's main content and waits for the
	 * answer to replace the page.
	 */
	static void submit(Browser browser) {
		follow(browser, browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
	}

	/**
	 * Clicks a link or button and waits until the page it leads to has replaced this one,
	 * so that what the test reads next is the new page.
	 */
	static void follow(Browser browser, WebElement linkOrButton) {
		awaitNextPage(browser, linkOrButton::click);
	}

	/**
	 * Presses keys that leave the page, such as Enter on a submit button, and waits for
	 * the next page.
	 */
	static void pressForNextPage(Browser browser, CharSequence... keys) {
		awaitNextPage(browser, () -> browser.press(keys));
	}

	/**
	 * Marks the page's window, acts, and waits for a loaded page whose window has no
	 * mark: the next page. Questions asked while the old page unloads may fail; they are
	 * asked again.
	 */
	private static void awaitNextPage(Browser browser, Runnable action) {
		browser.script("window.bilateralPageBefore = true");
		action.run();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class)
			.until((driver) -> browser.<Boolean>script(
					"return window.bilateralPageBefore === undefined && document.readyState === 'complete'"));
	}

	/**
	 * The HTTP status of the response the browser shows, as the Navigation Timing API
	 * reports it (the final one, after any redirect).
	 */
	static int status(Browser browser) {
		Number status = browser.script("return performance.getEntriesByType('navigation')[0].responseStatus");
		return status.intValue();
	}

	/** A form control's current value, as the browser holds it. */
	static String value(Browser browser, String id) {
		WebElement control = browser.driver().findElement(By.id(id));
		return control.getDomProperty("value");
	}

}
