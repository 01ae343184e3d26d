package org.bilateral.event;

import java.util.List;
import java.util.Optional;

import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.country.CountryRepository;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.relation.RelationRepository;
import org.bilateral.source.SourceAdmin;
import org.bilateral.source.SourceRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing a country's participation in an event (such as a national pavilion at an EXPO).
 * An event that visits took place during cannot be deleted, nor moved to another pair.
 */
@Service
@Order(7)
public class EventParticipationAdmin extends EntityAdmin<EventParticipation, EventParticipationForm> {

	public static final String TYPE = "events";

	private static final RecordFields<EventParticipationForm> FIELDS = RecordFields.of(EventParticipationForm.class)
		.reference("relationId", RelationAdmin.TYPE, EventParticipationForm::getRelationId)
		.text("eventName", EventParticipationForm::getEventName)
		.text("shortName", EventParticipationForm::getShortName)
		.reference("hostCountryCode", "countries", EventParticipationForm::getHostCountryCode)
		.text("city", EventParticipationForm::getCity)
		.text("startsOn", EventParticipationForm::getStartsOn)
		.text("endsOn", EventParticipationForm::getEndsOn)
		.reference("participantCountryCode", "countries", EventParticipationForm::getParticipantCountryCode)
		.text("participation", EventParticipationForm::getParticipation)
		.text("notes", EventParticipationForm::getNotes)
		.reference("sourceId", SourceAdmin.TYPE, EventParticipationForm::getSourceId)
		.build();

	private final EventParticipationRepository events;

	private final RelationRepository relations;

	private final CountryRepository countries;

	private final SourceRepository sources;

	EventParticipationAdmin(EventParticipationRepository events, RelationRepository relations,
			CountryRepository countries, SourceRepository sources) {
		super(TYPE, events, FIELDS);
		translatable(TextFields.of(EventParticipation.class)
			.line("eventName", EventParticipation::getEventName, 300)
			.line("participation", EventParticipation::getParticipation, 300)
			.paragraph("notes", EventParticipation::getNotes, 10000)
			.build());
		this.events = events;
		this.relations = relations;
		this.countries = countries;
		this.sources = sources;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.events.findAllLatestFirst(),
				(event) -> ((event.getStarts() != null) ? event.getStarts().iso() + " \u00b7 " : "")
						+ event.getRelation().getSlug());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return choices(this.events.findAllByOrderByEventName(), (event) -> event.getEventName());
	}

	/** Histories and conflicts name an event by its short name where it has one. */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> name(String key) {
		return findById(key).map(EventParticipation::getDisplayName);
	}

	@Override
	public List<String> choosesFrom() {
		return List.of("relations", "countries", "sources");
	}

	@Override
	public List<Reference> references() {
		return List.of(Reference.byId(RelationAdmin.TYPE, "dependants.events", this.events::countByRelationId),
				Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.events::countBySourceId));
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
	protected void validate(EventParticipationForm form, Long id, Errors errors) {
		checkExists(form.getRelationId(), this.relations::existsById, true, "relationId", errors);
		checkExists(form.getHostCountryCode(), this.countries::existsById, true, "hostCountryCode", errors);
		checkExists(form.getParticipantCountryCode(), this.countries::existsById, true, "participantCountryCode",
				errors);
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		checkDate(form.getStartsOn(), false, "startsOn", errors);
		checkDate(form.getEndsOn(), false, "endsOn", errors);
		checkRange(form.getStartsOn(), form.getEndsOn(), "endsOn", errors);
		if (id != null && form.getRelationId() != null && !errors.hasFieldErrors("relationId")) {
			EventParticipation stored = find(id);
			if (!stored.getRelation().getId().equals(form.getRelationId()) && !dependants(id).isEmpty()) {
				errors.rejectValue("relationId", "event.relationHasVisits");
			}
		}
	}

	@Override
	protected void apply(EventParticipationForm form, EventParticipation event) {
		event.setRelation(chosen(form.getRelationId(), this.relations::findById));
		event.setEventName(form.getEventName());
		event.setShortName(form.getShortName());
		event.setHostCountry(chosen(form.getHostCountryCode(), this.countries::findById));
		event.setCity(form.getCity());
		event.setStarts(form.getStartsOn().toPartialDate());
		event.setEnds(form.getEndsOn().toPartialDate());
		event.setParticipantCountry(chosen(form.getParticipantCountryCode(), this.countries::findById));
		event.setParticipation(form.getParticipation());
		event.setNotes(form.getNotes());
		event.setSource(chosen(form.getSourceId(), this.sources::findById));
	}

}
