package org.bilateral.common;

/**
 * A save or deletion based on a version of a record that another editor has changed
 * since; the admin pages answer it with the conflict page, reading the current version.
 */
public class EditConflictException extends RuntimeException {

	public EditConflictException() {
		super("The record was changed by someone else");
	}

}
