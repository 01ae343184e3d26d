package org.bilateral.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date known to a stated precision: "2016", "November 2014" or "4 September 2016". The
 * stored date is truncated to the precision, so a year is never shown as its first day.
 */
@Embeddable
public record PartialDate(@Column(name = "on_date") LocalDate date,
		@Enumerated(EnumType.STRING) @Column(name = "precision", length = 5) DatePrecision precision) {

	public PartialDate {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
		date = switch (precision) {
			case YEAR -> date.withDayOfYear(1);
			case MONTH -> date.withDayOfMonth(1);
			case DAY -> date;
		};
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
	}

	public static PartialDate ofDay(LocalDate date) {
		return new PartialDate(date, DatePrecision.DAY);
	}

	public int year() {
		return this.date.getYear();
	}

	/**
	 * The last day the date could be: the end of its year or month, or the day itself.
	 */
	public LocalDate lastDay() {
		return switch (this.precision) {
			case YEAR -> this.date.withDayOfYear(this.date.lengthOfYear());
			case MONTH -> this.date.withDayOfMonth(this.date.lengthOfMonth());
			case DAY -> this.date;
		};
	}

	/**
	 * Whether the date's period contains the given day without being only that day, so
	 * that whether it comes before or after the day is not known ("2017" against 4 May
	 * 2017).
	 */
	public boolean straddles(LocalDate day) {
		return this.precision != DatePrecision.DAY && !this.date.isAfter(day) && !lastDay().isBefore(day);
	}

	/**
	 * The ISO 8601 form at this precision ("2016", "2014-11", "2016-09-04"), for the
	 * {@code datetime} attribute of {@code <time>}.
	 */
	public String iso() {
		return switch (this.precision) {
			case YEAR -> String.valueOf(this.date.getYear());
			case MONTH -> YearMonth.from(this.date).toString();
			case DAY -> this.date.toString();
		};
	}

	@Override
	public String toString() {
		return iso();
	}

}
