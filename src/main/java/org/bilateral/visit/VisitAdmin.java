package org.bilateral.visit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bilateral.common.Slugs;
import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.EntityAdmin;
import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.text.TextFields;
import org.bilateral.common.admin.RecordRow;
import org.bilateral.common.admin.Reference;
import org.bilateral.country.CountryRepository;
import org.bilateral.event.EventParticipation;
import org.bilateral.event.EventParticipationAdmin;
import org.bilateral.event.EventParticipationRepository;
import org.bilateral.person.PersonAdmin;
import org.bilateral.person.PersonRepository;
import org.bilateral.relation.RelationAdmin;
import org.bilateral.relation.RelationRepository;
import org.bilateral.source.SourceAdmin;
import org.bilateral.source.SourceRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Editing visits and their participants. The slug is made from the title when left empty;
 * the address keeps the id, so changing either never breaks a shared link.
 */
@Service
@Order(2)
public class VisitAdmin extends EntityAdmin<Visit, VisitForm> {

	public static final String TYPE = "visits";

	private static final String DEPENDANTS = "dependants.visits";

	private static final RecordFields<VisitForm> FIELDS = RecordFields.of(VisitForm.class)
		.reference("relationId", RelationAdmin.TYPE, VisitForm::getRelationId)
		.choice("kind", "visit.kind.", VisitForm::getKind)
		.text("title", VisitForm::getTitle)
		.text("slug", VisitForm::getSlug)
		.text("starts", VisitForm::getStarts)
		.text("ends", VisitForm::getEnds)
		.reference("hostCountryCode", "countries", VisitForm::getHostCountryCode)
		.text("hostCountryInferred", VisitForm::isHostCountryInferred)
		.text("city", VisitForm::getCity)
		.text("venue", VisitForm::getVenue)
		.text("occasion", VisitForm::getOccasion)
		.reference("eventId", EventParticipationAdmin.TYPE, VisitForm::getEventId)
		.text("description", VisitForm::getDescription)
		.reference("sourceId", SourceAdmin.TYPE, VisitForm::getSourceId)
		.lines("participants", (form) -> form.getParticipants().stream().filter((row) -> !row.isBlank()).toList(),
				(row) -> Arrays.asList(row.getPersonId(), row.getOffice(), row.getSideCode(), row.getRole()),
				VisitAdmin::showParticipant)
		.build();

	private final VisitRepository visits;

	private final RelationRepository relations;

	private final CountryRepository countries;

	private final SourceRepository sources;

	private final EventParticipationRepository events;

	private final PersonRepository people;

	VisitAdmin(VisitRepository visits, RelationRepository relations, CountryRepository countries,
			SourceRepository sources, EventParticipationRepository events, PersonRepository people) {
		super(TYPE, visits, FIELDS);
		translatable(TextFields.of(Visit.class)
			.line("title", Visit::getTitle, 300)
			.line("venue", Visit::getVenue, 300)
			.line("occasion", Visit::getOccasion, 300)
			.paragraph("description", Visit::getDescription, 10000)
			.build());
		this.visits = visits;
		this.relations = relations;
		this.countries = countries;
		this.sources = sources;
		this.events = events;
		this.people = people;
	}

	/** A participant as name, office, represented country and role. */
	private static String showParticipant(String line, RecordFields.Names names) {
		String[] parts = line.split(RecordFields.PART, -1);
		if (parts.length != 4) {
			return line;
		}
		return String.join(", ", names.record(PersonAdmin.TYPE, parts[0]), parts[1],
				names.record("countries", parts[2]),
				parts[3].isEmpty() ? "" : names.message("visit.role." + parts[3], parts[3]));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RecordRow> list() {
		return rows(this.visits.findAllLatestFirst(),
				(visit) -> visit.getStarts().iso() + " \u00b7 " + visit.getRelation().getSlug());
	}

	/**
	 * Visits to choose from, such as the one a document was signed during: latest first,
	 * dated.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return choices(this.visits.findAllLatestFirst(),
				(visit) -> visit.getTitle() + " (" + visit.getStarts().iso() + ")");
	}

	@Override
	public List<String> choosesFrom() {
		return List.of("relations", "countries", "people", "sources", "events");
	}

	@Override
	public List<Reference> references() {
		return List.of(Reference.byId(RelationAdmin.TYPE, DEPENDANTS, this.visits::countByRelationId),
				Reference.byId(EventParticipationAdmin.TYPE, "admin.events.dependants.visits",
						this.visits::countByEventId),
				Reference.byId(SourceAdmin.TYPE, SourceAdmin.CITING, this.visits::countBySourceId),
				Reference.byId(PersonAdmin.TYPE, "dependants.participations", this.visits::countParticipationsOf));
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
	protected void validate(VisitForm form, Long id, Errors errors) {
		checkExists(form.getRelationId(), this.relations::existsById, true, "relationId", errors);
		checkExists(form.getHostCountryCode(), this.countries::existsById, false, "hostCountryCode", errors);
		if (form.isHostCountryInferred() && form.getHostCountryCode() == null) {
			errors.rejectValue("hostCountryInferred", "inferred.nothing");
		}
		checkExists(form.getSourceId(), this.sources::existsById, false, "sourceId", errors);
		checkDate(form.getStarts(), true, "starts", errors);
		checkDate(form.getEnds(), false, "ends", errors);
		checkRange(form.getStarts(), form.getEnds(), "ends", errors);
		if (form.getEventId() != null) {
			EventParticipation event = chosen(form.getEventId(), this.events::findById);
			if (event == null) {
				errors.rejectValue("eventId", "unknown");
			}
			else if (!event.getRelation().getId().equals(form.getRelationId())) {
				errors.rejectValue("eventId", "visit.eventOfAnotherRelation");
			}
		}
		if (Slugs.slugify(form.getTitle(), VisitForm.SLUG_LENGTH).isEmpty() && (form.getSlug() == null)
				&& !errors.hasFieldErrors("title")) {
			errors.rejectValue("title", "visit.titleWithoutLetters");
		}
		Set<Long> chosenPeople = new HashSet<>();
		List<ParticipantInput> rows = form.getParticipants();
		for (int i = 0; i < rows.size(); i++) {
			ParticipantInput row = rows.get(i);
			if (row.isBlank()) {
				continue;
			}
			String path = "participants[" + i + "].";
			checkExists(row.getPersonId(), this.people::existsById, true, path + "personId", errors);
			if (row.getOffice() == null) {
				errors.rejectValue(path + "office", "required");
			}
			checkExists(row.getSideCode(), this.countries::existsById, true, path + "sideCode", errors);
			if (row.getRole() == null) {
				errors.rejectValue(path + "role", "required");
			}
			if (row.getPersonId() != null && !chosenPeople.add(row.getPersonId())) {
				errors.rejectValue(path + "personId", "visit.participantTwice");
			}
		}
	}

	@Override
	protected void apply(VisitForm form, Visit visit) {
		visit.setRelation(chosen(form.getRelationId(), this.relations::findById));
		visit.setKind(form.getKind());
		visit.setTitle(form.getTitle());
		visit
			.setSlug((form.getSlug() != null) ? form.getSlug() : Slugs.slugify(form.getTitle(), VisitForm.SLUG_LENGTH));
		visit.setStarts(form.getStarts().toPartialDate());
		visit.setEnds(form.getEnds().toPartialDate());
		visit.setHostCountry(chosen(form.getHostCountryCode(), this.countries::findById));
		visit.setHostCountryInferred(form.getHostCountryCode() != null && form.isHostCountryInferred());
		visit.setCity(form.getCity());
		visit.setVenue(form.getVenue());
		visit.setOccasion(form.getOccasion());
		visit.setEvent(chosen(form.getEventId(), this.events::findById));
		visit.setDescription(form.getDescription());
		visit.setSource(chosen(form.getSourceId(), this.sources::findById));
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
				.update(chosen(row.getPersonId(), this.people::findById), row.getOffice(),
						chosen(row.getSideCode(), this.countries::findById), row.getRole(), i);
		}
	}

}
