package org.bilateral.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page its absolute canonical address, for the canonical link and the Open
 * Graph tags that link previews read.
 */
@ControllerAdvice
class PageLinks {

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromRequestUri(request).build().toUriString();
	}

}
