package org.bilateral.common.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.ServletRequest;

/**
 * The languages the public pages are read in, each at addresses of its own: English at
 * the portal's root, the others under their prefix ({@code /es/relations/...}). The
 * language of a page comes from its address alone, never from a header or a cookie, so
 * every address has exactly one language and any cache may keep it.
 */
public enum Language {

	ENGLISH("en", "", "en_GB"), SPANISH("es", "/es", "es_ES"), RUSSIAN("ru", "/ru", "ru_RU"),
	KAZAKH("kk", "/kk", "kk_KZ");

	/** The request attribute holding the language the address names. */
	static final String ATTRIBUTE = Language.class.getName();

	private final Locale locale;

	private final String prefix;

	private final String openGraphLocale;

	Language(String tag, String prefix, String openGraphLocale) {
		this.locale = Locale.forLanguageTag(tag);
		this.prefix = prefix;
		this.openGraphLocale = openGraphLocale;
	}

	/** The BCP 47 tag, as {@code lang} and {@code hreflang} take it. */
	public String tag() {
		return this.locale.toLanguageTag();
	}

	public Locale locale() {
		return this.locale;
	}

	/** What comes before a page's path in its address: empty for English. */
	public String prefix() {
		return this.prefix;
	}

	/** The language and territory as Open Graph names them ({@code og:locale}). */
	public String openGraphLocale() {
		return this.openGraphLocale;
	}

	/** The language a request's address names; English where it names none. */
	public static Language of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof Language language) ? language : ENGLISH;
	}

	/** The language whose prefix a path starts with, as a whole first segment. */
	static Optional<Language> ofPath(String path) {
		for (Language language : values()) {
			if (language != ENGLISH && (path.equals(language.prefix) || path.startsWith(language.prefix + "/"))) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
