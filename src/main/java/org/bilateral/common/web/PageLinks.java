package org.bilateral.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/**
 * Gives every page its canonical address, for the canonical link and the Open Graph tags
 * that link previews read: absolute from the configured public address, or relative
 * without one (link previews then go without {@code og:url}, which must be absolute).
 */
@ControllerAdvice
class PageLinks {

	private final PublicAddress publicAddress;

	PageLinks(PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return this.publicAddress.link(UrlPathHelper.defaultInstance.getOriginatingRequestUri(request));
	}

	@ModelAttribute("publicAddressKnown")
	boolean publicAddressKnown() {
		return this.publicAddress.isKnown();
	}

}
