package org.bilateral.common.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which addresses are public pages: everything a reader may open, whatever page is added
 * later, except the editors' side, sign-in, the actuator, the error page and static files
 * (which carry a fingerprint and are kept for a year). Public pages are sent with
 * {@code Cache-Control: no-cache}: browsers and proxies may keep them but ask each time
 * whether they are still current, so an edit shows on the next request.
 */
final class PublicPaths {

	static final List<String> EXCLUDED = List.of("/admin", "/admin/**", "/login", "/logout", "/actuator/**", "/error",
			"/css/**");

	/**
	 * Public pages not kept in memory: search results, whose addresses are as many as the
	 * queries anyone types, and which would push out the pages everyone reads.
	 */
	static final List<String> NOT_KEPT = List.of("/search");

	static final CacheControl CACHE_CONTROL = CacheControl.noCache();

	private static final List<PathPattern> EXCLUDED_PATTERNS = EXCLUDED.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private PublicPaths() {
	}

	private static final List<PathPattern> NOT_KEPT_PATTERNS = NOT_KEPT.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	static boolean includes(HttpServletRequest request) {
		return !matchesAny(EXCLUDED_PATTERNS, request);
	}

	/** Whether a path on the portal (without its language prefix) is a public page. */
	static boolean includes(String path) {
		return !matchesAny(EXCLUDED_PATTERNS, path);
	}

	/** Whether a public page may be kept in memory once rendered. */
	static boolean kept(HttpServletRequest request) {
		return !matchesAny(NOT_KEPT_PATTERNS, request);
	}

	private static boolean matchesAny(List<PathPattern> patterns, HttpServletRequest request) {
		return matchesAny(patterns, request.getRequestURI().substring(request.getContextPath().length()));
	}

	private static boolean matchesAny(List<PathPattern> patterns, String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (PathPattern pattern : patterns) {
			if (pattern.matches(container)) {
				return true;
			}
		}
		return false;
	}

}
