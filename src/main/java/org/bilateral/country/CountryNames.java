package org.bilateral.country;

import java.util.Locale;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

/**
 * Countries' names in the reader's language, from CLDR (by ICU4J) by their ISO code. In
 * English the portal keeps the names it stores, which are those the records were entered
 * with ("Russian Federation" where CLDR says "Russia"); in the other languages it takes
 * CLDR's, which has a name for every ISO country in each of them.
 */
public final class CountryNames {

	private CountryNames() {
	}

	/**
	 * A country's name in a language.
	 * @param code its ISO 3166-1 code
	 * @param english its name as stored
	 * @param locale the language, English when {@code null}
	 * @return the name
	 */
	public static String name(String code, String english, Locale locale) {
		if (locale == null || "en".equals(locale.getLanguage())) {
			return english;
		}
		ULocale language = ULocale.forLocale(locale);
		LocaleDisplayNames names = LocaleDisplayNames.getInstance(language,
				DisplayContext.CAPITALIZATION_FOR_STANDALONE, DisplayContext.DIALECT_NAMES,
				DisplayContext.NO_SUBSTITUTE);
		String name = names.regionDisplayName(code);
		return (name != null) ? name : english;
	}

}
