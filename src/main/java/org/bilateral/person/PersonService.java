package org.bilateral.person;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people for their public pages.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository people;

	PersonService(PersonRepository people) {
		this.people = people;
	}

	/** A person with everything their page shows, in three statements. */
	public Optional<PersonPage> findForPage(long id) {
		return this.people.findById(id)
			.map((person) -> new PersonPage(person, this.people.findPostings(id), this.people.findVisits(id)));
	}

}
