package org.bilateral.ambassador;

import java.util.List;
import java.util.Optional;

import org.bilateral.common.claims.Claim;
import org.bilateral.common.claims.ClaimSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Heads of mission whose tenure has no recorded end: each says, as of the day its source
 * stated it, that the person holds the post.
 */
@Component
class AccreditationClaims implements ClaimSource {

	private final AccreditationRepository accreditations;

	private final MessageSource messages;

	AccreditationClaims(AccreditationRepository accreditations, MessageSource messages) {
		this.accreditations = accreditations;
		this.messages = messages;
	}

	@Override
	public String claimType() {
		return AccreditationAdmin.TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Claim> claims() {
		return this.accreditations.findAllBySendingCountry()
			.stream()
			.filter((a) -> a.getTenureEnd() == null)
			.map(this::claim)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Claim> claim(long recordId) {
		return this.accreditations.findAllById(List.of(recordId))
			.stream()
			.filter((a) -> a.getTenureEnd() == null)
			.findFirst()
			.map(this::claim);
	}

	private Claim claim(Accreditation a) {
		String statement = this.messages.getMessage(
				"ambassador.claim", new Object[] { a.getPerson().getName(), a.getTitle(),
						a.getSendingCountry().getName(), a.getReceivingCountry().getName() },
				LocaleContextHolder.getLocale());
		return new Claim(AccreditationAdmin.TYPE, a.getId(), a.getPerson().getName() + ", " + a.getTitle(), statement,
				a.getAsOf(), a.getLastVerifiedOn(), a.getPerson().getPath());
	}

}
