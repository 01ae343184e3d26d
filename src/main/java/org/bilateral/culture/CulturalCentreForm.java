package org.bilateral.culture;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.bilateral.common.PartialDateInput;
import org.bilateral.common.StorableDate;
import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.bilateral.culture.CulturalCentre;
import org.hibernate.validator.constraints.CodePointLength;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A cultural centre as an editor edits it. Bound instead of the entity, so nothing but
 * these fields can be posted.
 */
public class CulturalCentreForm extends VersionedForm {

	@NotNull
	private Long relationId;

	@NotBlank
	@CodePointLength(max = 300)
	@VisibleText
	private String name;

	@NotBlank
	@CodePointLength(max = 200)
	@VisibleText
	private String city;

	@CodePointLength(max = 200)
	@VisibleText
	private String region;

	@NotNull
	@CodePointLength(max = 2)
	private String countryCode;

	@Valid
	private PartialDateInput openedOn = new PartialDateInput();

	@CodePointLength(max = 300)
	@VisibleText
	private String supportingMission;

	@CodePointLength(max = 10000)
	private String notes;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@StorableDate
	private LocalDate statedOn;

	private Long sourceId;

	public static CulturalCentreForm from(CulturalCentre centre) {
		CulturalCentreForm form = new CulturalCentreForm();
		form.relationId = centre.getRelation().getId();
		form.name = centre.getName();
		form.city = centre.getCity();
		form.region = centre.getRegion();
		form.countryCode = centre.getCountry().getCode();
		form.openedOn = PartialDateInput.from(centre.getOpenedOn());
		form.supportingMission = centre.getSupportingMission();
		form.notes = centre.getNotes();
		form.statedOn = centre.getStatedOn();
		form.sourceId = (centre.getSource() != null) ? centre.getSource().getId() : null;
		form.setVersion(centre.getVersion());
		return form;
	}

	public Long getRelationId() {
		return this.relationId;
	}

	public void setRelationId(Long relationId) {
		this.relationId = relationId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public PartialDateInput getOpenedOn() {
		return this.openedOn;
	}

	public void setOpenedOn(PartialDateInput openedOn) {
		this.openedOn = openedOn;
	}

	public String getSupportingMission() {
		return this.supportingMission;
	}

	public void setSupportingMission(String supportingMission) {
		this.supportingMission = supportingMission;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public void setStatedOn(LocalDate statedOn) {
		this.statedOn = statedOn;
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
