package org.bilateral.common.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's messages ({@code messages.properties} and its translations), formatted by
 * ICU4J's {@link MessageFormat} rather than the JDK's: a message may then choose among
 * each language's plural forms ({@code {0,plural,one{...} few{...} many{...} other{...}}}
 * as Russian and Kazakh need), with CLDR's plural rules for the language of the page.
 * Messages without arguments are sent as written, as Spring does.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	IcuMessageSource() {
		setBasename("messages");
		setDefaultEncoding("UTF-8");
		setFallbackToSystemLocale(false);
	}

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
			@Nullable Locale locale) {
		if (code == null || args == null || args.length == 0) {
			return super.getMessageInternal(code, args, locale);
		}
		Locale language = (locale != null) ? locale : Locale.ENGLISH;
		String pattern = resolveCodeWithoutArguments(code, language);
		if (pattern == null) {
			return null;
		}
		return format(pattern, resolveArguments(args, language), language);
	}

	@Override
	protected String formatMessage(String message, Object @Nullable [] args, Locale locale) {
		if (args == null || args.length == 0) {
			return message;
		}
		return format(message, resolveArguments(args, locale), locale);
	}

	private String format(String pattern, Object[] args, Locale locale) {
		MessageFormat format = this.formats.computeIfAbsent(locale.toLanguageTag() + "\u0000" + pattern,
				(key) -> new MessageFormat(pattern, ULocale.forLocale(locale)));
		synchronized (format) {
			return format.format(args);
		}
	}

}
