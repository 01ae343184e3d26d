package org.bilateral.pair;

import java.util.Arrays;
import java.util.Optional;

/**
 * The country-pair page and the sections that each have a page of their own, with how
 * many records one page of a section shows.
 */
enum Section {

	OVERVIEW("", "relations/show", 0, false), VISITS("visits", "relations/visits", 20, true),
	AMBASSADORS("ambassadors", "relations/ambassadors", 20, true),
	AGREEMENTS("agreements", "relations/agreements", 50, true), TRADE("trade", "relations/trade", 20, true),
	CULTURAL_CENTRES("cultural-centres", "relations/cultural-centres", 20, false),
	EVENTS("events", "relations/events", 20, false);

	private final String path;

	private final String template;

	private final int pageSize;

	private final boolean tabular;

	Section(String path, String template, int pageSize, boolean tabular) {
		this.path = path;
		this.template = template;
		this.pageSize = pageSize;
		this.tabular = tabular;
	}

	/** Whether the section is a table, and so also comes as CSV. */
	boolean isTabular() {
		return this.tabular;
	}

	/** The section's heading in the messages. */
	String heading() {
		return switch (this) {
			case OVERVIEW -> "pair.heading";
			case CULTURAL_CENTRES -> "section.culturalCentres";
			default -> "section." + this.path;
		};
	}

	/** The section's name in the data formats. */
	String dataName() {
		return this.path;
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
