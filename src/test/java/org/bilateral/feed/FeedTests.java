package org.bilateral.feed;

import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.bilateral.Editor;
import org.bilateral.Pages;
import org.bilateral.PortalTest;
import org.bilateral.PublicPages;
import org.bilateral.TestRecords;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilateral.Forms.form;
import static org.bilateral.Forms.with;

/**
 * The Atom feeds of changes, for the portal and for each relation: valid Atom with every
 * element the format requires, an entry for each new and changed record that names the
 * fields that changed and links the record, nobody's username, linked from the pages, and
 * revalidated like every page.
 */
@PortalTest
class FeedTests {

	static final String BASE = "https://bilateral.example";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Editor editor;

	@Autowired
	TestRecords records;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void newAndChangedRecordsAreEntriesNamingTheChangedFields() throws Exception {
		long id = this.editor.create("agreements", agreement("Test feed agreement on fisheries", "Hangzhou"));
		MultiValueMap<String, String> changed = agreement("Test feed agreement on fisheries and ports", "Astana");
		assertThat(this.editor.post("/admin/agreements/" + id, changed)).hasStatus3xxRedirection();

		String slug = this.jdbc.queryForObject("select slug from agreement where id = ?", String.class, id);
		for (String path : List.of("/feed.atom", PublicPages.PAIR + "/feed.atom")) {
			Feed feed = atom(path);
			assertValidAtom(feed);
			List<Entry> entries = feed.getEntries()
				.stream()
				.filter((entry) -> entry.getAlternateLinks()
					.get(0)
					.getHref()
					.equals(BASE + "/agreements/" + id + "-" + slug))
				.toList();
			assertThat(entries).as(path).hasSize(2);
			Entry update = entries.get(0);
			assertThat(update.getTitle()).isEqualTo("Changed document: Test feed agreement on fisheries and ports");
			assertThat(update.getSummary().getValue()).isEqualTo("Changed: Title, Signed at (place).");
			Entry creation = entries.get(1);
			assertThat(creation.getTitle()).isEqualTo("New document: Test feed agreement on fisheries and ports");
			assertThat(creation.getPublished()).isNotNull();
			assertThat(update.getUpdated()).isAfterOrEqualTo(creation.getUpdated());
		}
	}

	@Test
	void aRelationsFeedHoldsOnlyItsOwnRecords() throws Exception {
		long other = this.records.relation("AR", "BR");
		long id = this.editor.create("agreements", form("relationId", other, "title", "Test other pair agreement",
				"sphere", "Test sphere", "position", 1));
		assertThat(links(atom("/feed.atom"))).contains(BASE + "/agreements/" + id);
		assertThat(links(atom(PublicPages.PAIR + "/feed.atom"))).doesNotContain(BASE + "/agreements/" + id);
		assertThat(links(atom("/relations/argentina-brazil/feed.atom"))).containsExactly(BASE + "/agreements/" + id);
	}

	@Test
	void feedsNameNoEditor() throws Exception {
		this.editor.create("agreements", agreement("Test feed agreement without names", "Hangzhou"));
		String xml = this.mvc.get().uri("/feed.atom").exchange().getResponse().getContentAsString();
		assertThat(xml).contains("Test feed agreement without names").doesNotContain(">editor<", "\"editor\"");
		assertThat(this.jdbc.queryForList("select distinct changed_by from revision", String.class)).contains("editor");
	}

	@Test
	void anEmptyFeedIsStillValidAtom() throws Exception {
		this.records.relation("AR", "BR");
		Feed feed = atom("/relations/argentina-brazil/feed.atom");
		assertValidAtom(feed);
		assertThat(feed.getEntries()).isEmpty();
	}

	@Test
	void pagesLinkTheirFeeds() {
		Document home = Pages.get(this.mvc, "/");
		assertThat(home.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.containsExactly("/feed.atom");
		Document pair = Pages.get(this.mvc, PublicPages.PAIR + "/visits");
		assertThat(pair.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.containsExactly("/feed.atom", PublicPages.PAIR + "/feed.atom");
		for (String path : List.of("/feed.atom", PublicPages.PAIR + "/feed.atom")) {
			assertThat(this.mvc.get().uri(path)).hasStatusOk();
		}
	}

	@Test
	void anUnknownRelationHasNoFeed() {
		assertThat(this.mvc.get().uri("/relations/no-such-pair/feed.atom")).hasStatus(404);
	}

	@Test
	void anEditShowsInTheFeedAtOnce() throws Exception {
		assertThat(this.mvc.get().uri("/feed.atom")).hasStatusOk();
		this.editor.create("agreements", agreement("Test feed agreement shown at once", "Hangzhou"));
		assertThat(atom("/feed.atom").getEntries().get(0).getTitle())
			.isEqualTo("New document: Test feed agreement shown at once");
	}

	@Test
	void theFeedIsMarkedWithItsLanguageAndAnEntryWrittenInAnotherWithThatOne() throws Exception {
		long id = this.editor.create("agreements", with(agreement("Тестовое соглашение о рыболовстве", "Astana"),
				"slug", "test-feed-russian-agreement", "textLanguage", "ru"));
		MvcTestResult result = this.mvc.get().uri("/feed.atom").exchange();
		org.jdom2.Document xml = new org.jdom2.input.SAXBuilder()
			.build(new StringReader(result.getResponse().getContentAsString()));
		org.jdom2.Element root = xml.getRootElement();
		assertThat(root.getAttributeValue("lang", org.jdom2.Namespace.XML_NAMESPACE)).isEqualTo("en");
		List<org.jdom2.Element> entries = root.getChildren("entry", root.getNamespace());
		assertThat(entries.get(0).getChildText("title", root.getNamespace()))
			.isEqualTo("New document: Тестовое соглашение о рыболовстве");
		assertThat(entries.get(0).getAttributeValue("lang", org.jdom2.Namespace.XML_NAMESPACE)).isEqualTo("ru");
		assertThat(entries.subList(1, entries.size()))
			.allSatisfy((entry) -> assertThat(entry.getAttribute("lang", org.jdom2.Namespace.XML_NAMESPACE)).isNull());
	}

	private Feed atom(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
		WireFeedInput input = new WireFeedInput();
		Feed feed = (Feed) input.build(new StringReader(result.getResponse().getContentAsString()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		return feed;
	}

	/** What RFC 4287 requires of a feed and of each entry. */
	private static void assertValidAtom(Feed feed) {
		assertThat(feed.getId()).startsWith("urn:uuid:");
		assertThat(feed.getTitle()).isNotBlank();
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getAuthors()).extracting("name").containsExactly("Bilateral");
		assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
		assertThat(feed.getOtherLinks().get(0).getHref()).startsWith(BASE + "/").endsWith("feed.atom");
		for (Entry entry : feed.getEntries()) {
			assertThat(entry.getId()).startsWith("urn:uuid:");
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getUpdated()).isNotNull();
			assertThat(entry.getAlternateLinks()).hasSize(1);
			assertThat(entry.getAlternateLinks().get(0).getHref()).startsWith(BASE + "/");
			assertThat(entry.getSummary().getValue()).isNotBlank();
		}
		assertThat(feed.getEntries()).extracting(Entry::getId).doesNotHaveDuplicates();
	}

	/**
	 * The records the entries link, by type and id: without the slug after a document's
	 * id.
	 */
	private static List<String> links(Feed feed) {
		return feed.getEntries()
			.stream()
			.map((entry) -> entry.getAlternateLinks().get(0).getHref())
			.map((href) -> href.replaceFirst("(/agreements/[0-9]+)-[a-z0-9-]+$", "$1"))
			.toList();
	}

	private MultiValueMap<String, String> agreement(String title, String place) {
		return form("relationId", this.records.pair(), "title", title, "sphere", "Test sphere transport", "type",
				"Agreement", "signedOn.year", 2016, "signedOn.month", 9, "signedAt", place, "status", "IN_FORCE",
				"position", 9, "version", 0);
	}

}
