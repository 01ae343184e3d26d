package org.bilateral.common.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Lets browsers and proxies keep the public pages for a few minutes, so readers and the
 * servers behind a load balancer are spared repeat work; an edit shows within that time.
 * The admin and sign-in pages keep Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class Caching implements WebMvcConfigurer {

	static final Duration PUBLIC_PAGES = Duration.ofMinutes(5);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor publicPages = new WebContentInterceptor();
		publicPages.addCacheMapping(CacheControl.maxAge(PUBLIC_PAGES).cachePublic(), "/", "/relations/**",
				"/visits/**");
		registry.addInterceptor(publicPages);
	}

}
