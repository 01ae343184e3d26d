package org.bilateral.search;

import java.util.List;

/**
 * One page of what a search found, with how many records it found in all.
 *
 * @param hits the records of the page, best first
 * @param total how many records the search found
 * @param page the page number, from 1
 * @param pageSize records to a page
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize) {

	public int lastPage() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < lastPage();
	}

	/** The number of the page's first record, from 1. */
	public long first() {
		return (long) (this.page - 1) * this.pageSize + 1;
	}

	public long last() {
		return first() + this.hits.size() - 1;
	}

}
