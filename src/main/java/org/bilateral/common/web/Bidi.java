package org.bilateral.common.web;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Isolates a name inside a sentence, for templates: {@code @bidi.isolate(name)} is the
 * name, escaped, in a {@code <bdi>} element, to pass to a message shown with
 * {@code th:utext}. A name in a right-to-left script then never reorders the words,
 * numbers and punctuation of the sentence around it. A name that fills an element of its
 * own is isolated by the stylesheet instead.
 */
@Component("bidi")
public class Bidi {

	public String isolate(Object text) {
		return isolated(text);
	}

	/**
	 * The text, escaped, in a {@code <bdi>} element, for a message that is shown with
	 * {@code th:utext} (such as the notice after a save).
	 */
	public static String isolated(Object text) {
		return (text != null) ? "<bdi>" + HtmlUtils.htmlEscape(text.toString(), "UTF-8") + "</bdi>" : "";
	}

}
