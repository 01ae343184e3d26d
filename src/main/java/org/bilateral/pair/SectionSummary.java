package org.bilateral.pair;

import java.time.Instant;

/**
 * How many records each section of a relation has, and when any of them, or the relation
 * itself, last changed.
 */
interface SectionSummary {

	long getAmbassadors();

	long getVisits();

	long getAgreements();

	long getTrade();

	long getCulturalCentres();

	long getEvents();

	Instant getLastUpdated();

}
