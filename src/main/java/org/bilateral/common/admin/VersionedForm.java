package org.bilateral.common.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The version every admin form carries in a hidden field: the version of the record it
 * was opened with, compared with the stored one on save. Beside it, the language the
 * record's texts are written in (for record types that have texts).
 */
public abstract class VersionedForm implements RecordForm {

	private long version;

	@NotNull
	@Pattern(regexp = "en|es|ru|kk", message = "{textLanguage.unknown}")
	private String textLanguage = "en";

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

	@Override
	public String getTextLanguage() {
		return this.textLanguage;
	}

	@Override
	public void setTextLanguage(String textLanguage) {
		this.textLanguage = textLanguage;
	}

}
