package org.bilateral.agreement;

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

	/** A document with its pair, its source and the visit it was signed during. */
	public Optional<Agreement> findForPage(long id) {
		return this.agreements.findForPage(id);
	}

}
