package org.bilateral;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page's JSON twin, and the tabular sections' CSV, carry the records the
 * HTML page shows: each is read from the page itself (with jsoup) and compared with the
 * data, not with values copied from the seed.
 */
@PortalTest
class OpenDataTests {

	static final String PAIR = PublicPages.PAIR;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void theListOfRelationsAsJsonNamesTheRelationsThePageLinks() {
		Document page = Pages.get(this.mvc, "/");
		JsonNode data = json("/index.json");
		assertThat(texts(data.get("relations"), "name")).isEqualTo(page.select("ul.relation-list li > a").eachText());
		assertThat(texts(data.get("relations"), "url"))
			.isEqualTo(page.select("ul.relation-list li > a").eachAttr("href").stream().map(this::absolute).toList());
		assertThat(acceptingJson("/")).isEqualTo(data);
	}

	@Test
	void thePairPageAsJsonHasTheVisitsHeadsOfMissionAndDocumentsItShows() {
		Document page = Pages.get(this.mvc, PAIR);
		JsonNode data = json(PAIR + ".json");
		assertThat(texts(data.get("visits").get("items"), "title"))
			.isEqualTo(page.select("#visits ol.timeline h3 a").eachText());
		assertThat(data.get("visits").get("items").get(0).get("starts").get("value").asString())
			.isEqualTo(page.select("#visits ol.timeline li").first().select("p.when time").attr("datetime"));
		assertThat(texts(data.get("ambassadors").get("items"), "person", "name"))
			.isEqualTo(page.select("#ambassadors .card h3").eachText());
		assertThat(texts(data.get("ambassadors").get("items"), "statedOn", "value"))
			.isEqualTo(page.select("#ambassadors .card .as-of time").eachAttr("datetime"));
		assertThat(texts(data.get("agreements").get("items"), "url")).isEqualTo(
				page.select("#agreements dl.spheres dd a").eachAttr("href").stream().map(this::absolute).toList());
		assertThat(data.get("relation").get("establishedOn").get("precision").asString()).isEqualTo("day");
		assertThat(data.get("sources").get(0).get("title").asString()).isEqualTo(page.select("#sources cite").text());
		assertThat(data.get("visits").get("items").get(0).get("source").get("title").asString())
			.isEqualTo(page.select("#sources cite").text());
		assertThat(acceptingJson(PAIR)).isEqualTo(data);
	}

	@Test
	void eachSectionAsJsonHasTheRecordsOfItsPage() {
		JsonNode visits = json(PAIR + "/visits.json");
		Document visitsPage = Pages.get(this.mvc, PAIR + "/visits");
		assertThat(texts(visits.get("records"), "title")).isEqualTo(visitsPage.select("ol.timeline h2 a").eachText());
		List<String> participants = new ArrayList<>();
		visits.get("records")
			.forEach((v) -> v.get("participants")
				.forEach((p) -> participants.add(p.get("person").get("name").asString())));
		assertThat(participants).isEqualTo(visitsPage.select("ul.participants li a").eachText());
		assertThat(visits.get("page").asInt()).isEqualTo(1);
		assertThat(visits.get("total").asInt()).isEqualTo(visitsPage.select("ol.timeline > li").size());

		Document ambassadorsPage = Pages.get(this.mvc, PAIR + "/ambassadors");
		assertThat(texts(json(PAIR + "/ambassadors.json").get("records"), "person", "name"))
			.isEqualTo(ambassadorsPage.select(".card h2").eachText());

		Document agreementsPage = Pages.get(this.mvc, PAIR + "/agreements");
		assertThat(texts(json(PAIR + "/agreements.json").get("records"), "sphere"))
			.isEqualTo(agreementsPage.select("dl.spheres dt").eachText());

		Document tradePage = Pages.get(this.mvc, PAIR + "/trade");
		JsonNode trade = json(PAIR + "/trade.json").get("records");
		assertThat(texts(trade, "year")).isEqualTo(tradePage.select("table.trade tbody th").eachText());
		assertThat(texts(trade, "turnover"))
			.isEqualTo(tradePage.select("table.trade tbody td:nth-of-type(4)").eachText());

		Document centresPage = Pages.get(this.mvc, PAIR + "/cultural-centres");
		JsonNode centres = json(PAIR + "/cultural-centres.json").get("records");
		assertThat(texts(centres, "name")).isEqualTo(centresPage.select(".card h2").eachText());
		assertThat(texts(centres, "openedOn", "value"))
			.isEqualTo(centresPage.select(".card p:not(.as-of, .claim-age) time").eachAttr("datetime"));
		assertThat(texts(centres, "statedOn", "value"))
			.isEqualTo(centresPage.select(".card p.as-of time").eachAttr("datetime"));

		Document eventsPage = Pages.get(this.mvc, PAIR + "/events");
		JsonNode events = json(PAIR + "/events.json").get("records");
		List<String> during = new ArrayList<>();
		events.forEach((e) -> e.get("visitsDuring").forEach((v) -> during.add(v.get("title").asString())));
		assertThat(during).isEqualTo(eventsPage.select(".card ul li a").eachText());
	}

	@ParameterizedTest
	@ValueSource(strings = { "visits", "ambassadors", "agreements", "trade" })
	void aTabularSectionAsCsvHasAHeaderAndARowPerRecordOfItsJson(String section) throws Exception {
		MvcTestResult result = this.mvc.get().uri(PAIR + "/" + section + ".csv").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv").contains("charset=UTF-8");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode records = json(PAIR + "/" + section + ".json").get("records");
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(records.size() + 1);
		MvcTestResult accepting = this.mvc.get()
			.uri(PAIR + "/" + section)
			.accept(MediaType.parseMediaType("text/csv"))
			.exchange();
		assertThat(accepting.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(csv);
	}

	@Test
	void theCsvOfVisitsCarriesWhatTheHtmlPageShows() throws Exception {
		Document page = Pages.get(this.mvc, PAIR + "/visits");
		String csv = this.mvc.get()
			.uri(PAIR + "/visits.csv")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("id,url,title,kind,starts,startsPrecision,ends,endsPrecision,");
		for (Element item : page.select("ol.timeline > li")) {
			String title = item.select("h2 a").text();
			String starts = item.select("p.when time, p.when span").attr("datetime");
			assertThat(lines).anySatisfy(
					(line) -> assertThat(line).contains(title).contains(absolute(item.select("h2 a").attr("href"))));
			if (!starts.isEmpty()) {
				assertThat(lines).anySatisfy((line) -> assertThat(line).contains(title).contains("," + starts + ","));
			}
		}
	}

	@Test
	void aSectionWithoutATableHasNoCsv() {
		assertThat(this.mvc.get().uri(PAIR + "/cultural-centres.csv")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aVisitAsJsonHasWhatItsPageShowsWithDatesAtTheirPrecisionAndItsSource() {
		for (String path : PublicPages.visits(this.jdbc)) {
			Document page = Pages.get(this.mvc, path);
			JsonNode data = json(path + ".json");
			assertThat(data.get("title").asString()).isEqualTo(page.select("h1").text());
			assertThat(data.get("url").asString()).isEqualTo(absolute(path));
			Element when = page.select("dl.facts dd").first();
			if (!when.select("time").isEmpty()) {
				assertThat(data.get("starts").get("value").asString()).as(path)
					.isEqualTo(when.select("time").attr("datetime"));
			}
			assertThat(texts(data.get("participants"), "person", "name"))
				.isEqualTo(page.select("ul.participants li strong").eachText());
			assertThat(texts(data.get("participants"), "person", "url"))
				.isEqualTo(page.select("ul.participants li a").eachAttr("href").stream().map(this::absolute).toList());
			assertThat(data.get("source").get("title").asString()).isEqualTo(page.select("cite").text());
			assertThat(acceptingJson(path)).isEqualTo(data);
		}
	}

	@Test
	void aVisitEmbedsAnEventWithItsStartAtTheStatedPrecision() {
		for (String path : PublicPages.visits(this.jdbc)) {
			Document page = Pages.get(this.mvc, path);
			JsonNode ld = this.json.readTree(page.select("script[type=application/ld+json]").html());
			assertThat(ld.get("@type").asString()).isEqualTo("Event");
			assertThat(ld.get("startDate").asString())
				.isEqualTo(json(path + ".json").get("starts").get("value").asString());
			assertThat(ld.get("url").asString()).isEqualTo(absolute(path));
		}
	}

	@Test
	void everyPersonNamedOnThePairPageAndItsSectionsLinksToTheirPage() {
		List<String> links = new ArrayList<>();
		links.addAll(Pages.get(this.mvc, PAIR).select("#ambassadors .card h3 a").eachAttr("href"));
		links.addAll(Pages.get(this.mvc, PAIR + "/visits").select("ul.participants a").eachAttr("href"));
		links.addAll(Pages.get(this.mvc, PAIR + "/ambassadors").select(".card h2 a").eachAttr("href"));
		for (String path : PublicPages.visits(this.jdbc)) {
			links.addAll(Pages.get(this.mvc, path).select("ul.participants a").eachAttr("href"));
		}
		List<String> people = this.jdbc.queryForList("select '/people/' || id || '-' || slug from person",
				String.class);
		assertThat(links).isNotEmpty().allSatisfy((link) -> assertThat(link).startsWith("/people/"));
		assertThat(links).containsAll(people);
	}

	@Test
	void aPersonsPageHasTheirPostingsVisitsOfficesAndSourcesAndItsJsonTheSame() {
		for (String path : PublicPages.people(this.jdbc)) {
			Document page = Pages.get(this.mvc, path);
			JsonNode data = json(path + ".json");
			assertThat(data.get("name").asString()).isEqualTo(page.select("h1").text());
			assertThat(texts(data.get("visits"), "url"))
				.isEqualTo(page.select("ol.timeline h3 a").eachAttr("href").stream().map(this::absolute).toList());
			assertThat(texts(data.get("offices"), "name")).isEqualTo(page.select("ul.offices .office").eachText());
			List<String> recorded = new ArrayList<>();
			data.get("offices")
				.forEach((o) -> o.get("recordedOn").forEach((d) -> recorded.add(d.get("value").asString())));
			assertThat(recorded).isEqualTo(page.select("ul.offices li:not(.posting-office) time").eachAttr("datetime"));
			assertThat(page.select("ul.offices li.posting-office")).hasSize(data.get("headOfMissionPostings").size());
			assertThat(texts(data.get("headOfMissionPostings"), "from", "value"))
				.isEqualTo(page.select(".postings .card time:not(.as-of time)").eachAttr("datetime"));
			assertThat(texts(data.get("headOfMissionPostings"), "statedOn", "value"))
				.isEqualTo(page.select(".postings .as-of time").eachAttr("datetime"));
			assertThat(page.select("#sources-heading + ul.sources cite, section:has(#sources-heading) cite").eachText())
				.isNotEmpty();
			assertThat(data.get("visits").size() + data.get("headOfMissionPostings").size()).as(path).isPositive();
			JsonNode ld = this.json.readTree(page.select("script[type=application/ld+json]").html());
			assertThat(ld.get("@type").asString()).isEqualTo("Person");
			assertThat(ld.get("name").asString()).isEqualTo(page.select("h1").text());
			assertThat(acceptingJson(path)).isEqualTo(data);
		}
	}

	@Test
	void anAgreementsPageHasItsSphereAndPartiesAndItsJsonTheSame() {
		for (String path : PublicPages.agreements(this.jdbc)) {
			Document page = Pages.get(this.mvc, path);
			JsonNode data = json(path + ".json");
			assertThat(data.get("sphere").asString()).isEqualTo(page.select("dd.sphere").text());
			assertThat(page.select("dd.parties").text()).contains("Argentina", "Kazakhstan");
			assertThat(data.get("source").get("title").asString()).isEqualTo(page.select("cite").text());
			assertThat(data.get("url").asString()).isEqualTo(absolute(path));
			assertThat(acceptingJson(path)).isEqualTo(data);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "people", "agreements", "visits" })
	void aRecordsAddressWithAStaleSlugOrOnlyItsIdMovesToTheCurrentOne(String kind) {
		String current = switch (kind) {
			case "people" -> PublicPages.people(this.jdbc).get(0);
			case "agreements" -> PublicPages.agreements(this.jdbc).get(0);
			default -> PublicPages.visits(this.jdbc).get(0);
		};
		String id = current.substring(current.lastIndexOf('/') + 1, current.indexOf('-', current.lastIndexOf('/')));
		String base = "/" + kind + "/" + id;
		for (String moved : List.of(base, base + "-an-old-name")) {
			assertThat(this.mvc.get().uri(moved)).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl(current);
		}
		assertThat(this.mvc.get().uri(base + "-old.json")).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasRedirectedUrl(current + ".json");
		assertThat(this.mvc.get().uri("/" + kind + "/987654321-nobody")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/" + kind + "/987654321-nobody.json")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/" + kind + "/not-an-id")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyPageCanBeCitedAsTextBibtexAndCslJson() throws Exception {
		List<String> pages = new ArrayList<>(List.of("/", PAIR, PAIR + "/visits"));
		pages.add(PublicPages.visits(this.jdbc).get(0));
		pages.add(PublicPages.people(this.jdbc).get(0));
		pages.add(PublicPages.agreements(this.jdbc).get(0));
		for (String path : pages) {
			Document page = Pages.get(this.mvc, path);
			assertThat(page.select("section.cite p.citation").text()).as(path).contains(absolute(path));
			MvcTestResult bib = this.mvc.get()
				.uri(page.select("section.cite a[type=application/x-bibtex]").attr("href"))
				.exchange();
			assertThat(bib).hasStatusOk();
			assertThat(bib.getResponse().getContentType()).startsWith("application/x-bibtex");
			assertThat(bib.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("@misc{")
				.contains("url = {" + absolute(path) + "}");
			MvcTestResult csl = this.mvc.get()
				.uri(page.select("section.cite a[type=application/vnd.citationstyles.csl+json]").attr("href"))
				.exchange();
			assertThat(csl).hasStatusOk();
			assertThat(csl.getResponse().getContentType()).startsWith("application/vnd.citationstyles.csl+json");
			JsonNode item = this.json.readTree(csl.getResponse().getContentAsString(StandardCharsets.UTF_8)).get(0);
			assertThat(item.get("URL").asString()).isEqualTo(absolute(path));
			assertThat(item.get("type").asString()).isEqualTo("webpage");
		}
		assertThat(this.mvc.get().uri(PAIR + "?format=nonsense")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void thePairPageDescribesItselfAsADataSet() {
		Document page = Pages.get(this.mvc, PAIR);
		JsonNode ld = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(ld.get("@type").asString()).isEqualTo("Dataset");
		assertThat(ld.get("url").asString()).isEqualTo(absolute(PAIR));
	}

	@Test
	void theOpenApiDocumentDescribesThePublicJsonAndNotTheEditorsSide() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		JsonNode paths = this.json.readTree(result.getResponse().getContentAsByteArray()).get("paths");
		List<String> names = new ArrayList<>();
		paths.propertyNames().forEach(names::add);
		assertThat(names).contains("/visits/{reference}.json", "/people/{reference}.json",
				"/agreements/{reference}.json", "/relations/{slug}.json", "/relations/{slug}/{section}.json",
				"/index.json");
		assertThat(names).noneMatch((name) -> name.startsWith("/admin"));
		MvcTestResult forged = this.mvc.get()
			.uri("/v3/api-docs")
			.header("X-Forwarded-Host", "elsewhere.example")
			.exchange();
		JsonNode servers = this.json.readTree(forged.getResponse().getContentAsByteArray()).get("servers");
		assertThat(servers.get(0).get("url").asString()).isEqualTo("https://bilateral.example");
		assertThat(servers.toString()).doesNotContain("elsewhere.example");
	}

	private JsonNode json(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		assertThat(result.getResponse().getContentType()).as(path).startsWith("application/json");
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private JsonNode acceptingJson(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange();
		assertThat(result).as(path).hasStatusOk();
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private String absolute(String path) {
		return "https://bilateral.example" + path;
	}

	private static List<String> texts(JsonNode array, String... path) {
		List<String> texts = new ArrayList<>();
		for (JsonNode item : array) {
			JsonNode node = item;
			for (String name : path) {
				node = node.get(name);
			}
			texts.add(node.asString());
		}
		return texts;
	}

}
