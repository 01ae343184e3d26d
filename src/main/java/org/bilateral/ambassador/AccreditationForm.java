package org.bilateral.ambassador;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.bilateral.ambassador.Accreditation;
import org.bilateral.common.PartialDateInput;
import org.bilateral.common.StorableDate;
import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.hibernate.validator.constraints.CodePointLength;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A head of mission as an editor edits it.
 */
public class AccreditationForm extends VersionedForm {

	@NotNull
	private Long relationId;

	@NotNull
	private Long personId;

	@NotBlank
	@CodePointLength(max = 2)
	private String sendingCountryCode;

	@NotBlank
	@CodePointLength(max = 2)
	private String receivingCountryCode;

	@NotBlank
	@CodePointLength(max = 200)
	@VisibleText
	private String title;

	@CodePointLength(max = 200)
	@VisibleText
	private String residenceCity;

	@CodePointLength(max = 2)
	private String residenceCountryCode;

	private boolean residenceCountryInferred;

	@Valid
	private PartialDateInput tenureStart = new PartialDateInput();

	@Valid
	private PartialDateInput tenureEnd = new PartialDateInput();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@StorableDate
	private LocalDate asOf;

	private Long sourceId;

	public static AccreditationForm from(Accreditation accreditation) {
		AccreditationForm form = new AccreditationForm();
		form.relationId = accreditation.getRelation().getId();
		form.personId = accreditation.getPerson().getId();
		form.sendingCountryCode = accreditation.getSendingCountry().getCode();
		form.receivingCountryCode = accreditation.getReceivingCountry().getCode();
		form.title = accreditation.getTitle();
		form.residenceCity = accreditation.getResidenceCity();
		form.residenceCountryCode = (accreditation.getResidenceCountry() != null)
				? accreditation.getResidenceCountry().getCode() : null;
		form.residenceCountryInferred = accreditation.isResidenceCountryInferred();
		form.tenureStart = PartialDateInput.from(accreditation.getTenureStart());
		form.tenureEnd = PartialDateInput.from(accreditation.getTenureEnd());
		form.asOf = accreditation.getAsOf();
		form.sourceId = (accreditation.getSource() != null) ? accreditation.getSource().getId() : null;
		form.setVersion(accreditation.getVersion());
		return form;
	}

	public Long getRelationId() {
		return this.relationId;
	}

	public void setRelationId(Long relationId) {
		this.relationId = relationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getSendingCountryCode() {
		return this.sendingCountryCode;
	}

	public void setSendingCountryCode(String sendingCountryCode) {
		this.sendingCountryCode = sendingCountryCode;
	}

	public String getReceivingCountryCode() {
		return this.receivingCountryCode;
	}

	public void setReceivingCountryCode(String receivingCountryCode) {
		this.receivingCountryCode = receivingCountryCode;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getResidenceCity() {
		return this.residenceCity;
	}

	public void setResidenceCity(String residenceCity) {
		this.residenceCity = residenceCity;
	}

	public String getResidenceCountryCode() {
		return this.residenceCountryCode;
	}

	public void setResidenceCountryCode(String residenceCountryCode) {
		this.residenceCountryCode = residenceCountryCode;
	}

	public boolean isResidenceCountryInferred() {
		return this.residenceCountryInferred;
	}

	public void setResidenceCountryInferred(boolean residenceCountryInferred) {
		this.residenceCountryInferred = residenceCountryInferred;
	}

	public PartialDateInput getTenureStart() {
		return this.tenureStart;
	}

	public void setTenureStart(PartialDateInput tenureStart) {
		this.tenureStart = tenureStart;
	}

	public PartialDateInput getTenureEnd() {
		return this.tenureEnd;
	}

	public void setTenureEnd(PartialDateInput tenureEnd) {
		this.tenureEnd = tenureEnd;
	}

	public LocalDate getAsOf() {
		return this.asOf;
	}

	public void setAsOf(LocalDate asOf) {
		this.asOf = asOf;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

}
