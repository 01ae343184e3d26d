package org.bilateral.security.web;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.security.BrowserSession;
import org.bilateral.security.TestUsers;
import org.bilateral.security.User;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators manage users: the list, a new user, a password reset, disabling and
 * enabling. Every mistake typed into a form comes back next to its field, with what was
 * typed (but never a password), and nothing a form does not show can be posted into a
 * user.
 */
@PortalTest
class UserAdminControllerTests {

	static final String ACTING_ADMIN = TestUsers.PREFIX + "boss";

	static final String GOOD_PASSWORD = "a good long password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	TestUsers users;

	@Test
	void theListShowsEveryUserWithRoleAndStatus() {
		User editor = this.users.editor();
		User disabled = this.users.disabledEditor();
		Document page = Pages.parse(asAdmin(this.mvc.get().uri("/admin/users")));
		assertThat(page.select("h1").text()).isEqualTo("Users");
		Element row = page.selectFirst("tr#user-" + editor.getId());
		assertThat(row.select("td").eachText()).startsWith(editor.getUsername(), "Editor", "Enabled");
		assertThat(row.select("form[action=/admin/users/" + editor.getId() + "/disable] button").text())
			.isEqualTo("Disable " + editor.getUsername());
		assertThat(page.selectFirst("tr#user-" + disabled.getId() + " td.status").text()).isEqualTo("Disabled");
		assertThat(page.select("tr#user-" + disabled.getId() + " form[action$=/enable]")).hasSize(1);
		assertThat(page.select("a[href=/admin/users/new]").text()).isEqualTo("New user");
	}

	@Test
	void theNewUserFormHasLabelledFields() {
		Document page = Pages.parse(asAdmin(this.mvc.get().uri("/admin/users/new")));
		Element form = page.selectFirst("form[method=post][action=/admin/users/new]");
		assertThat(form.select("label[for=f-username]").text()).isEqualTo("Username");
		assertThat(form.selectFirst("input#f-username").attr("aria-describedby")).isEqualTo("f-username-hint");
		assertThat(form.select("select#f-role option").eachAttr("value")).containsExactly("", "EDITOR", "ADMIN");
		assertThat(form.select("select#f-role option[selected]").val()).isEqualTo("EDITOR");
		assertThat(form.selectFirst("input#f-password").attr("type")).isEqualTo("password");
		assertThat(form.selectFirst("input#f-password").attr("autocomplete")).isEqualTo("new-password");
		assertThat(form.select("input[name=_csrf]")).hasSize(1);
		assertThat(form.select("[aria-invalid]")).isEmpty();
	}

	@Test
	void creatingAUserStoresItAndRedirectsWithAMessage() {
		String username = this.users.uniqueUsername("new");
		MvcTestResult result = asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", "  " + username.toUpperCase() + " ")
			.param("role", "ADMIN")
			.param("password", GOOD_PASSWORD));
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users");
		assertThat(result).flash().containsEntry("notice", "User <bdi>" + username + "</bdi> created.");
		Map<String, Object> row = this.jdbc.queryForMap("select * from app_user where username = ?", username);
		assertThat(row).containsEntry("role", "ADMIN")
			.containsEntry("enabled", true)
			.containsEntry("created_by", ACTING_ADMIN)
			.containsEntry("updated_by", ACTING_ADMIN);
		String hash = (String) row.get("password_hash");
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
		assertThat(this.passwordEncoder.matches(GOOD_PASSWORD, hash)).isTrue();
		assertThat(new BrowserSession(this.mvc).signIn(username, GOOD_PASSWORD)).hasRedirectedUrl("/admin");
	}

	static Iterable<Arguments> badNewUsers() {
		String huge = "a".repeat(10_000);
		return java.util.List.of(Arguments.of("", "EDITOR", GOOD_PASSWORD, "username", "Enter a username."),
				Arguments.of("   ", "EDITOR", GOOD_PASSWORD, "username", "Enter a username."),
				Arguments.of(huge, "EDITOR", GOOD_PASSWORD, "username", "Use at most 50 characters."),
				Arguments.of("<script>alert(1)</script>", "EDITOR", GOOD_PASSWORD, "username",
						"Use only lower-case letters, digits, dots, hyphens and underscores."),
				Arguments.of("test-ok", "EDITOR", "", "password",
						"Use at least 12 characters, and at most 72 (fewer with accented letters or symbols)."),
				Arguments.of("test-ok", "EDITOR", "too short", "password",
						"Use at least 12 characters, and at most 72 (fewer with accented letters or symbols)."),
				Arguments.of("test-ok", "EDITOR", "\u00e9".repeat(40), "password",
						"Use at least 12 characters, and at most 72 (fewer with accented letters or symbols)."),
				Arguments.of("test-ok", "SUPERUSER", GOOD_PASSWORD, "role", "Choose a role."),
				Arguments.of("test-ok", "", GOOD_PASSWORD, "role", "Choose a role."));
	}

	@ParameterizedTest
	@MethodSource("badNewUsers")
	void badInputComesBackNextToItsFieldWithWhatWasTyped(String username, String role, String password, String field,
			String message) {
		MvcTestResult result = asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", username)
			.param("role", role)
			.param("password", password));
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select("#f-" + field + "-error").text()).isEqualTo(message);
		Element input = page.selectFirst("#f-" + field);
		assertThat(input.attr("aria-invalid")).isEqualTo("true");
		assertThat(input.attr("aria-describedby")).contains("f-" + field + "-error");
		assertThat(page.select(".error-summary[role=alert] a[href=#f-" + field + "]").text()).endsWith(": " + message);
		assertThat(page.selectFirst("input#f-username").val()).isEqualTo(username.strip().toLowerCase());
		assertThat(page.selectFirst("input#f-password").val()).isEmpty();
		assertThat(page.html()).doesNotContain(GOOD_PASSWORD);
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = 'test-ok'", Integer.class))
			.isZero();
	}

	@Test
	void aTakenUsernameIsAFieldError() {
		User editor = this.users.editor();
		MvcTestResult result = asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", editor.getUsername().toUpperCase())
			.param("role", "ADMIN")
			.param("password", GOOD_PASSWORD));
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select("#f-username-error").text()).isEqualTo("This username is taken. Choose another.");
		assertThat(page.selectFirst("input#f-username").val()).isEqualTo(editor.getUsername());
		assertThat(page.select("select#f-role option[selected]").val()).isEqualTo("ADMIN");
		assertThat(this.jdbc.queryForObject("select role from app_user where username = ?", String.class,
				editor.getUsername()))
			.isEqualTo("EDITOR");
	}

	@Test
	void fieldsTheFormDoesNotShowAreIgnored() {
		String username = this.users.uniqueUsername("extra");
		MvcTestResult result = asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", username)
			.param("role", "EDITOR")
			.param("password", GOOD_PASSWORD)
			.param("id", "999999")
			.param("version", "7")
			.param("enabled", "false")
			.param("passwordHash", "{noop}known")
			.param("createdBy", "mallory"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		Map<String, Object> row = this.jdbc.queryForMap("select * from app_user where username = ?", username);
		assertThat(row.get("id")).isNotEqualTo(999999L);
		assertThat(row).containsEntry("version", 0L)
			.containsEntry("enabled", true)
			.containsEntry("created_by", ACTING_ADMIN);
		assertThat((String) row.get("password_hash")).startsWith("{bcrypt}");
	}

	@Test
	void resettingAPasswordIgnoresEverythingButThePassword() {
		User editor = this.users.editor();
		MvcTestResult result = asAdmin(this.mvc.post()
			.uri("/admin/users/" + editor.getId() + "/password")
			.param("password", GOOD_PASSWORD)
			.param("role", "ADMIN")
			.param("enabled", "false")
			.param("username", "someone-else"));
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users");
		assertThat(result).flash()
			.containsEntry("notice", "The password of <bdi>" + editor.getUsername() + "</bdi> is set.");
		Map<String, Object> row = this.jdbc.queryForMap("select * from app_user where id = ?", editor.getId());
		assertThat(row).containsEntry("username", editor.getUsername())
			.containsEntry("role", "EDITOR")
			.containsEntry("enabled", true);
	}

	@Test
	void aPasswordIsKeptExactlyAsTypedSpacesIncluded() {
		User editor = this.users.editor();
		String spaced = "  " + GOOD_PASSWORD + "  ";
		asAdmin(this.mvc.post().uri("/admin/users/" + editor.getId() + "/password").param("password", spaced));
		assertThat(new BrowserSession(this.mvc).signIn(editor.getUsername(), GOOD_PASSWORD))
			.hasRedirectedUrl("/login?error");
		assertThat(new BrowserSession(this.mvc).signIn(editor.getUsername(), spaced)).hasRedirectedUrl("/admin");
	}

	@Test
	void aResetPasswordWorksAndTheOldOneNoLonger() {
		User editor = this.users.editor();
		BrowserSession signedIn = new BrowserSession(this.mvc).signedInAs(editor.getUsername(), TestUsers.PASSWORD);
		Document form = Pages.parse(asAdmin(this.mvc.get().uri("/admin/users/" + editor.getId() + "/password")));
		assertThat(form.select("h1").text()).isEqualTo("Reset the password of " + editor.getUsername());
		asAdmin(this.mvc.post().uri("/admin/users/" + editor.getId() + "/password").param("password", GOOD_PASSWORD));
		assertThat(signedIn.get("/admin")).as("the user's sessions end").hasStatus(HttpStatus.FOUND);
		assertThat(new BrowserSession(this.mvc).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.hasRedirectedUrl("/login?error");
		assertThat(new BrowserSession(this.mvc).signIn(editor.getUsername(), GOOD_PASSWORD)).hasRedirectedUrl("/admin");
	}

	@Test
	void aTooShortNewPasswordIsAFieldError() {
		User editor = this.users.editor();
		MvcTestResult result = asAdmin(
				this.mvc.post().uri("/admin/users/" + editor.getId() + "/password").param("password", "short"));
		assertThat(result).hasStatusOk();
		Document page = Pages.parse(result);
		assertThat(page.select("#f-password-error").text()).startsWith("Use at least 12 characters");
		assertThat(page.selectFirst("input#f-password").attr("aria-describedby"))
			.isEqualTo("f-password-hint f-password-error");
		assertThat(page.selectFirst("input#f-password").val()).isEmpty();
		assertThat(page.select("h1").text()).isEqualTo("Reset the password of " + editor.getUsername());
	}

	@Test
	void disablingAUserEndsTheirSessionsAndSignIns() {
		User editor = this.users.editor();
		BrowserSession browser = new BrowserSession(this.mvc).signedInAs(editor.getUsername(), TestUsers.PASSWORD);
		assertThat(browser.get("/admin")).hasStatusOk();
		assertThat(sessionsOf(editor)).isOne();
		MvcTestResult result = asAdmin(this.mvc.post().uri("/admin/users/" + editor.getId() + "/disable"));
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/users");
		assertThat(result).flash()
			.containsEntry("notice", "User <bdi>" + editor.getUsername() + "</bdi> disabled and signed out.");
		assertThat(sessionsOf(editor)).isZero();
		assertThat(browser.get("/admin")).hasStatus(HttpStatus.FOUND);
		assertThat(new BrowserSession(this.mvc).signIn(editor.getUsername(), TestUsers.PASSWORD))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void anEnabledUserCanSignInAgain() {
		User user = this.users.disabledEditor();
		MvcTestResult result = asAdmin(this.mvc.post().uri("/admin/users/" + user.getId() + "/enable"));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result).flash().containsEntry("notice", "User <bdi>" + user.getUsername() + "</bdi> enabled.");
		assertThat(new BrowserSession(this.mvc).signIn(user.getUsername(), TestUsers.PASSWORD))
			.hasRedirectedUrl("/admin");
	}

	@Test
	void administratorsCannotDisableThemselves() {
		User admin = this.users.admin();
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/" + admin.getId() + "/disable")
			.with(SecurityMockMvcRequestPostProcessors.user(admin.getUsername()).roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result).flash().containsEntry("notice", "You cannot disable your own account.");
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, admin.getId()))
			.isTrue();
	}

	@Test
	void unknownUsersAreNotFound() {
		assertThat(asAdmin(this.mvc.get().uri("/admin/users/987654321/password"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(asAdmin(this.mvc.post().uri("/admin/users/987654321/disable"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(asAdmin(this.mvc.get().uri("/admin/users/abc/password"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(asAdmin(this.mvc.get().uri("/admin/users/99999999999999999999/password")))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	private int sessionsOf(User user) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user.getUsername());
	}

	private MvcTestResult asAdmin(MockMvcRequestBuilder request) {
		RequestPostProcessor admin = SecurityMockMvcRequestPostProcessors.user(ACTING_ADMIN).roles("ADMIN");
		return request.with(admin).with(csrf()).exchange();
	}

}
