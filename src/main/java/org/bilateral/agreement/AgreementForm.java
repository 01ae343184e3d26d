package org.bilateral.agreement;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.bilateral.agreement.Agreement;
import org.bilateral.common.VisibleText;
import org.bilateral.common.admin.VersionedForm;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * An agreement as an editor edits it. Bound instead of the entity, so nothing but these
 * fields can be posted.
 */
public class AgreementForm extends VersionedForm {

	@NotNull
	private Long relationId;

	@CodePointLength(max = 500)
	@VisibleText
	private String title;

	@NotBlank
	@CodePointLength(max = 200)
	@VisibleText
	private String sphere;

	@CodePointLength(max = 100)
	@VisibleText
	private String type;

	@CodePointLength(max = 200)
	@VisibleText
	private String signedAt;

	@NotNull
	@Min(value = 0, message = "{number.notNegative}")
	private Integer position = 0;

	private Long sourceId;

	private Long visitId;

	public static AgreementForm from(Agreement agreement) {
		AgreementForm form = new AgreementForm();
		form.relationId = agreement.getRelation().getId();
		form.title = agreement.getTitle();
		form.sphere = agreement.getSphere();
		form.type = agreement.getType();
		form.signedAt = agreement.getSignedAt();
		form.position = agreement.getPosition();
		form.sourceId = (agreement.getSource() != null) ? agreement.getSource().getId() : null;
		form.visitId = (agreement.getVisit() != null) ? agreement.getVisit().getId() : null;
		form.setVersion(agreement.getVersion());
		return form;
	}

	public Long getRelationId() {
		return this.relationId;
	}

	public void setRelationId(Long relationId) {
		this.relationId = relationId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSphere() {
		return this.sphere;
	}

	public void setSphere(String sphere) {
		this.sphere = sphere;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getSignedAt() {
		return this.signedAt;
	}

	public void setSignedAt(String signedAt) {
		this.signedAt = signedAt;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

	public Long getVisitId() {
		return this.visitId;
	}

	public void setVisitId(Long visitId) {
		this.visitId = visitId;
	}

}
