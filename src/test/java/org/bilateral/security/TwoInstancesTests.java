package org.bilateral.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.bilateral.Application;
import org.bilateral.PortalTest;
import org.bilateral.TestRecords;
import org.bilateral.common.web.ContentVersion;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database behave as one portal behind a load balancer: a
 * session started on one works on the other, signing out on either ends it on both,
 * failed sign-ins are counted together, and a record saved through one is read on the
 * other at once, although each keeps its rendered pages. Both are real servers, so Spring
 * Security's refusals are seen as a browser sees them, through the error pages.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	TestUsers users;

	@Autowired
	TestRecords records;

	@Autowired
	JdbcTemplate jdbc;

	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void startTwoInstances() throws SQLException, InterruptedException {
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		this.first = start(database);
		this.second = start(database);
		awaitListening(this.first);
		awaitListening(this.second);
	}

	@AfterAll
	void stopTwoInstances() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { this.second,
				this.first }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void aSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
		User editor = this.users.editor();
		Client client = new Client();
		HttpResponse<String> signIn = client.signIn(this.first, editor.getUsername(), TestUsers.PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith(BrowserSession.SESSION_COOKIE + "=")
				.contains("; HttpOnly")
				.contains("; SameSite=Lax"));
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/admin"));
		HttpResponse<String> admin = client.get(this.second, "/admin");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(admin.body()).select(".signed-in-as").text())
			.isEqualTo("Signed in as " + editor.getUsername());
	}

	@Test
	void signingOutOnOneInstanceEndsTheSessionOnBoth() throws Exception {
		User editor = this.users.editor();
		Client client = new Client();
		client.signIn(this.first, editor.getUsername(), TestUsers.PASSWORD);
		HttpResponse<String> signOut = client.post(this.second, "/logout", client.csrfToken(this.second, "/admin"),
				Map.of());
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(client.get(this.first, "/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void failedSignInsAreCountedAcrossInstances() throws Exception {
		User editor = this.users.editor();
		for (int i = 0; i < 6; i++) {
			ConfigurableApplicationContext instance = (i % 2 == 0) ? this.first : this.second;
			assertThat(new Client().signIn(instance, editor.getUsername(), "wrong password")
				.headers()
				.firstValue("Location")).hasValueSatisfying((url) -> assertThat(url).endsWith("/login?error"));
		}
		assertThat(new Client().signIn(this.second, editor.getUsername(), TestUsers.PASSWORD)
			.headers()
			.firstValue("Location")).as("the address that failed six times is paused on both")
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/login?locked"));
	}

	@Test
	void aRecordSavedThroughOneInstanceIsReadOnTheOtherOnTheVeryNextRequest() throws Exception {
		User editor = this.users.editor();
		Client client = new Client();
		client.signIn(this.first, editor.getUsername(), TestUsers.PASSWORD);
		HttpResponse<String> created = client.post(this.first, "/admin/visits/new",
				client.csrfToken(this.first, "/admin/visits/new"), visit("The description before"));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		long id = this.records.remember("visits", Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		String path = "/visits/" + id + "-shared-visit-to-astana";
		awaitCaughtUp(this.second);

		Client reader = new Client();
		HttpResponse<String> before = reader.get(this.second, path);
		assertThat(before.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(before.body()).select("article.visit").text()).contains("The description before");
		String etag = before.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = reader.get(this.second, path, "If-None-Match", etag);
		assertThat(again.statusCode()).as("kept by the second instance").isEqualTo(304);

		Map<String, String> edit = visit("The description after");
		edit.put("version", "0");
		assertThat(client
			.post(this.first, "/admin/visits/" + id, client.csrfToken(this.first, "/admin/visits/" + id), edit)
			.statusCode()).isEqualTo(302);

		HttpResponse<String> after = reader.get(this.second, path, "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(after.body()).select("article.visit").text()).contains("The description after")
			.doesNotContain("The description before");
		assertThat(after.headers().firstValue("ETag")).hasValueSatisfying((tag) -> assertThat(tag).isNotEqualTo(etag));
		assertThat(after.headers().firstValue("Cache-Control")).hasValue("no-cache");
	}

	private Map<String, String> visit(String description) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("relationId", String.valueOf(
				this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'", Long.class)));
		form.put("kind", "VISIT");
		form.put("title", "Shared visit to Astana");
		form.put("description", description);
		form.put("starts.year", "2019");
		form.put("starts.month", "3");
		form.put("hostCountryCode", "KZ");
		form.put("participants[0].personId", String
			.valueOf(this.jdbc.queryForObject("select id from person where slug = 'erlan-idrissov'", Long.class)));
		form.put("participants[0].office", "Minister of Foreign Affairs of Kazakhstan");
		form.put("participants[0].sideCode", "KZ");
		form.put("participants[0].role", "PRINCIPAL");
		return form;
	}

	@Test
	void aSignedInEditorRefusedAPageGetsTheForbiddenPage() throws Exception {
		User editor = this.users.editor();
		Client client = new Client();
		client.signIn(this.first, editor.getUsername(), TestUsers.PASSWORD);
		HttpResponse<String> users = client.get(this.second, "/admin/users");
		assertThat(users.statusCode()).isEqualTo(403);
		Document page = Jsoup.parse(users.body());
		assertThat(page.select("h1").text()).isEqualTo("Not allowed");
		assertThat(page.title()).isEqualTo("Not allowed \u00b7 Bilateral");
		assertThat(users.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void aPostWithoutItsTokenGetsTheForbiddenPage() throws Exception {
		HttpResponse<String> response = new Client().post(this.first, "/login", null,
				Map.of("username", "admin", "password", "whatever-it-is"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Not allowed");
	}

	@Test
	void theErrorPageShowsNothingOfTheServersInsides() throws Exception {
		HttpResponse<String> response = new Client().get(this.first, "/error");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Something went wrong");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
	}

	private static ConfigurableApplicationContext start(HikariDataSource database) {
		return new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--bilateral.database.create-if-missing=false", "--spring.docker.compose.enabled=false",
				"--spring.main.banner-mode=off", "--bilateral.page-cache.enabled=true");
	}

	/** Until an instance listens for changes, it renders every page and sends no ETag. */
	private static void awaitListening(ConfigurableApplicationContext instance) throws InterruptedException {
		ContentVersion contentVersion = instance.getBean(ContentVersion.class);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (!contentVersion.isListening() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(contentVersion.isListening()).as("listening for changes").isTrue();
	}

	/** Until an instance has heard of every change made so far. */
	private void awaitCaughtUp(ConfigurableApplicationContext instance) throws InterruptedException {
		ContentVersion contentVersion = instance.getBean(ContentVersion.class);
		long inDatabase = this.jdbc.queryForObject("select version from content_version", Long.class);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (contentVersion.current() < inDatabase && Instant.now().isBefore(deadline)) {
			Thread.sleep(10);
		}
		assertThat(contentVersion.current()).isGreaterThanOrEqualTo(inDatabase);
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port") + path);
	}

	/** A browser that keeps its session cookie, whichever instance it talks to. */
	class Client {

		private String sessionCookie;

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String... headers)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).GET();
			if (headers.length > 0) {
				request.headers(headers);
			}
			return send(request);
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String csrfToken,
				Map<String, String> fields) throws IOException, InterruptedException {
			Map<String, String> form = new LinkedHashMap<>(fields);
			if (csrfToken != null) {
				form.put("_csrf", csrfToken);
			}
			String body = form.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(uri(instance, path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		HttpResponse<String> signIn(ConfigurableApplicationContext instance, String username, String password)
				throws IOException, InterruptedException {
			return post(instance, "/login", csrfToken(instance, "/login"),
					Map.of("username", username, "password", password));
		}

		String csrfToken(ConfigurableApplicationContext instance, String path)
				throws IOException, InterruptedException {
			HttpResponse<String> page = get(instance, path);
			assertThat(page.statusCode()).isEqualTo(200);
			return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			request.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
			if (this.sessionCookie != null) {
				request.header("Cookie", this.sessionCookie);
			}
			HttpResponse<String> response = TwoInstancesTests.this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith(BrowserSession.SESSION_COOKIE + "="))
				.findFirst()
				.ifPresent((cookie) -> this.sessionCookie = cookie.substring(0, cookie.indexOf(';')));
			return response;
		}

	}

}
