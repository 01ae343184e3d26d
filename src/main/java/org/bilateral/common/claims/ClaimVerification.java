package org.bilateral.common.claims;

import java.time.LocalDate;

/**
 * One time an editor checked a claim again: on which day, who, against which source.
 */
public record ClaimVerification(long id, String claimType, long recordId, LocalDate verifiedOn, String verifiedBy,
		long sourceId) {

}
