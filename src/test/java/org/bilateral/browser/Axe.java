package org.bilateral.browser;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core, the accessibility engine, run on the page the browser shows with the WCAG
 * 2.0, 2.1 and 2.2 level A and AA rules, through Deque's Selenium integration
 * ({@code com.deque.html.axe-core:selenium}), which carries its own copy of axe-core: a
 * Maven dependency like any other, nothing else to install.
 */
final class Axe {

	/** The rule tags of WCAG 2.2 level AA: every A and AA rule of 2.0, 2.1 and 2.2. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Axe() {
	}

	/**
	 * Checks the page the browser shows.
	 * @param browser showing the page, fully loaded
	 * @return the rules the page breaks, empty when it passes them all
	 * @throws IllegalStateException if axe-core could not check the page
	 */
	static List<Violation> violations(Browser browser) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().withOptions(options).withTags(WCAG_22_AA).analyze(browser.driver());
		if (results.isErrored()) {
			throw new IllegalStateException(
					"axe-core could not check " + browser.driver().getCurrentUrl() + ": " + results.getErrorMessage(),
					results.getError());
		}
		return results.getViolations().stream().map(Violation::of).toList();
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

		static Violation of(Rule rule) {
			return new Violation(rule.getId(), (rule.getImpact() != null) ? rule.getImpact() : "",
					rule.getHelp() + " (" + rule.getHelpUrl() + ")",
					rule.getNodes().stream().map(Violation::describe).toList());
		}

		private static String describe(CheckedNode node) {
			String summary = (node.getFailureSummary() != null) ? node.getFailureSummary() : "";
			// axe writes "Fix any of the following:", then a finding a line: kept on one
			// line.
			return selector(node.getTarget()) + " — "
					+ summary.strip().replaceAll(":\\s*\\n\\s*", ": ").replaceAll("\\s*\\n\\s*", "; ");
		}

		/**
		 * The node's selector: a list of them for an element inside frames or shadow
		 * roots, outermost first.
		 */
		private static String selector(Object target) {
			if (target instanceof List<?> parts) {
				return parts.stream().map(Violation::selector).collect(Collectors.joining(" >>> "));
			}
			return String.valueOf(target);
		}

		@Override
		public String toString() {
			return this.id + " (" + this.impact + "): " + this.help + "\n      "
					+ String.join("\n      ", this.targets);
		}

	}

}
