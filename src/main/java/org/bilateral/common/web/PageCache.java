package org.bilateral.common.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders a public page once and sends the same bytes to every reader until a record
 * changes. A page is kept under what it depends on (address with scheme, host and query,
 * the locale the portal resolves, the formats the client accepts) with the
 * {@link ContentVersion} it was rendered at, and sent again only while that version is
 * the current one. Its ETag is made of the version and the key, so a client that already
 * holds the current page gets a 304 with neither rendering nor SQL.
 * <p>
 * Only what is the same for everyone is kept: GET and HEAD requests for public pages
 * ({@link PublicPaths}) without a session cookie or credentials, answered 200 without
 * setting a cookie or forbidding storage, except search results
 * ({@link PublicPaths#NOT_KEPT}). Everything else passes through untouched.
 * <p>
 * While PostgreSQL cannot be reached, kept pages are still sent, in full and with the
 * ETag they were kept with; when it is back, the version is read again and every page
 * kept from before is dropped if a record changed meanwhile.
 */
class PageCache extends OncePerRequestFilter {

	private final Cache pages;

	private final ContentVersion contentVersion;

	private final LocaleResolver localeResolver;

	private final String sessionCookie;

	private final String release;

	private final Clock clock;

	/**
	 * @param pages where rendered pages are kept
	 * @param contentVersion the version of the records
	 * @param localeResolver the portal's, for the locale a page is rendered in
	 * @param sessionCookie the name of the session cookie
	 * @param release what tells this build of the portal from others, part of every ETag
	 * so that a new release never answers 304 for a page it renders differently
	 * @param clock today's date, part of every key: pages flag claims by their age, so a
	 * page kept yesterday is not sent today
	 */
	PageCache(Cache pages, ContentVersion contentVersion, LocaleResolver localeResolver, String sessionCookie,
			String release, Clock clock) {
		this.pages = pages;
		this.clock = clock;
		this.release = release;
		this.contentVersion = contentVersion;
		this.localeResolver = localeResolver;
		this.sessionCookie = sessionCookie;
		contentVersion.onChange(pages::clear);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || !PublicPaths.includes(request)
				|| !PublicPaths.kept(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| hasSessionCookie(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long version = this.contentVersion.current();
		if (version == ContentVersion.UNKNOWN) {
			varyByFormat(response);
			duringOutage(request, response, chain);
			return;
		}
		String key = key(request);
		String etag = etag(version, key);
		if (matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			varyByFormat(response);
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, PublicPaths.CACHE_CONTROL.getHeaderValue());
			return;
		}
		boolean head = "HEAD".equals(request.getMethod());
		CachedPage page = this.pages.get(key, CachedPage.class);
		if (page != null && page.version() == version) {
			page.writeTo(response, !head);
			return;
		}
		varyByFormat(response);
		if (head) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.isCommitted() && storable(rendering)) {
			rendering.setHeader(HttpHeaders.ETAG, etag);
			this.pages.put(key, CachedPage.of(version, rendering, rendering.getContentAsByteArray()));
		}
		rendering.copyBodyToResponse();
	}

	/**
	 * A page and its JSON or CSV twin share an address: shared caches are told to keep
	 * them apart by the formats the client accepts, as this cache does (see
	 * {@link #key}).
	 */
	private static void varyByFormat(HttpServletResponse response) {
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
	}

	/**
	 * Without the listener, a change could go unnoticed, so the page is rendered afresh;
	 * but while PostgreSQL cannot be reached no change can be made either, so a page kept
	 * at the last version known is still current and is sent rather than a 503.
	 */
	private void duringOutage(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long lastKnown = this.contentVersion.lastKnown();
		CachedPage kept = (lastKnown != ContentVersion.UNKNOWN) ? this.pages.get(key(request), CachedPage.class) : null;
		if (kept == null || kept.version() != lastKnown) {
			chain.doFilter(request, response);
			if (request.getAttribute(DatabaseOutage.ATTRIBUTE) != null) {
				this.contentVersion.unreachable();
			}
			return;
		}
		boolean head = "HEAD".equals(request.getMethod());
		if (this.contentVersion.isUnreachable()) {
			kept.writeTo(response, !head);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (request.getAttribute(DatabaseOutage.ATTRIBUTE) != null && !response.isCommitted()) {
			this.contentVersion.unreachable();
			response.reset();
			kept.writeTo(response, !head);
			return;
		}
		rendering.copyBodyToResponse();
	}

	private boolean hasSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.sessionCookie.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether an If-None-Match header names the page's ETag, compared weakly (RFC 9110
	 * 13.1.2): a cache may hold it with or without {@code W/}. {@code *} is not taken:
	 * whether the page exists at all is known only by rendering it.
	 */
	static boolean matches(Enumeration<String> ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.substring(2);
		while (ifNoneMatch.hasMoreElements()) {
			for (String candidate : StringUtils.commaDelimitedListToStringArray(ifNoneMatch.nextElement())) {
				String tag = candidate.strip();
				if (tag.equals(etag) || tag.equals(opaque)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Neither a cookie set nor storage forbidden by whoever answered. */
	private static boolean storable(HttpServletResponse response) {
		if (response.getHeader(HttpHeaders.SET_COOKIE) != null) {
			return false;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private"));
	}

	/** What a public page depends on besides the records, today's date among it. */
	String key(HttpServletRequest request) {
		Locale locale = this.localeResolver.resolveLocale(request);
		String query = request.getQueryString();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + ((query != null) ? "?" + query : "") + " " + locale.toLanguageTag() + " "
				+ (StringUtils.hasText(accept) ? accept.strip() : "*/*") + " " + LocalDate.now(this.clock);
	}

	/**
	 * Weak, so that it holds for the compressed body as well: the same page in the same
	 * version is the same whatever the encoding.
	 */
	String etag(long version, String key) {
		return "W/\"" + this.release + "-" + Long.toString(version, 36) + "-" + Integer.toHexString(key.hashCode())
				+ "\"";
	}

	/** How long the cache takes for a page, for Caffeine's size bound. */
	static int weigh(Object key, Object page) {
		return 2 * key.toString().length() + ((page instanceof CachedPage cached) ? cached.weight() : 0);
	}

}
