package org.bilateral.visit.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bilateral.common.Slugs;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.country.Country;
import org.bilateral.event.EventParticipation;
import org.bilateral.history.RevisionHistory;
import org.bilateral.person.Person;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitParticipant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing visits and their participants. The slug is made from the title when left empty;
 * the address keeps the id, so changing either never breaks a shared link.
 */
@Service
class VisitAdmin extends EntityAdmin<Visit, VisitForm> {

	VisitAdmin(RevisionHistory history) {
		super(Visit.class, "visits", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return this.entityManager.createQuery("""
				select v from Visit v join fetch v.relation r join fetch r.firstCountry join fetch r.secondCountry
				order by v.starts.date desc, v.id desc""", Visit.class)
			.getResultList()
			.stream()
			.map((visit) -> new RecordRow(visit.getId(), visit.getTitle(),
					visit.getStarts().iso() + " \u00b7 " + visit.getRelation().getSlug(), visit.getUpdatedAt(),
					visit.getUpdatedBy()))
			.toList();
	}

	@Override
	public VisitForm newForm() {
		return new VisitForm().withEmptyParticipantRows();
	}

	@Override
	protected VisitForm toForm(Visit visit) {
		return VisitForm.from(visit).withEmptyParticipantRows();
	}

	@Override
	protected Visit newEntity() {
		return new Visit();
	}

	@Override
	protected String label(Visit visit) {
		return visit.getTitle();
	}

	@Override
	public void check(VisitForm form, Long id, Errors errors) {
		checkExists(Relation.class, form.getRelationId(), true, "relationId", errors);
		checkExists(Country.class, form.getHostCountryCode(), false, "hostCountryCode", errors);
		checkExists(Source.class, form.getSourceId(), false, "sourceId", errors);
		checkDate(form.getStarts(), true, "starts", errors);
		checkDate(form.getEnds(), false, "ends", errors);
		checkRange(form.getStarts(), form.getEnds(), "ends", errors);
		if (form.getEventId() != null) {
			EventParticipation event = reference(EventParticipation.class, form.getEventId());
			if (event == null) {
				errors.rejectValue("eventId", "unknown");
			}
			else if (!event.getRelation().getId().equals(form.getRelationId())) {
				errors.rejectValue("eventId", "visit.eventOfAnotherRelation");
			}
		}
		if (Slugs.slugify(form.getTitle()).isEmpty() && (form.getSlug() == null) && !errors.hasFieldErrors("title")) {
			errors.rejectValue("title", "visit.titleWithoutLetters");
		}
		Set<Long> people = new HashSet<>();
		List<ParticipantInput> rows = form.getParticipants();
		for (int i = 0; i < rows.size(); i++) {
			ParticipantInput row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			String path = "participants[" + i + "].";
			checkExists(Person.class, row.getPersonId(), true, path + "personId", errors);
			if (row.getOffice() == null) {
				errors.rejectValue(path + "office", "required");
			}
			checkExists(Country.class, row.getSideCode(), true, path + "sideCode", errors);
			if (row.getRole() == null) {
				errors.rejectValue(path + "role", "required");
			}
			if (row.getPersonId() != null && !people.add(row.getPersonId())) {
				errors.rejectValue(path + "personId", "visit.participantTwice");
			}
		}
	}

	@Override
	protected void apply(VisitForm form, Visit visit) {
		visit.setRelation(reference(Relation.class, form.getRelationId()));
		visit.setKind(form.getKind());
		visit.setTitle(form.getTitle());
		visit.setSlug((form.getSlug() != null) ? form.getSlug() : Slugs.slugify(form.getTitle()));
		visit.setStarts(form.getStarts().toPartialDate());
		visit.setEnds(form.getEnds().toPartialDate());
		visit.setHostCountry(reference(Country.class, form.getHostCountryCode()));
		visit.setCity(form.getCity());
		visit.setVenue(form.getVenue());
		visit.setOccasion(form.getOccasion());
		visit.setEvent(reference(EventParticipation.class, form.getEventId()));
		visit.setDescription(form.getDescription());
		visit.setSource(reference(Source.class, form.getSourceId()));
		List<ParticipantInput> rows = form.getParticipants().stream().filter((row) -> !row.isBlank()).toList();
		List<VisitParticipant> participants = visit.getParticipants();
		while (participants.size() > rows.size()) {
			participants.remove(participants.size() - 1);
		}
		for (int i = 0; i < rows.size(); i++) {
			if (i == participants.size()) {
				participants.add(new VisitParticipant(visit));
			}
			ParticipantInput row = rows.get(i);
			participants.get(i)
				.update(reference(Person.class, row.getPersonId()), row.getOffice(),
						reference(Country.class, row.getSideCode()), row.getRole(), i);
		}
	}

	/** Participants are described by name, office, country and role, one per line. */
	@Override
	@Transactional(readOnly = true)
	public Map<String, String> describe(VisitForm form) {
		Map<String, String> fields = super.describe(form);
		fields.put("participants", form.getParticipants()
			.stream()
			.filter((row) -> !row.isBlank())
			.map((row) -> String.join(", ", name("personId", Objects.toString(row.getPersonId(), "")),
					Objects.toString(row.getOffice(), ""), name("sideCode", Objects.toString(row.getSideCode(), "")),
					(row.getRole() != null) ? message("visit.role." + row.getRole()) : ""))
			.collect(Collectors.joining("\n")));
		return fields;
	}

	@Override
	public List<String> dependants(long id) {
		return List.of();
	}

}
