package org.bilateral.common.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translations of one record's texts as an editor edits them: one text per field and
 * language, under keys such as {@code title-ru}, an empty one meaning none; with the
 * record's version, so that a save over a colleague's change is caught.
 */
public class TranslationsForm extends VersionedForm {

	private Map<String, String> texts = new LinkedHashMap<>();

	public Map<String, String> getTexts() {
		return this.texts;
	}

	public void setTexts(Map<String, String> texts) {
		this.texts = texts;
	}

}
