package org.bilateral.event;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.bilateral.common.TextRecord;
import org.bilateral.common.PartialDate;
import org.bilateral.country.Country;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

/**
 * One country's part in an international event hosted by the other, such as a national
 * pavilion at an exhibition. Visits can take place during it.
 */
@Entity
public class EventParticipation extends TextRecord {

	@Override
	public String recordType() {
		return EventParticipationAdmin.TYPE;
	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Relation relation;

	private String eventName;

	private String shortName;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "host_country_code")
	private Country hostCountry;

	private String city;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "starts_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "starts_precision"))
	private PartialDate starts;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "ends_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "ends_precision"))
	private PartialDate ends;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "participant_country_code")
	private Country participantCountry;

	private String participation;

	private String notes;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	public EventParticipation() {
	}

	public Relation getRelation() {
		return this.relation;
	}

	public String getEventName() {
		return this.eventName;
	}

	public String getShortName() {
		return this.shortName;
	}

	/** The name a reader knows the event by. */
	public String getDisplayName() {
		return (this.shortName != null) ? this.shortName : this.eventName;
	}

	public Country getHostCountry() {
		return this.hostCountry;
	}

	public String getCity() {
		return this.city;
	}

	public PartialDate getStarts() {
		return this.starts;
	}

	public PartialDate getEnds() {
		return this.ends;
	}

	public Country getParticipantCountry() {
		return this.participantCountry;
	}

	public String getParticipation() {
		return this.participation;
	}

	public String getNotes() {
		return this.notes;
	}

	public Source getSource() {
		return this.source;
	}

	void setRelation(Relation relation) {
		this.relation = relation;
	}

	void setEventName(String eventName) {
		this.eventName = eventName;
	}

	void setShortName(String shortName) {
		this.shortName = shortName;
	}

	void setHostCountry(Country hostCountry) {
		this.hostCountry = hostCountry;
	}

	void setCity(String city) {
		this.city = city;
	}

	void setStarts(PartialDate starts) {
		this.starts = starts;
	}

	void setEnds(PartialDate ends) {
		this.ends = ends;
	}

	void setParticipantCountry(Country participantCountry) {
		this.participantCountry = participantCountry;
	}

	void setParticipation(String participation) {
		this.participation = participation;
	}

	void setNotes(String notes) {
		this.notes = notes;
	}

	void setSource(Source source) {
		this.source = source;
	}

}
