package org.bilateral.person;

import java.time.LocalDate;

import org.bilateral.common.DatePrecision;
import org.bilateral.common.PartialDate;
import org.bilateral.source.Source;

/**
 * A posting as head of mission, as the person's page lists it.
 */
public record PersonPosting(Long id, String title, String sendingCountry, String receivingCountry, String residenceCity,
		String residenceCountry, PartialDate from, PartialDate to, LocalDate statedOn, String relationSlug,
		Source source) {

	public PersonPosting(Long id, String title, String sendingCountry, String receivingCountry, String residenceCity,
			String residenceCountry, LocalDate fromOn, DatePrecision fromPrecision, LocalDate toOn,
			DatePrecision toPrecision, LocalDate statedOn, String relationSlug, Source source) {
		this(id, title, sendingCountry, receivingCountry, residenceCity, residenceCountry,
				PersonVisit.partial(fromOn, fromPrecision), PersonVisit.partial(toOn, toPrecision), statedOn,
				relationSlug, source);
	}

	/** Resident outside the receiving country, and so accredited concurrently. */
	public boolean concurrent() {
		return this.residenceCountry != null && !this.residenceCountry.equals(this.receivingCountry);
	}

}
