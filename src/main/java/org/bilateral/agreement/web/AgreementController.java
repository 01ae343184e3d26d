package org.bilateral.agreement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bilateral.agreement.Agreement;
import org.bilateral.agreement.AgreementData;
import org.bilateral.agreement.AgreementService;
import org.bilateral.common.NotFoundException;
import org.bilateral.common.text.Texts;
import org.bilateral.common.web.Citation;
import org.bilateral.common.web.OpenData;
import org.bilateral.common.web.PageReference;
import org.bilateral.common.web.PermanentRedirect;
import org.bilateral.common.web.PublicAddress;
import org.bilateral.relation.Relation;
import org.bilateral.source.SourceData;

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
 * A document's page at {@code /agreements/{id}-{slug}}, and its JSON twin. The id decides
 * the document; any other slug moves permanently to the current address.
 */
@Controller
class AgreementController {

	private final AgreementService agreements;

	private final PublicAddress address;

	private final OpenData openData;

	private final MessageSource messages;

	private final Texts texts;

	AgreementController(AgreementService agreements, PublicAddress address, OpenData openData, MessageSource messages,
			Texts texts) {
		this.texts = texts;
		this.agreements = agreements;
		this.address = address;
		this.openData = openData;
		this.messages = messages;
	}

	@GetMapping("/agreements/{reference}")
	ModelAndView show(@PathVariable String reference) {
		PageReference ref = PageReference.parse(reference);
		Agreement agreement = find(ref);
		if (!ref.isCurrent(agreement.getSlug())) {
			return PermanentRedirect.to(agreement.getPath());
		}
		String title = title(agreement);
		return new ModelAndView("agreements/show").addObject("agreement", agreement)
			.addObject("relation", agreement.getRelation())
			.addObject("pageTitle", title)
			.addObject("citation",
					Citation.of(title, agreement.getPath(), agreement.getUpdatedAt(), this.address,
							message("site.name")))
			.addObject("dataUrl", agreement.getPath() + ".json")
			.addObject("jsonLd", this.openData.jsonLd(jsonLd(agreement, title)));
	}

	@GetMapping(path = "/agreements/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<AgreementData> json(@PathVariable String reference) {
		return data(reference, "");
	}

	@GetMapping("/agreements/{reference}.json")
	@ResponseBody
	ResponseEntity<AgreementData> jsonFile(@PathVariable String reference) {
		return data(reference, ".json");
	}

	private ResponseEntity<AgreementData> data(String reference, String suffix) {
		PageReference ref = PageReference.parse(reference);
		Agreement agreement = find(ref);
		if (!ref.isCurrent(agreement.getSlug())) {
			return OpenData.movedTo(agreement.getPath() + suffix);
		}
		return ResponseEntity.ok(AgreementData.of(agreement, this.address, SourceData::of, this.texts));
	}

	private Agreement find(PageReference ref) {
		return this.agreements.findForPage(ref.id())
			.orElseThrow(() -> new NotFoundException("No agreement " + ref.id()));
	}

	/**
	 * The document's title, or what it is about, in the reader's language where
	 * translated.
	 */
	private String title(Agreement agreement) {
		return (agreement.getTitle() != null) ? this.texts.of(agreement, "title").text()
				: message("agreement.page.untitled", this.texts.of(agreement, "sphere").text());
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The document as schema.org describes legislation, between the pair's two countries.
	 */
	private Map<String, Object> jsonLd(Agreement agreement, String title) {
		Relation relation = agreement.getRelation();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Legislation");
		data.put("name", title);
		data.put("url", this.address.link(agreement.getPath()));
		data.put("about", agreement.getSphere());
		data.put("legislationJurisdiction",
				List.of(relation.getFirstCountry().getName(), relation.getSecondCountry().getName()));
		if (agreement.getSignedOn() != null) {
			data.put("legislationDate", agreement.getSignedOn().iso());
		}
		if (agreement.getType() != null) {
			data.put("legislationType", agreement.getType());
		}
		return data;
	}

}
