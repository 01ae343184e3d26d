package org.bilateral.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

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

	/**
	 * The text with the words marked that are a letter away from a typed word (one letter
	 * more, fewer or different, accents and case aside): what trigram similarity found
	 * where the full-text search found nothing to mark.
	 * @param text the record's text
	 * @param typed the typed words, folded by {@link SearchQuery#fold}
	 */
	static Highlighted nearWords(String text, List<String> typed) {
		List<Part> parts = new ArrayList<>();
		Matcher words = WORD.matcher(text);
		int end = 0;
		while (words.find()) {
			String folded = SearchQuery.fold(words.group());
			if (typed.stream().anyMatch((word) -> word.length() >= 4 && aLetterAway(word, folded))) {
				if (words.start() > end) {
					parts.add(new Part(text.substring(end, words.start()), false));
				}
				parts.add(new Part(words.group(), true));
				end = words.end();
			}
		}
		if (end < text.length()) {
			parts.add(new Part(text.substring(end), false));
		}
		return new Highlighted(List.copyOf(parts));
	}

	/** Whether the text has any word marked. */
	public boolean hasMatch() {
		return this.parts.stream().anyMatch(Part::match);
	}

	/** At most one letter inserted, deleted or replaced. */
	static boolean aLetterAway(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		int j = 0;
		while (j < a.length() - i && j < b.length() - i
				&& a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
			j++;
		}
		return a.length() - i - j <= 1 && b.length() - i - j <= 1;
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
