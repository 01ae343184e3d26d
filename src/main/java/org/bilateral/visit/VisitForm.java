package org.bilateral.visit;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.bilateral.common.PartialDateInput;
import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.bilateral.visit.Visit;
import org.bilateral.visit.VisitKind;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The visit as an editor edits it. Bound instead of the entity, so nothing but these
 * fields can be posted.
 */
public class VisitForm extends VersionedForm {

	static final int EMPTY_PARTICIPANT_ROWS = 2;

	/** The length of the slug column. */
	static final int SLUG_LENGTH = 300;

	@NotNull
	private Long relationId;

	@NotNull
	private VisitKind kind;

	@NotBlank
	@CodePointLength(max = 300)
	@VisibleText
	private String title;

	@CodePointLength(max = SLUG_LENGTH)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{slug.pattern}")
	private String slug;

	@Valid
	private PartialDateInput starts = new PartialDateInput();

	@Valid
	private PartialDateInput ends = new PartialDateInput();

	@CodePointLength(max = 2)
	private String hostCountryCode;

	private boolean hostCountryInferred;

	@CodePointLength(max = 200)
	@VisibleText
	private String city;

	@CodePointLength(max = 300)
	@VisibleText
	private String venue;

	@CodePointLength(max = 300)
	@VisibleText
	private String occasion;

	private Long eventId;

	@CodePointLength(max = 10000)
	private String description;

	private Long sourceId;

	@Valid
	private List<ParticipantInput> participants = new ArrayList<>();

	public static VisitForm from(Visit visit) {
		VisitForm form = new VisitForm();
		form.relationId = visit.getRelation().getId();
		form.kind = visit.getKind();
		form.title = visit.getTitle();
		form.slug = visit.getSlug();
		form.starts = PartialDateInput.from(visit.getStarts());
		form.ends = PartialDateInput.from(visit.getEnds());
		form.hostCountryCode = (visit.getHostCountry() != null) ? visit.getHostCountry().getCode() : null;
		form.hostCountryInferred = visit.isHostCountryInferred();
		form.city = visit.getCity();
		form.venue = visit.getVenue();
		form.occasion = visit.getOccasion();
		form.eventId = (visit.getEvent() != null) ? visit.getEvent().getId() : null;
		form.description = visit.getDescription();
		form.sourceId = (visit.getSource() != null) ? visit.getSource().getId() : null;
		visit.getParticipants()
			.forEach((participant) -> form.participants.add(new ParticipantInput(participant.getPerson().getId(),
					participant.getOffice(), participant.getSide().getCode(), participant.getRole())));
		form.setVersion(visit.getVersion());
		return form;
	}

	/** Offers a few empty participant rows to fill in. */
	public VisitForm withEmptyParticipantRows() {
		this.participants.removeIf(ParticipantInput::isBlank);
		for (int i = 0; i < EMPTY_PARTICIPANT_ROWS; i++) {
			this.participants.add(new ParticipantInput());
		}
		return this;
	}

	public Long getRelationId() {
		return this.relationId;
	}

	public void setRelationId(Long relationId) {
		this.relationId = relationId;
	}

	public VisitKind getKind() {
		return this.kind;
	}

	public void setKind(VisitKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public PartialDateInput getStarts() {
		return this.starts;
	}

	public void setStarts(PartialDateInput starts) {
		this.starts = starts;
	}

	public PartialDateInput getEnds() {
		return this.ends;
	}

	public void setEnds(PartialDateInput ends) {
		this.ends = ends;
	}

	public boolean isHostCountryInferred() {
		return this.hostCountryInferred;
	}

	public void setHostCountryInferred(boolean hostCountryInferred) {
		this.hostCountryInferred = hostCountryInferred;
	}

	public String getHostCountryCode() {
		return this.hostCountryCode;
	}

	public void setHostCountryCode(String hostCountryCode) {
		this.hostCountryCode = hostCountryCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getOccasion() {
		return this.occasion;
	}

	public void setOccasion(String occasion) {
		this.occasion = occasion;
	}

	public Long getEventId() {
		return this.eventId;
	}

	public void setEventId(Long eventId) {
		this.eventId = eventId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

	public List<ParticipantInput> getParticipants() {
		return this.participants;
	}

	public void setParticipants(List<ParticipantInput> participants) {
		this.participants = participants;
	}

}
