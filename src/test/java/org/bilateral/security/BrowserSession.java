package org.bilateral.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Element;

import org.bilateral.Pages;

import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser talking to the portal through MockMvc: it keeps the session cookie between
 * requests, sends the CSRF token a page gives it, and comes from its own client address
 * (so sign-in throttling by address in one test does not reach another).
 */
public final class BrowserSession {

	public static final String SESSION_COOKIE = "SESSION";

	private static final AtomicInteger addresses = new AtomicInteger();

	private static final Set<String> addressesUsed = ConcurrentHashMap.newKeySet();

	private final MockMvcTester mvc;

	private final String address;

	private Cookie sessionCookie;

	public BrowserSession(MockMvcTester mvc) {
		this(mvc, nextAddress());
	}

	public BrowserSession(MockMvcTester mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	/** A client address no other browser session of this test run has used. */
	public static String nextAddress() {
		int n = addresses.incrementAndGet();
		String address = "10.77." + (n / 250) + "." + (n % 250 + 1);
		addressesUsed.add(address);
		return address;
	}

	/**
	 * The client addresses handed out since this was last asked, so that what was counted
	 * for them can be removed after the test that used them.
	 */
	static List<String> takeAddressesUsed() {
		List<String> taken = new ArrayList<>(addressesUsed);
		addressesUsed.removeAll(taken);
		return taken;
	}

	public MvcTestResult get(String path) {
		return exchange(this.mvc.get().uri(path));
	}

	/** Posts a form with the CSRF token of this session, as a page's form would. */
	public MvcTestResult post(String path, String... namesAndValues) {
		String token = csrfToken();
		MockMvcRequestBuilder request = this.mvc.post().uri(path).param("_csrf", token);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return exchange(request);
	}

	/** Posts a form without any CSRF token, as another site's page would. */
	public MvcTestResult postWithoutToken(String path, String... namesAndValues) {
		MockMvcRequestBuilder request = this.mvc.post().uri(path);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return exchange(request);
	}

	public MvcTestResult signIn(String username, String password) {
		return post("/login", "username", username, "password", password);
	}

	/** Signs in and checks that it worked. */
	public BrowserSession signedInAs(String username, String password) {
		assertThat(signIn(username, password)).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
		return this;
	}

	public String sessionId() {
		return (this.sessionCookie != null) ? this.sessionCookie.getValue() : null;
	}

	public String csrfToken() {
		MvcTestResult login = get("/login");
		assertThat(login).hasStatusOk();
		Element token = Pages.parse(login).selectFirst("form input[name=_csrf]");
		assertThat(token).as("CSRF token on the sign-in page").isNotNull();
		return token.val();
	}

	private MvcTestResult exchange(MockMvcRequestBuilder request) {
		if (this.sessionCookie != null) {
			request.cookie(this.sessionCookie);
		}
		request.with((servletRequest) -> {
			servletRequest.setRemoteAddr(this.address);
			return servletRequest;
		});
		MvcTestResult result = request.exchange();
		Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
		if (cookie != null) {
			this.sessionCookie = (cookie.getMaxAge() == 0) ? null : cookie;
		}
		return result;
	}

}
