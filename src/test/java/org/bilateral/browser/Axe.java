package org.bilateral.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * axe-core, the accessibility engine, loaded from the project's npm package
 * ({@code node_modules/axe-core}, installed by {@code npm ci}) into the page the browser
 * shows, and run there with the WCAG 2.0, 2.1 and 2.2 level A and AA rules.
 */
final class Axe {

	static final Path SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");

	/** The rule tags of WCAG 2.2 level AA: every A and AA rule of 2.0, 2.1 and 2.2. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then((results) => done(results.violations.map((v) => ({
			    id: v.id, impact: v.impact || '', help: v.help,
			    targets: v.nodes.map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
			  }))))
			  .catch((error) => done([{ id: 'axe-error', impact: '', help: String(error), targets: [] }]));
			""";

	private static String source;

	private Axe() {
	}

	/**
	 * Whether the npm package is installed, with how to install it if not.
	 * @return a message, or empty when it is installed
	 */
	static Optional<String> missing() {
		return Files.isReadable(SCRIPT) ? Optional.empty()
				: Optional.of("axe-core (" + SCRIPT.toAbsolutePath()
						+ ") not found. Enable the accessibility tests with `npm ci` in the project directory,"
						+ " which installs the axe-core version that package-lock.json pins.");
	}

	/**
	 * Checks the page the browser shows.
	 * @param browser showing the page, fully loaded
	 * @return the rules the page breaks, empty when it passes them all
	 */
	static List<Violation> violations(Browser browser) {
		browser.script(script());
		Object result = browser.driver().executeAsyncScript(RUN, WCAG_22_AA);
		if (!(result instanceof List<?> found)) {
			throw new IllegalStateException("axe-core answered " + result + " instead of a list of violations");
		}
		return found.stream()
			.map(Axe::asMap)
			.map((v) -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
					((List<?>) v.get("targets")).stream().map(String::valueOf).toList()))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	private static synchronized String script() {
		if (source == null) {
			try {
				source = Files.readString(SCRIPT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

	/** Runs a test class only where axe-core is installed, like {@link BrowserTest}. */
	static final class Installed implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return Prerequisites.check(missing());
		}

	}

	/**
	 * A rule the page breaks, and where.
	 *
	 * @param id the axe rule, such as {@code color-contrast}
	 * @param impact how much it hinders a reader, as axe judges it
	 * @param help what the rule asks for
	 * @param targets a CSS selector for each offending element, with what is wrong with
	 * it
	 */
	record Violation(String id, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			return this.id + " (" + this.impact + "): " + this.help + "\n      "
					+ String.join("\n      ", this.targets);
		}

	}

}
