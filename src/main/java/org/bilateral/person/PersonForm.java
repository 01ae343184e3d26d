package org.bilateral.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.bilateral.person.Person;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A person as an editor edits them.
 */
public class PersonForm extends VersionedForm {

	/** The length of the slug column. */
	static final int SLUG_LENGTH = 200;

	@NotBlank
	@CodePointLength(max = 200)
	@VisibleText
	private String name;

	@CodePointLength(max = SLUG_LENGTH)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{slug.pattern}")
	private String slug;

	public static PersonForm from(Person person) {
		PersonForm form = new PersonForm();
		form.name = person.getName();
		form.slug = person.getSlug();
		form.setVersion(person.getVersion());
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

}
