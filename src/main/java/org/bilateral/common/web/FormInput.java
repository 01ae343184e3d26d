package org.bilateral.common.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Cleans what editors type before it is bound: surrounding spaces are trimmed, an empty
 * field becomes "not given", and control characters that PostgreSQL cannot store (NUL) or
 * that no one means to type are removed, keeping line breaks and tabs. Lists in forms may
 * not grow past a sane size however many rows a request names. A decimal number may not
 * be longer than any real amount: validating a number with a million digits would keep a
 * processor busy for minutes.
 */
@ControllerAdvice
class FormInput {

	static final int MAX_LIST_SIZE = 100;

	static final int MAX_DECIMAL_LENGTH = 100;

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_LIST_SIZE);
		binder.registerCustomEditor(String.class, new CleanText());
		binder.registerCustomEditor(BigDecimal.class, new BoundedDecimal());
	}

	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
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

	/** A decimal number as typed; too long or not a number is a type mismatch. */
	private static final class BoundedDecimal extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String cleaned = clean(text);
			if (cleaned != null && cleaned.length() > MAX_DECIMAL_LENGTH) {
				throw new IllegalArgumentException("Longer than " + MAX_DECIMAL_LENGTH + " characters");
			}
			setValue((cleaned != null) ? new BigDecimal(cleaned) : null);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
