package org.bilateral.common.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.bilateral.country.Country;
import org.bilateral.event.EventParticipation;
import org.bilateral.person.Person;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * The lists admin forms choose from (countries, relations, people, sources, events), one
 * query each, added to the model by the controllers' {@code @ModelAttribute} methods so
 * that a form re-rendered with errors has them too.
 */
@Component
public class ReferenceData {

	@PersistenceContext
	private EntityManager entityManager;

	@Transactional(readOnly = true)
	public void addTo(Model model, List... lists) {
		for (List list : lists) {
			model.addAttribute(list.attribute, this.entityManager.createQuery(list.query, list.type).getResultList());
		}
	}

	public enum List {

		COUNTRIES("countries", Country.class, "select c from Country c order by c.name"),

		RELATIONS("relations", Relation.class,
				"select r from Relation r join fetch r.firstCountry join fetch r.secondCountry order by r.slug"),

		PEOPLE("people", Person.class, "select p from Person p order by p.name"),

		SOURCES("sources", Source.class, "select s from Source s order by s.title"),

		EVENTS("events", EventParticipation.class,
				"select e from EventParticipation e join fetch e.relation order by e.eventName");

		private final String attribute;

		private final Class<?> type;

		private final String query;

		List(String attribute, Class<?> type, String query) {
			this.attribute = attribute;
			this.type = type;
			this.query = query;
		}

	}

}
