package org.bilateral.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.Transliterator;
import org.bilateral.common.Latin;

/**
 * What a reader typed into the search box, reduced to what the database is asked: its
 * words (letters, marks and digits; everything else separates them), also written in
 * Latin letters (ICU's {@code Any-Latin; Latin-ASCII}, so "Идрисов" looks for "Idrisov").
 * No character the reader typed reaches a query's syntax: the words are quoted into the
 * full-text query and passed as parameters, so operators, wildcards, backslashes and NUL
 * are only separators.
 *
 * @param text what was typed, trimmed ("" for nothing)
 * @param problem why nothing is searched for, or {@code null} when the words are searched
 * @param words the words, at most {@link #MAX_WORDS}
 * @param latinWords the words in Latin letters without accents, where they differ
 */
public record SearchQuery(String text, Problem problem, List<String> words, List<String> latinWords) {

	/** The longest query searched for, in characters. */
	static final int MAX_LENGTH = 200;

	/** Words beyond this many are not searched for. */
	static final int MAX_WORDS = 8;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

	private static final Transliterator FOLD = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

	/** Why a query is not searched for, as the page explains it. */
	public enum Problem {

		/** Nothing typed: the page invites a search. */
		EMPTY,

		/** Longer than {@link #MAX_LENGTH}. */
		TOO_LONG,

		/** Only punctuation, symbols or spaces. */
		NO_WORDS

	}

	static SearchQuery parse(String typed) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty()) {
			return new SearchQuery("", Problem.EMPTY, List.of(), List.of());
		}
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			return new SearchQuery(shortened(text), Problem.TOO_LONG, List.of(), List.of());
		}
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
		while (matcher.find() && words.size() < MAX_WORDS) {
			words.add(matcher.group());
		}
		if (words.isEmpty()) {
			return new SearchQuery(printable(text), Problem.NO_WORDS, List.of(), List.of());
		}
		List<String> latin = new ArrayList<>();
		for (String word : words) {
			String transliterated = Latin.ascii(word);
			Matcher latinWords = WORD.matcher(transliterated);
			while (latinWords.find()) {
				latin.add(latinWords.group());
			}
		}
		List<String> wordList = List.copyOf(words);
		return new SearchQuery(printable(text), null, wordList,
				latin.equals(wordList) || latin.isEmpty() ? List.of() : List.copyOf(latin));
	}

	/** A word in Latin letters, without accents, in lower case, for comparing words. */
	static String fold(String word) {
		synchronized (FOLD) {
			return FOLD.transliterate(word);
		}
	}

	/** The typed words as {@link #fold} writes them. */
	List<String> foldedWords() {
		return this.words.stream().map(SearchQuery::fold).toList();
	}

	public boolean searchable() {
		return this.problem == null;
	}

	/**
	 * The full-text query: every word as a prefix, all of them; or all of their Latin
	 * spellings. Each word is quoted, and holds only letters, marks and digits.
	 */
	String fullText() {
		String typed = allOf(this.words);
		return this.latinWords.isEmpty() ? typed : "(" + typed + ") | (" + allOf(this.latinWords) + ")";
	}

	/** The words as one text, for trigram similarity. */
	String similarText() {
		return String.join(" ", this.words);
	}

	/** The Latin spelling as one text, for trigram similarity. */
	String latinSimilarText() {
		return this.latinWords.isEmpty() ? similarText() : String.join(" ", this.latinWords);
	}

	private static String allOf(List<String> words) {
		return words.stream().map((word) -> "'" + word + "':*").collect(Collectors.joining(" & "));
	}

	/** The text shown back to the reader: without control characters. */
	private static String printable(String text) {
		return text.replaceAll("\\p{Cc}", " ");
	}

	private static String shortened(String text) {
		return printable(text.substring(0, text.offsetByCodePoints(0, 40))) + "…";
	}

}
