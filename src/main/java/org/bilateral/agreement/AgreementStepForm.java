package org.bilateral.agreement;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.bilateral.common.PartialDateInput;
import org.bilateral.common.StorableDate;
import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.hibernate.validator.constraints.CodePointLength;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step of a document's lifecycle as an editor records it. Bound instead of the entity,
 * so nothing but these fields can be posted.
 */
public class AgreementStepForm extends VersionedForm {

	@NotNull
	private Long agreementId;

	@NotNull
	private AgreementStage stage;

	private String countryCode;

	@Valid
	private PartialDateInput takenOn = new PartialDateInput();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@StorableDate
	private LocalDate statedOn;

	@CodePointLength(max = 500)
	@VisibleText
	private String signatories;

	@CodePointLength(max = 1000)
	@VisibleText
	private String note;

	private Long sourceId;

	public static AgreementStepForm from(AgreementStep step) {
		AgreementStepForm form = new AgreementStepForm();
		form.agreementId = step.getAgreement().getId();
		form.stage = step.getStage();
		form.countryCode = (step.getCountry() != null) ? step.getCountry().getCode() : null;
		form.takenOn = PartialDateInput.from(step.getTakenOn());
		form.statedOn = step.getStatedOn();
		form.signatories = step.getSignatories();
		form.note = step.getNote();
		form.sourceId = (step.getSource() != null) ? step.getSource().getId() : null;
		form.setVersion(step.getVersion());
		return form;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public void setAgreementId(Long agreementId) {
		this.agreementId = agreementId;
	}

	public AgreementStage getStage() {
		return this.stage;
	}

	public void setStage(AgreementStage stage) {
		this.stage = stage;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public PartialDateInput getTakenOn() {
		return this.takenOn;
	}

	public void setTakenOn(PartialDateInput takenOn) {
		this.takenOn = takenOn;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public void setStatedOn(LocalDate statedOn) {
		this.statedOn = statedOn;
	}

	public String getSignatories() {
		return this.signatories;
	}

	public void setSignatories(String signatories) {
		this.signatories = signatories;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

}
