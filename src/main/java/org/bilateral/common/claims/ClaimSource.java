package org.bilateral.common.claims;

import java.util.List;
import java.util.Optional;

/**
 * A feature's claims about the present, for the editors' list of claims to check again:
 * each feature whose records make such claims declares them through a bean of this type,
 * so the list knows no feature. The latest day a claim was checked again is read with it
 * .
 */
public interface ClaimSource {

	/** The record type whose claims these are ("ambassadors"). */
	String claimType();

	/** Every claim of this type that carries a date, or could be given one. */
	List<Claim> claims();

	/** The claim of one record, if it makes one. */
	Optional<Claim> claim(long recordId);

}
