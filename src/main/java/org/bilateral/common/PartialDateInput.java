package org.bilateral.common;

import java.time.DateTimeException;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A partial date as an editor types it: a year, optionally a month, optionally a day. The
 * precision follows from what is filled in, so "2016" stays a year and is never turned
 * into 1 January 2016.
 */
public class PartialDateInput {

	@Min(value = 1000, message = "{partialDate.year.range}")
	@Max(value = 2200, message = "{partialDate.year.range}")
	private Integer year;

	@Min(value = 1, message = "{partialDate.month.range}")
	@Max(value = 12, message = "{partialDate.month.range}")
	private Integer month;

	@Min(value = 1, message = "{partialDate.day.range}")
	@Max(value = 31, message = "{partialDate.day.range}")
	private Integer day;

	public static PartialDateInput from(PartialDate date) {
		PartialDateInput input = new PartialDateInput();
		if (date != null) {
			input.year = date.year();
			if (date.precision() != DatePrecision.YEAR) {
				input.month = date.date().getMonthValue();
			}
			if (date.precision() == DatePrecision.DAY) {
				input.day = date.date().getDayOfMonth();
			}
		}
		return input;
	}

	public boolean isEmpty() {
		return this.year == null && this.month == null && this.day == null;
	}

	/**
	 * What is wrong with the combination typed, as a message code, or null when it makes
	 * a date (or nothing was typed).
	 */
	public String problem() {
		if (isEmpty()) {
			return null;
		}
		if (this.year == null) {
			return "partialDate.yearMissing";
		}
		if (this.day != null && this.month == null) {
			return "partialDate.monthMissing";
		}
		if (this.year < 1000 || this.year > 2200 || (this.month != null && (this.month < 1 || this.month > 12))) {
			return "partialDate.invalid";
		}
		if (this.day != null) {
			try {
				LocalDate.of(this.year, this.month, this.day);
			}
			catch (DateTimeException ex) {
				return "partialDate.noSuchDay";
			}
		}
		return null;
	}

	/** The date typed, or null when nothing (or nothing valid) was typed. */
	public PartialDate toPartialDate() {
		if (isEmpty() || problem() != null) {
			return null;
		}
		if (this.month == null) {
			return PartialDate.ofYear(this.year);
		}
		if (this.day == null) {
			return PartialDate.ofMonth(this.year, this.month);
		}
		return PartialDate.ofDay(LocalDate.of(this.year, this.month, this.day));
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getMonth() {
		return this.month;
	}

	public void setMonth(Integer month) {
		this.month = month;
	}

	public Integer getDay() {
		return this.day;
	}

	public void setDay(Integer day) {
		this.day = day;
	}

	@Override
	public String toString() {
		PartialDate date = toPartialDate();
		return (date != null) ? date.iso() : "";
	}

}
