package org.bilateral.pair;

import java.util.List;

/**
 * The most relevant records of a section, as the country-pair page shows them, and how
 * many the section has in all, for the link to its own pages.
 */
public record Preview<T>(List<T> items, long total) {

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** Whether the section has more records than the preview shows. */
	public boolean isPartial() {
		return this.items.size() < this.total;
	}

}
