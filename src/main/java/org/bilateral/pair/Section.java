package org.bilateral.pair;

import java.util.Arrays;
import java.util.Optional;

/**
 * The country-pair page and the sections that each have a page of their own.
 */
enum Section {

	OVERVIEW("", "relations/show"), VISITS("visits", "relations/visits"),
	AMBASSADORS("ambassadors", "relations/ambassadors"), AGREEMENTS("agreements", "relations/agreements"),
	TRADE("trade", "relations/trade"), CULTURAL_CENTRES("cultural-centres", "relations/cultural-centres");

	private final String path;

	private final String template;

	Section(String path, String template) {
		this.path = path;
		this.template = template;
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

}
