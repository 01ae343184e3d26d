package org.bilateral.common.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Answers every request that failed because PostgreSQL was out of reach with the 503 page
 * ({@code error/503.html}) and a {@code Retry-After} header, never a 500 or a stack
 * trace: a resolver before every other one for failures in controllers, and a filter
 * before all others for failures in filters (such as reading a session kept in
 * PostgreSQL).
 */
@Configuration(proxyBeanMethods = false)
class OutagePages {

	static final String VIEW = "error/503";

	private static final Log logger = LogFactory.getLog(OutagePages.class);

	@Bean
	HandlerExceptionResolver databaseOutageResolver() {
		return new Resolver();
	}

	@Bean
	FilterRegistrationBean<Filter> databaseOutageFilter(ObjectProvider<ViewResolver> viewResolvers) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(viewResolvers));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/** Marks the response as an outage's: status 503 and when to try again. */
	static void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
		logger.warn("PostgreSQL could not be reached for " + request.getMethod() + " " + request.getRequestURI() + ": "
				+ failure);
		request.setAttribute(DatabaseOutage.ATTRIBUTE, Boolean.TRUE);
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	static final class Resolver implements HandlerExceptionResolver, Ordered {

		@Override
		public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
				@Nullable Object handler, Exception failure) {
			if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
				return null;
			}
			unavailable(request, response, failure);
			return new ModelAndView(VIEW);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	static final class Filter extends OncePerRequestFilter {

		private final ObjectProvider<ViewResolver> viewResolvers;

		Filter(ObjectProvider<ViewResolver> viewResolvers) {
			this.viewResolvers = viewResolvers;
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
					throw ex;
				}
				response.reset();
				unavailable(request, response, ex);
				render(request, response);
			}
		}

		private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
			try {
				for (ViewResolver resolver : this.viewResolvers.orderedStream().toList()) {
					View view = resolver.resolveViewName(VIEW, Locale.ENGLISH);
					if (view != null) {
						view.render(Map.of(), request, response);
						return;
					}
				}
			}
			catch (Exception ex) {
				logger.debug("Could not render the page of an outage", ex);
			}
			if (!response.isCommitted()) {
				response.resetBuffer();
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter()
					.write("The records cannot be reached just now. Please try again in a few seconds.");
			}
		}

	}

}
