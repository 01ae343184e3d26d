package org.bilateral.common;

/**
 * A save was based on a version of a record that another editor has since changed. It is
 * answered with the conflict page, which keeps the editor's input and shows the other
 * change, so nothing is silently overwritten.
 */
public class EditConflictException extends RuntimeException {

	private final long currentVersion;

	public EditConflictException(long currentVersion) {
		super("The record was changed by someone else (now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
