package org.bilateral.culture;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Formula;

import org.bilateral.common.PartialDate;
import org.bilateral.common.TextRecord;
import org.bilateral.common.claims.Claim;
import org.bilateral.country.Country;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

/**
 * A cultural centre of one country in the other, with the mission that supported it.
 */
@Entity
public class CulturalCentre extends TextRecord {

	@Override
	public String recordType() {
		return CulturalCentreAdmin.TYPE;
	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Relation relation;

	private String name;

	private String city;

	private String region;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "country_code")
	private Country country;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "opened_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "opened_precision"))
	private PartialDate openedOn;

	private String supportingMission;

	private String notes;

	/** When the source made the claims of the notes ("the only one in South America"). */
	private LocalDate statedOn;

	/** When an editor last checked those claims again against a source, if ever. */
	@Formula("(select max(v.verified_on) from claim_verification v"
			+ " where v.claim_type = 'cultural-centres' and v.record_id = id)")
	private LocalDate lastVerifiedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	public CulturalCentre() {
	}

	public Relation getRelation() {
		return this.relation;
	}

	public String getName() {
		return this.name;
	}

	public String getCity() {
		return this.city;
	}

	public String getRegion() {
		return this.region;
	}

	public Country getCountry() {
		return this.country;
	}

	public PartialDate getOpenedOn() {
		return this.openedOn;
	}

	public String getSupportingMission() {
		return this.supportingMission;
	}

	public String getNotes() {
		return this.notes;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public LocalDate getLastVerifiedOn() {
		return this.lastVerifiedOn;
	}

	/**
	 * The latest day the notes' claims were made or checked again, or null when the
	 * source gives no date.
	 */
	public LocalDate getConfirmedOn() {
		return Claim.confirmedOn(this.statedOn, this.lastVerifiedOn);
	}

	/** City, region and country, as far as they are known. */
	public String getPlace() {
		return java.util.stream.Stream.of(this.city, this.region, this.country.getName())
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining(", "));
	}

	public Source getSource() {
		return this.source;
	}

	void setRelation(Relation relation) {
		this.relation = relation;
	}

	void setName(String name) {
		this.name = name;
	}

	void setCity(String city) {
		this.city = city;
	}

	void setRegion(String region) {
		this.region = region;
	}

	void setCountry(Country country) {
		this.country = country;
	}

	void setOpenedOn(PartialDate openedOn) {
		this.openedOn = openedOn;
	}

	void setSupportingMission(String supportingMission) {
		this.supportingMission = supportingMission;
	}

	void setNotes(String notes) {
		this.notes = notes;
	}

	void setStatedOn(LocalDate statedOn) {
		this.statedOn = statedOn;
	}

	void setSource(Source source) {
		this.source = source;
	}

}
