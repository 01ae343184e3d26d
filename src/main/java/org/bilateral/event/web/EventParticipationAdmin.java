package org.bilateral.event.web;

import java.util.List;

import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.country.Country;
import org.bilateral.event.EventParticipation;
import org.bilateral.history.RevisionHistory;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing events. Visits can take place during an event, so an event with visits is
 * neither deleted nor moved to another relation: the visits would point at nothing, or at
 * an event of another pair of countries.
 */
@Service
class EventParticipationAdmin extends EntityAdmin<EventParticipation, EventParticipationForm> {

	private static final String VISITS_DURING = "select count(v) from Visit v where v.event.id = ?1";

	EventParticipationAdmin(RevisionHistory history) {
		super(EventParticipation.class, "events", history);
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return this.entityManager.createQuery("""
				select e from EventParticipation e join fetch e.relation r
				order by e.starts.date desc nulls last, e.id desc""", EventParticipation.class)
			.getResultList()
			.stream()
			.map((event) -> new RecordRow(event.getId(), event.getEventName(),
					((event.getStarts() != null) ? event.getStarts().iso() + " \u00b7 " : "")
							+ event.getRelation().getSlug(),
					event.getUpdatedAt(), event.getUpdatedBy()))
			.toList();
	}

	@Override
	public EventParticipationForm newForm() {
		return new EventParticipationForm();
	}

	@Override
	protected EventParticipationForm toForm(EventParticipation event) {
		return EventParticipationForm.from(event);
	}

	@Override
	protected EventParticipation newEntity() {
		return new EventParticipation();
	}

	@Override
	protected String label(EventParticipation event) {
		return event.getEventName();
	}

	@Override
	public void check(EventParticipationForm form, Long id, Errors errors) {
		checkExists(Relation.class, form.getRelationId(), true, "relationId", errors);
		checkExists(Country.class, form.getHostCountryCode(), true, "hostCountryCode", errors);
		checkExists(Country.class, form.getParticipantCountryCode(), true, "participantCountryCode", errors);
		checkExists(Source.class, form.getSourceId(), false, "sourceId", errors);
		checkDate(form.getStartsOn(), false, "startsOn", errors);
		checkDate(form.getEndsOn(), false, "endsOn", errors);
		checkRange(form.getStartsOn(), form.getEndsOn(), "endsOn", errors);
		if (id != null && form.getRelationId() != null && !errors.hasFieldErrors("relationId")) {
			EventParticipation stored = find(id);
			if (!stored.getRelation().getId().equals(form.getRelationId()) && count(VISITS_DURING, id) > 0) {
				errors.rejectValue("relationId", "event.relationHasVisits");
			}
		}
	}

	@Override
	protected void apply(EventParticipationForm form, EventParticipation event) {
		event.setRelation(reference(Relation.class, form.getRelationId()));
		event.setEventName(form.getEventName());
		event.setShortName(form.getShortName());
		event.setHostCountry(reference(Country.class, form.getHostCountryCode()));
		event.setCity(form.getCity());
		event.setStarts(form.getStartsOn().toPartialDate());
		event.setEnds(form.getEndsOn().toPartialDate());
		event.setParticipantCountry(reference(Country.class, form.getParticipantCountryCode()));
		event.setParticipation(form.getParticipation());
		event.setNotes(form.getNotes());
		event.setSource(reference(Source.class, form.getSourceId()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> dependants(long id) {
		long visits = count(VISITS_DURING, id);
		if (visits == 0) {
			return List.of();
		}
		return List.of(message("admin.events.dependants.visits", visits));
	}

}
