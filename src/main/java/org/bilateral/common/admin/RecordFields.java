package org.bilateral.common.admin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an editor sees of one record type, field by field, written out explicitly for each
 * form: the revision history stores each field's value under a stable key, raw (an id, a
 * code, a date at its precision), and the value is named only when it is shown, in the
 * reader's language. A field renamed in the form names its former keys, so old revisions
 * keep their label.
 *
 * @param <F> the admin form the fields are read from
 */
public final class RecordFields<F> {

	/** Separates the parts of one line of a list field, such as one participant. */
	public static final String PART = "\u001f";

	private final List<Field<F>> fields;

	private RecordFields(List<Field<F>> fields) {
		this.fields = List.copyOf(fields);
	}

	public static <F> Builder<F> of(Class<F> form) {
		return new Builder<>();
	}

	/** The form's values by key, raw, in the order of the form; empty values as "". */
	public Map<String, String> describe(F form) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field<F> field : this.fields) {
			values.put(field.key(), field.value().apply(form));
		}
		return values;
	}

	/** The field stored under a key, current or former; empty for an unknown key. */
	public Optional<Field<F>> field(String key) {
		return this.fields.stream().filter((field) -> field.answersTo(key)).findFirst();
	}

	/**
	 * One field: its stable key, the message that labels it, the keys it was stored under
	 * before, how to read it from a form, and how to show a stored value.
	 */
	public record Field<F>(String key, String label, Set<String> formerKeys, Function<F, String> value,
			ValueNames names) {

		boolean answersTo(String stored) {
			return this.key.equals(stored) || this.formerKeys.contains(stored);
		}

	}

	/**
	 * How a stored value is shown: as it is, or named through a record type or a message.
	 */
	@FunctionalInterface
	public interface ValueNames {

		ValueNames AS_STORED = (value, names) -> value;

		String show(String value, Names names);

	}

	/** What showing a value may consult. */
	public interface Names {

		/**
		 * The current name of a record of a type, or the key itself when there is none.
		 */
		String record(String type, String key);

		/** A message in the reader's language, or the given default. */
		String message(String code, String defaultText);

	}

	/** Writes the fields of one form, in the order an editor sees them. */
	public static final class Builder<F> {

		private final List<Field<F>> fields = new ArrayList<>();

		/** Text, numbers and dates, shown as stored. */
		public Builder<F> text(String key, Function<F, ?> getter) {
			return add(key, getter, ValueNames.AS_STORED);
		}

		/** A chosen record of a type, stored by its key and shown by its current name. */
		public Builder<F> reference(String key, String type, Function<F, ?> getter) {
			return add(key, getter, (value, names) -> value.isEmpty() ? value : names.record(type, value));
		}

		/** One of a fixed set of values, stored by name and shown through its message. */
		public Builder<F> choice(String key, String messagePrefix, Function<F, ? extends Enum<?>> getter) {
			return add(key, getter,
					(value, names) -> value.isEmpty() ? value : names.message(messagePrefix + value, value));
		}

		/**
		 * A list, one line per item, each line's parts separated by {@link #PART}; the
		 * line shows how to show one line.
		 */
		public <T> Builder<F> lines(String key, Function<F, Collection<T>> items, Function<T, List<?>> parts,
				ValueNames line) {
			Function<F, String> value = (form) -> items.apply(form)
				.stream()
				.map((item) -> parts.apply(item)
					.stream()
					.map((part) -> Objects.toString(part, ""))
					.collect(Collectors.joining(PART)))
				.collect(Collectors.joining("\n"));
			this.fields.add(new Field<>(key, "field." + key, Set.of(), value, (stored,
					names) -> stored.lines().map((text) -> line.show(text, names)).collect(Collectors.joining("\n"))));
			return this;
		}

		/** The keys the last field was stored under before it was renamed. */
		public Builder<F> formerly(String... keys) {
			Field<F> last = this.fields.remove(this.fields.size() - 1);
			this.fields.add(new Field<>(last.key(), last.label(), Set.of(keys), last.value(), last.names()));
			return this;
		}

		private Builder<F> add(String key, Function<F, ?> getter, ValueNames names) {
			this.fields.add(new Field<>(key, "field." + key, Set.of(),
					(form) -> Objects.toString(getter.apply(form), ""), names));
			return this;
		}

		public RecordFields<F> build() {
			return new RecordFields<>(this.fields);
		}

	}

}
