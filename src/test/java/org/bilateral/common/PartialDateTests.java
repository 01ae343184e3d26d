package org.bilateral.common;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PartialDateTests {

	@Test
	void aYearIsStoredAsItsFirstDayAndWrittenAsTheYear() {
		PartialDate year = PartialDate.ofYear(2016);
		assertThat(year.date()).isEqualTo(LocalDate.of(2016, 1, 1));
		assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(year.year()).isEqualTo(2016);
		assertThat(year.iso()).isEqualTo("2016");
	}

	@Test
	void aMonthIsStoredAsItsFirstDayAndWrittenAsYearAndMonth() {
		PartialDate month = PartialDate.ofMonth(2014, 11);
		assertThat(month.date()).isEqualTo(LocalDate.of(2014, 11, 1));
		assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(month.iso()).isEqualTo("2014-11");
		assertThat(PartialDate.ofMonth(2017, 6).iso()).isEqualTo("2017-06");
	}

	@Test
	void aDayIsKeptAsItIs() {
		PartialDate day = PartialDate.ofDay(LocalDate.of(2016, 9, 4));
		assertThat(day.date()).isEqualTo(LocalDate.of(2016, 9, 4));
		assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(day.iso()).isEqualTo("2016-09-04");
		assertThat(day).hasToString("2016-09-04");
	}

	@Test
	void aMoreExactDateIsCutToItsPrecisionSoTheSameMonthIsOneValue() {
		assertThat(new PartialDate(LocalDate.of(2014, 11, 20), DatePrecision.MONTH))
			.isEqualTo(PartialDate.ofMonth(2014, 11));
		assertThat(new PartialDate(LocalDate.of(2016, 12, 31), DatePrecision.YEAR)).isEqualTo(PartialDate.ofYear(2016));
		assertThat(new PartialDate(LocalDate.of(2016, 12, 31), DatePrecision.YEAR))
			.isNotEqualTo(PartialDate.ofMonth(2016, 1));
		assertThat(PartialDate.ofDay(LocalDate.of(2014, 5, 29)))
			.isNotEqualTo(PartialDate.ofDay(LocalDate.of(2014, 5, 30)));
	}

	@Test
	void aMonthThatDoesNotExistIsRefused() {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.ofMonth(2014, 13));
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> PartialDate.ofMonth(2014, 0));
	}

	@Test
	void aPartialDateNeedsADateAndAPrecision() {
		assertThatNullPointerException().isThrownBy(() -> new PartialDate(null, DatePrecision.YEAR));
		assertThatNullPointerException().isThrownBy(() -> new PartialDate(LocalDate.of(2016, 1, 1), null));
	}

}
