package org.bilateral.person.web;

import java.util.ArrayList;
import java.util.List;

import org.bilateral.common.Slugs;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.history.RevisionHistory;
import org.bilateral.person.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing people. A person named in visits or heads of mission cannot be deleted.
 */
@Service
class PersonAdmin extends EntityAdmin<Person, PersonForm> {

	PersonAdmin(RevisionHistory history) {
		super(Person.class, "people", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return all("select p from Person p order by p.name").stream()
			.map((person) -> new RecordRow(person.getId(), person.getName(), person.getSlug(), person.getUpdatedAt(),
					person.getUpdatedBy()))
			.toList();
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
	public void check(PersonForm form, Long id, Errors errors) {
		String slug = slugOf(form);
		if (slug.isEmpty()) {
			if (!errors.hasFieldErrors("name")) {
				errors.rejectValue("name", "person.nameWithoutLetters");
			}
			return;
		}
		Long clash = this.entityManager
			.createQuery("select count(p) from Person p where p.slug = ?1 and p.id <> ?2", Long.class)
			.setParameter(1, slug)
			.setParameter(2, (id != null) ? id : -1L)
			.getSingleResult();
		if (clash > 0) {
			errors.rejectValue((form.getSlug() != null) ? "slug" : "name", "person.duplicateSlug");
		}
	}

	@Override
	protected void apply(PersonForm form, Person person) {
		person.setName(form.getName());
		person.setSlug(slugOf(form));
	}

	private static String slugOf(PersonForm form) {
		return (form.getSlug() != null) ? form.getSlug() : Slugs.slugify(form.getName());
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> dependants(long id) {
		List<String> dependants = new ArrayList<>();
		long heads = count("select count(a) from Accreditation a where a.person.id = ?1", id);
		long visits = count("select count(p) from VisitParticipant p where p.person.id = ?1", id);
		if (heads > 0) {
			dependants.add(message("dependants.accreditations", heads));
		}
		if (visits > 0) {
			dependants.add(message("dependants.participations", visits));
		}
		return dependants;
	}

}
