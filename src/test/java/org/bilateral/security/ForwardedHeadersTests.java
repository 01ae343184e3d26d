package org.bilateral.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Host}, {@code -Proto},
 * {@code Forwarded}) and {@code X-Request-Id} are believed only from the proxies the
 * operator lists in {@code bilateral.trusted-proxies}. Tomcat reads them before any of
 * the portal's code runs, so these tests talk to real servers over HTTP: one with no
 * proxy trusted (the default), one that trusts the loopback address the tests come from.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardedHeadersTests {

	private static final String HEX_ID = "[0-9a-f]{16}";

	@Autowired
	DataSource dataSource;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcTemplate jdbc;

	/** Trusts no proxy, as the portal does unless told otherwise. */
	ConfigurableApplicationContext direct;

	/** Trusts the loopback address, as if the tests were its proxy. */
	ConfigurableApplicationContext behindProxy;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void startServers() throws SQLException {
		HikariDataSource database = this.dataSource.unwrap(HikariDataSource.class);
		this.direct = start(database);
		this.behindProxy = start(database, "--bilateral.trusted-proxies=127.0.0.0/8, ::1/128");
	}

	@AfterAll
	void stopServers() {
		for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] { this.behindProxy,
				this.direct }) {
			if (server != null) {
				server.close();
			}
		}
	}

	@Test
	void aForgedForwardedForDoesNotChangeTheAddressTheThrottleCounts() throws Exception {
		User editor = this.users.editor();
		List<String> forged = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String address = BrowserSession.nextAddress();
			forged.add(address);
			HttpResponse<String> failed = new Client(this.direct).signIn(this.users.uniqueUsername("spray"),
					"wrong password", "X-Forwarded-For", address, "Forwarded", "for=" + address);
			assertThat(failed.headers().firstValue("Location")).hasValue("/login?error");
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sign_in_attempt where kind = 'ADDRESS' and subject = any (?)", Long.class,
				(Object) forged.toArray(String[]::new)))
			.as("no forged address counted")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select failures from sign_in_attempt where kind = 'ADDRESS' and subject = '127.0.0.1'", Integer.class))
			.as("every failure counted for the connection's address")
			.isEqualTo(20);
		assertThat(new Client(this.direct)
			.signIn(editor.getUsername(), TestUsers.PASSWORD, "X-Forwarded-For", BrowserSession.nextAddress())
			.headers()
			.firstValue("Location")).as("a new forged address does not escape the lock").hasValue("/login?locked");
	}

	@Test
	void aTrustedProxysForwardedForIsTheClientAddress() throws Exception {
		User editor = this.users.editor();
		String guesser = BrowserSession.nextAddress();
		String owner = BrowserSession.nextAddress();
		for (int i = 0; i < 6; i++) {
			assertThat(new Client(this.behindProxy)
				.signIn(editor.getUsername(), "wrong password", "X-Forwarded-For", "192.0.2.1, " + guesser)
				.headers()
				.firstValue("Location")).hasValue("/login?error");
		}
		assertThat(this.jdbc.queryForObject(
				"select failures from sign_in_attempt where kind = 'ADDRESS' and subject = ?", Integer.class, guesser))
			.as("counted for the address the proxy named")
			.isEqualTo(6);
		assertThat(this.jdbc.queryForList("select subject from sign_in_attempt where kind = 'ADDRESS'", String.class))
			.doesNotContain("127.0.0.1", "192.0.2.1");
		assertThat(new Client(this.behindProxy)
			.signIn(editor.getUsername(), TestUsers.PASSWORD, "X-Forwarded-For", guesser)
			.headers()
			.firstValue("Location")).as("the guessing client is paused").hasValue("/login?locked");
		assertThat(
				new Client(this.behindProxy).signIn(editor.getUsername(), TestUsers.PASSWORD, "X-Forwarded-For", owner)
					.headers()
					.firstValue("Location"))
			.as("another client behind the same proxy is not")
			.hasValue("/admin");
	}

	@Test
	void redirectsNameAPathOnThePortalWhateverHostTheRequestNamed() throws Exception {
		for (ConfigurableApplicationContext server : List.of(this.direct, this.behindProxy)) {
			RawResponse admin = raw(server, "GET /admin/users HTTP/1.0", "Host: evil.example",
					"X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https", "Forwarded: host=evil.example");
			assertThat(admin.status()).isEqualTo(302);
			assertThat(admin.header("Location")).isEqualTo("/login");
			Client client = new Client(server);
			client.sessionCookie = admin.sessionCookie();
			User admin1 = this.users.admin();
			HttpResponse<String> signIn = client.signIn(admin1.getUsername(), TestUsers.PASSWORD, "X-Forwarded-Host",
					"evil.example");
			assertThat(signIn.headers().firstValue("Location")).as("back to the page asked for, on this portal")
				.hasValue("/admin/users?continue");
			HttpResponse<String> signOut = client.post("/logout", client.csrfToken("/admin"), Map.of(),
					"X-Forwarded-Host", "evil.example");
			assertThat(signOut.headers().firstValue("Location")).hasValue("/login?logout");
		}
	}

	@Test
	void linksNeverNameAForgedHost() throws Exception {
		for (ConfigurableApplicationContext server : List.of(this.direct, this.behindProxy)) {
			RawResponse page = raw(server, "GET /relations/argentina-kazakhstan HTTP/1.0", "Host: evil.example",
					"X-Forwarded-Host: evil.example", "Forwarded: host=evil.example;proto=http");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).doesNotContain("evil.example");
			assertThat(Jsoup.parse(page.body()).select("link[rel=canonical]").attr("href"))
				.isEqualTo("https://bilateral.example/relations/argentina-kazakhstan");
		}
	}

	@Test
	void everyResponseCarriesANewRequestIdThatErrorPagesShow() throws Exception {
		HttpResponse<String> page = new Client(this.direct).get("/relations/argentina-kazakhstan");
		String id = page.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(id).matches(HEX_ID);
		assertThat(new Client(this.direct).get("/relations/argentina-kazakhstan").headers().firstValue("X-Request-Id"))
			.hasValueSatisfying((another) -> assertThat(another).matches(HEX_ID).isNotEqualTo(id));

		HttpResponse<String> missing = new Client(this.direct).get("/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		String missingId = missing.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(Jsoup.parse(missing.body()).select("main .request-id code").text()).isEqualTo(missingId);

		HttpResponse<String> failed = new Client(this.direct).get("/error");
		assertThat(failed.statusCode()).isEqualTo(500);
		String failedId = failed.headers().firstValue("X-Request-Id").orElseThrow();
		Document failedPage = Jsoup.parse(failed.body());
		assertThat(failedPage.select("main .request-id").text()).isEqualTo("Reference for this error: " + failedId);
	}

	@Test
	void aRequestIdIsTakenFromATrustedProxyOnlyAndOnlyWhenWellFormed() throws Exception {
		String hostile = "<script>alert(1)</script>";
		for (String offered : List.of(hostile, "abc-123", "x".repeat(65))) {
			HttpResponse<String> page = new Client(this.direct).get("/no-such-page", "X-Request-Id", offered);
			assertThat(page.headers().firstValue("X-Request-Id")).as("from a client")
				.hasValueSatisfying((id) -> assertThat(id).matches(HEX_ID).isNotEqualTo(offered));
			assertThat(page.body()).doesNotContain(offered);
		}
		HttpResponse<String> proxied = new Client(this.behindProxy).get("/no-such-page", "X-Request-Id",
				"lb-7f3a.2026-11-30:42");
		assertThat(proxied.headers().firstValue("X-Request-Id")).as("from a trusted proxy")
			.hasValue("lb-7f3a.2026-11-30:42");
		assertThat(Jsoup.parse(proxied.body()).select("main .request-id code").text())
			.isEqualTo("lb-7f3a.2026-11-30:42");
		for (String offered : List.of(hostile, "two words", "x".repeat(65))) {
			HttpResponse<String> page = new Client(this.behindProxy).get("/no-such-page", "X-Request-Id", offered);
			assertThat(page.headers().firstValue("X-Request-Id")).as("malformed, from a trusted proxy")
				.hasValueSatisfying((id) -> assertThat(id).matches(HEX_ID));
			assertThat(page.body()).doesNotContain(offered);
		}
	}

	private static ConfigurableApplicationContext start(HikariDataSource database, String... more) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl(),
						"--spring.datasource.username=" + database.getUsername(),
						"--spring.datasource.password="
								+ ((database.getPassword() != null) ? database.getPassword() : ""),
						"--bilateral.database.create-if-missing=false", "--spring.docker.compose.enabled=false",
						"--spring.main.banner-mode=off", "--spring.datasource.hikari.maximum-pool-size=2"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext server) {
		return Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * A request sent as written, for headers an HTTP client will not forge, such as
	 * {@code Host}; in HTTP/1.0, so the answer comes whole, then the connection closes.
	 */
	private static RawResponse raw(ConfigurableApplicationContext server, String requestLine, String... headers)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port(server))) {
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\n" + String.join("\r\n", headers) + "\r\nAccept: text/html\r\n"
					+ "Accept-Encoding: identity\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return RawResponse.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	record RawResponse(int status, Map<String, List<String>> headers, String body) {

		static RawResponse of(String text) {
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(), (name) -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
		}

		String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase());
			return (values != null) ? values.get(0) : null;
		}

		String sessionCookie() {
			return this.headers.getOrDefault("set-cookie", List.of())
				.stream()
				.filter((cookie) -> cookie.startsWith(BrowserSession.SESSION_COOKIE + "="))
				.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
				.findFirst()
				.orElseThrow();
		}

	}

	/**
	 * A browser on one server that keeps its session cookie and sends what headers it is
	 * given.
	 */
	class Client {

		private final ConfigurableApplicationContext server;

		private String sessionCookie;

		Client(ConfigurableApplicationContext server) {
			this.server = server;
		}

		HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
			if (headers.length > 0) {
				request.headers(headers);
			}
			return send(request);
		}

		HttpResponse<String> post(String path, String csrfToken, Map<String, String> fields, String... headers)
				throws IOException, InterruptedException {
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", csrfToken);
			String body = form.entrySet()
				.stream()
				.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (headers.length > 0) {
				request.headers(headers);
			}
			return send(request);
		}

		HttpResponse<String> signIn(String username, String password, String... headers)
				throws IOException, InterruptedException {
			return post("/login", csrfToken("/login"), Map.of("username", username, "password", password), headers);
		}

		String csrfToken(String path) throws IOException, InterruptedException {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).isEqualTo(200);
			return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port(this.server) + path);
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			request.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
			if (this.sessionCookie != null) {
				request.header("Cookie", this.sessionCookie);
			}
			HttpResponse<String> response = ForwardedHeadersTests.this.http.send(request.build(),
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
