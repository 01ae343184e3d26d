package org.bilateral;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Forms as a browser posts them, written as field names and values in pairs. */
public final class Forms {

	private Forms() {
	}

	/**
	 * A form with the given fields, in order.
	 * @param namesAndValues a field's name, then its value (written with
	 * {@link String#valueOf(Object)}), and so on
	 * @return the form
	 */
	public static MultiValueMap<String, String> form(Object... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
		}
		return form;
	}

	/**
	 * Changes fields of a form, as an editor types over them.
	 * @param form the form to change
	 * @param namesAndValues a field's name, then its new value, and so on
	 * @return the same form
	 */
	public static MultiValueMap<String, String> with(MultiValueMap<String, String> form, Object... namesAndValues) {
		form.setAll(form(namesAndValues).toSingleValueMap());
		return form;
	}

}
