package org.bilateral.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends every redirect with its {@code Location} as the portal wrote it. Tomcat makes a
 * path absolute for HTTP/1.0 requests, with the host the request named, which any client
 * can forge ({@code Host: evil.example}); a path is understood by every browser, and the
 * portal never writes a host it was told.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RelativeRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				sendRedirect(location, HttpStatus.FOUND.value(), true);
			}

			@Override
			public void sendRedirect(String location, int status) throws IOException {
				sendRedirect(location, status, true);
			}

			@Override
			public void sendRedirect(String location, boolean clearBuffer) throws IOException {
				sendRedirect(location, HttpStatus.FOUND.value(), clearBuffer);
			}

			@Override
			public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
				if (isCommitted()) {
					throw new IllegalStateException("The response was committed before the redirect to " + location);
				}
				if (clearBuffer) {
					resetBuffer();
				}
				setStatus(status);
				setHeader(HttpHeaders.LOCATION, location);
				flushBuffer();
			}

		});
	}

}
