package org.bilateral.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An editable record with texts readers see (titles, names, descriptions): it says which
 * language they were written in, so pages can mark them with it, and its type's name, by
 * which its translations are kept.
 */
@MappedSuperclass
public abstract class TextRecord extends AuditedEntity {

	@Column(nullable = false)
	private String textLanguage = "en";

	/** The record type's name, as its admin pages and revision history use it. */
	public abstract String recordType();

	/** The language the record's texts were written in ("en", "es", "ru", "kk"). */
	public String getTextLanguage() {
		return this.textLanguage;
	}

	public void setTextLanguage(String textLanguage) {
		this.textLanguage = textLanguage;
	}

}
