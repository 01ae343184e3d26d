package org.bilateral.common.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * A rendered page as it was sent: its headers and body, and the version of the records it
 * was rendered from.
 *
 * @param version the content version read before the page was rendered
 * @param contentType the response's content type
 * @param locale the response's locale (its Content-Language)
 * @param headers every header but those the server writes for each response itself
 * @param body the body, uncompressed (the server compresses it for each client that asks)
 */
record CachedPage(long version, @Nullable String contentType, @Nullable Locale locale,
		List<Map.Entry<String, String>> headers, byte[] body) {

	/** Headers that belong to one response, not to the page. */
	private static final List<String> PER_RESPONSE = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.SET_COOKIE,
			HttpHeaders.CONNECTION, RequestIds.HEADER);

	static CachedPage of(long version, HttpServletResponse response, byte[] body) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (PER_RESPONSE.stream().noneMatch(name::equalsIgnoreCase)) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		return new CachedPage(version, response.getContentType(), response.getLocale(), List.copyOf(headers), body);
	}

	/** Roughly the memory the page takes, in bytes. */
	int weight() {
		int weight = 256 + this.body.length;
		for (Map.Entry<String, String> header : this.headers) {
			weight += 2 * (header.getKey().length() + header.getValue().length()) + 32;
		}
		return weight;
	}

	void writeTo(HttpServletResponse response, boolean withBody) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		if (this.contentType != null) {
			response.setContentType(this.contentType);
		}
		if (this.locale != null) {
			response.setLocale(this.locale);
		}
		for (Map.Entry<String, String> header : this.headers) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setContentLength(this.body.length);
		if (withBody) {
			response.getOutputStream().write(this.body);
		}
	}

}
