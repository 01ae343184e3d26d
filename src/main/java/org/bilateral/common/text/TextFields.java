package org.bilateral.common.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The translatable texts of one record type, each with how to read it from a record.
 *
 * @param <E> the record
 */
public final class TextFields<E> {

	private static final TextFields<?> NONE = new TextFields<>(List.of());

	private final List<Text<E>> texts;

	private TextFields(List<Text<E>> texts) {
		this.texts = List.copyOf(texts);
	}

	@SuppressWarnings("unchecked")
	public static <E> TextFields<E> none() {
		return (TextFields<E>) NONE;
	}

	public static <E> Builder<E> of(Class<E> record) {
		return new Builder<>();
	}

	public List<TextField> fields() {
		return this.texts.stream().map(Text::field).toList();
	}

	public List<Text<E>> texts() {
		return this.texts;
	}

	public boolean isEmpty() {
		return this.texts.isEmpty();
	}

	/** One text: its declaration and how to read it. */
	public record Text<E>(TextField field, Function<E, String> value) {

	}

	public static final class Builder<E> {

		private final List<Text<E>> texts = new ArrayList<>();

		public Builder<E> line(String key, Function<E, String> value, int maxLength) {
			return add(key, value, maxLength, TextField.Kind.LINE);
		}

		public Builder<E> paragraph(String key, Function<E, String> value, int maxLength) {
			return add(key, value, maxLength, TextField.Kind.PARAGRAPH);
		}

		public Builder<E> name(String key, Function<E, String> value, int maxLength) {
			return add(key, value, maxLength, TextField.Kind.NAME);
		}

		private Builder<E> add(String key, Function<E, String> value, int maxLength, TextField.Kind kind) {
			this.texts.add(new Text<>(new TextField(key, maxLength, kind), value));
			return this;
		}

		public TextFields<E> build() {
			return new TextFields<>(this.texts);
		}

	}

}
