package org.bilateral.common;

import com.ibm.icu.text.Transliterator;

/**
 * Text in any script written in plain ASCII Latin letters, by ICU4J's
 * {@code Any-Latin; Latin-ASCII} transliterator: "Қазақстан" is "Kazakstan", "Барaньяо"
 * "Baran'yao", "Επίσκεψη" "Episkepse", "哈萨克斯坦" "ha sa ke si tan". For slugs typed in any
 * script and for search queries typed in Cyrillic.
 */
public final class Latin {

	private static final Transliterator TO_ASCII = Transliterator
		.getInstance("Any-Latin; Latin-ASCII; [^\\p{ASCII}] Remove");

	private Latin() {
	}

	/**
	 * The text in ASCII: letters of other scripts transliterated, marks left nothing of.
	 */
	public static String ascii(String text) {
		synchronized (TO_ASCII) {
			return TO_ASCII.transliterate(text);
		}
	}

}
