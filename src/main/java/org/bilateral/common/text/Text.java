package org.bilateral.common.text;

/**
 * A record's text as a reader sees it: in the reader's language where an editor gave it,
 * otherwise as it was written, with the language it is in. {@code untranslated} says that
 * the reader's language has no translation of it, for a quiet note beside it.
 */
public record Text(String text, String language, boolean foreign, boolean untranslated) {

	/** No text at all. */
	public static final Text NONE = new Text(null, "en", false, false);

	public boolean isEmpty() {
		return this.text == null || this.text.isEmpty();
	}

	/** The text itself, so that a template may print it where no markup can go. */
	@Override
	public String toString() {
		return (this.text != null) ? this.text : "";
	}

}
