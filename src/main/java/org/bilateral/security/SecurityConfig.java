package org.bilateral.security;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Who may do what: anyone reads the public pages; editors and administrators sign in to
 * work in {@code /admin}; only administrators manage users. Sign-in is a form with a CSRF
 * token, throttled against password guessing; every response carries headers that keep
 * the pages from being framed, sniffed or loaded with anything from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("EDITOR")
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.authenticationManager(authenticationManager(users, passwordEncoder, throttle))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(signInSuccessHandler())
				.failureHandler(signInFailureHandler())
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInPage()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Passwords are checked before the account's status, so a disabled account answers
	 * like any wrong password, at the same cost; the throttle comes first of all.
	 */
	private static AuthenticationManager authenticationManager(UserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setPreAuthenticationChecks((user) -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	/**
	 * After signing in, the page the user asked for, or {@code /admin}: always as a path
	 * on this portal, never with the host the request named, which a client can forge.
	 */
	private static AuthenticationSuccessHandler signInSuccessHandler() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setDefaultTargetUrl("/admin");
		handler.setRedirectStrategy(new PathOnlyRedirectStrategy());
		return handler;
	}

	/** Anonymous visitors of the admin are sent to the sign-in page by its path. */
	private static AuthenticationEntryPoint signInPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * One message for every failed sign-in, whatever went wrong, so the page never tells
	 * whether a username exists or is disabled; a throttled sign-in says to wait.
	 */
	private static AuthenticationFailureHandler signInFailureHandler() {
		return (request, response, exception) -> response.sendRedirect(request.getContextPath()
				+ ((exception instanceof SignInThrottledException) ? "/login?locked" : "/login?error"));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The session cookie, the same under any server or test: out of reach of scripts, and
	 * not sent along with requests that other sites start (secure whenever the request
	 * is).
	 */
	@Bean
	DefaultCookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		return serializer;
	}

	/** An administrator may do everything an editor may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("EDITOR").build();
	}

	/**
	 * Editors stay signed in while PostgreSQL cannot be reached, so that what they post
	 * comes back to them (see {@link SessionsDuringOutage}).
	 */
	@Bean
	static BeanPostProcessor sessionsDuringOutage() {
		return SessionsDuringOutage.wrapper(Duration.ofHours(12));
	}

}
