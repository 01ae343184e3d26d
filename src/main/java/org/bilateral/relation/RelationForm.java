package org.bilateral.relation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.bilateral.common.PartialDateInput;
import org.bilateral.common.admin.VersionedForm;
import org.bilateral.relation.Relation;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * A country pair as an editor edits it. The two countries may be chosen in either order;
 * the pair is stored in canonical order.
 */
public class RelationForm extends VersionedForm {

	@NotBlank
	@CodePointLength(max = 2)
	private String firstCountryCode;

	@NotBlank
	@CodePointLength(max = 2)
	private String secondCountryCode;

	@Valid
	private PartialDateInput establishedOn = new PartialDateInput();

	@CodePointLength(max = 10000)
	private String summary;

	private Long sourceId;

	public static RelationForm from(Relation relation) {
		RelationForm form = new RelationForm();
		form.firstCountryCode = relation.getFirstCountry().getCode();
		form.secondCountryCode = relation.getSecondCountry().getCode();
		form.establishedOn = PartialDateInput.from(relation.getEstablishedOn());
		form.summary = relation.getSummary();
		form.sourceId = (relation.getSource() != null) ? relation.getSource().getId() : null;
		form.setVersion(relation.getVersion());
		return form;
	}

	public String getFirstCountryCode() {
		return this.firstCountryCode;
	}

	public void setFirstCountryCode(String firstCountryCode) {
		this.firstCountryCode = firstCountryCode;
	}

	public String getSecondCountryCode() {
		return this.secondCountryCode;
	}

	public void setSecondCountryCode(String secondCountryCode) {
		this.secondCountryCode = secondCountryCode;
	}

	public PartialDateInput getEstablishedOn() {
		return this.establishedOn;
	}

	public void setEstablishedOn(PartialDateInput establishedOn) {
		this.establishedOn = establishedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

}
