package org.bilateral.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.bilateral.common.NotFoundException;
import org.bilateral.common.admin.RecordTypes;
import org.bilateral.common.text.Languages;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.feed.FeedService.Feed;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Atom feeds of changes, written with Rome: {@code /feed.atom} for every relation and
 * {@code /relations/{slug}/feed.atom} for one. Each entry is a new or changed record,
 * linked, naming the fields that changed; the history's editor names stay on the editors'
 * side. Links and ids are made from the configured public address.
 */
@Controller
class FeedController {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private final FeedService feeds;

	private final RecordTypes types;

	private final MessageSource messages;

	private final PublicAddress publicAddress;

	FeedController(FeedService feeds, RecordTypes types, MessageSource messages, PublicAddress publicAddress) {
		this.feeds = feeds;
		this.types = types;
		this.messages = messages;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> portal() throws FeedException {
		return atom(this.feeds.portal(), "/feed.atom", "/");
	}

	@GetMapping("/relations/{slug}/feed.atom")
	ResponseEntity<String> relation(@PathVariable String slug) throws FeedException {
		Feed feed = this.feeds.relation(slug).orElseThrow(() -> new NotFoundException("No relation " + slug));
		return atom(feed, "/relations/" + slug + "/feed.atom", "/relations/" + slug);
	}

	private ResponseEntity<String> atom(Feed feed, String self, String page) throws FeedException {
		com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
		atom.setId(id(self));
		if (feed.pair() == null) {
			atom.setTitle(message("feed.title"));
			atom.setSubtitle(text(message("feed.description")));
		}
		else {
			atom.setTitle(message("feed.relationTitle", feed.pair().firstCountry(), feed.pair().secondCountry()));
			atom.setSubtitle(
					text(message("feed.relationDescription", feed.pair().firstCountry(), feed.pair().secondCountry())));
		}
		atom.setOtherLinks(List.of(link("self", self, ATOM.toString())));
		atom.setAlternateLinks(List.of(link("alternate", page, MediaType.TEXT_HTML_VALUE)));
		Person portal = new Person();
		portal.setName(message("site.name"));
		portal.setUri(this.publicAddress.link("/"));
		atom.setAuthors(List.of(portal));
		Instant updated = feed.changes().isEmpty() ? feed.dataChanged() : feed.changes().get(0).changedAt();
		atom.setUpdated(Date.from(updated));
		List<Entry> entries = new ArrayList<>();
		for (Change change : feed.changes()) {
			entries.add(entry(change));
		}
		atom.setEntries(entries);
		Document document = new WireFeedOutput().outputJDom(atom);
		markLanguages(document, feed.changes());
		String xml = new XMLOutputter(Format.getPrettyFormat()).outputString(document);
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

	private Entry entry(Change change) {
		Entry entry = new Entry();
		entry.setId(id("/revisions/" + change.revision()));
		String type = message("feed.type." + change.type());
		entry.setTitle(message(change.created() ? "feed.created" : "feed.updated", type, change.title()));
		entry.setAlternateLinks(List.of(link("alternate", change.path(), MediaType.TEXT_HTML_VALUE)));
		entry.setUpdated(Date.from(change.changedAt()));
		if (change.created()) {
			entry.setPublished(Date.from(change.changedAt()));
		}
		String summary = change.created() ? message("feed.createdSummary")
				: message("feed.updatedSummary",
						change.fields()
							.stream()
							.map((field) -> fieldLabel(change.type(), field))
							.distinct()
							.collect(Collectors.joining(", ")));
		entry.setSummary(text(summary));
		return entry;
	}

	/**
	 * Marks the feed with the reader's language, and each entry written in another
	 * language (its record's title) with that one.
	 */
	private static void markLanguages(Document document, List<Change> changes) {
		String reader = Languages.of(locale());
		Element root = document.getRootElement();
		root.setAttribute("lang", reader, Namespace.XML_NAMESPACE);
		List<Element> entries = root.getChildren("entry", root.getNamespace());
		for (int i = 0; i < entries.size() && i < changes.size(); i++) {
			String language = changes.get(i).language();
			if (language != null && !language.equals(reader)) {
				entries.get(i).setAttribute("lang", language, Namespace.XML_NAMESPACE);
			}
		}
	}

	/** A field's label as editors read it in the form, or its key for an unknown one. */
	private String fieldLabel(String type, String field) {
		return this.types.find(type)
			.flatMap((declared) -> declared.fieldLabel(field))
			.map((label) -> this.messages.getMessage(label, null, field, locale()))
			.orElse(field);
	}

	/**
	 * A lasting id, the same for the same thing on the same portal: a name-based UUID of
	 * the public address and what is identified.
	 */
	private String id(String path) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(this.publicAddress.link(path).getBytes(StandardCharsets.UTF_8));
	}

	private Link link(String rel, String path, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(this.publicAddress.link(path));
		return link;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
