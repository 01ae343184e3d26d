package org.bilateral.common.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeansException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;

/**
 * Cleans what editors type before it is bound: surrounding spaces are trimmed, an empty
 * field becomes "not given", and control characters that PostgreSQL cannot store (NUL) or
 * that no one means to type are removed, keeping line breaks and tabs. Lists in forms may
 * not grow past a sane size however many rows a request names. A decimal number may not
 * be longer than any real amount: validating a number with a million digits would keep a
 * processor busy for minutes.
 *
 * <p>
 * Numbers are read as people write them on this portal: ASCII digits, an optional minus
 * and, for decimals, a point. Java would also read {@code 0x1}, {@code +1} or digits of
 * other scripts, which would store a value the editor did not see. A field that takes one
 * value but was sent several times ({@code name=First&name=Second}) is refused rather
 * than stored as "First,Second".
 */
@ControllerAdvice
class FormInput {

	static final int MAX_LIST_SIZE = 100;

	static final int MAX_DECIMAL_LENGTH = 100;

	/** Control characters other than line breaks and tabs. */
	private static final String CONTROLS = "[\\p{Cc}&&[^\\n\\t]]";

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

	private static final Pattern DECIMAL_NUMBER = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

	@InitBinder
	void initBinder(WebDataBinder binder, WebRequest request) {
		binder.setAutoGrowCollectionLimit(MAX_LIST_SIZE);
		binder.registerCustomEditor(String.class, new CleanText());
		binder.registerCustomEditor(BigDecimal.class, new Number(DECIMAL_NUMBER, BigDecimal::new, true));
		binder.registerCustomEditor(Long.class, new Number(WHOLE_NUMBER, Long::valueOf, true));
		binder.registerCustomEditor(long.class, new Number(WHOLE_NUMBER, Long::valueOf, false));
		binder.registerCustomEditor(Integer.class, new Number(WHOLE_NUMBER, Integer::valueOf, true));
		binder.registerCustomEditor(int.class, new Number(WHOLE_NUMBER, Integer::valueOf, false));
		binder.addValidators(new SingleValues(request.getParameterMap()));
		binder.setBindingErrorProcessor(new ShownAsTyped());
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceAll(CONTROLS, "").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	private static final class CleanText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(clean(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/**
	 * A number as typed, in ASCII digits; too long, in other digits or not a number is a
	 * type mismatch.
	 */
	private static final class Number extends PropertyEditorSupport {

		private final Pattern pattern;

		private final Function<String, Object> parser;

		private final boolean optional;

		Number(Pattern pattern, Function<String, Object> parser, boolean optional) {
			this.pattern = pattern;
			this.parser = parser;
			this.optional = optional;
		}

		@Override
		public void setAsText(String text) {
			String cleaned = clean(text);
			if (cleaned == null) {
				if (!this.optional) {
					throw new IllegalArgumentException("A number is required");
				}
				setValue(null);
				return;
			}
			if (cleaned.length() > MAX_DECIMAL_LENGTH || !this.pattern.matcher(cleaned).matches()) {
				throw new IllegalArgumentException("Not a number in ASCII digits");
			}
			setValue(this.parser.apply(cleaned));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/**
	 * A value that could not be bound (a number in other digits, a date that is none) is
	 * shown again as typed, less the control characters no page may hold (a NUL in HTML
	 * is an error the browser replaces with another character).
	 */
	private static final class ShownAsTyped extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			String field = ex.getPropertyName();
			Object value = ex.getValue();
			if (value instanceof String text) {
				value = text.replaceAll(CONTROLS, "");
			}
			else if (value instanceof String[] texts) {
				value = Arrays.stream(texts).map((text) -> text.replaceAll(CONTROLS, "")).toArray(String[]::new);
			}
			FieldError error = new FieldError(result.getObjectName(), field, value, true,
					result.resolveMessageCodes(ex.getErrorCode(), field),
					getArgumentsForBindError(result.getObjectName(), field), ex.getLocalizedMessage());
			error.wrap(ex);
			result.addError(error);
		}

	}

	/**
	 * Refuses a parameter sent more than once for a form field that holds one value.
	 */
	private static final class SingleValues implements Validator {

		private final Map<String, String[]> parameters;

		SingleValues(Map<String, String[]> parameters) {
			this.parameters = parameters;
		}

		@Override
		public boolean supports(Class<?> type) {
			return true;
		}

		@Override
		public void validate(Object target, Errors errors) {
			BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(target);
			this.parameters.forEach((name, values) -> {
				if (values.length > 1 && holdsOneValue(form, name)) {
					errors.rejectValue(name, "input.repeated", new Object[] { values.length }, null);
				}
			});
		}

		private static boolean holdsOneValue(BeanWrapper form, String name) {
			try {
				if (!form.isReadableProperty(name)) {
					return false;
				}
				Class<?> type = form.getPropertyType(name);
				return type != null && !type.isArray() && !Collection.class.isAssignableFrom(type);
			}
			catch (BeansException ex) {
				return false;
			}
		}

	}

}
