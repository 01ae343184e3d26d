package org.bilateral.search;

import java.util.List;

import org.bilateral.pair.Pagination;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links between the pages of a search's results, shown like every other long list's
 * ({@link Pagination}), with the query in each address.
 */
public record ResultPages(Pagination pages, String query) {

	static ResultPages of(SearchResults results, String query) {
		return new ResultPages(new Pagination(results.page(), results.lastPage(), "/search"), query);
	}

	public boolean isNeeded() {
		return this.pages.isNeeded();
	}

	public int current() {
		return this.pages.current();
	}

	public boolean hasPrevious() {
		return this.pages.hasPrevious();
	}

	public boolean hasNext() {
		return this.pages.hasNext();
	}

	public String previous() {
		return hasPrevious() ? href(current() - 1) : null;
	}

	public String next() {
		return hasNext() ? href(current() + 1) : null;
	}

	public List<Integer> items() {
		return this.pages.items();
	}

	public String href(int page) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/search").queryParam("q", this.query);
		if (page > 1) {
			address.queryParam("page", page);
		}
		return address.encode().build().toUriString();
	}

}
