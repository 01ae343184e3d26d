package org.bilateral.culture;

import java.util.List;
import java.util.Optional;

import org.bilateral.common.claims.Claim;
import org.bilateral.common.claims.ClaimSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cultural centres whose notes say something of the present ("the only one in South
 * America"): true as of the day the source stated it.
 */
@Component
class CulturalCentreClaims implements ClaimSource {

	private final CulturalCentreRepository centres;

	CulturalCentreClaims(CulturalCentreRepository centres) {
		this.centres = centres;
	}

	@Override
	public String claimType() {
		return CulturalCentreAdmin.TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Claim> claims() {
		return this.centres.findAllByPair().stream().filter((c) -> c.getNotes() != null).map(this::claim).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Claim> claim(long recordId) {
		return this.centres.findById(recordId).filter((c) -> c.getNotes() != null).map(this::claim);
	}

	private Claim claim(CulturalCentre c) {
		return new Claim(CulturalCentreAdmin.TYPE, c.getId(), c.getName() + ", " + c.getCity(), c.getNotes(),
				c.getStatedOn(), c.getLastVerifiedOn(),
				"/relations/" + c.getRelation().getSlug() + "/cultural-centres");
	}

}
