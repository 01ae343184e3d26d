package org.bilateral.common.admin;

/**
 * A save based on a version of a record that another editor has changed since. It carries
 * the conflict page when it was found before anything was written; after a lost race at
 * the moment of writing it carries none, and the page is read afresh.
 */
public class EditConflictException extends RuntimeException {

	private final transient RecordAdmin.Conflict conflict;

	EditConflictException(RecordAdmin.Conflict conflict) {
		super("The record was changed by someone else");
		this.conflict = conflict;
	}

	/** The conflict page, or null when it must be read afresh. */
	public RecordAdmin.Conflict getConflict() {
		return this.conflict;
	}

}
