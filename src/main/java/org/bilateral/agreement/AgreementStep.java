package org.bilateral.agreement;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Formula;

import org.bilateral.common.AuditedEntity;
import org.bilateral.common.PartialDate;
import org.bilateral.common.claims.Claim;
import org.bilateral.country.Country;
import org.bilateral.source.Source;

/**
 * One dated step of a document's lifecycle (signed, ratified by one side, in force,
 * suspended, terminated), with its own source and the date that source stated it on. The
 * steps of a document come in the order they were recorded, which the editors' rules keep
 * chronological (see {@link AgreementLifecycle}).
 */
@Entity
public class AgreementStep extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	@Enumerated(EnumType.STRING)
	private AgreementStage stage;

	/** The ratifying side; only a ratification has one. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@Embedded
	@AttributeOverride(name = "date", column = @Column(name = "taken_on"))
	@AttributeOverride(name = "precision", column = @Column(name = "taken_precision"))
	private PartialDate takenOn;

	/** When the source made its claim: what "is in force" means depends on it. */
	private LocalDate statedOn;

	/** When an editor last checked the step's claim again against a source, if ever. */
	@Formula("(select max(v.verified_on) from claim_verification v"
			+ " where v.claim_type = 'agreement-steps' and v.record_id = id)")
	private LocalDate lastVerifiedOn;

	/** Who signed; only the signing has signatories. */
	private String signatories;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY)
	private Source source;

	public AgreementStep() {
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public AgreementStage getStage() {
		return this.stage;
	}

	public Country getCountry() {
		return this.country;
	}

	public PartialDate getTakenOn() {
		return this.takenOn;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public LocalDate getLastVerifiedOn() {
		return this.lastVerifiedOn;
	}

	/** The latest day the step's claim is known to have held: stated or checked again. */
	public LocalDate getConfirmedOn() {
		return Claim.confirmedOn(this.statedOn, this.lastVerifiedOn);
	}

	/**
	 * Whether, as a document's latest step, it says something of the present: that the
	 * document is in force, or suspended.
	 */
	public boolean isClaimAboutThePresent() {
		return this.stage == AgreementStage.IN_FORCE || this.stage == AgreementStage.SUSPENDED;
	}

	public String getSignatories() {
		return this.signatories;
	}

	public String getNote() {
		return this.note;
	}

	public Source getSource() {
		return this.source;
	}

	/** The step as the lifecycle rules read it. */
	AgreementLifecycle.Step facts() {
		return new AgreementLifecycle.Step(this.stage, (this.country != null) ? this.country.getCode() : null,
				this.takenOn);
	}

	void setAgreement(Agreement agreement) {
		this.agreement = agreement;
	}

	void setStage(AgreementStage stage) {
		this.stage = stage;
	}

	void setCountry(Country country) {
		this.country = country;
	}

	void setTakenOn(PartialDate takenOn) {
		this.takenOn = takenOn;
	}

	void setStatedOn(LocalDate statedOn) {
		this.statedOn = statedOn;
	}

	void setSignatories(String signatories) {
		this.signatories = signatories;
	}

	void setNote(String note) {
		this.note = note;
	}

	void setSource(Source source) {
		this.source = source;
	}

}
