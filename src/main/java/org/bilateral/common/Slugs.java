package org.bilateral.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a title or a name into a URL slug: lower-case ASCII words joined by hyphens.
 */
public final class Slugs {

	private Slugs() {
	}

	public static String slugify(String text) {
		if (text == null) {
			return "";
		}
		String ascii = Normalizer.normalize(text.replace("&", " and "), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

}
