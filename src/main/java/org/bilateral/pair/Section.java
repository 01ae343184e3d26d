package org.bilateral.pair;

import java.util.Arrays;
import java.util.Optional;

/**
 * The country-pair page and the sections that each have a page of their own, with how
 * many records one page of a section shows.
 */
enum Section {

	OVERVIEW("", "relations/show", 0), VISITS("visits", "relations/visits", 20),
	AMBASSADORS("ambassadors", "relations/ambassadors", 20), AGREEMENTS("agreements", "relations/agreements", 50),
	TRADE("trade", "relations/trade", 20), CULTURAL_CENTRES("cultural-centres", "relations/cultural-centres", 20),
	EVENTS("events", "relations/events", 20);

	private final String path;

	private final String template;

	private final int pageSize;

	Section(String path, String template, int pageSize) {
		this.path = path;
		this.template = template;
		this.pageSize = pageSize;
	}

	static Optional<Section> fromPath(String path) {
		return Arrays.stream(values())
			.filter((section) -> section != OVERVIEW && section.path.equals(path))
			.findFirst();
	}

	String suffix() {
		return this.path.isEmpty() ? "" : "/" + this.path;
	}

	String template() {
		return this.template;
	}

	int pageSize() {
		return this.pageSize;
	}

}
