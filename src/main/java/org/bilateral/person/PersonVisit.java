package org.bilateral.person;

import java.time.LocalDate;

import org.bilateral.common.DatePrecision;
import org.bilateral.common.PartialDate;
import org.bilateral.source.Source;

/**
 * A visit or meeting a person took part in, as their page lists it: the office they held
 * then and the side they stood for, and the language its title was written in.
 */
public record PersonVisit(Long id, String slug, String title, String textLanguage, PartialDate starts, PartialDate ends,
		String office, String side, String role, String relationSlug, String relationName, Source source) {

	public PersonVisit(Long id, String slug, String title, String textLanguage, LocalDate startsOn,
			DatePrecision startsPrecision, LocalDate endsOn, DatePrecision endsPrecision, String office, String side,
			String role, String relationSlug, String firstCountry, String secondCountry, Source source) {
		this(id, slug, title, textLanguage, partial(startsOn, startsPrecision), partial(endsOn, endsPrecision), office,
				side, role, relationSlug, firstCountry + " \u2013 " + secondCountry, source);
	}

	/** The visit's lasting public address. */
	public String path() {
		return "/visits/" + this.id + "-" + this.slug;
	}

	static PartialDate partial(LocalDate date, DatePrecision precision) {
		return (date != null && precision != null) ? new PartialDate(date, precision) : null;
	}

}
