package org.bilateral.visit;

import org.bilateral.common.VisibleText;
import org.bilateral.visit.ParticipantRole;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * One row of the participants table on the visit form. A row with no person chosen is
 * left out, so the form can offer empty rows without script.
 */
public class ParticipantInput {

	private Long personId;

	@CodePointLength(max = 300)
	@VisibleText
	private String office;

	@CodePointLength(max = 2)
	private String sideCode;

	private ParticipantRole role;

	public ParticipantInput() {
	}

	ParticipantInput(Long personId, String office, String sideCode, ParticipantRole role) {
		this.personId = personId;
		this.office = office;
		this.sideCode = sideCode;
		this.role = role;
	}

	public boolean isBlank() {
		return this.personId == null && this.office == null && this.sideCode == null && this.role == null;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getOffice() {
		return this.office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public String getSideCode() {
		return this.sideCode;
	}

	public void setSideCode(String sideCode) {
		this.sideCode = sideCode;
	}

	public ParticipantRole getRole() {
		return this.role;
	}

	public void setRole(ParticipantRole role) {
		this.role = role;
	}

	@Override
	public String toString() {
		return isBlank() ? ""
				: "person " + this.personId + ", " + this.office + ", " + this.sideCode + ", " + this.role;
	}

}
