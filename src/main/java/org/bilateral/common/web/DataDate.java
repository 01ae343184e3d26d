package org.bilateral.common.web;

import java.time.LocalDate;
import java.util.Locale;

import org.bilateral.common.PartialDate;

/**
 * A date as the portal's data formats write it: ISO 8601 cut to the precision the source
 * states ({@code 2016}, {@code 2014-11}, {@code 2016-09-04}), and that precision, so a
 * program never reads a year as its first day.
 */
public record DataDate(String value, String precision) {

	public static DataDate of(PartialDate date) {
		return (date != null) ? new DataDate(date.iso(), date.precision().name().toLowerCase(Locale.ROOT)) : null;
	}

	/** A date known to the day, such as the day a source made its claim. */
	public static DataDate ofDay(LocalDate date) {
		return (date != null) ? of(PartialDate.ofDay(date)) : null;
	}

}
