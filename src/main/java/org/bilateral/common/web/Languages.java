package org.bilateral.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The languages of the public pages, for templates ({@code @languages}): the page the
 * reader is on in every language (for the {@code hreflang} alternates and the language
 * switcher), and addresses that stay the same in every language (the stylesheet, the data
 * and the feeds). It also sets up how a page's language is found: from its address
 * ({@link LanguageAddresses}), read by the {@link LocaleResolver}, with messages
 * formatted by ICU ({@link IcuMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
public class Languages {

	private final PublicAddress publicAddress;

	private final ResourceUrlProvider resources;

	Languages(PublicAddress publicAddress, ResourceUrlProvider mvcResourceUrlProvider) {
		this.publicAddress = publicAddress;
		this.resources = mvcResourceUrlProvider;
	}

	/**
	 * After the request id and before the page cache, Spring Session and Spring Security,
	 * which all see the language's page as the page it is.
	 */
	@Bean
	static FilterRegistrationBean<LanguageAddresses> languageAddresses() {
		FilterRegistrationBean<LanguageAddresses> registration = new FilterRegistrationBean<>(new LanguageAddresses());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** The language of the address; nothing a reader sends can change it. */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	static LocaleResolver localeResolver() {
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Language.of(request).locale();
			}

			@Override
			public void setLocale(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
					Locale locale) {
				throw new UnsupportedOperationException("A page's language comes from its address");
			}

		};
	}

	@Bean
	static MessageSource messageSource() {
		return new IcuMessageSource();
	}

	/**
	 * The language and territory of the page being rendered, as Open Graph names them.
	 */
	public String openGraphLocale() {
		HttpServletRequest request = request();
		return ((request != null) ? Language.of(request) : Language.ENGLISH).openGraphLocale();
	}

	/**
	 * The page being rendered in each language, English first, each with its address
	 * (absolute when the public address is configured), query string included.
	 */
	public List<Version> versions() {
		HttpServletRequest request = request();
		if (request == null) {
			return List.of();
		}
		Language current = Language.of(request);
		String root = root(request);
		String uri = request.getRequestURI();
		String page = uri.startsWith(root + current.prefix()) ? uri.substring(root.length() + current.prefix().length())
				: uri.substring(Math.min(root.length(), uri.length()));
		String query = request.getQueryString();
		List<Version> versions = new ArrayList<>();
		for (Language language : Language.values()) {
			String path = root + language.prefix() + (page.isEmpty() ? "/" : page)
					+ ((query != null) ? "?" + query : "");
			versions
				.add(new Version(language.tag(), this.publicAddress.link(path), name(language), language == current));
		}
		return versions;
	}

	/**
	 * The address of a path at the portal's root whatever the page's language, for what
	 * is the same in every language: static files (with their fingerprint), the records
	 * as data, the feeds.
	 */
	public String root(String path) {
		HttpServletRequest request = request();
		String resource = this.resources.getForLookupPath(path);
		return ((request != null) ? root(request) : "") + ((resource != null) ? resource : path);
	}

	/**
	 * The portal's own context path, without the language prefix the request's carries
	 * (an error page forwarded to by the container carries none).
	 */
	private static String root(HttpServletRequest request) {
		String contextPath = request.getContextPath();
		String prefix = Language.of(request).prefix();
		return contextPath.endsWith(prefix) ? contextPath.substring(0, contextPath.length() - prefix.length())
				: contextPath;
	}

	/** A language's name in that language, as CLDR gives it, capitalised for a menu. */
	static String name(Language language) {
		ULocale locale = ULocale.forLocale(language.locale());
		String name = LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
			.localeDisplayName(locale);
		return UCharacter.toUpperCase(locale, name.substring(0, 1)) + name.substring(1);
	}

	private static HttpServletRequest request() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	/**
	 * A page in one language.
	 *
	 * @param tag its language, as {@code lang} and {@code hreflang} name it
	 * @param href its address
	 * @param name the language's name in itself
	 * @param current whether it is the page being read
	 */
	public record Version(String tag, String href, String name, boolean current) {

	}

}
