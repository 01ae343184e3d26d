package org.bilateral.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to cite a page: its title, its permanent address (absolute when the public address
 * is configured) and the day its records last changed; written out as BibTeX and as
 * CSL-JSON for reference managers.
 */
public record Citation(String title, String path, String url, LocalDate lastChanged, String siteName) {

	public static Citation of(String title, String path, Instant lastChanged, PublicAddress address, String siteName) {
		return new Citation(title, path, address.link(path),
				(lastChanged != null) ? LocalDate.ofInstant(lastChanged, ZoneOffset.UTC) : null, siteName);
	}

	/** A key for reference managers, made of the address's path. */
	public String key() {
		String path = this.url.replaceFirst("^[a-z]+://[^/]+", "");
		String key = path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return this.siteName.toLowerCase(java.util.Locale.ROOT) + (key.isEmpty() ? "" : "-" + key);
	}

	public String bibtex() {
		StringBuilder bib = new StringBuilder("@misc{").append(key()).append(",\n");
		field(bib, "title", "{" + escape(this.title) + "}");
		field(bib, "author", "{" + escape(this.siteName) + "}");
		field(bib, "howpublished", "\\url{" + this.url + "}");
		field(bib, "url", this.url);
		if (this.lastChanged != null) {
			field(bib, "year", String.valueOf(this.lastChanged.getYear()));
			field(bib, "date", this.lastChanged.toString());
			field(bib, "note", "Last changed " + this.lastChanged);
		}
		bib.setLength(bib.length() - 2);
		return bib.append("\n}\n").toString();
	}

	/** The CSL-JSON item: one web page. */
	public List<Map<String, Object>> csl() {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", key());
		item.put("type", "webpage");
		item.put("title", this.title);
		item.put("container-title", this.siteName);
		item.put("publisher", this.siteName);
		item.put("URL", this.url);
		if (this.lastChanged != null) {
			item.put("issued", Map.of("date-parts", List.of(List.of(this.lastChanged.getYear(),
					this.lastChanged.getMonthValue(), this.lastChanged.getDayOfMonth()))));
		}
		return List.of(item);
	}

	private static void field(StringBuilder bib, String name, String value) {
		bib.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/**
	 * Makes text safe inside a BibTeX field: LaTeX's special characters taken literally.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
