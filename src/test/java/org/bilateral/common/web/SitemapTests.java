package org.bilateral.common.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.bilateral.LargeRelation;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.PublicPages;
import org.bilateral.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sitemap lists exactly the pages a reader reaches by following the portal's links
 * from the home page, each by its absolute address and with when its records last
 * changed; robots.txt points at it and keeps crawlers off the editors' side.
 */
@PortalTest
class SitemapTests {

	static final String BASE = "https://bilateral.example";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRecords records;

	@AfterEach
	void removeTheLargeRelation() {
		LargeRelation.remove(this.jdbc);
	}

	@Test
	void listsExactlyThePagesTheLinksReach() throws Exception {
		Set<String> linked = crawl((path) -> true);
		assertThat(linked).contains("/", PublicPages.PAIR, PublicPages.PAIR + "/visits");
		assertThat(linked).containsAll(PublicPages.visits(this.jdbc));
		assertThat(sitemap().keySet()).containsExactlyInAnyOrderElementsOf(linked);
	}

	@Test
	void listsEveryPageOfLongSections() throws Exception {
		LargeRelation.insert(this.jdbc);
		Set<String> sitemap = sitemap().keySet();
		Set<String> linked = crawl((path) -> !path.startsWith("/visits/") && page(path).equals(path));
		assertThat(sitemap).contains(LargeRelation.PAIR + "/visits?page=" + (LargeRelation.VISITS / 20), "/?page=2",
				"/kk" + LargeRelation.PAIR + "/visits?page=" + (LargeRelation.VISITS / 20), "/es/?page=2");
		assertThat(sitemap.stream().filter((path) -> !page(path).startsWith("/visits/")))
			.containsExactlyInAnyOrderElementsOf(
					linked.stream().filter((path) -> !page(path).startsWith("/visits/")).toList());
		assertThat(sitemap.stream().filter((path) -> page(path).startsWith("/visits/")))
			.hasSize(Language.values().length * this.jdbc.queryForObject("select count(*) from visit", Integer.class));
	}

	@Test
	void namesEveryPageInEveryLanguageWithItsAlternates() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		NodeList urls = xml.getElementsByTagNameNS(SitemapController.NAMESPACE, "url");
		Map<String, Map<String, String>> alternates = new LinkedHashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String loc = url.getElementsByTagNameNS(SitemapController.NAMESPACE, "loc").item(0).getTextContent();
			Map<String, String> links = new LinkedHashMap<>();
			NodeList xhtml = url.getElementsByTagNameNS(SitemapController.XHTML, "link");
			for (int j = 0; j < xhtml.getLength(); j++) {
				Element link = (Element) xhtml.item(j);
				assertThat(link.getAttribute("rel")).isEqualTo("alternate");
				links.put(link.getAttribute("hreflang"), link.getAttribute("href"));
			}
			alternates.put(loc.substring(BASE.length()), links);
		}
		assertThat(alternates.get("/ru" + PublicPages.PAIR)).containsExactly(Map.entry("en", BASE + PublicPages.PAIR),
				Map.entry("es", BASE + "/es" + PublicPages.PAIR), Map.entry("ru", BASE + "/ru" + PublicPages.PAIR),
				Map.entry("kk", BASE + "/kk" + PublicPages.PAIR), Map.entry("x-default", BASE + PublicPages.PAIR));
		assertThat(alternates).containsKeys("/", "/es/", "/ru/", "/kk/");
		assertThat(alternates.values()).allSatisfy((links) -> assertThat(links).hasSize(5));
	}

	@Test
	void lastModifiedComesFromTheRecords() throws Exception {
		long id = this.records.visit("Test sitemap visit", "test-sitemap-visit", "A visit to list.");
		this.jdbc.update("update visit set updated_at = '2031-05-06T07:08:09Z' where id = ?", id);
		Map<String, Instant> sitemap = sitemap();
		Instant updated = Instant.parse("2031-05-06T07:08:09Z");
		assertThat(sitemap.get("/visits/" + id + "-test-sitemap-visit")).isEqualTo(updated);
		assertThat(sitemap.get(PublicPages.PAIR)).isEqualTo(updated);
		assertThat(sitemap.get(PublicPages.PAIR + "/visits")).isEqualTo(updated);
		assertThat(sitemap.get(PublicPages.PAIR + "/trade")).isBefore(updated);
		assertThat(sitemap.values()).doesNotContainNull();
	}

	@Test
	void robotsPointAtTheSitemapAndAwayFromTheEditorsSide() {
		MvcTestResult result = this.mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/plain;charset=UTF-8");
		assertThat(result).bodyText()
			.contains("User-agent: *", "Disallow: /admin\n", "Disallow: /login\n", "Disallow: /kk/search\n",
					"Sitemap: " + BASE + "/sitemap.xml");
	}

	@Test
	void theSitemapIsXml() {
		assertThat(this.mvc.get().uri("/sitemap.xml")).hasStatusOk().hasContentType("application/xml;charset=UTF-8");
	}

	/**
	 * Whether a link leads to the records as data (JSON, CSV, a feed, a citation to
	 * download) rather than to a page.
	 */
	private static boolean isData(String link) {
		String path = link.replaceFirst("\\?.*", "");
		return path.endsWith(".json") || path.endsWith(".csv") || path.endsWith(".atom") || path.endsWith(".xml")
				|| link.contains("format=") || path.startsWith("/v3/");
	}

	/** A path without its language prefix. */
	private static String page(String path) {
		for (Language language : Language.values()) {
			if (language != Language.ENGLISH && path.startsWith(language.prefix() + "/")) {
				return path.substring(language.prefix().length());
			}
		}
		return path;
	}

	/** The sitemap's pages by path, with their last modification. */
	private Map<String, Instant> sitemap() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapController.NAMESPACE);
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		Map<String, Instant> pages = new LinkedHashMap<>();
		NodeList urls = xml.getElementsByTagNameNS(SitemapController.NAMESPACE, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String loc = url.getElementsByTagNameNS(SitemapController.NAMESPACE, "loc").item(0).getTextContent();
			assertThat(loc).startsWith(BASE + "/");
			NodeList lastmod = url.getElementsByTagNameNS(SitemapController.NAMESPACE, "lastmod");
			Instant modified = (lastmod.getLength() > 0) ? Instant.parse(lastmod.item(0).getTextContent()) : null;
			assertThat(pages.put(loc.substring(BASE.length()), modified)).as("listed twice: " + loc).isNull();
		}
		assertThat(pages.size()).isLessThanOrEqualTo(50_000);
		return pages;
	}

	/**
	 * Every public page reached from the home page through links, by the address it is
	 * answered at (after permanent redirects), following only those the filter lets
	 * through; search results are not pages of their own.
	 */
	private Set<String> crawl(Predicate<String> follow) {
		Set<String> pages = new LinkedHashSet<>();
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/");
		seen.add("/");
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MvcTestResult result = this.mvc.get().uri(URI.create(path)).exchange();
			int status = result.getResponse().getStatus();
			if (status == 301) {
				String target = result.getResponse().getRedirectedUrl();
				if (seen.add(target)) {
					queue.add(target);
				}
				continue;
			}
			assertThat(status).as(path).isEqualTo(200);
			pages.add(path);
			if (!follow.test(path)) {
				continue;
			}
			for (String href : Pages.parse(result).select("a[href]").eachAttr("href")) {
				String link = href.replaceFirst("#.*", "");
				if (link.startsWith(BASE)) {
					link = link.substring(BASE.length());
				}
				if (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/admin")
						&& !link.startsWith("/login") && !link.startsWith("/search") && !isData(link)
						&& seen.add(link)) {
					if (follow.test(link)) {
						queue.add(link);
					}
					else {
						pages.add(link);
					}
				}
			}
		}
		return pages;
	}

}
