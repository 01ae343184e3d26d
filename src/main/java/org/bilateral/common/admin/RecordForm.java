package org.bilateral.common.admin;

/**
 * What every admin form carries besides its fields: the version of the record it was
 * loaded from, so a save based on an outdated version is caught, and the language the
 * record's texts are written in.
 */
public interface RecordForm {

	long getVersion();

	void setVersion(long version);

	String getTextLanguage();

	void setTextLanguage(String textLanguage);

}
