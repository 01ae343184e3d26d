package org.bilateral.common.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}, every public page the features declare ({@link SitemapSource}) in
 * every {@link Language}, with when its records last changed and its versions in the
 * other languages ({@code xhtml:link} alternates), and {@code /robots.txt}, which points
 * crawlers at it and away from the editors' side, sign-in and search results. Both name
 * pages by the configured public address ({@link PublicAddress}); robots.txt leaves the
 * sitemap out while none is configured, since it must be absolute.
 */
@Controller
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** Where the language versions of a page are named, as search engines read them. */
	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private final ObjectProvider<SitemapSource> sources;

	private final PublicAddress publicAddress;

	SitemapController(ObjectProvider<SitemapSource> sources, PublicAddress publicAddress) {
		this.sources = sources;
		this.publicAddress = publicAddress;
	}

	@GetMapping(path = "/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		xml.writeNamespace("xhtml", XHTML);
		this.sources.orderedStream().flatMap((source) -> source.sitemapEntries().stream()).forEach((entry) -> {
			try {
				for (Language language : Language.values()) {
					xml.writeStartElement("url");
					element(xml, "loc", this.publicAddress.link(language.prefix() + entry.path()));
					if (entry.lastModified() != null) {
						element(xml, "lastmod", entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
					}
					for (Language alternate : Language.values()) {
						alternate(xml, alternate.tag(), alternate.prefix() + entry.path());
					}
					alternate(xml, "x-default", entry.path());
					xml.writeEndElement();
				}
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		});
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
			.body(text.toString());
	}

	@GetMapping(path = "/robots.txt")
	ResponseEntity<String> robots() {
		StringBuilder robots = new StringBuilder();
		robots.append("User-agent: *\n");
		robots.append("Disallow: /admin\n");
		robots.append("Disallow: /login\n");
		robots.append("Disallow: /search\n");
		for (Language language : Language.values()) {
			if (language != Language.ENGLISH) {
				robots.append("Disallow: ").append(language.prefix()).append("/search\n");
			}
		}
		if (this.publicAddress.isKnown()) {
			robots.append("\nSitemap: ").append(this.publicAddress.link("/sitemap.xml")).append('\n');
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(robots.toString());
	}

	private void alternate(XMLStreamWriter xml, String language, String path) throws XMLStreamException {
		xml.writeEmptyElement("xhtml", "link", XHTML);
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("hreflang", language);
		xml.writeAttribute("href", this.publicAddress.link(path));
	}

	private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
