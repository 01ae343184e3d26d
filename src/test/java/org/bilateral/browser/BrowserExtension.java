package org.bilateral.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One browser per test class, pointed at the portal that Spring Boot started on a random
 * port, handed to test methods as a {@link Browser} parameter and quit when the class is
 * done. Each test starts as a new reader: no cookies, desktop screen. Where Chromium is
 * missing the class is skipped before the portal starts (see {@link Prerequisites}).
 */
final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return Prerequisites.check(Browser.missing());
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		context.getStore(NAMESPACE).put(Browser.class, Browser.start("http://localhost:" + port));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return browser(context);
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

}
