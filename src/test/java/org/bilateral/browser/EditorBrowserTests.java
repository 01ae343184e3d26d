package org.bilateral.browser;

import java.sql.Date;
import java.util.List;

import org.bilateral.TestRecords;
import org.bilateral.security.TestUsers;
import org.bilateral.security.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's work in a real browser, through the sign-in page and the admin forms as a
 * person uses them: changing a visit and reading the change on its public page, a date
 * that does not exist sent back with its error and everything else typed kept, and two
 * editors saving the same visit, where the second sees the first one's change beside
 * their own input instead of overwriting it. Each test signs in as an editor of its own
 * and works on a visit of its own.
 */
@BrowserTest
class EditorBrowserTests {

	private static final String TITLE = AdminBrowsing.TEST_TITLE + " to Astana";

	private static final String SLUG = "browser-test-visit-to-astana";

	private static final String SUMMIT_SLUG = "nazarbayev-meets-macri-at-g20-summit-hangzhou";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRecords records;

	@Autowired
	TestUsers users;

	@Value("${local.server.port}")
	int port;

	User editor;

	long visitId;

	@BeforeEach
	void addAnEditorAndAVisit() {
		this.editor = this.users.editor();
		this.visitId = this.records.visit(TITLE, SLUG, "The ministers met in Astana.");
	}

	@Test
	void anEditorChangesAVisitsDescriptionAndReadsItOnThePublicPage(Browser browser) {
		AdminBrowsing.signedIn(browser, this.editor.getUsername(), TestUsers.PASSWORD);
		browser.open("/admin/visits");
		assertThat(browser.heading()).isEqualTo("Visits");
		AdminBrowsing.follow(browser, browser.driver().findElement(By.linkText(TITLE)));
		assertThat(browser.path()).isEqualTo("/admin/visits/" + this.visitId);
		assertThat(browser.heading()).isEqualTo("Edit: " + TITLE);

		WebElement description = browser.driver().findElement(By.id("f-description"));
		assertThat(description.getDomProperty("value")).isEqualTo("The ministers met in Astana.");
		description.clear();
		description.sendKeys("The ministers met in Astana and discussed trade.");
		AdminBrowsing.submit(browser);

		assertThat(AdminBrowsing.status(browser)).isEqualTo(200);
		assertThat(browser.path()).isEqualTo("/admin/visits/" + this.visitId);
		assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved: " + TITLE);
		assertThat(AdminBrowsing.value(browser, "f-description"))
			.isEqualTo("The ministers met in Astana and discussed trade.");
		assertThat(browser.driver().findElement(By.cssSelector(".stamps")).getText())
			.contains("by " + this.editor.getUsername());

		AdminBrowsing.follow(browser, browser.driver().findElement(By.linkText("Open the public page")));
		assertThat(browser.path()).isEqualTo("/visits/" + this.visitId + "-" + SLUG);
		assertThat(browser.heading()).isEqualTo(TITLE);
		assertThat(browser.driver().findElement(By.cssSelector("section[aria-labelledby=what-heading] p")).getText())
			.isEqualTo("The ministers met in Astana and discussed trade.");
	}

	@Test
	void aDateThatDoesNotExistIsShownAtItsFieldAndEverythingElseTypedIsKept(Browser browser) {
		String title = AdminBrowsing.TEST_TITLE + " on a day that never was";
		AdminBrowsing.signedIn(browser, this.editor.getUsername(), TestUsers.PASSWORD);
		browser.open("/admin/visits");
		AdminBrowsing.follow(browser, browser.driver().findElement(By.linkText("New visit")));
		assertThat(browser.path()).isEqualTo("/admin/visits/new");

		choose(browser, "f-relationId", "Argentina \u2013 Kazakhstan");
		choose(browser, "f-kind", "Official visit");
		type(browser, "f-title", title);
		type(browser, "f-starts-year", "2019");
		choose(browser, "f-starts-month", "February");
		type(browser, "f-starts-day", "30");
		choose(browser, "f-hostCountryCode", "Kazakhstan");
		type(browser, "f-city", "Astana");
		type(browser, "f-description", "Typed before the date was found wrong.");
		choose(browser, "f-participants-0-personId", "Erlan Idrissov");
		type(browser, "f-participants-0-office", "Minister of Foreign Affairs of Kazakhstan");
		choose(browser, "f-participants-0-sideCode", "Kazakhstan");
		choose(browser, "f-participants-0-role", "Principal");
		AdminBrowsing.submit(browser);

		assertThat(AdminBrowsing.status(browser)).isEqualTo(422);
		assertThat(browser.heading()).isEqualTo("New visit");
		WebElement summary = browser.driver().findElement(By.cssSelector(".error-summary"));
		assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
		assertThat(summary.findElements(By.tagName("a"))).extracting((link) -> link.getAttribute("href"))
			.singleElement()
			.satisfies((href) -> assertThat(href).endsWith("#f-starts"));
		assertThat(browser.driver().findElement(By.id("f-starts-error")).getText())
			.isEqualTo("That day does not exist in that month.");
		assertThat(browser.driver().findElement(By.id("f-starts")).getAttribute("aria-describedby"))
			.contains("f-starts-error");
		assertThat(browser.driver().findElement(By.id("f-starts-day")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSize(1);

		assertThat(selected(browser, "f-relationId")).isEqualTo("Argentina \u2013 Kazakhstan");
		assertThat(selected(browser, "f-kind")).isEqualTo("Official visit");
		assertThat(AdminBrowsing.value(browser, "f-title")).isEqualTo(title);
		assertThat(AdminBrowsing.value(browser, "f-starts-year")).isEqualTo("2019");
		assertThat(selected(browser, "f-starts-month")).isEqualTo("February");
		assertThat(AdminBrowsing.value(browser, "f-starts-day")).isEqualTo("30");
		assertThat(selected(browser, "f-hostCountryCode")).isEqualTo("Kazakhstan");
		assertThat(AdminBrowsing.value(browser, "f-city")).isEqualTo("Astana");
		assertThat(AdminBrowsing.value(browser, "f-description")).isEqualTo("Typed before the date was found wrong.");
		assertThat(selected(browser, "f-participants-0-personId")).isEqualTo("Erlan Idrissov");
		assertThat(AdminBrowsing.value(browser, "f-participants-0-office"))
			.isEqualTo("Minister of Foreign Affairs of Kazakhstan");
		assertThat(selected(browser, "f-participants-0-sideCode")).isEqualTo("Kazakhstan");
		assertThat(selected(browser, "f-participants-0-role")).isEqualTo("Principal");
		assertThat(this.jdbc.queryForObject("select count(*) from visit where title = ?", Integer.class, title))
			.isZero();

		type(browser, "f-starts-day", "28");
		AdminBrowsing.submit(browser);
		assertThat(AdminBrowsing.status(browser)).isEqualTo(200);
		assertThat(browser.path()).matches("/admin/visits/\\d+");
		this.records.remember("visits", Long.parseLong(browser.path().substring("/admin/visits/".length())));
		assertThat(browser.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved: " + title);
		assertThat(this.jdbc.queryForMap("select starts_on, starts_precision, description from visit where title = ?",
				title))
			.containsEntry("starts_on", Date.valueOf("2019-02-28"))
			.containsEntry("starts_precision", "DAY")
			.containsEntry("description", "Typed before the date was found wrong.");
		assertThat(this.jdbc.queryForList("""
				select p.office from visit_participant p join visit v on v.id = p.visit_id where v.title = ?""",
				String.class, title))
			.containsExactly("Minister of Foreign Affairs of Kazakhstan");
	}

	@Test
	void theSecondOfTwoEditorsSavingTheSameVisitSeesTheFirstOnesChangeAndKeepsTheirOwn(Browser first) {
		User other = this.users.editor();
		try (Browser second = Browser.start("http://localhost:" + this.port)) {
			AdminBrowsing.signedIn(first, this.editor.getUsername(), TestUsers.PASSWORD);
			AdminBrowsing.signedIn(second, other.getUsername(), TestUsers.PASSWORD);
			first.open("/admin/visits/" + this.visitId);
			second.open("/admin/visits/" + this.visitId);

			type(first, "f-description", "The first editor's account of the meeting.");
			AdminBrowsing.submit(first);
			assertThat(first.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved: " + TITLE);

			type(second, "f-description", "The second editor's account of the meeting.");
			type(second, "f-city", "Nur-Sultan");
			AdminBrowsing.submit(second);

			assertThat(AdminBrowsing.status(second)).isEqualTo(409);
			assertThat(second.path()).isEqualTo("/admin/visits/" + this.visitId);
			WebElement conflict = second.driver().findElement(By.cssSelector("section.conflict"));
			assertThat(conflict.findElement(By.tagName("h2")).getText()).isEqualTo("Someone else changed this record");
			assertThat(conflict.getText()).contains(
					"While you were editing, " + this.editor.getUsername() + " saved a change",
					"Nothing has been overwritten.");
			List<List<String>> rows = conflict.findElements(By.cssSelector("tbody tr"))
				.stream()
				.map((row) -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
				.toList();
			assertThat(rows).contains(List.of("What happened", "The first editor's account of the meeting.",
					"The second editor's account of the meeting."), List.of("City", "Astana", "Nur-Sultan"));
			assertThat(AdminBrowsing.value(second, "f-description"))
				.isEqualTo("The second editor's account of the meeting.");
			assertThat(AdminBrowsing.value(second, "f-city")).isEqualTo("Nur-Sultan");
			assertThat(this.jdbc.queryForMap("select description, city from visit where id = ?", this.visitId))
				.containsEntry("description", "The first editor's account of the meeting.")
				.containsEntry("city", "Astana");

			AdminBrowsing.submit(second);
			assertThat(AdminBrowsing.status(second)).isEqualTo(200);
			assertThat(second.driver().findElements(By.cssSelector("section.conflict"))).isEmpty();
			assertThat(second.driver().findElement(By.cssSelector(".notice")).getText()).isEqualTo("Saved: " + TITLE);
			assertThat(this.jdbc.queryForMap("select description, city from visit where id = ?", this.visitId))
				.containsEntry("description", "The second editor's account of the meeting.")
				.containsEntry("city", "Nur-Sultan");
		}
	}

	@Test
	void aWrongPasswordOrAnUnknownUsernameGetsTheSameMessageAndNoSession(Browser browser) {
		AdminBrowsing.signIn(browser, this.editor.getUsername(), "not the password at all");
		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.heading()).isEqualTo("Sign in");
		assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
			.isEqualTo("Wrong username or password.");
		assertThat(browser.driver().findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.driver().findElement(By.id("password")).getAttribute("aria-describedby"))
			.isEqualTo("sign-in-error");

		AdminBrowsing.signIn(browser, this.users.uniqueUsername("nobody"), TestUsers.PASSWORD);
		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.driver().findElement(By.cssSelector(".error-summary")).getText())
			.isEqualTo("Wrong username or password.");

		browser.open("/admin/visits");
		assertThat(browser.path()).isEqualTo("/login");
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void theVisitFormFitsTheScreen(Viewport viewport, Browser browser) {
		AdminBrowsing.signedIn(browser, this.editor.getUsername(), TestUsers.PASSWORD);
		browser.use(viewport);
		long summit = this.jdbc.queryForObject("select id from visit where slug = ?", Long.class, SUMMIT_SLUG);
		browser.open("/admin/visits/" + summit);
		assertThat(browser.<Number>script("return document.documentElement.scrollWidth").intValue())
			.as("width of the visit form on a %s", viewport)
			.isLessThanOrEqualTo(viewport.width());
		browser.screenshot("admin-visit-form-" + viewport.label());
	}

	private static void type(Browser browser, String id, String text) {
		WebElement control = browser.driver().findElement(By.id(id));
		control.clear();
		control.sendKeys(text);
	}

	private static void choose(Browser browser, String id, String option) {
		new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(option);
	}

	private static String selected(Browser browser, String id) {
		return new Select(browser.driver().findElement(By.id(id))).getFirstSelectedOption().getText();
	}

}
