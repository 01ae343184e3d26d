package org.bilateral.search;

import java.util.regex.Pattern;

import org.bilateral.common.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /search?q=}: the records a query finds, a page at a time ({@code &page=N}). A
 * query with nothing to search for (empty, too long, only punctuation) gets the page with
 * a word on what to type instead, and costs no statement.
 */
@Controller
class SearchController {

	private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	ModelAndView search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", required = false) String page) {
		SearchQuery query = SearchQuery.parse(q);
		ModelAndView view = new ModelAndView("search/results").addObject("query", query)
			.addObject("searchText", query.text())
			.addObject("maxLength", SearchQuery.MAX_LENGTH);
		if (!query.searchable()) {
			return view;
		}
		int number = pageNumber(page);
		SearchResults results = this.search.search(query, number)
			.orElseThrow(() -> new NotFoundException("No page " + page + " of results"));
		ResultPages pages = ResultPages.of(results, query.text());
		return view.addObject("results", results)
			.addObject("pagination", pages)
			.addObject("previousPageUrl", pages.previous())
			.addObject("nextPageUrl", pages.next());
	}

	private static int pageNumber(String page) {
		if (page == null) {
			return 1;
		}
		if (!PAGE_NUMBER.matcher(page).matches()) {
			throw new NotFoundException("No page " + page);
		}
		return Integer.parseInt(page);
	}

}
