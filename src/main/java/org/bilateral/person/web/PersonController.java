package org.bilateral.person.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bilateral.common.NotFoundException;
import org.bilateral.common.text.Texts;
import org.bilateral.common.web.Citation;
import org.bilateral.common.web.OpenData;
import org.bilateral.common.web.PageReference;
import org.bilateral.common.web.PermanentRedirect;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.person.Person;
import org.bilateral.person.PersonData;
import org.bilateral.person.PersonPage;
import org.bilateral.person.PersonService;

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
 * A person's page at {@code /people/{id}-{slug}}, and its JSON twin ({@code .json}, or
 * {@code Accept: application/json}). The id decides the person; any other slug moves
 * permanently to the current address.
 */
@Controller
class PersonController {

	private final PersonService people;

	private final PublicAddress address;

	private final OpenData openData;

	private final MessageSource messages;

	private final Texts texts;

	PersonController(PersonService people, PublicAddress address, OpenData openData, MessageSource messages,
			Texts texts) {
		this.texts = texts;
		this.people = people;
		this.address = address;
		this.openData = openData;
		this.messages = messages;
	}

	@GetMapping("/people/{reference}")
	ModelAndView show(@PathVariable String reference) {
		PageReference ref = PageReference.parse(reference);
		PersonPage page = find(ref);
		Person person = page.person();
		if (!ref.isCurrent(person.getSlug())) {
			return PermanentRedirect.to(person.getPath());
		}
		String site = this.messages.getMessage("site.name", null, LocaleContextHolder.getLocale());
		return new ModelAndView("people/show").addObject("page", page)
			.addObject("pageTitle", this.texts.name(person, "name").text())
			.addObject("person", person)
			.addObject("citation",
					Citation.of(person.getName(), person.getPath(), page.lastChanged(), this.address, site))
			.addObject("dataUrl", person.getPath() + ".json")
			.addObject("jsonLd", this.openData.jsonLd(jsonLd(page)));
	}

	@GetMapping(path = "/people/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<PersonData> json(@PathVariable String reference) {
		return data(reference, "");
	}

	@GetMapping("/people/{reference}.json")
	@ResponseBody
	ResponseEntity<PersonData> jsonFile(@PathVariable String reference) {
		return data(reference, ".json");
	}

	private ResponseEntity<PersonData> data(String reference, String suffix) {
		PageReference ref = PageReference.parse(reference);
		PersonPage page = find(ref);
		if (!ref.isCurrent(page.person().getSlug())) {
			return OpenData.movedTo(page.person().getPath() + suffix);
		}
		return ResponseEntity.ok(PersonData.of(page, this.address, this.texts));
	}

	private PersonPage find(PageReference ref) {
		return this.people.findForPage(ref.id()).orElseThrow(() -> new NotFoundException("No person " + ref.id()));
	}

	/** The person as schema.org describes people, with the offices they held. */
	private Map<String, Object> jsonLd(PersonPage page) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Person");
		data.put("name", page.person().getName());
		data.put("url", this.address.link(page.person().getPath()));
		List<String> offices = page.offices().stream().map(PersonPage.Office::name).toList();
		if (!offices.isEmpty()) {
			data.put("jobTitle", offices);
		}
		return data;
	}

}
