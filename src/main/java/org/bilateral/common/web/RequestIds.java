package org.bilateral.common.web;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that an operator finds in the log and a reader can quote from
 * an error page: the one a trusted proxy sent in {@code X-Request-Id}, if it is well
 * formed, or a new one. It is on every log line written for the request (the logging MDC
 * key {@code requestId}), in the response's {@code X-Request-Id} header, and in the
 * request attribute {@code requestId} that error pages show. A client that is not a
 * trusted proxy cannot choose it, so no text of a stranger's reaches the log or the page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	/** The header a request id comes in from a trusted proxy and goes back out in. */
	public static final String HEADER = "X-Request-Id";

	/** The request attribute and MDC key that hold the id. */
	public static final String ATTRIBUTE = "requestId";

	/**
	 * Set by Tomcat's RemoteIpValve when the request came through a trusted proxy
	 * ({@code org.apache.catalina.Globals.REQUEST_FORWARDED_ATTRIBUTE}).
	 */
	static final String FORWARDED_BY_TRUSTED_PROXY = "org.apache.tomcat.request.forwarded";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (request.getAttribute(ATTRIBUTE) instanceof String known) ? known : idOf(request);
		request.setAttribute(ATTRIBUTE, id);
		if (!response.isCommitted()) {
			response.setHeader(HEADER, id);
		}
		MDC.put(ATTRIBUTE, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(ATTRIBUTE);
		}
	}

	/** The error page, rendered after the request's own pass, keeps the request's id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private static String idOf(HttpServletRequest request) {
		String offered = request.getHeader(HEADER);
		if (offered != null && WELL_FORMED.matcher(offered).matches()
				&& Boolean.TRUE.equals(request.getAttribute(FORWARDED_BY_TRUSTED_PROXY))) {
			return offered;
		}
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

}
