package org.bilateral.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with the words a search matched marked, as parts the page shows each as text,
 * marked or not: the database marks matches with two control characters that cannot be
 * typed into a form, and no markup is ever built from the text.
 *
 * @param parts the text in order
 */
public record Highlighted(List<Part> parts) {

	/** Starts a match in the text the database returns. */
	static final char START = '\u0002';

	/** Ends a match. */
	static final char STOP = '\u0003';

	/** One piece of the text, matched or not. */
	public record Part(String text, boolean match) {
	}

	static Highlighted parse(String marked) {
		List<Part> parts = new ArrayList<>();
		if (marked == null) {
			return new Highlighted(parts);
		}
		StringBuilder text = new StringBuilder();
		boolean match = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START || c == STOP) {
				add(parts, text, match);
				match = (c == START);
			}
			else {
				text.append(c);
			}
		}
		add(parts, text, match);
		return new Highlighted(List.copyOf(parts));
	}

	public boolean isEmpty() {
		return this.parts.isEmpty();
	}

	/** The text without its marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		this.parts.forEach((part) -> text.append(part.text()));
		return text.toString();
	}

	private static void add(List<Part> parts, StringBuilder text, boolean match) {
		if (!text.isEmpty()) {
			parts.add(new Part(text.toString(), match));
			text.setLength(0);
		}
	}

}
