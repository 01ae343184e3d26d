package org.bilateral;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches a page through MockMvc and parses it, so tests read it as a browser would: by
 * element and text, not by template source.
 */
public final class Pages {

	private Pages() {
	}

	public static Document get(MockMvcTester mvc, String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatusOk();
		return parse(result);
	}

	public static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(), "http://localhost/");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
