package org.bilateral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.assertj.core.api.SoftAssertions;
import org.bilateral.common.web.Language;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering a page costs a small, fixed number of SQL statements, however many records
 * the relation has: no statement per visit, participant or country, and the same number
 * for the seeded pair as for a relation with thousands of records, on its first page as
 * on its last.
 */
@PortalTest
class QueryCountTests {

	/** The relations of the page, with how many there are in all. */
	static final int HOME_STATEMENTS = 1;

	/**
	 * Relation, counts per section, which heads of mission are current and then their
	 * details, visits, documents, trade, cultural centres, events, the visits during
	 * those events, sources.
	 */
	static final int PAIR_PAGE_STATEMENTS = 11;

	/** Relation, counts per section, the page's records, their sources. */
	static final int SECTION_PAGE_STATEMENTS = 4;

	/**
	 * Visits and events read one statement more: participants, or visits during the
	 * events.
	 */
	static final int VISITS_OR_EVENTS_PAGE_STATEMENTS = 5;

	static final int VISIT_PAGE_STATEMENTS = 1;

	/** The person, their postings as head of mission, the visits they took part in. */
	static final int PERSON_PAGE_STATEMENTS = 3;

	/** The document with its pair, source and the visit it was signed during. */
	static final int AGREEMENT_PAGE_STATEMENTS = 1;

	/** The page of results, with how many there are, highlighted. */
	static final int SEARCH_STATEMENTS = 1;

	/** The relation (or when records last changed), the latest changes. */
	static final int FEED_STATEMENTS = 2;

	/**
	 * The relations with their sections' sizes, the visits, the people, the documents.
	 */
	static final int SITEMAP_STATEMENTS = 4;

	static final List<String> SECTIONS = List.of("visits", "ambassadors", "agreements", "trade", "cultural-centres",
			"events");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void resetStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void removeTheLargeRelation() {
		LargeRelation.remove(this.jdbc);
	}

	@Test
	void homeIsOneStatement() {
		assertThat(statementsFor("/")).isEqualTo(HOME_STATEMENTS);
	}

	@Test
	void pairPageCostsAFixedNumberOfStatements() {
		assertThat(statementsFor(PublicPages.PAIR)).isEqualTo(PAIR_PAGE_STATEMENTS);
	}

	@Test
	void everySectionPageCostsAFixedNumberOfStatements() {
		SoftAssertions softly = new SoftAssertions();
		for (String section : SECTIONS) {
			softly.assertThat(statementsFor(PublicPages.PAIR + "/" + section))
				.as(section)
				.isEqualTo(expectedForSection(section));
		}
		softly.assertAll();
	}

	@Test
	void visitPageIsOneStatement() {
		long id = this.jdbc.queryForObject(
				"select id from visit where slug = 'nazarbayev-meets-macri-at-g20-summit-hangzhou'", Long.class);
		assertThat(statementsFor("/visits/" + id + "-nazarbayev-meets-macri-at-g20-summit-hangzhou"))
			.isEqualTo(VISIT_PAGE_STATEMENTS);
	}

	@Test
	void personAndDocumentPagesCostAFixedNumberOfStatements() {
		SoftAssertions softly = new SoftAssertions();
		for (String person : PublicPages.people(this.jdbc)) {
			softly.assertThat(statementsFor(person)).as(person).isEqualTo(PERSON_PAGE_STATEMENTS);
		}
		for (String agreement : PublicPages.agreements(this.jdbc)) {
			softly.assertThat(statementsFor(agreement)).as(agreement).isEqualTo(AGREEMENT_PAGE_STATEMENTS);
		}
		softly.assertAll();
	}

	@Test
	void theDataTwinsOfPagesCostWhatThePagesCost() {
		SoftAssertions softly = new SoftAssertions();
		List<String> pages = new ArrayList<>(List.of("/", PublicPages.PAIR));
		SECTIONS.forEach((section) -> pages.add(PublicPages.PAIR + "/" + section));
		pages.add(PublicPages.visits(this.jdbc).get(0));
		pages.add(PublicPages.people(this.jdbc).get(0));
		pages.add(PublicPages.agreements(this.jdbc).get(0));
		for (String page : pages) {
			long html = statementsFor(page);
			softly.assertThat(statementsFor(("/".equals(page) ? "/index" : page) + ".json"))
				.as(page + " as JSON")
				.isEqualTo(html);
			this.statistics.clear();
			assertThat(this.mvc.get().uri(page).accept(MediaType.APPLICATION_JSON)).hasStatusOk();
			softly.assertThat(this.statistics.getPrepareStatementCount()).as(page + " accepting JSON").isEqualTo(html);
		}
		for (String section : List.of("visits", "ambassadors", "agreements", "trade")) {
			String page = PublicPages.PAIR + "/" + section;
			softly.assertThat(statementsFor(page + ".csv")).as(page + " as CSV").isEqualTo(statementsFor(page));
		}
		softly.assertAll();
	}

	@Test
	void everyPublicPageCostsTheSameWithThousandsOfRecords() {
		Map<String, Long> seeded = statementsForEveryKindOfPage(PublicPages.PAIR, "erlan-idrissov-visits-buenos-aires");
		LargeRelation.insert(this.jdbc);
		Map<String, Long> large = statementsForEveryKindOfPage(LargeRelation.PAIR, "synthetic-visit-1000");

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(large).as("statements per page, large relation").isEqualTo(seeded);
		softly.assertThat(statementsFor("/?page=2")).as("second page of relations").isEqualTo(HOME_STATEMENTS);
		softly.assertThat(statementsFor(LargeRelation.PAIR + "/visits?page=2"))
			.as("second page of visits")
			.isEqualTo(VISITS_OR_EVENTS_PAGE_STATEMENTS);
		for (String section : SECTIONS) {
			String last = LargeRelation.PAIR + "/" + section + "?page=" + lastPage(LargeRelation.PAIR + "/" + section);
			softly.assertThat(statementsFor(last)).as(last).isEqualTo(expectedForSection(section));
		}
		softly.assertAll();
	}

	@Test
	void searchFeedsAndSitemapCostAFixedNumberOfStatementsAtAnySize() {
		Map<String, Long> seeded = statementsForDiscovery();
		LargeRelation.insert(this.jdbc);
		Map<String, Long> large = statementsForDiscovery();
		assertThat(seeded).containsEntry("search", (long) SEARCH_STATEMENTS)
			.containsEntry("search, nothing found", (long) SEARCH_STATEMENTS)
			.containsEntry("feed", (long) FEED_STATEMENTS)
			.containsEntry("relation feed", (long) FEED_STATEMENTS)
			.containsEntry("sitemap", (long) SITEMAP_STATEMENTS);
		assertThat(large).isEqualTo(seeded);
	}

	@Test
	void everyPublicPageCostsTheSameInEveryLanguage() {
		List<String> pages = PublicPages.paths(this.jdbc)
			.stream()
			.filter((page) -> !page.equals(PublicPages.NOT_FOUND))
			.toList();
		Map<String, Long> english = new LinkedHashMap<>();
		pages.forEach((page) -> english.put(page, statementsFor(page)));
		SoftAssertions softly = new SoftAssertions();
		for (Language language : Language.values()) {
			Map<String, Long> translated = new LinkedHashMap<>();
			pages.forEach((page) -> translated.put(page, statementsFor(PublicPages.in(language, page))));
			softly.assertThat(translated).as("statements per page in " + language).isEqualTo(english);
		}
		softly.assertAll();
	}

	@Test
	void aQueryWithNothingToSearchForCostsNoStatement() {
		assertThat(statementsFor("/search?q=!!!")).isZero();
		assertThat(statementsFor("/search")).isZero();
	}

	private Map<String, Long> statementsForDiscovery() {
		Map<String, Long> statements = new LinkedHashMap<>();
		statements.put("search", statementsFor("/search?q=Kazakhstan visits"));
		statements.put("search, nothing found", statementsFor("/search?q=qxzvbnmwpl"));
		statements.put("feed", statementsFor("/feed.atom"));
		statements.put("relation feed", statementsFor(PublicPages.PAIR + "/feed.atom"));
		statements.put("sitemap", statementsFor("/sitemap.xml"));
		return statements;
	}

	private Map<String, Long> statementsForEveryKindOfPage(String pair, String visitSlug) {
		Map<String, Long> statements = new LinkedHashMap<>();
		statements.put("home", statementsFor("/"));
		statements.put("pair", statementsFor(pair));
		for (String section : SECTIONS) {
			statements.put(section, statementsFor(pair + "/" + section));
		}
		long visit = this.jdbc.queryForObject("select id from visit where slug = ?", Long.class, visitSlug);
		statements.put("visit", statementsFor("/visits/" + visit + "-" + visitSlug));
		String person = this.jdbc.queryForObject(
				"""
						select '/people/' || p.id || '-' || p.slug from person p join visit_participant vp on vp.person_id = p.id
						join visit v on v.id = vp.visit_id where v.slug = ? order by p.id limit 1""",
				String.class, visitSlug);
		statements.put("person", statementsFor(person));
		String agreement = this.jdbc.queryForObject("""
				select '/agreements/' || a.id || '-' || a.slug from agreement a join relation r on r.id = a.relation_id
				where '/relations/' || r.slug = ? order by a.id limit 1""", String.class, pair);
		statements.put("agreement", statementsFor(agreement));
		return statements;
	}

	private static int expectedForSection(String section) {
		return (section.equals("visits") || section.equals("events")) ? VISITS_OR_EVENTS_PAGE_STATEMENTS
				: SECTION_PAGE_STATEMENTS;
	}

	private String lastPage(String path) {
		return Pages.get(this.mvc, path).select("nav.pagination li:nth-last-child(2) a").text();
	}

	private long statementsFor(String path) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(path)).as(path).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
