package org.bilateral.browser;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the browser tests need from the machine, checked before a test class starts, so a
 * machine without it skips the class instead of starting the portal for nothing. The
 * reason is logged once and recorded as the skip reason. Where browser tests are required
 * ({@code -Dbilateral.test.browser.required=true} or
 * {@code BILATERAL_BROWSER_TESTS_REQUIRED=true}, as CI sets) a missing program fails the
 * class instead.
 */
final class Prerequisites {

	private static final Logger logger = LoggerFactory.getLogger(Prerequisites.class);

	private static final Set<String> logged = ConcurrentHashMap.newKeySet();

	private Prerequisites() {
	}

	/**
	 * Decides whether a test class can run.
	 * @param missing what is missing and how to install it, or empty if nothing is
	 * @return enabled, or disabled with the message
	 * @throws IllegalStateException if something is missing and browser tests are
	 * required
	 */
	static ConditionEvaluationResult check(Optional<String> missing) {
		if (missing.isEmpty()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		if (required()) {
			throw new IllegalStateException("Browser tests are required here, but " + missing.get());
		}
		String message = "Browser tests skipped: " + missing.get();
		if (logged.add(message)) {
			logger.warn(message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(variable);
		}
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private static boolean required() {
		return Boolean.parseBoolean(setting("bilateral.test.browser.required", "BILATERAL_BROWSER_TESTS_REQUIRED", ""));
	}

}
