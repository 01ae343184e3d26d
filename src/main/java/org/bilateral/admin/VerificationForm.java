package org.bilateral.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.bilateral.common.StorableDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A check of a claim as an editor records it: the day it was made and the source it was
 * made against. The editor is whoever is signed in.
 */
public class VerificationForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@StorableDate
	private LocalDate verifiedOn;

	@NotNull
	private Long sourceId;

	public LocalDate getVerifiedOn() {
		return this.verifiedOn;
	}

	public void setVerifiedOn(LocalDate verifiedOn) {
		this.verifiedOn = verifiedOn;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

}
