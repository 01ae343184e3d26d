package org.bilateral.common;

import java.util.Locale;

/**
 * Turns a title or a name into a URL slug: lower-case ASCII words joined by hyphens, no
 * longer than the column that stores it. Letters of any script are written in Latin
 * letters ({@link Latin}), so a title typed in Cyrillic, Greek or Chinese has a readable
 * slug. A slug too long is cut after its last whole word that fits (a single word longer
 * than the column is cut where the column ends), so an address never ends in half a word
 * when it can be helped.
 */
public final class Slugs {

	private Slugs() {
	}

	public static String slugify(String text) {
		if (text == null) {
			return "";
		}
		String ascii = Latin.ascii(text.replace("&", " and "));
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/**
	 * The slug of a text, cut on a word boundary to at most {@code maxLength} characters.
	 */
	public static String slugify(String text, int maxLength) {
		return cut(slugify(text), maxLength);
	}

	static String cut(String slug, int maxLength) {
		if (slug.length() <= maxLength) {
			return slug;
		}
		int end = slug.lastIndexOf('-', maxLength);
		String cut = (end > 0) ? slug.substring(0, end) : slug.substring(0, maxLength);
		return cut.replaceAll("-+$", "");
	}

}
