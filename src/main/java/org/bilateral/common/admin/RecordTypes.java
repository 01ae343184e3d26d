package org.bilateral.common.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bilateral.common.history.FieldChange;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every record type the features declare, by name: the shared admin pages use it to name
 * chosen records, to offer choices in forms, and to find what depends on a record. It
 * knows no feature; the features find it.
 */
@Component
public class RecordTypes {

	/**
	 * The revision history's key for the language a record's texts are written in; its
	 * translations are kept under the text's key and the language ({@code title-ru}).
	 */
	public static final String TEXT_LANGUAGE = "textLanguage";

	private static final Pattern TRANSLATION = Pattern.compile("(\\w+)-(en|es|ru|kk)");

	private final ObjectProvider<RecordType> declared;

	private final MessageSource messages;

	private volatile Map<String, RecordType> byName;

	RecordTypes(ObjectProvider<RecordType> declared, MessageSource messages) {
		this.declared = declared;
		this.messages = messages;
	}

	/** Every declared type, in the order of their beans' {@code @Order}. */
	public List<RecordType> all() {
		return this.declared.orderedStream().toList();
	}

	public Optional<RecordType> find(String type) {
		Map<String, RecordType> types = this.byName;
		if (types == null) {
			types = all().stream()
				.collect(Collectors.toMap(RecordType::type, Function.identity(), (a, b) -> a, LinkedHashMap::new));
			this.byName = types;
		}
		return Optional.ofNullable(types.get(type));
	}

	/**
	 * A record's current name, or its key when the record is unknown (or was deleted).
	 */
	public String name(String type, String key) {
		if (key == null || key.isEmpty()) {
			return "";
		}
		return find(type).flatMap((found) -> found.name(key)).orElse(key);
	}

	/**
	 * What depends on a record, as messages ("3 visits"), counted over every declared
	 * reference to its type and sorted; empty when nothing does.
	 */
	public List<String> dependants(String type, String key) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (RecordType declaring : all()) {
			for (Reference reference : declaring.references()) {
				if (reference.type().equals(type)) {
					counts.merge(reference.message(), reference.counter().applyAsLong(key), Long::sum);
				}
			}
		}
		List<String> dependants = new ArrayList<>();
		counts.forEach((code, count) -> {
			if (count > 0) {
				dependants.add(message(code, count));
			}
		});
		dependants.sort(null);
		return dependants;
	}

	/**
	 * A stored change as the reader sees it: the field's label and both values named in
	 * the reader's language. A key no field answers to any more is shown as it is.
	 */
	public <F> ChangeView show(RecordFields<F> fields, FieldChange change) {
		RecordFields.Names names = new RecordFields.Names() {

			@Override
			public String record(String type, String key) {
				return name(type, key);
			}

			@Override
			public String message(String code, String defaultText) {
				return RecordTypes.this.messages.getMessage(code, null, defaultText, LocaleContextHolder.getLocale());
			}

		};
		if (TEXT_LANGUAGE.equals(change.field())) {
			return new ChangeView(change.field(), names.message("field." + TEXT_LANGUAGE, change.field()),
					languageName(change.oldValue(), names), languageName(change.newValue(), names));
		}
		Matcher translation = TRANSLATION.matcher(change.field());
		if (translation.matches()) {
			String label = message("field.translation",
					names.message("field." + translation.group(1), translation.group(1)),
					names.message("language." + translation.group(2), translation.group(2)));
			return new ChangeView(change.field(), label, nullToEmpty(change.oldValue()),
					nullToEmpty(change.newValue()));
		}
		return fields.field(change.field())
			.map((field) -> new ChangeView(field.key(), names.message(field.label(), field.key()),
					show(field, change.oldValue(), names), show(field, change.newValue(), names)))
			.orElseGet(() -> new ChangeView(change.field(), change.field(), nullToEmpty(change.oldValue()),
					nullToEmpty(change.newValue())));
	}

	private static String show(RecordFields.Field<?> field, String value, RecordFields.Names names) {
		return (value == null || value.isEmpty()) ? "" : field.names().show(value, names);
	}

	private static String languageName(String language, RecordFields.Names names) {
		return (language == null || language.isEmpty()) ? "" : names.message("language." + language, language);
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
