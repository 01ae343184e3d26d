package org.bilateral;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

	/**
	 * The error written at each field of a form, by the field's name: the text of each
	 * {@code #f-<name>-error}.
	 */
	public static Map<String, String> fieldErrors(Document page) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Element error : page.select("[id^=f-][id$=-error]")) {
			String id = error.id();
			errors.put(id.substring(2, id.length() - "-error".length()), error.text());
		}
		return errors;
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
