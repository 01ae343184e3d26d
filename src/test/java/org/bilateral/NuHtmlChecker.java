package org.bilateral;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, the engine behind validator.w3.org/nu, run inside the test JVM on
 * a page's markup: validity is checked in every build, with no network and no browser.
 * One instance checks any number of documents, one at a time.
 */
public final class NuHtmlChecker {

	private final SimpleDocumentValidator validator;

	private final Collector collector = new Collector();

	public NuHtmlChecker() {
		// The checker traces its parsing through log4j 1.2, which nothing else here
		// configures: its findings come back as problems, so the trace is not wanted.
		org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.OFF);
		try {
			this.validator = new SimpleDocumentValidator(false, false, false);
			this.validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, new Collector());
			this.validator.setUpValidatorAndParsers(this.collector, false, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not load its schema", ex);
		}
	}

	/**
	 * Checks a document as {@code text/html}.
	 * @param html the markup, as served
	 * @return the errors, empty for a valid document; warnings are not errors
	 */
	public synchronized List<Problem> errors(String html) {
		this.collector.errors.clear();
		try {
			this.validator
				.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The Nu Html Checker failed", ex);
		}
		return List.copyOf(this.collector.errors);
	}

	/**
	 * One error, where the checker found it.
	 *
	 * @param line the line in the served markup
	 * @param column the column on that line
	 * @param message what the checker says
	 */
	public record Problem(int line, int column, String message) {

		@Override
		public String toString() {
			return "line " + this.line + ", column " + this.column + ": " + this.message;
		}

	}

	private static final class Collector implements ErrorHandler {

		private final List<Problem> errors = new ArrayList<>();

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(problem(exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(problem(exception));
		}

		private static Problem problem(SAXParseException exception) {
			return new Problem(exception.getLineNumber(), exception.getColumnNumber(), exception.getMessage());
		}

	}

}
