package org.bilateral.security;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.bilateral.Pages;
import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out through the sign-in page, as a browser does: one message for every
 * failure, a new session id on sign-in, sign-out by POST only, and no form accepted
 * without its CSRF token.
 */
@PortalTest
class SignInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void signInPageHasLabelledFieldsThatPasswordManagersRecognise() {
		Document page = Pages.get(this.mvc, "/login");
		assertThat(page.select("h1").text()).isEqualTo("Sign in");
		Element form = page.selectFirst("form[method=post][action=/login]");
		assertThat(form).isNotNull();
		assertThat(form.select("label[for=username]").text()).isEqualTo("Username");
		assertThat(form.select("label[for=password]").text()).isEqualTo("Password");
		assertThat(form.selectFirst("input#username").attr("autocomplete")).isEqualTo("username");
		assertThat(form.selectFirst("input#password").attr("type")).isEqualTo("password");
		assertThat(form.selectFirst("input#password").attr("autocomplete")).isEqualTo("current-password");
		assertThat(form.selectFirst("input[type=hidden][name=_csrf]").val()).isNotBlank();
		assertThat(page.select("[role=alert]")).isEmpty();
		assertThat(form.select("input[aria-invalid]")).isEmpty();
	}

	@Test
	void theRightPasswordOpensTheAdmin() {
		User editor = this.users.editor();
		BrowserSession browser = new BrowserSession(this.mvc);
		assertThat(browser.signIn(editor.getUsername(), TestUsers.PASSWORD)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin");
		MvcTestResult admin = browser.get("/admin");
		assertThat(admin).hasStatusOk();
		Document page = Pages.parse(admin);
		assertThat(page.select("h1").text()).isEqualTo("Administration");
		assertThat(page.select(".signed-in-as").text()).isEqualTo("Signed in as " + editor.getUsername());
	}

	@Test
	void usernamesAreFoundWhateverTheirCaseAndSurroundingSpaces() {
		User editor = this.users.editor();
		assertThat(new BrowserSession(this.mvc).signIn("  " + editor.getUsername().toUpperCase() + " ",
				TestUsers.PASSWORD))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void everyFailureGetsTheSameMessage() {
		User editor = this.users.editor();
		User disabled = this.users.disabledEditor();
		String unknownUser = failedSignIn(this.users.uniqueUsername("nobody"), TestUsers.PASSWORD);
		String wrongPassword = failedSignIn(editor.getUsername(), "not the password");
		String disabledUser = failedSignIn(disabled.getUsername(), TestUsers.PASSWORD);
		assertThat(unknownUser).isEqualTo("Wrong username or password.")
			.isEqualTo(wrongPassword)
			.isEqualTo(disabledUser);
	}

	private String failedSignIn(String username, String password) {
		BrowserSession browser = new BrowserSession(this.mvc);
		MvcTestResult result = browser.signIn(username, password);
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
		Document page = Pages.parse(browser.get("/login?error"));
		Element alert = page.selectFirst("#sign-in-error[role=alert]");
		assertThat(alert).isNotNull();
		assertThat(page.selectFirst("input#username").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("input#username").attr("aria-describedby")).isEqualTo("sign-in-error");
		assertThat(page.selectFirst("input#password").attr("aria-describedby")).isEqualTo("sign-in-error");
		return alert.text();
	}

	@Test
	void hugeInputIsJustAFailedSignIn() {
		String huge = this.users.uniqueUsername("huge") + "x".repeat(10_000);
		BrowserSession browser = new BrowserSession(this.mvc);
		assertThat(browser.signIn(huge, huge)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
		assertThat(browser.signIn(this.users.uniqueUsername("<script>alert(1)</script>"), "' or 1=1 --"))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void signingInGivesTheSessionANewId() {
		User editor = this.users.editor();
		BrowserSession browser = new BrowserSession(this.mvc);
		browser.get("/login");
		String before = browser.sessionId();
		assertThat(before).isNotNull();
		browser.signedInAs(editor.getUsername(), TestUsers.PASSWORD);
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/admin")).hasStatusOk();
	}

	@Test
	void signingOutByPostEndsTheSession() {
		User editor = this.users.editor();
		BrowserSession browser = new BrowserSession(this.mvc).signedInAs(editor.getUsername(), TestUsers.PASSWORD);
		assertThat(browser.post("/logout")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?logout");
		assertThat(browser.get("/admin")).hasStatus(HttpStatus.FOUND);
		assertThat(Pages.parse(browser.get("/login?logout")).select("[role=status]").text())
			.isEqualTo("You have signed out.");
	}

	@Test
	void aLinkToLogoutDoesNotSignOut() {
		User editor = this.users.editor();
		BrowserSession browser = new BrowserSession(this.mvc).signedInAs(editor.getUsername(), TestUsers.PASSWORD);
		assertThat(browser.get("/logout")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(browser.get("/admin")).hasStatusOk();
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() {
		User editor = this.users.editor();
		BrowserSession browser = new BrowserSession(this.mvc);
		assertThat(browser.postWithoutToken("/login", "username", editor.getUsername(), "password", TestUsers.PASSWORD))
			.hasStatus(HttpStatus.FORBIDDEN);
		browser.signedInAs(editor.getUsername(), TestUsers.PASSWORD);
		assertThat(browser.postWithoutToken("/logout")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(browser.get("/admin")).hasStatusOk();
	}

	@Test
	void anonymousVisitorsOfTheAdminAreSentToSignInAndThenBack() {
		User admin = this.users.admin();
		BrowserSession browser = new BrowserSession(this.mvc);
		MvcTestResult result = browser.get("/admin/users");
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		MvcTestResult signIn = browser.signIn(admin.getUsername(), TestUsers.PASSWORD);
		assertThat(signIn.getResponse().getRedirectedUrl()).contains("/admin/users");
	}

}
