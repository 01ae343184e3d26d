package org.bilateral.visit;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads visits for their public pages.
 */
@Service
@Transactional(readOnly = true)
public class VisitService {

	private final VisitRepository visits;

	VisitService(VisitRepository visits) {
		this.visits = visits;
	}

	public Optional<Visit> findForPage(long id) {
		return this.visits.findForPage(id);
	}

}
