package org.bilateral.common.claims;

import java.util.List;
import java.util.Optional;

import org.bilateral.common.admin.Reference;
import org.bilateral.common.admin.RecordType;

import org.springframework.stereotype.Component;

/**
 * The checks of claims as a record type that refers to sources, so that a source a check
 * was made against is not deleted from under it. It has no admin pages of its own.
 */
@Component
class VerificationSources implements RecordType {

	private final ClaimVerifications verifications;

	VerificationSources(ClaimVerifications verifications) {
		this.verifications = verifications;
	}

	@Override
	public String type() {
		return "claim-verifications";
	}

	@Override
	public Optional<String> name(String key) {
		return Optional.empty();
	}

	@Override
	public List<Reference> references() {
		return List.of(Reference.byId("sources", "dependants.verifications", this.verifications::countBySource));
	}

}
