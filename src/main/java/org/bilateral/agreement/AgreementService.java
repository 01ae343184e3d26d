package org.bilateral.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads documents of the legal framework for their public pages.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

	private final AgreementRepository agreements;

	AgreementService(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	/**
	 * The documents of a relation known to have been in force on a day, in the editors'
	 * order: those whose dated steps that had happened by then leave them in force, not
	 * suspended or terminated. A document whose steps are undated, or that has none, or
	 * with a step known only to a year or month that may fall either side of the day, is
	 * not counted: the sources do not say.
	 */
	public List<Agreement> findInForceOn(long relationId, LocalDate day) {
		return this.agreements.findWithStepsByRelation(relationId)
			.stream()
			.filter((agreement) -> agreement.getStageOn(day) == AgreementStage.IN_FORCE)
			.toList();
	}

	/** Loads the steps of the given documents into them, in one statement. */
	public void loadSteps(List<Agreement> agreements) {
		if (!agreements.isEmpty()) {
			this.agreements.loadSteps(agreements);
		}
	}

	/**
	 * A document with its pair, its source, its steps and the visit it was signed during.
	 */
	public Optional<Agreement> findForPage(long id) {
		return this.agreements.findForPage(id);
	}

}
