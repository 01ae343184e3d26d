package org.bilateral.common.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.bilateral.Application;
import org.bilateral.DatabaseProxy;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.TestRecords;
import org.bilateral.security.TestUsers;
import org.bilateral.security.User;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * A portal instance losing PostgreSQL and getting it back, as a reader, an editor and a
 * load balancer's probe see it through a real server port. The instance reaches the
 * database through a {@link DatabaseProxy} the test cuts, so the shared server never
 * stops: kept pages are still sent, others answer 503 with {@code Retry-After} within
 * seconds, a posted form comes back with what was typed, health says DOWN within seconds,
 * and once the proxy is restored the portal answers 200 within 5 seconds, with no page
 * older than the records and no confirmed save missing.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutageTests {

	static final String PAIR = "/relations/argentina-kazakhstan";

	/** How long an answer may take while PostgreSQL is away. */
	static final Duration FEW_SECONDS = Duration.ofSeconds(5);

	/** How soon the portal must answer 200 again once PostgreSQL is back. */
	static final Duration RECOVERY = Duration.ofSeconds(5);

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRecords records;

	@Autowired
	TestUsers users;

	DatabaseProxy proxy;

	ConfigurableApplicationContext portal;

	MockMvcTester portalMvc;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@BeforeAll
	void startAPortalBehindTheProxy() throws SQLException, InterruptedException {
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		this.proxy = DatabaseProxy.forUrl(database.getJdbcUrl());
		this.portal = new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--spring.datasource.url=" + this.proxy.url(database.getJdbcUrl()),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--bilateral.database.create-if-missing=false", "--spring.docker.compose.enabled=false",
				"--spring.main.banner-mode=off", "--bilateral.page-cache.enabled=true");
		this.portalMvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup((WebApplicationContext) this.portal)
			.apply(springSecurity())
			.build());
		awaitCaughtUp();
	}

	/**
	 * Records removed after the previous test are announced while this one starts: wait
	 * until this instance has heard of them, so that the pages it keeps stay current.
	 */
	@BeforeEach
	void awaitEarlierChanges() throws InterruptedException {
		awaitCaughtUp();
	}

	@AfterEach
	void restore() throws Exception {
		this.proxy.restore();
		awaitCaughtUp();
		awaitStatus("/actuator/health", 200);
	}

	@AfterAll
	void stop() {
		if (this.portal != null) {
			this.portal.close();
		}
		if (this.proxy != null) {
			this.proxy.close();
		}
	}

	@Test
	void whilePostgresIsAwayKeptPagesAreSentOthersAnswer503AndHealthSaysDown() throws Exception {
		HttpResponse<String> kept = get(PAIR);
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		this.portalMvc.get().uri("/admin/visits/new").with(user("editor").roles("EDITOR")).exchange();

		long cut = System.nanoTime();
		this.proxy.cut(DatabaseProxy.Cut.REFUSED);

		Timed<HttpResponse<String>> pair = timed(() -> get(PAIR));
		assertThat(pair.value().statusCode()).as("a kept page").isEqualTo(200);
		assertThat(pair.value().body()).isEqualTo(kept.body());
		assertThat(pair.took()).isLessThan(FEW_SECONDS);

		Timed<HttpResponse<String>> section = timed(() -> get(PAIR + "/visits?page=1"));
		assertThat(section.value().statusCode()).as("a page not kept").isEqualTo(503);
		assertThat(section.took()).isLessThan(FEW_SECONDS);
		assertThat(section.value().headers().firstValue("Retry-After")).hasValue("10");
		Document page = Jsoup.parse(section.value().body());
		assertThat(page.select("h1").text()).isEqualTo("Back in a moment");
		assertThat(page.select("link[rel=stylesheet]")).isNotEmpty();
		assertThat(section.value().body()).doesNotContain("Exception").doesNotContain("at org.");

		Timed<HttpResponse<String>> health = timed(() -> get("/actuator/health"));
		assertThat(health.value().statusCode()).isEqualTo(503);
		assertThat(health.value().body()).contains("\"DOWN\"");
		assertThat(health.took()).isLessThan(FEW_SECONDS);
		assertThat(since(cut, "health DOWN")).as("health DOWN after the cut").isLessThan(FEW_SECONDS.multipliedBy(2));
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		Timed<HttpResponse<String>> again = timed(() -> get(PAIR));
		assertThat(again.value().statusCode()).as("a kept page").isEqualTo(200);
		assertThat(again.took()).isLessThan(Duration.ofMillis(500));

		Timed<MvcTestResult> posted = timed(() -> this.portalMvc.post()
			.uri("/admin/visits/new")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.params(visit("Typed while the records were away"))
			.exchange());
		assertThat(posted.value()).hasStatus(503);
		assertThat(posted.took()).isLessThan(FEW_SECONDS);
		Document form = Pages.parse(posted.value());
		assertThat(form.select("[role=alert]").text()).startsWith("Saving is not possible right now");
		assertThat(form.select("input[name=title]").val()).isEqualTo("Shared visit to Astana");
		assertThat(form.select("textarea[name=description]").text()).isEqualTo("Typed while the records were away");
		assertThat(form.select("select[name=relationId] option[selected]").val())
			.isEqualTo(String.valueOf(this.records.pair()));
		assertThat(form.select("select[name=participants[0].personId] option[selected]").text())
			.isEqualTo("Erlan Idrissov");

		this.proxy.restore();
		long restored = System.nanoTime();
		awaitStatus(PAIR + "/visits?page=1", 200);
		assertThat(since(restored, "200 again")).as("200 after the restore").isLessThan(RECOVERY);
		awaitStatus("/actuator/health", 200);
		assertThat(since(restored, "health UP again")).as("health UP after the restore").isLessThan(RECOVERY);
	}

	@Test
	void aSaveConfirmedBeforeTheOutageIsThereAfterAndNoKeptPageIsOlderThanTheRecords() throws Exception {
		MvcTestResult created = this.portalMvc.post()
			.uri("/admin/visits/new")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.params(visit("Saved just before the outage"))
			.exchange();
		assertThat(created.getResponse().getStatus()).as(() -> Pages.parse(created).select("main").text())
			.isEqualTo(302);
		String location = created.getResponse().getRedirectedUrl();
		long id = this.records.remember("visits", Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		String path = "/visits/" + id + "-shared-visit-to-astana";
		assertThat(get(path).body()).contains("Saved just before the outage");

		this.proxy.cut(DatabaseProxy.Cut.REFUSED);
		awaitStatus("/actuator/health", 503);
		assertThat(get(path).statusCode()).as("kept during the outage").isEqualTo(200);
		this.jdbc.update("update visit set description = ? where id = ?", "Changed elsewhere during the outage", id);
		assertThat(get(path).body()).contains("Saved just before the outage");

		this.proxy.restore();
		long restored = System.nanoTime();
		HttpResponse<String> after = awaitResponse(path, (response) -> response.statusCode() == 200
				&& response.body().contains("Changed elsewhere during the outage"));
		assertThat(since(restored, "the current page")).as("the current page after the restore").isLessThan(RECOVERY);
		assertThat(after.body()).doesNotContain("Saved just before the outage");
		assertThat(this.jdbc.queryForObject("select count(*) from visit where id = ?", Long.class, id)).isOne();
	}

	@Test
	void aSilentNetworkIsNoticedWithinSecondsToo() throws Exception {
		assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
		this.proxy.cut(DatabaseProxy.Cut.SILENT);
		Timed<HttpResponse<String>> section = timed(() -> get(PAIR + "/ambassadors?page=1"));
		assertThat(section.value().statusCode()).isEqualTo(503);
		assertThat(section.took()).isLessThan(FEW_SECONDS);
		Timed<HttpResponse<String>> health = timed(() -> get("/actuator/health/readiness"));
		assertThat(health.value().statusCode()).isEqualTo(503);
		assertThat(health.took()).isLessThan(FEW_SECONDS);

		this.proxy.restore();
		long restored = System.nanoTime();
		awaitStatus(PAIR + "/ambassadors?page=1", 200);
		assertThat(since(restored, "200 again after a silent cut")).isLessThan(RECOVERY);
	}

	@Test
	void aSignedInEditorsFormPostedDuringTheOutageComesBackWithWhatWasTyped() throws Exception {
		User editor = this.users.editor();
		Browser browser = new Browser();
		HttpResponse<String> signIn = browser.post("/login", browser.csrfToken("/login"),
				Map.of("username", editor.getUsername(), "password", TestUsers.PASSWORD));
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((url) -> assertThat(url).endsWith("/admin"));
		String token = browser.csrfToken("/admin/visits/new");

		this.proxy.cut(DatabaseProxy.Cut.REFUSED);
		Timed<HttpResponse<String>> posted = timed(() -> browser.post("/admin/visits/new", token,
				visit("Typed while the records were away").toSingleValueMap()));
		assertThat(posted.value().statusCode()).isEqualTo(503);
		assertThat(posted.took()).isLessThan(FEW_SECONDS);
		Document form = Jsoup.parse(posted.value().body());
		assertThat(form.select("[role=alert]").text()).startsWith("Saving is not possible right now");
		assertThat(form.select("input[name=title]").val()).isEqualTo("Shared visit to Astana");
		assertThat(form.select("textarea[name=description]").text()).isEqualTo("Typed while the records were away");
		assertThat(form.select("select[name=relationId] option[selected]").val())
			.isEqualTo(String.valueOf(this.records.pair()));
		assertThat(form.select(".signed-in-as").text()).isEqualTo("Signed in as " + editor.getUsername());

		Timed<HttpResponse<String>> list = timed(() -> browser.get("/admin/visits"));
		assertThat(list.value().statusCode()).isEqualTo(503);
		assertThat(list.took()).isLessThan(FEW_SECONDS);
		assertThat(Jsoup.parse(list.value().body()).select("h1").text()).isEqualTo("Back in a moment");

		this.proxy.restore();
		awaitStatus("/actuator/health", 200);
		HttpResponse<String> saved = browser.post("/admin/visits/new", token,
				visit("Typed while the records were away").toSingleValueMap());
		assertThat(saved.statusCode()).as("saved again once the records are back").isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		long id = this.records.remember("visits", Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(this.jdbc.queryForObject("select description from visit where id = ?", String.class, id))
			.isEqualTo("Typed while the records were away");
	}

	private MultiValueMap<String, String> visit(String description) {
		return form("relationId", this.records.pair(), "kind", "VISIT", "title", "Shared visit to Astana",
				"description", description, "starts.year", "2019", "starts.month", "3", "hostCountryCode", "KZ",
				"participants[0].personId", this.records.seeded("person", "erlan-idrissov"), "participants[0].office",
				"Minister of Foreign Affairs of Kazakhstan", "participants[0].sideCode", "KZ", "participants[0].role",
				"PRINCIPAL");
	}

	private URI uri(String path) {
		int port = ((WebServerApplicationContext) this.portal).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> awaitStatus(String path, int status) throws Exception {
		return awaitResponse(path, (response) -> response.statusCode() == status);
	}

	private HttpResponse<String> awaitResponse(String path, Predicate<HttpResponse<String>> wanted) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		HttpResponse<String> response = get(path);
		while (!wanted.test(response) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			response = get(path);
		}
		assertThat(wanted.test(response)).as(path + " answered " + response.statusCode()).isTrue();
		return response;
	}

	/** A browser that keeps its session cookie. */
	class Browser {

		private String sessionCookie;

		HttpResponse<String> get(String path) throws Exception {
			return send(HttpRequest.newBuilder(uri(path)).GET());
		}

		HttpResponse<String> post(String path, String csrfToken, Map<String, String> fields) throws Exception {
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", csrfToken);
			String body = form.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		String csrfToken(String path) throws Exception {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			request.header("Accept", "text/html").timeout(Duration.ofSeconds(30));
			if (this.sessionCookie != null) {
				request.header("Cookie", this.sessionCookie);
			}
			HttpResponse<String> response = OutageTests.this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith("SESSION="))
				.findFirst()
				.ifPresent((cookie) -> this.sessionCookie = cookie.substring(0, cookie.indexOf(';')));
			return response;
		}

	}

	/** Until this instance listens again and knows of every change made so far. */
	private void awaitCaughtUp() throws InterruptedException {
		ContentVersion version = this.portal.getBean(ContentVersion.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		long inDatabase = this.jdbc.queryForObject("select version from content_version", Long.class);
		while ((!version.isListening() || version.current() < inDatabase) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(version.current()).isGreaterThanOrEqualTo(inDatabase);
	}

	private static <T> Timed<T> timed(Action<T> action) throws Exception {
		long start = System.nanoTime();
		T value = action.run();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("OutageTests: answered in " + took.toMillis() + " ms");
		return new Timed<>(value, took);
	}

	private static Duration since(long start, String what) {
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("OutageTests: " + what + " after " + took.toMillis() + " ms");
		return took;
	}

	interface Action<T> {

		T run() throws Exception;

	}

	record Timed<T>(T value, Duration took) {

	}

}
