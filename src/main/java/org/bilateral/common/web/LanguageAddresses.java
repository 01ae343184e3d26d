package org.bilateral.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves every public page in each {@link Language} at its own address: {@code /es/...},
 * {@code /ru/...} and {@code /kk/...} are the pages of the root, in Spanish, Russian and
 * Kazakh. The language prefix is made part of the request's context path, so the
 * controllers map the same paths in every language, every link the templates write
 * ({@code @{/...}}) and every redirect keeps the reader's language, and the page cache
 * keeps each language under its own address. The editors' side and sign-in are in English
 * only: under a language prefix they are not found.
 */
class LanguageAddresses extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contextPath = request.getContextPath();
		String path = request.getRequestURI().substring(contextPath.length());
		Language language = Language.ofPath(path).orElse(Language.ENGLISH);
		if (language == Language.ENGLISH) {
			request.setAttribute(Language.ATTRIBUTE, language);
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
			chain.doFilter(request, response);
			return;
		}
		String page = path.substring(language.prefix().length());
		if (page.isEmpty()) {
			String query = request.getQueryString();
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader(HttpHeaders.LOCATION,
					contextPath + language.prefix() + "/" + ((query != null) ? "?" + query : ""));
			return;
		}
		if (!PublicPaths.includes(page)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		request.setAttribute(Language.ATTRIBUTE, language);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag());
		chain.doFilter(new InLanguage(request, contextPath + language.prefix()), response);
	}

	/** A request whose context path ends with its language prefix. */
	private static final class InLanguage extends HttpServletRequestWrapper {

		private final String contextPath;

		private final String servletPath;

		InLanguage(HttpServletRequest request, String contextPath) {
			super(request);
			this.contextPath = contextPath;
			String prefix = contextPath.substring(request.getContextPath().length());
			String servletPath = request.getServletPath();
			this.servletPath = servletPath.startsWith(prefix) ? servletPath.substring(prefix.length()) : servletPath;
		}

		@Override
		public String getContextPath() {
			return this.contextPath;
		}

		@Override
		public String getServletPath() {
			return this.servletPath;
		}

	}

}
