package org.bilateral.search;

import java.util.List;

import org.bilateral.common.web.PageNumbers;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links between the pages of a search's results, with the query in each address,
 * shown by the same fragment as every other long list's: the first and last page, the
 * pages around the current one, and gaps between them.
 *
 * @param current the page shown, from 1
 * @param last the last page
 * @param query the query as typed
 */
public record ResultPages(int current, int last, String query) {

	/** Pages shown on each side of the current one. */
	static final int AROUND = 2;

	static ResultPages of(SearchResults results, String query) {
		return new ResultPages(results.page(), results.lastPage(), query);
	}

	public boolean isNeeded() {
		return this.last > 1;
	}

	public boolean hasPrevious() {
		return this.current > 1;
	}

	public boolean hasNext() {
		return this.current < this.last;
	}

	public String previous() {
		return hasPrevious() ? href(this.current - 1) : null;
	}

	public String next() {
		return hasNext() ? href(this.current + 1) : null;
	}

	/** The page numbers to link, with {@code null} where pages are left out. */
	public List<Integer> items() {
		return PageNumbers.around(this.current, this.last, AROUND);
	}

	public String href(int page) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}");
		if (page > 1) {
			address.queryParam("page", page);
		}
		return address.encode().buildAndExpand(this.query).toUriString();
	}

}
