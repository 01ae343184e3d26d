package org.bilateral.visit.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bilateral.common.NotFoundException;
import org.bilateral.common.text.Texts;
import org.bilateral.common.web.Citation;
import org.bilateral.common.web.OpenData;
import org.bilateral.common.web.PageReference;
import org.bilateral.common.web.PermanentRedirect;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.source.SourceData;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitData;
import org.bilateral.visit.VisitService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * A visit's own page at {@code /visits/{id}-{slug}}, and its JSON twin ({@code .json}, or
 * {@code Accept: application/json}). The id decides the visit; any other slug than the
 * current one (an old title, a truncated link, none) moves permanently to the current
 * address, so shared links keep working.
 */
@Controller
class VisitController {

	private final VisitService visits;

	private final PublicAddress address;

	private final OpenData openData;

	private final MessageSource messages;

	private final Texts texts;

	VisitController(VisitService visits, PublicAddress address, OpenData openData, MessageSource messages,
			Texts texts) {
		this.texts = texts;
		this.visits = visits;
		this.address = address;
		this.openData = openData;
		this.messages = messages;
	}

	@GetMapping("/visits/{reference}")
	ModelAndView show(@PathVariable String reference) {
		PageReference ref = PageReference.parse(reference);
		Visit visit = find(ref);
		if (!ref.isCurrent(visit.getSlug())) {
			return PermanentRedirect.to(visit.getPath());
		}
		String site = this.messages.getMessage("site.name", null, LocaleContextHolder.getLocale());
		String title = this.texts.of(visit, "title").text();
		return new ModelAndView("visits/show").addObject("visit", visit)
			.addObject("pageTitle", title)
			.addObject("pageDescription",
					(visit.getDescription() != null) ? this.texts.of(visit, "description").text() : title)
			.addObject("relation", visit.getRelation())
			.addObject("citation",
					Citation.of(visit.getTitle(), visit.getPath(), visit.getUpdatedAt(), this.address, site))
			.addObject("dataUrl", visit.getPath() + ".json")
			.addObject("jsonLd", this.openData.jsonLd(jsonLd(visit)));
	}

	@GetMapping(path = "/visits/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<VisitData> json(@PathVariable String reference) {
		return data(reference, "");
	}

	@GetMapping("/visits/{reference}.json")
	@ResponseBody
	ResponseEntity<VisitData> jsonFile(@PathVariable String reference) {
		return data(reference, ".json");
	}

	private ResponseEntity<VisitData> data(String reference, String suffix) {
		PageReference ref = PageReference.parse(reference);
		Visit visit = find(ref);
		if (!ref.isCurrent(visit.getSlug())) {
			return OpenData.movedTo(visit.getPath() + suffix);
		}
		return ResponseEntity.ok(VisitData.of(visit, this.address, SourceData::of, this.texts));
	}

	private Visit find(PageReference ref) {
		return this.visits.findForPage(ref.id()).orElseThrow(() -> new NotFoundException("No visit " + ref.id()));
	}

	/**
	 * The visit as a schema.org event, its dates at the precision the source states
	 * ("2017" stays a year), with the people who took part.
	 */
	private Map<String, Object> jsonLd(Visit visit) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Event");
		data.put("name", visit.getTitle());
		data.put("url", this.address.link(visit.getPath()));
		data.put("startDate", visit.getStarts().iso());
		if (visit.getEnds() != null) {
			data.put("endDate", visit.getEnds().iso());
		}
		if (!visit.getPlace().isEmpty()) {
			data.put("location", Map.of("@type", "Place", "name", visit.getPlace()));
		}
		if (visit.getDescription() != null) {
			data.put("description", visit.getDescription());
		}
		data.put("attendee",
				visit.getParticipants()
					.stream()
					.map((p) -> Map.of("@type", "Person", "name", p.getPerson().getName(), "jobTitle", p.getOffice(),
							"url", this.address.link(p.getPerson().getPath())))
					.toList());
		return data;
	}

}
