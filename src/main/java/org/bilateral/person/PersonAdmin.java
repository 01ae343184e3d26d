package org.bilateral.person;

import java.util.List;

import org.bilateral.common.Slugs;
import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing people. A person named in visits or heads of mission cannot be deleted: those
 * features declare their references to people.
 */
@Service
@Order(8)
public class PersonAdmin extends EntityAdmin<Person, PersonForm> {

	public static final String TYPE = "people";

	private static final RecordFields<PersonForm> FIELDS = RecordFields.of(PersonForm.class)
		.text("name", PersonForm::getName)
		.text("slug", PersonForm::getSlug)
		.build();

	private final PersonRepository people;

	PersonAdmin(PersonRepository people) {
		super(TYPE, people, FIELDS);
		translatable(TextFields.of(Person.class).name("name", Person::getName, 200).build());
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.people.findAllByOrderByName(), (person) -> person.getSlug());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return choices(this.people.findAllByOrderByName(), (person) -> person.getName());
	}

	@Override
	public PersonForm newForm() {
		return new PersonForm();
	}

	@Override
	protected PersonForm toForm(Person person) {
		return PersonForm.from(person);
	}

	@Override
	protected Person newEntity() {
		return new Person();
	}

	@Override
	protected String label(Person person) {
		return person.getName();
	}

	@Override
	protected void validate(PersonForm form, Long id, Errors errors) {
		String slug = slugOf(form);
		if (slug.isEmpty()) {
			if (!errors.hasFieldErrors("name")) {
				errors.rejectValue("name", "person.nameWithoutLetters");
			}
			return;
		}
		if (this.people.existsBySlugAndIdNot(slug, (id != null) ? id : -1L)) {
			errors.rejectValue((form.getSlug() != null) ? "slug" : "name", "person.duplicateSlug");
		}
	}

	@Override
	protected void apply(PersonForm form, Person person) {
		person.setName(form.getName());
		person.setSlug(slugOf(form));
	}

	private static String slugOf(PersonForm form) {
		return (form.getSlug() != null) ? form.getSlug() : Slugs.slugify(form.getName(), PersonForm.SLUG_LENGTH);
	}

}
