package org.bilateral.common.admin;

/**
 * The version every admin form carries in a hidden field: the version of the record it
 * was opened with, compared with the stored one on save.
 */
public abstract class VersionedForm implements RecordForm {

	private long version;

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
