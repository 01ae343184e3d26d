package org.bilateral.common.text;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bilateral.common.TextRecord;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Records' texts in the reader's language, for templates ({@code @texts.of(visit,
 * 'title')}): the translation into the reader's language where an editor gave one,
 * otherwise the text as it was written, with its language so that the page marks it with
 * its own {@code lang} and a note that it is not yet translated. Nothing is translated by
 * machine; the reader's language is that of {@link LocaleContextHolder}.
 */
@Component("texts")
public class Texts {

	private final Translations translations;

	private final MessageSource messages;

	Texts(Translations translations, MessageSource messages) {
		this.translations = translations;
		this.messages = messages;
	}

	/**
	 * A text inside a sentence, for a message shown with {@code th:utext}: escaped, in a
	 * {@code <bdi>} element carrying its language where that is not the reader's, and
	 * followed by the note where the reader's language has no translation.
	 */
	public String isolate(Text text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String escaped = HtmlUtils.htmlEscape(text.text(), "UTF-8");
		String isolated = text.foreign() ? "<bdi lang=\"" + text.language() + "\">" + escaped + "</bdi>"
				: "<bdi>" + escaped + "</bdi>";
		if (text.untranslated()) {
			isolated += " <span class=\"untranslated\">" + HtmlUtils.htmlEscape(
					this.messages.getMessage("text.untranslated", null, LocaleContextHolder.getLocale()), "UTF-8")
					+ "</span>";
		}
		return isolated;
	}

	/**
	 * A record's texts for the data formats: the language they were written in and every
	 * translation, by language and field.
	 */
	public Written written(TextRecord record) {
		if (record == null) {
			return new Written(null, Map.of());
		}
		Map<String, Map<String, String>> translations = new LinkedHashMap<>();
		for (String language : Languages.besides(record.getTextLanguage())) {
			Map<String, String> texts = this.translations.find(language, record.recordType(), record.getId());
			if (!texts.isEmpty()) {
				translations.put(language, texts);
			}
		}
		return new Written(record.getTextLanguage(), translations);
	}

	/** The reader's language: the current locale's, English for any other. */
	public String readerLanguage() {
		return Languages.of(LocaleContextHolder.getLocale());
	}

	/**
	 * A text of a record, by the name of its property and translation field.
	 */
	public Text of(TextRecord record, String field) {
		if (record == null) {
			return Text.NONE;
		}
		BeanWrapper properties = PropertyAccessorFactory.forBeanPropertyAccess(record);
		Object original = properties.getPropertyValue(field);
		return of(record.recordType(), record.getId(), field, (original != null) ? original.toString() : null,
				record.getTextLanguage());
	}

	/**
	 * A name of a record: spelt per script, so a name in the reader's script has no note.
	 */
	public Text name(TextRecord record, String field) {
		return asName(of(record, field));
	}

	/**
	 * A text of a record read without its entity: its type, id, field, the text as
	 * written and the language it was written in.
	 */
	public Text of(String type, Long id, String field, String original, String language) {
		if (original == null || original.isEmpty()) {
			return Text.NONE;
		}
		String written = Languages.isKnown(language) ? language : "en";
		String reader = readerLanguage();
		if (written.equals(reader) || id == null) {
			return new Text(original, written, !written.equals(reader), false);
		}
		String translated = this.translations.find(reader, type, id, field);
		if (translated != null) {
			return new Text(translated, reader, false, false);
		}
		return new Text(original, written, true, true);
	}

	/** Like {@link #of(String, Long, String, String, String)} for a name. */
	public Text name(String type, Long id, String field, String original, String language) {
		return asName(of(type, id, field, original, language));
	}

	private Text asName(Text text) {
		if (text.untranslated() && Languages.sameScript(text.language(), readerLanguage())) {
			return new Text(text.text(), text.language(), true, false);
		}
		return text;
	}

}
