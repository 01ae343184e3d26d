package org.bilateral.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.bilateral.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every response tells the browser to load nothing from elsewhere, run no inline script,
 * never frame the page, keep referrers short and leave camera, microphone and location
 * alone; signed-in pages are never stored in a cache; the session cookie is out of
 * scripts' reach and stays home.
 */
@PortalTest
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/relations/argentina-kazakhstan", "/login", "/admin", "/css/site.css",
			"/actuator/health", "/no-such-page" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(
				"default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Permissions-Policy")).isEqualTo("camera=(), microphone=(), geolocation=()");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/users", "/admin/users/new", "/login" })
	void signInAndAdminPagesAreNeverCached(String path) {
		MvcTestResult result = this.mvc.get().uri(path).with(user("headers-admin").roles("ADMIN")).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		MockHttpServletResponse response = this.mvc.get().uri("/login").exchange().getResponse();
		String cookie = response.getHeaders("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(BrowserSession.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
	}

	/**
	 * The content security policy forbids inline script and style, so no template has
	 * any. The one {@code <script>} element allowed is the layout's block of schema.org
	 * JSON-LD: {@code application/ld+json} is data the browser never runs.
	 */
	@Test
	void templatesHaveNoInlineScriptOrStyle() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8)
				.toLowerCase()
				.replace("<script type=\"application/ld+json\"", "");
			assertThat(html).as(template.getFilename())
				.doesNotContain("<script")
				.doesNotContain("<style")
				.doesNotContain("style=\"")
				.doesNotContain("javascript:")
				.doesNotContainPattern("\\son[a-z]+=\"");
		}
	}

}
