package org.bilateral.pair;

import java.util.regex.Pattern;

import org.bilateral.common.NotFoundException;
import org.bilateral.common.web.PermanentRedirect;
import org.bilateral.common.web.PublicAddress;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages of relations: the list, the country-pair page and its sections, the
 * lists a page at a time ({@code ?page=N}; a page that does not exist is not found). A
 * pair named in the other order moves permanently to the canonical address.
 */
@Controller
class PairController {

	/** A page number as people write it: no sign, no leading zero, well within an int. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

	private final PairService relations;

	private final PublicAddress publicAddress;

	PairController(PairService relations, PublicAddress publicAddress) {
		this.relations = relations;
		this.publicAddress = publicAddress;
	}

	@GetMapping("/")
	ModelAndView index(@RequestParam(name = "page", required = false) String page) {
		int number = pageNumber(page);
		return this.relations.findRelations(number).map((relations) -> {
			Pagination pagination = Pagination.of(relations, "/");
			return paged(new ModelAndView("relations/index").addObject("relations", relations.getContent())
				.addObject("pagination", pagination), pagination);
		}).orElseThrow(() -> new NotFoundException("No page " + page + " of relations"));
	}

	@GetMapping("/relations/{slug}")
	ModelAndView show(@PathVariable String slug) {
		return this.relations.findOverview(slug)
			.map((overview) -> new ModelAndView(Section.OVERVIEW.template()).addObject("overview", overview)
				.addObject("relation", overview.relation()))
			.orElseGet(() -> redirectToCanonical(slug, Section.OVERVIEW, null));
	}

	@GetMapping("/relations/{slug}/{section}")
	ModelAndView section(@PathVariable String slug, @PathVariable String section,
			@RequestParam(name = "page", required = false) String page) {
		Section found = Section.fromPath(section).orElseThrow(() -> notFound(slug));
		int number = pageNumber(page);
		return this.relations.findSection(slug, found, number).map((sectionPage) -> {
			Pagination pagination = sectionPage.pagination();
			return paged(new ModelAndView(found.template()).addObject("sectionPage", sectionPage)
				.addObject("relation", sectionPage.relation())
				.addObject("pagination", pagination), pagination);
		}).orElseGet(() -> redirectToCanonical(slug, found, page));
	}

	/** Links the page to the ones before and after it, and names its own address. */
	private ModelAndView paged(ModelAndView view, Pagination pagination) {
		view.addObject("previousPageUrl", pagination.previous()).addObject("nextPageUrl", pagination.next());
		return view.addObject("canonicalUrl", this.publicAddress.link(pagination.href(pagination.current())));
	}

	private ModelAndView redirectToCanonical(String slug, Section section, String page) {
		String query = (page != null) ? "?page=" + pageNumber(page) : "";
		return this.relations.findCanonicalSlug(slug)
			.map((canonical) -> PermanentRedirect.to("/relations/" + canonical + section.suffix() + query))
			.orElseThrow(() -> notFound(slug));
	}

	/**
	 * The page asked for: 1 when none is given; not found when it is not a page number.
	 */
	private static int pageNumber(String page) {
		if (page == null) {
			return 1;
		}
		if (!PAGE_NUMBER.matcher(page).matches()) {
			throw new NotFoundException("No page " + page);
		}
		return Integer.parseInt(page);
	}

	private static NotFoundException notFound(String slug) {
		return new NotFoundException("No relation " + slug);
	}

}
