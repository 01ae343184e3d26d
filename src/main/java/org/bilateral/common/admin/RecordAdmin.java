package org.bilateral.common.admin;

import java.util.List;
import java.util.Map;

import org.springframework.validation.Errors;

/**
 * The editing side of one record type, as the admin pages use it. Implementations check
 * business rules into {@link Errors} (a clash becomes a field error, never an exception),
 * compare the form's version with the stored one, and record every change in the revision
 * history.
 */
public interface RecordAdmin<F extends RecordForm> {

	/** The record type's name in the revision history and in addresses ("visits"). */
	String type();

	List<RecordRow> list();

	F newForm();

	/**
	 * A form's fields as an editor reads them, chosen records by their names, for the
	 * history and the conflict page.
	 */
	Map<String, String> describe(F form);

	/** The form for a stored record; {@code NotFoundException} when there is none. */
	F load(long id);

	RecordStamps stamps(long id);

	String label(long id);

	/**
	 * Adds field errors for what only the database can tell (unknown references, clashes,
	 * impossible dates), so a form with other errors shows these too.
	 */
	void check(F form, Long id, Errors errors);

	/**
	 * Creates the record, or adds field errors and returns null.
	 */
	Long create(F form, Errors errors);

	/**
	 * Saves the form over the record, or adds field errors.
	 * @throws org.bilateral.common.EditConflictException when the record changed since
	 * the form's version
	 */
	void update(long id, F form, Errors errors);

	/** What depends on the record and so prevents deleting it, as message texts. */
	List<String> dependants(long id);

	/**
	 * Deletes the record.
	 * @throws org.bilateral.common.EditConflictException when the record changed since
	 * the given version
	 */
	void delete(long id, long version);

}
