package org.bilateral.common.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.bilateral.Editor;
import org.bilateral.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Public pages are rendered once and sent from memory until a record under them changes;
 * a client holding the current page gets a 304. Neither costs a single SQL statement.
 */
@PortalTest
@Import(StatementCounter.class)
@TestPropertySource(properties = "bilateral.page-cache.enabled=true")
class PageCacheTests {

	static final String PAIR = "/relations/argentina-kazakhstan";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentVersion contentVersion;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Editor editor;

	/**
	 * Changes made before (by other tests, or this one's clean-up) are announced while
	 * the next test runs: wait until this instance has heard of them all.
	 */
	@BeforeEach
	void waitForTheListener() throws InterruptedException {
		awaitListening(true);
		long inDatabase = this.jdbc.queryForObject("select version from content_version", Long.class);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (this.contentVersion.current() < inDatabase && Instant.now().isBefore(deadline)) {
			Thread.sleep(10);
		}
		assertThat(this.contentVersion.current()).isGreaterThanOrEqualTo(inDatabase);
	}

	private void awaitListening(boolean listening) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (this.contentVersion.isListening() != listening && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		assertThat(this.contentVersion.isListening()).as("listening for changes").isEqualTo(listening);
	}

	@Test
	void aPageSentAgainCostsNoStatementAndIsTheSameBytes() throws Exception {
		MvcTestResult first = get(PAIR);
		assertThat(first).hasStatusOk();
		StatementCounter.reset();
		MvcTestResult second = get(PAIR);
		assertThat(StatementCounter.count()).isZero();
		assertThat(second).hasStatusOk();
		assertThat(second.getMvcResult().getHandler()).as("no controller called").isNull();
		assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(second.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(second.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(second.getResponse().getHeader("Content-Security-Policy"))
			.isEqualTo(first.getResponse().getHeader("Content-Security-Policy"))
			.isNotNull();
	}

	@Test
	void eachLanguageOfAPageIsKeptApartWithItsOwnETag() throws Exception {
		MvcTestResult english = get(PAIR);
		MvcTestResult russian = get("/ru" + PAIR);
		String englishTag = english.getResponse().getHeader(HttpHeaders.ETAG);
		String russianTag = russian.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(russianTag).isNotNull().isNotEqualTo(englishTag);
		StatementCounter.reset();
		MvcTestResult russianAgain = get("/ru" + PAIR);
		assertThat(StatementCounter.count()).isZero();
		assertThat(russianAgain.getResponse().getContentAsString()).contains("lang=\"ru\"")
			.isEqualTo(russian.getResponse().getContentAsString());
		assertThat(russianAgain.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
		assertThat(get(PAIR).getResponse().getContentAsString()).contains("lang=\"en\"");
		assertThat(this.mvc.get().uri("/ru" + PAIR).header(HttpHeaders.IF_NONE_MATCH, englishTag)).hasStatusOk();
		assertThat(this.mvc.get().uri("/ru" + PAIR).header(HttpHeaders.IF_NONE_MATCH, russianTag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void sitemapRobotsAndFeedsAreKeptWithTheirContentTypes() throws Exception {
		Map<String, String> types = Map.of("/sitemap.xml", "application/xml;charset=UTF-8", "/robots.txt",
				"text/plain;charset=UTF-8", "/feed.atom", "application/atom+xml;charset=UTF-8", PAIR + "/feed.atom",
				"application/atom+xml;charset=UTF-8");
		for (Map.Entry<String, String> type : types.entrySet()) {
			MvcTestResult first = get(type.getKey());
			assertThat(first).as(type.getKey()).hasStatusOk();
			String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
			StatementCounter.reset();
			MvcTestResult second = get(type.getKey());
			assertThat(StatementCounter.count()).as(type.getKey()).isZero();
			assertThat(second.getResponse().getContentType()).as(type.getKey()).isEqualTo(type.getValue());
			assertThat(second.getResponse().getContentAsByteArray())
				.isEqualTo(first.getResponse().getContentAsByteArray());
			assertThat(this.mvc.get().uri(type.getKey()).header(HttpHeaders.IF_NONE_MATCH, etag))
				.hasStatus(HttpStatus.NOT_MODIFIED);
		}
	}

	@Test
	void searchResultsAreRenderedForEveryRequest() {
		get("/search?q=Macri");
		StatementCounter.reset();
		MvcTestResult again = get("/search?q=Macri");
		assertThat(again).hasStatusOk();
		assertThat(StatementCounter.count()).isPositive();
		assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(again.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
	}

	@Test
	void renderingTheSamePageCostsStatementsWithoutTheCache() {
		get(PAIR);
		StatementCounter.reset();
		get(PAIR + "?uncached");
		assertThat(StatementCounter.count()).as("the counter sees a rendering's statements").isPositive();
	}

	@Test
	void aClientHoldingTheCurrentPageGetsA304WithoutRenderingOrStatements() {
		String etag = get(PAIR).getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		StatementCounter.reset();
		MvcTestResult revalidated = this.mvc.get().uri(PAIR).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(revalidated).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(StatementCounter.count()).isZero();
		assertThat(revalidated.getMvcResult().getHandler()).as("no controller called").isNull();
		assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(revalidated.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(revalidated.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
	}

	@Test
	void aProxyHoldingTheStrongFormOfTheTagAlsoGetsA304() {
		String etag = get(PAIR).getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(this.mvc.get().uri(PAIR).header(HttpHeaders.IF_NONE_MATCH, "\"other\", " + etag.substring(2)))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(this.mvc.get().uri(PAIR).header(HttpHeaders.IF_NONE_MATCH, "W/\"other\"")).hasStatusOk();
		assertThat(this.mvc.get().uri(PAIR).header(HttpHeaders.IF_NONE_MATCH, "*")).hasStatusOk();
	}

	@Test
	void aChangedRecordIsRenderedAnewOnTheNextRequestWithANewTag() throws Exception {
		long id = createVisit("Cached visit before the edit", "The description before");
		String path = "/visits/" + id + "-cached-visit-before-the-edit";
		MvcTestResult before = get(path);
		assertThat(before.getResponse().getContentAsString()).contains("The description before");
		String etag = before.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(get(path).getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

		MultiValueMap<String, String> form = visit("Cached visit before the edit", "The description after");
		form.set("version", "0");
		assertThat(this.editor.post("/admin/visits/" + id, form)).hasStatus(HttpStatus.FOUND);

		MvcTestResult after = this.mvc.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(after).hasStatusOk();
		assertThat(after.getMvcResult().getHandler()).as("rendered anew").isNotNull();
		assertThat(after.getResponse().getContentAsString()).contains("The description after")
			.doesNotContain("The description before");
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void aChangeMadeInTheDatabaseDirectlyIsSeenOnceAnnounced() throws Exception {
		long id = createVisit("Cached visit changed by hand", "Typed in the form");
		String path = "/visits/" + id + "-cached-visit-changed-by-hand";
		String etag = get(path).getResponse().getHeader(HttpHeaders.ETAG);
		long version = this.contentVersion.current();
		this.jdbc.update("update visit set description = 'Changed by hand' where id = ?", id);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (this.contentVersion.current() == version && Instant.now().isBefore(deadline)) {
			Thread.sleep(10);
		}
		MvcTestResult after = get(path);
		assertThat(after.getResponse().getContentAsString()).contains("Changed by hand");
		assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
	}

	@Test
	void whileChangesCannotBeHeardPagesAreRenderedForEveryRequestUntilTheListenerIsBack() throws Exception {
		String etag = get(PAIR).getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotNull();
		this.jdbc.queryForList("""
				select pg_terminate_backend(pid) from pg_stat_activity
				where application_name = 'bilateral content version listener' and datname = current_database()""");
		awaitListening(false);
		MvcTestResult during = this.mvc.get().uri(PAIR).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(during).hasStatusOk();
		assertThat(during.getMvcResult().getHandler()).as("rendered").isNotNull();
		assertThat(during.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(during.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		awaitListening(true);
		assertThat(get(PAIR).getResponse().getHeader(HttpHeaders.ETAG)).isNotNull();
	}

	@Test
	void aPageDiffersByItsAddressSoDoesItsTagButNotByTheBrowsersLanguage() {
		String pair = get(PAIR).getResponse().getHeader(HttpHeaders.ETAG);
		String visits = get(PAIR + "/visits").getResponse().getHeader(HttpHeaders.ETAG);
		MvcTestResult spanish = this.mvc.get().uri(PAIR).header(HttpHeaders.ACCEPT_LANGUAGE, "es").exchange();
		assertThat(pair).isNotEqualTo(visits).isEqualTo(spanish.getResponse().getHeader(HttpHeaders.ETAG));
		assertThat(spanish.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		assertThat(get(PAIR).getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
	}

	@Test
	void aPageAndItsJsonTwinAtTheSameAddressAreKeptApart() throws Exception {
		for (String path : List.of(PAIR, PAIR + "/visits")) {
			MvcTestResult html = get(path);
			MvcTestResult json = this.mvc.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange();
			MvcTestResult jsonAgain = this.mvc.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange();
			MvcTestResult htmlAgain = get(path);
			assertThat(json.getResponse().getContentType()).startsWith("application/json");
			assertThat(jsonAgain.getMvcResult().getHandler()).as("kept").isNull();
			assertThat(jsonAgain.getResponse().getContentType()).startsWith("application/json");
			assertThat(jsonAgain.getResponse().getContentAsByteArray())
				.isEqualTo(json.getResponse().getContentAsByteArray());
			assertThat(htmlAgain.getMvcResult().getHandler()).as("kept").isNull();
			assertThat(htmlAgain.getResponse().getContentType()).startsWith("text/html");
			assertThat(htmlAgain.getResponse().getContentAsByteArray())
				.isEqualTo(html.getResponse().getContentAsByteArray());
			assertThat(json.getResponse().getHeader(HttpHeaders.ETAG))
				.isNotEqualTo(html.getResponse().getHeader(HttpHeaders.ETAG));
			for (MvcTestResult result : List.of(html, json, jsonAgain, htmlAgain)) {
				assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).as("told to shared caches")
					.containsExactly(HttpHeaders.ACCEPT);
			}
			MvcTestResult notModified = this.mvc.get()
				.uri(path)
				.accept(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.IF_NONE_MATCH, json.getResponse().getHeader(HttpHeaders.ETAG))
				.exchange();
			assertThat(notModified).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(notModified.getResponse().getHeader(HttpHeaders.VARY)).isEqualTo(HttpHeaders.ACCEPT);
			MvcTestResult htmlWithJsonTag = this.mvc.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, json.getResponse().getHeader(HttpHeaders.ETAG))
				.exchange();
			assertThat(htmlWithJsonTag).hasStatusOk();
		}
	}

	@Test
	void aForgedHostDoesNotReachOtherReaders() throws Exception {
		get(PAIR);
		MvcTestResult forged = this.mvc.get()
			.uri(PAIR)
			.header("Host", "elsewhere.example")
			.header("X-Forwarded-Host", "elsewhere.example")
			.exchange();
		assertThat(forged).hasStatusOk();
		assertThat(forged.getResponse().getContentAsString()).doesNotContain("elsewhere.example");
		assertThat(get(PAIR).getResponse().getContentAsString()).doesNotContain("elsewhere.example");
	}

	@Test
	void signedInEditorsAndErrorsAreNeitherServedFromNorKept() {
		get(PAIR);
		StatementCounter.reset();
		MvcTestResult withSession = this.mvc.get().uri(PAIR).cookie(new Cookie("SESSION", "whatever")).exchange();
		assertThat(withSession).hasStatusOk();
		assertThat(withSession.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(StatementCounter.count()).isPositive();

		long id = this.jdbc.queryForObject(
				"select id from visit where slug = 'nazarbayev-meets-macri-at-g20-summit-hangzhou'", Long.class);
		assertThat(get("/no-such-page")).hasStatus(HttpStatus.NOT_FOUND);
		MvcTestResult missing = get("/no-such-page");
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(missing.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		String oldSlug = "/visits/" + id + "-an-old-slug";
		assertThat(get(oldSlug)).hasStatus(HttpStatus.MOVED_PERMANENTLY);
		MvcTestResult moved = get(oldSlug);
		assertThat(moved).hasStatus(HttpStatus.MOVED_PERMANENTLY);
		assertThat(moved.getMvcResult().getHandler()).as("answered by the controller again").isNotNull();
		assertThat(moved.getResponse().getHeader(HttpHeaders.ETAG)).isNull();

		MvcTestResult admin = this.mvc.get().uri("/admin/visits").with(user("editor").roles("EDITOR")).exchange();
		assertThat(admin.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(admin.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void headIsAnsweredFromTheKeptPage() {
		MvcTestResult page = get(PAIR);
		MvcTestResult head = this.mvc.head().uri(PAIR).exchange();
		assertThat(head).hasStatusOk();
		assertThat(head.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(head.getResponse().getContentLength()).isEqualTo(page.getResponse().getContentAsByteArray().length);
		assertThat(head.getResponse().getHeader(HttpHeaders.ETAG))
			.isEqualTo(page.getResponse().getHeader(HttpHeaders.ETAG));
	}

	@Test
	void hitsAndMissesAreCounted() {
		get(PAIR + "?counted");
		get(PAIR + "?counted");
		assertThat(this.meters.get("cache.gets")
			.tag("cache", Caching.PAGES)
			.tag("result", "hit")
			.functionCounter()
			.count()).isPositive();
		assertThat(this.meters.get("cache.gets")
			.tag("cache", Caching.PAGES)
			.tag("result", "miss")
			.functionCounter()
			.count()).isPositive();
	}

	private MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
	}

	private long createVisit(String title, String description) {
		MvcTestResult result = this.editor.post("/admin/visits/new", visit(title, description));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return Editor.idFrom(result);
	}

	private MultiValueMap<String, String> visit(String title, String description) {
		long relation = this.jdbc.queryForObject("select id from relation where slug = 'argentina-kazakhstan'",
				Long.class);
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("relationId", String.valueOf(relation));
		form.add("kind", "VISIT");
		form.add("title", title);
		form.add("description", description);
		form.add("starts.year", "2019");
		form.add("starts.month", "3");
		form.add("hostCountryCode", "KZ");
		form.add("participants[0].personId", String
			.valueOf(this.jdbc.queryForObject("select id from person where slug = 'erlan-idrissov'", Long.class)));
		form.add("participants[0].office", "Minister of Foreign Affairs of Kazakhstan");
		form.add("participants[0].sideCode", "KZ");
		form.add("participants[0].role", "PRINCIPAL");
		return form;
	}

}
