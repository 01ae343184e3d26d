package org.bilateral.ambassador;

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
import org.bilateral.person.Person;
import org.bilateral.relation.Relation;
import org.bilateral.source.Source;

/**
 * A head of mission: a person sent by one country to the other, with the city they reside
 * in. Residing outside the receiving country makes it a concurrent accreditation. "As of"
 * is when the source made its claim, so a present-tense claim is never read as today's.
 */
@Entity
public class Accreditation extends TextRecord {

	@Override
	public String recordType() {
		return AccreditationAdmin.TYPE;
	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Relation relation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "sending_country_code")
	private Country sendingCountry;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "receiving_country_code")
	private Country receivingCountry;

	private String title;

	private String residenceCity;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "residence_country_code")
	private Country residenceCountry;

	/** The residence country is implied by the source (it names the city only). */
	private boolean residenceCountryInferred;

	/** When an editor last checked the claim again against a source, if ever. */
	@Formula("(select max(v.verified_on) from claim_verification v"
			+ " where v.claim_type = 'ambassadors' and v.record_id = id)")
	private LocalDate lastVerifiedOn;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "starts_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "starts_precision"))
	private PartialDate tenureStart;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "ends_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "ends_precision"))
	private PartialDate tenureEnd;

	@Column(name = "stated_on")
	private LocalDate asOf;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	public Accreditation() {
	}

	public Relation getRelation() {
		return this.relation;
	}

	public Person getPerson() {
		return this.person;
	}

	public Country getSendingCountry() {
		return this.sendingCountry;
	}

	public Country getReceivingCountry() {
		return this.receivingCountry;
	}

	public String getTitle() {
		return this.title;
	}

	public String getResidenceCity() {
		return this.residenceCity;
	}

	public Country getResidenceCountry() {
		return this.residenceCountry;
	}

	public boolean isResidenceCountryInferred() {
		return this.residenceCountryInferred;
	}

	public LocalDate getLastVerifiedOn() {
		return this.lastVerifiedOn;
	}

	/**
	 * The latest day the claim that this person holds the post was made or checked again,
	 * or null when the source gives no date.
	 */
	public LocalDate getConfirmedOn() {
		return Claim.confirmedOn(this.asOf, this.lastVerifiedOn);
	}

	public PartialDate getTenureStart() {
		return this.tenureStart;
	}

	public PartialDate getTenureEnd() {
		return this.tenureEnd;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public Source getSource() {
		return this.source;
	}

	/** Resident in a third country, and so accredited concurrently with another post. */
	public boolean isConcurrent() {
		return this.residenceCountry != null && !this.residenceCountry.equals(this.receivingCountry);
	}

	void setRelation(Relation relation) {
		this.relation = relation;
	}

	void setPerson(Person person) {
		this.person = person;
	}

	void setSendingCountry(Country sendingCountry) {
		this.sendingCountry = sendingCountry;
	}

	void setReceivingCountry(Country receivingCountry) {
		this.receivingCountry = receivingCountry;
	}

	void setTitle(String title) {
		this.title = title;
	}

	void setResidenceCity(String residenceCity) {
		this.residenceCity = residenceCity;
	}

	void setResidenceCountry(Country residenceCountry) {
		this.residenceCountry = residenceCountry;
	}

	void setResidenceCountryInferred(boolean residenceCountryInferred) {
		this.residenceCountryInferred = residenceCountryInferred;
	}

	void setTenureStart(PartialDate tenureStart) {
		this.tenureStart = tenureStart;
	}

	void setTenureEnd(PartialDate tenureEnd) {
		this.tenureEnd = tenureEnd;
	}

	void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

	void setSource(Source source) {
		this.source = source;
	}

}
