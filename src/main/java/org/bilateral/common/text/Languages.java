package org.bilateral.common.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.bilateral.common.web.Language;

/**
 * The languages record texts are written and translated in, by their ISO 639-1 codes.
 */
public final class Languages {

	/**
	 * Every language the public pages are read in, English (the language at the root of
	 * the portal) first: texts are translated into the languages readers have addresses
	 * for.
	 */
	public static final List<String> ALL = Arrays.stream(Language.values()).map(Language::tag).toList();

	/** The message prefix naming a language: {@code language.ru} is "Russian". */
	public static final String MESSAGE_PREFIX = "language.";

	private Languages() {
	}

	public static boolean isKnown(String language) {
		return language != null && ALL.contains(language);
	}

	/** The language of a locale, or English for one the portal has no texts in. */
	public static String of(Locale locale) {
		String language = (locale != null) ? locale.getLanguage() : "";
		return isKnown(language) ? language : "en";
	}

	/** Every language but one, in the usual order. */
	public static List<String> besides(String language) {
		return ALL.stream().filter((other) -> !other.equals(language)).toList();
	}

	/** Whether two languages are written in the same script (Latin or Cyrillic). */
	public static boolean sameScript(String one, String other) {
		return isCyrillic(one) == isCyrillic(other);
	}

	private static boolean isCyrillic(String language) {
		return "ru".equals(language) || "kk".equals(language);
	}

}
