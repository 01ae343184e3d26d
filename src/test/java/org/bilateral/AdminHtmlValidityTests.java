package org.bilateral;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bilateral.security.TestUsers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every page editors and administrators work in is valid HTML by the Nu Html Checker: 0
 * errors. That covers the sign-in page, every record type's list, forms, delete
 * confirmation and history, forms sent back with errors, the pages that answer a save or
 * a deletion based on an outdated version, and the users pages. Pages are fetched through
 * MockMvc, so this runs in every build, browser or not.
 */
class AdminHtmlValidityTests extends AdminTest {

	private static final NuHtmlChecker checker = new NuHtmlChecker();

	private static final String TITLE = "Test visit checked for validity";

	@Autowired
	TestUsers users;

	@TestFactory
	Stream<DynamicTest> everyRecordPageIsValidHtml() {
		return AdminPages.recordPaths(this.jdbc)
			.stream()
			.map((path) -> DynamicTest.dynamicTest(path,
					() -> assertValid(path, this.editor.get(path), HttpStatus.OK)));
	}

	@TestFactory
	Stream<DynamicTest> everyNewFormSentBackWithErrorsIsValidHtml() {
		return AdminPages.RECORD_TYPES.keySet()
			.stream()
			.map((type) -> "/admin/" + type + "/new")
			.map((path) -> DynamicTest.dynamicTest(path, () -> assertValid("empty " + path,
					this.editor.post(path, new LinkedMultiValueMap<>()), HttpStatus.UNPROCESSABLE_CONTENT)));
	}

	@Test
	void aSaveBasedOnAnOutdatedVersionAnswersAValidConflictPage() throws Exception {
		long id = this.editor.create("visits", visit("The text first saved"));
		assertThat(this.editor.post("/admin/visits/" + id, visit("The other editor's text"))).hasStatus3xxRedirection();
		MvcTestResult conflict = this.editor.post("/admin/visits/" + id, visit("This editor's text"));
		assertValid("a conflicting save", conflict, HttpStatus.CONFLICT);
		assertThat(Pages.parse(conflict).select("section.conflict")).isNotEmpty();
		assertValid("a history with changes", this.editor.get("/admin/visits/" + id + "/history"), HttpStatus.OK);
	}

	@Test
	void translationsSentBackWithErrorsOrOverAColleaguesChangeAnswerValidPages() throws Exception {
		long id = this.editor.create("visits", visit("A visit to translate"));
		String path = "/admin/visits/" + id + "/translations";
		assertValid("translations with errors",
				this.editor.post(path, Forms.form("version", 0, "texts[title-ru]", "ж".repeat(301))),
				HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(this.editor.post(path, Forms.form("version", 0, "texts[title-ru]", "Визит")))
			.hasStatus(HttpStatus.FOUND);
		assertValid("conflicting translations",
				this.editor.post(path, Forms.form("version", 0, "texts[title-ru]", "Другой визит")),
				HttpStatus.CONFLICT);
		assertValid("a history with translations", this.editor.get("/admin/visits/" + id + "/history"), HttpStatus.OK);
	}

	@Test
	void refusedDeletionsAnswerValidPages() throws Exception {
		long id = this.editor.create("visits", visit("A visit to delete"));
		assertThat(this.editor.post("/admin/visits/" + id, visit("Changed meanwhile"))).hasStatus3xxRedirection();
		assertValid("deleting an outdated version", this.editor.delete("visits", id, 0), HttpStatus.CONFLICT);
		long relation = this.records.pair();
		long version = this.jdbc.queryForObject("select version from relation where id = ?", Long.class, relation);
		assertValid("deleting a relation other records depend on", this.editor.delete("relations", relation, version),
				HttpStatus.CONFLICT);
	}

	@Test
	void theSignInPageIsValidHtmlInEveryState() throws Exception {
		for (String path : List.of("/login", "/login?error", "/login?locked", "/login?logout")) {
			assertValid(path, this.mvc.get().uri(path).exchange(), HttpStatus.OK);
		}
	}

	@Test
	void theAdminStartPageIsValidHtml() throws Exception {
		assertValid("/admin as an editor", this.editor.get("/admin"), HttpStatus.OK);
		assertValid("/admin as an administrator", asAdmin("/admin"), HttpStatus.OK);
	}

	@TestFactory
	Stream<DynamicTest> everyUsersPageIsValidHtml() {
		long userId = this.users.editor().getId();
		return AdminPages.userPaths(userId)
			.stream()
			.map((path) -> DynamicTest.dynamicTest(path, () -> assertValid(path, asAdmin(path), HttpStatus.OK)));
	}

	@Test
	void usersFormsSentBackWithErrorsAreValidHtml() throws Exception {
		long userId = this.users.editor().getId();
		assertValid("an empty new user", postAsAdmin("/admin/users/new"), HttpStatus.OK);
		assertValid("an empty password", postAsAdmin("/admin/users/" + userId + "/password"), HttpStatus.OK);
	}

	private MvcTestResult asAdmin(String path) {
		return this.mvc.get().uri(path).with(user("admin").roles("ADMIN")).exchange();
	}

	private MvcTestResult postAsAdmin(String path) {
		return this.mvc.post()
			.uri(path)
			.with(user("admin").roles("ADMIN"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.exchange();
	}

	private MultiValueMap<String, String> visit(String description) {
		return Forms.form("relationId", this.records.pair(), "kind", "VISIT", "title", TITLE, "starts.year", 2019,
				"starts.month", 3, "description", description, "version", 0);
	}

	private static void assertValid(String what, MvcTestResult result, HttpStatus status) throws Exception {
		assertThat(result).as(what).hasStatus(status);
		List<NuHtmlChecker.Problem> errors = checker.errors(result.getResponse().getContentAsString());
		assertThat(errors)
			.as(() -> "Nu Html Checker errors on " + what + ":\n"
					+ errors.stream().map(NuHtmlChecker.Problem::toString).collect(Collectors.joining("\n")))
			.isEmpty();
	}

}
