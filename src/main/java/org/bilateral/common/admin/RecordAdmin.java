package org.bilateral.common.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bilateral.common.history.Revision;
import org.bilateral.common.text.TextField;

import org.springframework.validation.Errors;

/**
 * The editing side of one record type, as the shared admin pages use it. Each page view
 * is one call, so one transaction. Implementations check business rules into
 * {@link Errors} (a clash becomes a field error, never an exception), compare the form's
 * version with the stored one, and record every change in the revision history.
 *
 * @param <F> the type's admin form
 */
public interface RecordAdmin<F extends RecordForm> extends RecordType {

	List<RecordRow> list();

	/** The record types this type's form chooses from ("countries", "people"). */
	default List<String> choosesFrom() {
		return List.of();
	}

	F newForm();

	/** The form for a new record, with its choices. */
	Editing<F> blank();

	/** The form for a stored record; {@code NotFoundException} when there is none. */
	Editing<F> edit(long id);

	/**
	 * Adds field errors for what only the database can tell (unknown references,
	 * clashes), so a form sent back with other errors shows these too.
	 */
	FormPage check(F form, Errors errors);

	/** Like {@link #check(RecordForm, Errors)} for a stored record, with its page. */
	FormPage check(long id, F form, Errors errors);

	/**
	 * Creates the record and returns its page, or adds field errors and returns the
	 * form's choices without a record.
	 */
	FormPage create(F form, Errors errors);

	/**
	 * Saves the form over the record, or adds field errors; returns the record's page
	 * either way, with the form's choices when it is shown again.
	 * @throws EditConflictException when the record changed since the form's version
	 */
	FormPage update(long id, F form, Errors errors);

	/**
	 * What another editor saved, field by field beside the editor's own input, with the
	 * stored record's current version.
	 */
	Conflict conflict(long id, F yours);

	/** The deletion confirmation: what depends on the record and prevents deleting it. */
	Deletion deletion(long id);

	/**
	 * Deletes the record unless something depends on it or it changed since the version.
	 */
	Deletion delete(long id, long version);

	History history(long id);

	/**
	 * The record's texts as written and their translations, in a form;
	 * {@code NotFoundException} when there is no such record.
	 */
	Translating translations(long id);

	/**
	 * Saves a record's translations, or adds field errors and saves nothing; returns the
	 * translations page either way, with the record's version after the save.
	 * @throws EditConflictException when the record changed since the form's version
	 */
	Translating saveTranslations(long id, TranslationsForm form, Errors errors);

	/** A form to show, the record it edits (none for a new one) and its choices. */
	record Editing<F>(F form, RecordPage page, Map<String, List<Choice>> choices) {
	}

	/**
	 * What a form shown again needs besides what was typed: the record it edits (none for
	 * a new one) and the records it offers to choose from, each list under its type's
	 * name.
	 */
	record FormPage(RecordPage page, Map<String, List<Choice>> choices) {
	}

	record Conflict(RecordPage page, List<ChangeView> changes, Map<String, List<Choice>> choices) {
	}

	record Deletion(RecordPage page, List<String> dependants, boolean deleted, boolean changedMeanwhile) {
	}

	record History(RecordPage page, List<RevisionView> revisions) {
	}

	/**
	 * A record's translations page: the record, the language its texts are written in,
	 * each text that may be translated, and the form.
	 */
	record Translating(RecordPage page, String language, List<TranslatedText> texts, TranslationsForm form) {
	}

	/**
	 * One text as written, with the languages it may be translated into (all but the
	 * record's own) and its form keys ({@code title-ru}) in that order.
	 */
	record TranslatedText(String field, String label, String original, TextField.Kind kind, int maxLength,
			List<String> languages, List<String> keys) {
	}

	record RevisionView(Revision.Action action, Instant changedAt, String changedBy, List<ChangeView> changes) {
	}

}
