package org.bilateral.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bilateral.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every admin route of every record type, for anonymous visitors, editors and
 * administrators, and without a CSRF token. Posts that would change data go to an unknown
 * record or carry an empty form, so the matrix changes nothing.
 */
@PortalTest
class RecordAccessTests {

	static final Map<String, String> TABLES = Map.of("relations", "relation", "visits", "visit", "ambassadors",
			"accreditation", "agreements", "agreement", "trade-figures", "trade_figure", "cultural-centres",
			"cultural_centre", "events", "event_participation", "people", "person", "sources", "source");

	static final long UNKNOWN = 987654321L;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> routes() {
		List<Arguments> routes = new ArrayList<>();
		for (String type : TABLES.keySet()) {
			routes.add(Arguments.of(type, "GET", "/admin/" + type, 200));
			routes.add(Arguments.of(type, "GET", "/admin/" + type + "/new", 200));
			routes.add(Arguments.of(type, "POST", "/admin/" + type + "/new", 422));
			routes.add(Arguments.of(type, "GET", "/admin/" + type + "/{seeded}", 200));
			routes.add(Arguments.of(type, "POST", "/admin/" + type + "/{seeded}", 422));
			routes.add(Arguments.of(type, "GET", "/admin/" + type + "/{seeded}/delete", 200));
			routes.add(Arguments.of(type, "POST", "/admin/" + type + "/" + UNKNOWN + "/delete", 404));
			routes.add(Arguments.of(type, "GET", "/admin/" + type + "/{seeded}/history", 200));
		}
		return routes.stream();
	}

	@ParameterizedTest(name = "anonymous {1} {2}")
	@MethodSource("routes")
	void anonymousVisitorsAreSentToSignIn(String type, String method, String path, int editorStatus) {
		MvcTestResult result = request(method, path(type, path), true).exchange();
		assertThat(result).hasStatus(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@ParameterizedTest(name = "editor {1} {2} -> {3}")
	@MethodSource("routes")
	void editorsWorkOnEveryRecordType(String type, String method, String path, int editorStatus) {
		assertThat(request(method, path(type, path), true).with(user("matrix-editor").roles("EDITOR")))
			.hasStatus(editorStatus);
	}

	@ParameterizedTest(name = "admin {1} {2} -> {3}")
	@MethodSource("routes")
	void administratorsWorkOnEveryRecordTypeToo(String type, String method, String path, int editorStatus) {
		assertThat(request(method, path(type, path), true).with(user("matrix-admin").roles("ADMIN")))
			.hasStatus(editorStatus);
	}

	@ParameterizedTest(name = "no CSRF token {1} {2}")
	@MethodSource("routes")
	void postsWithoutACsrfTokenAreRefused(String type, String method, String path, int editorStatus) {
		if (method.equals("POST")) {
			assertThat(request(method, path(type, path), false).with(user("matrix-editor").roles("EDITOR")))
				.hasStatus(403);
		}
	}

	private String path(String type, String template) {
		if (!template.contains("{seeded}")) {
			return template;
		}
		Long id = this.jdbc.queryForObject("select min(id) from " + TABLES.get(type), Long.class);
		return template.replace("{seeded}", String.valueOf(id));
	}

	private MockMvcRequestBuilder request(String method, String path, boolean withCsrf) {
		if (method.equals("GET")) {
			return this.mvc.get().uri(path);
		}
		MockMvcRequestBuilder post = this.mvc.post().uri(path);
		return withCsrf ? post.with(csrf()) : post;
	}

}
