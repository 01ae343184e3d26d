package org.bilateral.common.text;

/**
 * A text of a record type that editors may translate: its key (the form field's and the
 * revision history's, "title"), the most characters it holds, and what kind of text it
 * is.
 */
public record TextField(String key, int maxLength, Kind kind) {

	/** The message labelling the field, as in the record's form. */
	public String label() {
		return "field." + this.key;
	}

	public enum Kind {

		/** A line, such as a title. */
		LINE,

		/** Several sentences, such as a description. */
		PARAGRAPH,

		/**
		 * A name: spelt per script rather than translated, so a name in the reader's
		 * script is not marked as lacking a translation.
		 */
		NAME

	}

}
