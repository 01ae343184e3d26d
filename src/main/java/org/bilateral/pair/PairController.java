package org.bilateral.pair;

import org.bilateral.common.NotFoundException;
import org.bilateral.common.web.PermanentRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages of relations: the list, the country-pair page and its sections. A pair
 * named in the other order moves permanently to the canonical address.
 */
@Controller
class PairController {

	private final PairService relations;

	PairController(PairService relations) {
		this.relations = relations;
	}

	@GetMapping("/")
	ModelAndView index() {
		return new ModelAndView("relations/index").addObject("relations", this.relations.findAll());
	}

	@GetMapping("/relations/{slug}")
	ModelAndView show(@PathVariable String slug) {
		return page(slug, Section.OVERVIEW);
	}

	@GetMapping("/relations/{slug}/{section}")
	ModelAndView section(@PathVariable String slug, @PathVariable String section) {
		return page(slug, Section.fromPath(section).orElseThrow(() -> notFound(slug)));
	}

	private ModelAndView page(String slug, Section section) {
		return this.relations.findOverview(slug)
			.map((overview) -> view(section, overview))
			.orElseGet(() -> this.relations.findCanonicalSlug(slug)
				.map((canonical) -> PermanentRedirect.to("/relations/" + canonical + section.suffix()))
				.orElseThrow(() -> notFound(slug)));
	}

	private ModelAndView view(Section section, RelationOverview overview) {
		return new ModelAndView(section.template()).addObject("overview", overview)
			.addObject("relation", overview.relation())
			.addObject("section", section);
	}

	private static NotFoundException notFound(String slug) {
		return new NotFoundException("No relation " + slug);
	}

}
