package org.bilateral.security;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.bilateral.Pages;
import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who reaches which page: anonymous visitors are sent to sign in, editors work in the
 * admin but not on users, administrators reach everything; of the actuator only health is
 * public.
 */
@PortalTest
class AccessTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource({ "anonymous, GET, /admin, 302", "anonymous, GET, /admin/users, 302",
			"anonymous, GET, /admin/users/new, 302", "anonymous, POST, /admin/users/new, 302",
			"EDITOR, GET, /admin, 200", "EDITOR, GET, /admin/users, 403", "EDITOR, GET, /admin/users/new, 403",
			"EDITOR, POST, /admin/users/new, 403", "ADMIN, GET, /admin, 200", "ADMIN, GET, /admin/users, 200",
			"ADMIN, GET, /admin/users/new, 200", "ADMIN, POST, /admin/users/new, 200" })
	void adminPagesAnswerByRole(String role, String method, String path, int status) {
		MockMvcRequestBuilder request = "POST".equals(method) ? this.mvc.post().uri(path).with(csrf())
				: this.mvc.get().uri(path);
		if (!"anonymous".equals(role)) {
			request.with(user("access-" + role.toLowerCase()).roles(role));
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(status);
		if (status == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
	}

	@Test
	void editorsSeeNoUsersLink() {
		MvcTestResult result = this.mvc.get().uri("/admin").with(user("access-editor").roles("EDITOR")).exchange();
		Document page = Pages.parse(result);
		assertThat(page.select("a[href=/admin/users]")).isEmpty();
		assertThat(page.select("ul#admin-sections a").eachAttr("href")).containsExactly("/admin/relations",
				"/admin/visits", "/admin/ambassadors", "/admin/agreements", "/admin/agreement-steps",
				"/admin/trade-figures", "/admin/cultural-centres", "/admin/events", "/admin/people", "/admin/sources",
				"/admin/claims");
	}

	@Test
	void administratorsFindUsersInTheNavigationAndTheSections() {
		MvcTestResult result = this.mvc.get().uri("/admin").with(user("access-admin").roles("ADMIN")).exchange();
		Document page = Pages.parse(result);
		assertThat(page.select("header nav a[href=/admin/users]").text()).isEqualTo("Users");
		assertThat(page.select("ul#admin-sections a[href=/admin/users]").text()).isEqualTo("Users");
		assertThat(page.select("header form[action=/logout][method=post] button").text()).isEqualTo("Sign out");
	}

	@Test
	void healthIsPublic() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
	}

	@ParameterizedTest
	@CsvSource({ "/actuator", "/actuator/env", "/actuator/info", "/actuator/beans" })
	void theRestOfTheActuatorIsClosedEvenToAdministrators(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(path).with(user("access-admin").roles("ADMIN"))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void publicPagesNeedNoSignIn() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk();
		assertThat(this.mvc.get().uri("/relations/argentina-kazakhstan")).hasStatusOk();
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
	}

}
