package org.bilateral.common.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address readers use to reach the portal, as the operator configured it in
 * {@code bilateral.public-base-url} (such as {@code https://bilateral.example.org}).
 * Absolute links (the canonical link, link previews, and anything read away from the
 * page) are made from it and never from the request's {@code Host} or forwarded headers,
 * which any client can set. Without one, links are left relative.
 */
@Component
public class PublicAddress {

	private final String base;

	public PublicAddress(@Value("${bilateral.public-base-url:}") String base) {
		this.base = validated(base);
	}

	/** Whether the operator configured the public address, so links can be absolute. */
	public boolean isKnown() {
		return this.base != null;
	}

	/**
	 * The absolute address of a path on the portal (such as {@code /visits/1-summit}), or
	 * the path as it is when the public address is not configured.
	 */
	public String link(String path) {
		return (this.base != null) ? this.base + path : path;
	}

	private static String validated(String base) {
		if (!StringUtils.hasText(base)) {
			return null;
		}
		URI uri = URI.create(base.strip());
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new IllegalStateException(
					"bilateral.public-base-url must be an http or https address without query or fragment, such as "
							+ "https://bilateral.example.org, not " + base);
		}
		String text = uri.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

}
