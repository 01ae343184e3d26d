package org.bilateral.visit.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bilateral.common.NotFoundException;
import org.bilateral.common.web.PermanentRedirect;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A visit's own page at {@code /visits/{id}-{slug}}. The id decides the visit; any other
 * slug than the current one (an old title, a truncated link) moves permanently to the
 * current address, so shared links keep working.
 */
@Controller
class VisitController {

	private static final Pattern REFERENCE = Pattern.compile("(\\d{1,18})(?:-(.*))?");

	private final VisitService visits;

	VisitController(VisitService visits) {
		this.visits = visits;
	}

	@GetMapping("/visits/{reference}")
	ModelAndView show(@PathVariable String reference) {
		Matcher matcher = REFERENCE.matcher(reference);
		if (!matcher.matches()) {
			throw notFound(reference);
		}
		Visit visit = this.visits.findForPage(Long.parseLong(matcher.group(1))).orElseThrow(() -> notFound(reference));
		if (!visit.getSlug().equals(matcher.group(2))) {
			return PermanentRedirect.to(visit.getPath());
		}
		return new ModelAndView("visits/show").addObject("visit", visit).addObject("relation", visit.getRelation());
	}

	private static NotFoundException notFound(String reference) {
		return new NotFoundException("No visit " + reference);
	}

}
