package org.bilateral.common;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.AuditorAware;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved record names who saved it: the signed-in user, or "system" when nobody is
 * signed in.
 */
class AuditingConfigurationTests {

	final AuditorAware<String> auditor = new AuditingConfiguration().auditorAware();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSignedInUserIsTheAuditor() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice", null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		assertThat(this.auditor.getCurrentAuditor()).contains("alice");
	}

	@Test
	void withNobodySignedInTheAuditorIsTheSystem() {
		assertThat(this.auditor.getCurrentAuditor()).contains("system");
	}

	@Test
	void anAnonymousVisitorIsNotAnAuditor() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					List.of(AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS").get(0))));
		assertThat(this.auditor.getCurrentAuditor()).contains("system");
	}

}
