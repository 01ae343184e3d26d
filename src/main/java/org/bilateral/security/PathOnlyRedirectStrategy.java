package org.bilateral.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to the path and query of a URL only. The URL of a page saved before signing
 * in carries the host the request named, which any client can set ({@code Host},
 * {@code X-Forwarded-Host}); keeping only the path sends the browser back to this portal,
 * whatever it was told.
 */
class PathOnlyRedirectStrategy implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		response.sendRedirect(response.encodeRedirectURL(pathOf(url)));
	}

	static String pathOf(String url) {
		try {
			URI uri = new URI(url);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return "/";
		}
	}

}
