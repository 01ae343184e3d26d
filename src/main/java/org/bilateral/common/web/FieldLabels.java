package org.bilateral.common.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the field an error belongs to, for the error summary at the top of a form, so
 * each link says which field it leads to: "Title", "Date (or first day)" for a date's
 * day, "Participants 2: Office held at the time" for a row of a list, "Title in Russian"
 * for a translation. Templates call it as {@code @fieldLabels}.
 */
@Component("fieldLabels")
public class FieldLabels {

	private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.(\\w+)");

	private static final Pattern TRANSLATION = Pattern.compile("texts\\[(\\w+)-(\\w+)\\]");

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The id of a field's control: its path with dots and brackets turned into hyphens
	 * ("participants[0].office" is "f-participants-0-office").
	 */
	public String id(String path) {
		return "f-" + path.replace('.', '-').replace('[', '-').replace("]", "");
	}

	public String of(String fieldName) {
		Matcher row = ROW.matcher(fieldName);
		if (row.matches()) {
			return label(row.group(1)) + " " + (Integer.parseInt(row.group(2)) + 1) + ": " + label(row.group(3));
		}
		Matcher translation = TRANSLATION.matcher(fieldName);
		if (translation.matches()) {
			return this.messages.getMessage("field.translation",
					new Object[] { label(translation.group(1)),
							this.messages.getMessage("language." + translation.group(2), null, translation.group(2),
									LocaleContextHolder.getLocale()) },
					LocaleContextHolder.getLocale());
		}
		int dot = fieldName.indexOf('.');
		return label((dot > 0) ? fieldName.substring(0, dot) : fieldName);
	}

	private String label(String name) {
		return this.messages.getMessage("field." + name, null, name, LocaleContextHolder.getLocale());
	}

}
