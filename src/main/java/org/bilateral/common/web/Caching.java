package org.bilateral.common.web;

import java.io.IOException;
import java.time.Clock;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * How public pages are cached. Browsers and proxies are told to revalidate them each time
 * ({@code Cache-Control: no-cache}); the portal keeps each rendered page in memory
 * (Caffeine, through Spring's cache abstraction) and answers from it, or with a 304 by
 * ETag, until PostgreSQL announces that a record changed ({@link ContentVersion},
 * {@link PageCache}). Fingerprinted static files are kept for a year (see
 * application.properties); the admin and sign-in pages keep Spring Security's
 * {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class Caching implements WebMvcConfigurer {

	/** The name of the cache rendered pages are kept in, as its metrics are tagged. */
	static final String PAGES = "pages";

	/** Spring Session's cookie: its holder may see pages that are not everyone's. */
	static final String SESSION_COOKIE = "SESSION";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor publicPages = new WebContentInterceptor();
		publicPages.setCacheControl(PublicPaths.CACHE_CONTROL);
		registry.addInterceptor(publicPages).excludePathPatterns(PublicPaths.EXCLUDED);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "bilateral.page-cache.enabled", matchIfMissing = true)
	static class PageCacheConfiguration {

		@Bean
		ContentVersion contentVersion(JdbcConnectionDetails database, DataSource dataSource) {
			return new ContentVersion(database, dataSource, Duration.ofSeconds(10), Duration.ofSeconds(1));
		}

		@Bean
		CacheManager pageCacheManager(PageCacheProperties properties) {
			CaffeineCacheManager manager = new CaffeineCacheManager();
			manager.setCaffeine(Caffeine.newBuilder()
				.maximumWeight(properties.maxSize().toBytes())
				.weigher(PageCache::weigh)
				.recordStats());
			manager.setAllowNullValues(false);
			manager.setCacheNames(List.of(PAGES));
			return manager;
		}

		/**
		 * Before Spring Security's filters, so that a page sent from memory costs none of
		 * their work; what they add to a response is kept with the page and sent with it.
		 */
		@Bean
		FilterRegistrationBean<PageCache> pageCache(CacheManager pageCacheManager, ContentVersion contentVersion,
				LocaleResolver localeResolver, Clock clock) {
			PageCache filter = new PageCache(pageCacheManager.getCache(PAGES), contentVersion, localeResolver,
					SESSION_COOKIE, release(), clock);
			FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
			return registration;
		}

	}

	/**
	 * A fingerprint of the portal's code, templates, messages and static files: the same
	 * on every instance of one build, different after any change that could render a page
	 * differently.
	 */
	static String release() {
		ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(Caching.class.getClassLoader());
		try {
			List<String> digests = new ArrayList<>();
			for (String pattern : List.of("classpath*:org/bilateral/**/*.class", "classpath*:templates/**/*.html",
					"classpath*:messages*.properties", "classpath*:static/**/*.*")) {
				for (Resource resource : resolver.getResources(pattern)) {
					try (InputStream content = resource.getInputStream()) {
						digests.add(HexFormat.of().formatHex(sha256().digest(content.readAllBytes())));
					}
				}
			}
			digests.sort(null);
			MessageDigest release = sha256();
			digests.forEach((digest) -> release.update(digest.getBytes(StandardCharsets.US_ASCII)));
			return HexFormat.of().formatHex(release.digest(), 0, 4);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
