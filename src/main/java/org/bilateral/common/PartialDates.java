package org.bilateral.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders partial dates and ranges at exactly their precision, in the reader's language:
 * "2016", "November 2014", "4 September 2016", "29–30 May 2014". Templates call it as
 * {@code @dates}.
 */
@Component("dates")
public class PartialDates {

	private static final String EN_DASH = "\u2013";

	public String format(PartialDate date) {
		if (date == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return switch (date.precision()) {
			case YEAR -> String.valueOf(date.year());
			case MONTH -> date.date().format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
			case DAY -> date.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		};
	}

	public String format(PartialDate start, PartialDate end) {
		if (end == null || end.equals(start)) {
			return format(start);
		}
		if (start == null) {
			return format(end);
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY
				&& start.year() == end.year()) {
			LocalDate from = start.date();
			LocalDate to = end.date();
			if (from.getMonth() == to.getMonth()) {
				return from.getDayOfMonth() + EN_DASH + format(end);
			}
			return from.format(DateTimeFormatter.ofPattern("d MMMM", locale)) + " " + EN_DASH + " " + format(end);
		}
		return format(start) + " " + EN_DASH + " " + format(end);
	}

	/** A calendar date, always at day precision: for "as of" dates and page stamps. */
	public String day(LocalDate date) {
		return (date != null) ? format(PartialDate.ofDay(date)) : "";
	}

	/** The day of an instant (in UTC), for "last updated" stamps. */
	public String day(Instant instant) {
		return (instant != null) ? day(LocalDate.ofInstant(instant, ZoneOffset.UTC)) : "";
	}

	public String isoDay(Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, ZoneOffset.UTC).toString() : "";
	}

}
