package org.bilateral.common;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every saved record with who saved it: the signed-in user's username, or
 * {@code system} for what the portal does by itself (such as creating the first
 * administrator).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class AuditingConfiguration {

	static final String SYSTEM = "system";

	@Bean
	AuditorAware<String> auditorAware() {
		AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();
		return () -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return Optional.of(trustResolver.isAuthenticated(authentication) ? authentication.getName() : SYSTEM);
		};
	}

}
