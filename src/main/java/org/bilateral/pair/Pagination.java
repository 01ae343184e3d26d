package org.bilateral.pair;

import java.util.List;

import org.bilateral.common.web.PageNumbers;

import org.springframework.data.domain.Page;

/**
 * The links between the pages of a long list: the first and last page, the pages around
 * the current one, and gaps between them, so the navigation stays short at any length.
 * Page 1 has the plain address; page N adds {@code ?page=N}.
 */
public record Pagination(int current, int last, String path) {

	/** Pages shown on each side of the current one. */
	static final int AROUND = 2;

	static Pagination of(Page<?> page, String path) {
		return new Pagination(page.getNumber() + 1, Math.max(page.getTotalPages(), 1), path);
	}

	/** Whether there is more than one page, and so anything to navigate. */
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

	public String href(int page) {
		return (page == 1) ? this.path : this.path + "?page=" + page;
	}

	/** The page numbers to link, with {@code null} where pages are left out. */
	public List<Integer> items() {
		return PageNumbers.around(this.current, this.last, AROUND);
	}

}
