package org.bilateral.common.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers a long list links to: the first and last page, the pages around the
 * current one, and a gap ({@code null}) where pages are left out, so the navigation stays
 * short at any length.
 */
public final class PageNumbers {

	private PageNumbers() {
	}

	public static List<Integer> around(int current, int last, int around) {
		List<Integer> items = new ArrayList<>();
		int from = Math.max(1, current - around);
		int to = Math.min(last, current + around);
		if (from > 1) {
			items.add(1);
			if (from > 2) {
				items.add(null);
			}
		}
		for (int page = from; page <= to; page++) {
			items.add(page);
		}
		if (to < last) {
			if (to < last - 1) {
				items.add(null);
			}
			items.add(last);
		}
		return items;
	}

}
