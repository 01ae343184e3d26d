package org.bilateral.admin;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.bilateral.common.NotFoundException;
import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.RecordType;
import org.bilateral.common.admin.RecordTypes;
import org.bilateral.common.claims.Claim;
import org.bilateral.common.claims.ClaimSource;
import org.bilateral.common.claims.ClaimVerifications;
import org.bilateral.common.claims.Claims;
import org.bilateral.common.web.Bidi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claims about the present that the records make, for editors to check again: those
 * not confirmed for longer than the configured age first, then the others. Checking one
 * again records the day, the editor and the source, and keeps every earlier check; the
 * public pages show the latest.
 */
@Controller
class ClaimsAdminController {

	private final Map<String, ClaimSource> sources;

	private final ClaimVerifications verifications;

	private final Claims claims;

	private final RecordTypes types;

	private final MessageSource messages;

	ClaimsAdminController(ObjectProvider<ClaimSource> sources, ClaimVerifications verifications, Claims claims,
			RecordTypes types, MessageSource messages) {
		this.sources = sources.orderedStream()
			.collect(Collectors.toMap(ClaimSource::claimType, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
		this.verifications = verifications;
		this.claims = claims;
		this.types = types;
		this.messages = messages;
	}

	@ModelAttribute("sources")
	List<Choice> sourceChoices() {
		return this.types.find("sources").map(RecordType::choices).orElse(List.of());
	}

	@GetMapping("/admin/claims")
	ModelAndView list() {
		List<Claim> all = this.sources.values()
			.stream()
			.flatMap((source) -> source.claims().stream())
			.sorted(Comparator.comparing((Claim claim) -> !this.claims.isStale(claim))
				.thenComparing(Claim::confirmedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(Claim::record))
			.toList();
		return new ModelAndView("admin/claims/list").addObject("claimList", all)
			.addObject("staleCount", all.stream().filter(this.claims::isStale).count());
	}

	@GetMapping("/admin/claims/{type}/{id}")
	ModelAndView show(@PathVariable String type, @PathVariable String id) {
		return page(find(type, id), new VerificationForm());
	}

	@PostMapping("/admin/claims/{type}/{id}")
	ModelAndView verify(@PathVariable String type, @PathVariable String id,
			@Valid @ModelAttribute("form") VerificationForm form, BindingResult result, Principal editor,
			RedirectAttributes redirect) {
		Claim claim = find(type, id);
		if (!result.hasFieldErrors("verifiedOn")) {
			if (form.getVerifiedOn().isAfter(this.claims.today())) {
				result.rejectValue("verifiedOn", "claim.verifiedOn.future");
			}
			else if (claim.statedOn() != null && form.getVerifiedOn().isBefore(claim.statedOn())) {
				result.rejectValue("verifiedOn", "claim.verifiedOn.beforeStated");
			}
		}
		if (!result.hasFieldErrors("sourceId") && this.types.find("sources")
			.flatMap((sources) -> sources.name(String.valueOf(form.getSourceId())))
			.isEmpty()) {
			result.rejectValue("sourceId", "typeMismatch.java.lang.Long");
		}
		if (result.hasErrors()) {
			ModelAndView page = page(claim, form);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		this.verifications.record(claim.type(), claim.recordId(), form.getVerifiedOn(), editor.getName(),
				form.getSourceId());
		redirect.addFlashAttribute("notice", this.messages.getMessage("claim.verified",
				new Object[] { Bidi.isolated(claim.record()) }, LocaleContextHolder.getLocale()));
		return new ModelAndView("redirect:/admin/claims");
	}

	private ModelAndView page(Claim claim, VerificationForm form) {
		return new ModelAndView("admin/claims/verify").addObject("claim", claim)
			.addObject("form", form)
			.addObject("stale", this.claims.isStale(claim))
			.addObject("checks", this.verifications.of(claim.type(), claim.recordId()));
	}

	private Claim find(String type, String id) {
		ClaimSource source = this.sources.get(type);
		if (source == null || !id.matches("[1-9][0-9]{0,17}")) {
			throw new NotFoundException("No claim " + type + "/" + id);
		}
		return source.claim(Long.parseLong(id)).orElseThrow(() -> new NotFoundException("No claim " + type + "/" + id));
	}

}
