package org.bilateral.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bilateral.common.claims.Claim;
import org.bilateral.common.claims.ClaimSource;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents said to be in force (or suspended): the latest step of a document claims it
 * stands so as of the day its source stated it, and no later.
 */
@Component
class AgreementStepClaims implements ClaimSource {

	private final AgreementStepRepository steps;

	private final MessageSource messages;

	AgreementStepClaims(AgreementStepRepository steps, MessageSource messages) {
		this.steps = steps;
		this.messages = messages;
	}

	@Override
	public String claimType() {
		return AgreementStepAdmin.TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Claim> claims() {
		Map<Long, AgreementStep> latest = new LinkedHashMap<>();
		this.steps.findAllByAgreement().forEach((step) -> latest.put(step.getAgreement().getId(), step));
		return latest.values().stream().filter(AgreementStep::isClaimAboutThePresent).map(this::claim).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Claim> claim(long recordId) {
		return this.steps.findById(recordId).filter((step) -> {
			List<AgreementStep> all = this.steps.findByAgreementId(step.getAgreement().getId());
			return all.get(all.size() - 1).getId().equals(step.getId());
		}).filter(AgreementStep::isClaimAboutThePresent).map(this::claim);
	}

	private Claim claim(AgreementStep step) {
		Agreement agreement = step.getAgreement();
		String statement = this.messages.getMessage("agreement.claim." + step.getStage(),
				new Object[] { agreement.getName() }, LocaleContextHolder.getLocale());
		return new Claim(AgreementStepAdmin.TYPE, step.getId(), agreement.getName(), statement, step.getStatedOn(),
				step.getLastVerifiedOn(), agreement.getPath());
	}

}
