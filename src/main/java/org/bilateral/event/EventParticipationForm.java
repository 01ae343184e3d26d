package org.bilateral.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.bilateral.common.PartialDateInput;
import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.bilateral.event.EventParticipation;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A country's part in an international event, as an editor edits it. Bound instead of the
 * entity, so nothing but these fields can be posted.
 */
public class EventParticipationForm extends VersionedForm {

	@NotNull
	private Long relationId;

	@NotBlank
	@CodePointLength(max = 300)
	@VisibleText
	private String eventName;

	@CodePointLength(max = 100)
	@VisibleText
	private String shortName;

	@NotNull
	@CodePointLength(max = 2)
	private String hostCountryCode;

	@CodePointLength(max = 200)
	@VisibleText
	private String city;

	@Valid
	private PartialDateInput startsOn = new PartialDateInput();

	@Valid
	private PartialDateInput endsOn = new PartialDateInput();

	@NotNull
	@CodePointLength(max = 2)
	private String participantCountryCode;

	@CodePointLength(max = 300)
	@VisibleText
	private String participation;

	@CodePointLength(max = 10000)
	private String notes;

	private Long sourceId;

	public static EventParticipationForm from(EventParticipation event) {
		EventParticipationForm form = new EventParticipationForm();
		form.relationId = event.getRelation().getId();
		form.eventName = event.getEventName();
		form.shortName = event.getShortName();
		form.hostCountryCode = event.getHostCountry().getCode();
		form.city = event.getCity();
		form.startsOn = PartialDateInput.from(event.getStarts());
		form.endsOn = PartialDateInput.from(event.getEnds());
		form.participantCountryCode = event.getParticipantCountry().getCode();
		form.participation = event.getParticipation();
		form.notes = event.getNotes();
		form.sourceId = (event.getSource() != null) ? event.getSource().getId() : null;
		form.setVersion(event.getVersion());
		return form;
	}

	public Long getRelationId() {
		return this.relationId;
	}

	public void setRelationId(Long relationId) {
		this.relationId = relationId;
	}

	public String getEventName() {
		return this.eventName;
	}

	public void setEventName(String eventName) {
		this.eventName = eventName;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
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

	public PartialDateInput getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(PartialDateInput startsOn) {
		this.startsOn = startsOn;
	}

	public PartialDateInput getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(PartialDateInput endsOn) {
		this.endsOn = endsOn;
	}

	public String getParticipantCountryCode() {
		return this.participantCountryCode;
	}

	public void setParticipantCountryCode(String participantCountryCode) {
		this.participantCountryCode = participantCountryCode;
	}

	public String getParticipation() {
		return this.participation;
	}

	public void setParticipation(String participation) {
		this.participation = participation;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

}
