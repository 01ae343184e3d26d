package org.bilateral.common.claims;

import java.time.LocalDate;

/**
 * A claim about the present that a record makes ("is the ambassador", "the only one in
 * South America"): true as of the day its source made it, or the day an editor last
 * checked it again, and no later.
 *
 * @param type the record type that makes it, as in admin addresses ("ambassadors")
 * @param recordId the record's id
 * @param record the record's name, as editors know it
 * @param statement what is claimed, in words
 * @param statedOn the day the source made the claim; null when it gives none
 * @param lastVerifiedOn the day an editor last checked it again; null when never
 * @param path the public page that shows it
 */
public record Claim(String type, long recordId, String record, String statement, LocalDate statedOn,
		LocalDate lastVerifiedOn, String path) {

	/** The latest day the claim is known to have held. */
	public LocalDate confirmedOn() {
		return confirmedOn(this.statedOn, this.lastVerifiedOn);
	}

	/**
	 * The latest day a claim is known to have held: the later of the day its source made
	 * it and the day an editor last checked it again; null when neither is known.
	 * @param statedOn the day the source made the claim, or null
	 * @param lastVerifiedOn the day an editor last checked it again, or null
	 * @return the later of the two, or the one known
	 */
	public static LocalDate confirmedOn(LocalDate statedOn, LocalDate lastVerifiedOn) {
		if (statedOn == null || lastVerifiedOn == null) {
			return (statedOn != null) ? statedOn : lastVerifiedOn;
		}
		return statedOn.isAfter(lastVerifiedOn) ? statedOn : lastVerifiedOn;
	}

}
