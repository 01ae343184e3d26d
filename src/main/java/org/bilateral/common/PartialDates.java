package org.bilateral.common;

import java.text.FieldPosition;
import java.text.Format;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders partial dates and ranges at exactly their precision, in the reader's language,
 * with the forms CLDR gives each language (by ICU4J's skeletons): "2016", "November
 * 2014", "4 September 2016", "29–30 May 2014"; in Russian "ноябрь 2014 г." for a month
 * alone but "25 июня 1993 г." for a day; in Kazakh "1993 ж. 25 маусым". English is
 * written the British way (day before month). Templates call it as {@code @dates}.
 */
@Component("dates")
public class PartialDates {

	private static final String EN_DASH = "\u2013";

	/**
	 * Around the dash of a range CLDR puts, as we write every range with, plain spaces.
	 */
	private static final char THIN_SPACE = '\u2009';

	private static final ULocale ENGLISH = ULocale.UK;

	private final Map<String, Format> formats = new ConcurrentHashMap<>();

	public String format(PartialDate date) {
		if (date == null) {
			return "";
		}
		return switch (date.precision()) {
			case YEAR -> format("y", date.date());
			case MONTH -> format("yMMMM", date.date());
			case DAY -> format("yMMMMd", date.date());
		};
	}

	public String format(PartialDate start, PartialDate end) {
		if (end == null || end.equals(start)) {
			return format(start);
		}
		if (start == null) {
			return format(end);
		}
		if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY
				&& start.year() == end.year()) {
			DateIntervalFormat interval = (DateIntervalFormat) this.formats.computeIfAbsent(key("yMMMMd-"), (key) -> {
				DateIntervalFormat created = DateIntervalFormat.getInstance("yMMMMd", locale());
				created.setTimeZone(TimeZone.GMT_ZONE);
				return created;
			});
			synchronized (interval) {
				return interval
					.format(calendar(start.date()), calendar(end.date()), new StringBuffer(), new FieldPosition(0))
					.toString()
					.replace(THIN_SPACE, ' ');
			}
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

	private String format(String skeleton, LocalDate date) {
		DateFormat format = (DateFormat) this.formats.computeIfAbsent(key(skeleton), (key) -> {
			DateFormat created = DateFormat.getInstanceForSkeleton(skeleton, locale());
			created.setTimeZone(TimeZone.GMT_ZONE);
			return created;
		});
		synchronized (format) {
			return format.format(calendar(date), new StringBuffer(), new FieldPosition(0)).toString();
		}
	}

	/**
	 * The day in the Gregorian calendar, before 1582 as well (as {@link LocalDate}
	 * counts).
	 */
	private static Calendar calendar(LocalDate date) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale());
		calendar.setGregorianChange(new Date(Long.MIN_VALUE));
		calendar.clear();
		calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		return calendar;
	}

	private static String key(String skeleton) {
		return LocaleContextHolder.getLocale().toLanguageTag() + " " + skeleton;
	}

	/** The reader's language, English written the British way. */
	private static ULocale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		return "en".equals(locale.getLanguage()) ? ENGLISH : ULocale.forLocale(locale);
	}

}
