package org.bilateral.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Dates on the pages at exactly their precision, alone and as ranges.
 */
class PartialDatesTests {

	private final PartialDates dates = new PartialDates();

	@BeforeEach
	void readInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void yearIsShownAsTheYearOnly() {
		assertThat(this.dates.format(PartialDate.ofYear(2016))).isEqualTo("2016");
	}

	@Test
	void monthIsShownAsMonthAndYear() {
		assertThat(this.dates.format(PartialDate.ofMonth(2014, 11))).isEqualTo("November 2014");
	}

	@Test
	void dayIsShownInFull() {
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2016, 9, 4)))).isEqualTo("4 September 2016");
	}

	@Test
	void daysInOneMonthShareTheMonth() {
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2014, 5, 29)),
				PartialDate.ofDay(LocalDate.of(2014, 5, 30))))
			.isEqualTo("29\u201330 May 2014");
	}

	@Test
	void daysAcrossMonthsShareTheYear() {
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2014, 5, 30)),
				PartialDate.ofDay(LocalDate.of(2014, 6, 2))))
			.isEqualTo("30 May \u2013 2 June 2014");
	}

	@Test
	void rangesOfMixedPrecisionKeepEachPrecision() {
		assertThat(this.dates.format(PartialDate.ofYear(2016), PartialDate.ofMonth(2018, 3)))
			.isEqualTo("2016 \u2013 March 2018");
	}

	@Test
	void daysInDifferentYearsAreWrittenInFull() {
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2014, 12, 30)),
				PartialDate.ofDay(LocalDate.of(2015, 1, 2))))
			.isEqualTo("30 December 2014 \u2013 2 January 2015");
	}

	@Test
	void monthsOfOneYearAreEachWrittenWithTheYear() {
		assertThat(this.dates.format(PartialDate.ofMonth(2017, 6), PartialDate.ofMonth(2017, 9)))
			.isEqualTo("June 2017 \u2013 September 2017");
	}

	@Test
	void aDayAndAMonthOfOneYearKeepTheirOwnPrecision() {
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2017, 6, 10)), PartialDate.ofMonth(2017, 9)))
			.isEqualTo("10 June 2017 \u2013 September 2017");
	}

	@Test
	void aRangeThatStartsAndEndsOnTheSameDateIsThatDate() {
		PartialDate day = PartialDate.ofDay(LocalDate.of(2016, 9, 4));
		assertThat(this.dates.format(day, PartialDate.ofDay(LocalDate.of(2016, 9, 4)))).isEqualTo("4 September 2016");
		assertThat(this.dates.format(PartialDate.ofYear(2016), PartialDate.ofYear(2016))).isEqualTo("2016");
	}

	@Test
	void aRangeWithoutStartIsTheEndAndNoDateIsNothing() {
		assertThat(this.dates.format(null, PartialDate.ofYear(2019))).isEqualTo("2019");
		assertThat(this.dates.format(null)).isEmpty();
		assertThat(this.dates.format(null, null)).isEmpty();
		assertThat(this.dates.day((LocalDate) null)).isEmpty();
		assertThat(this.dates.day((Instant) null)).isEmpty();
		assertThat(this.dates.isoDay(null)).isEmpty();
	}

	@Test
	void aCalendarDayIsAlwaysShownToTheDay() {
		assertThat(this.dates.day(LocalDate.of(2019, 7, 1))).isEqualTo("1 July 2019");
	}

	@Test
	void monthNamesAreInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2016, 9, 4)))).isEqualTo("4 de septiembre de 2016");
		assertThat(this.dates.format(PartialDate.ofMonth(2014, 11))).isEqualTo("noviembre de 2014");
		assertThat(this.dates.format(PartialDate.ofYear(2016))).isEqualTo("2016");
	}

	@Test
	void russianNamesADaysMonthInTheGenitiveAndAMonthAloneInTheNominative() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(1993, 6, 25)))).isEqualTo("25 июня 1993\u202Fг.");
		assertThat(this.dates.format(PartialDate.ofMonth(2014, 11))).isEqualTo("ноябрь 2014\u202Fг.");
		assertThat(this.dates.format(PartialDate.ofYear(2016))).isEqualTo("2016");
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2014, 5, 29)),
				PartialDate.ofDay(LocalDate.of(2014, 5, 30))))
			.isEqualTo("29\u201330 мая 2014\u202Fг.");
	}

	@Test
	void kazakhPutsTheYearFirstAsCldrWritesIt() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("kk"));
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(1993, 6, 25)))).isEqualTo("1993\u202Fж. 25 маусым");
		assertThat(this.dates.format(PartialDate.ofMonth(2014, 11))).isEqualTo("2014\u202Fж. қараша");
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2014, 5, 30)),
				PartialDate.ofDay(LocalDate.of(2014, 6, 2))))
			.isEqualTo("2014\u202Fж. 30 мамыр \u2013 2 маусым");
	}

	@Test
	void daysBeforeTheGregorianReformAreCountedAsTheirDatesSay() {
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(1492, 10, 12)))).isEqualTo("12 October 1492");
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(1492, 10, 12)),
				PartialDate.ofDay(LocalDate.of(1492, 10, 14))))
			.isEqualTo("12\u201314 October 1492");
	}

	@Test
	void aRangeWithoutEndIsTheStart() {
		assertThat(this.dates.format(PartialDate.ofDay(LocalDate.of(2013, 10, 1)), null)).isEqualTo("1 October 2013");
	}

	@Test
	void datesAreTruncatedToTheirPrecision() {
		PartialDate year = new PartialDate(LocalDate.of(2016, 7, 15), DatePrecision.YEAR);
		assertThat(year.date()).isEqualTo(LocalDate.of(2016, 1, 1));
		assertThat(year.iso()).isEqualTo("2016");
		assertThat(new PartialDate(LocalDate.of(2014, 11, 20), DatePrecision.MONTH).iso()).isEqualTo("2014-11");
	}

	@Test
	void aPartialDateNeedsBothDateAndPrecision() {
		assertThatNullPointerException().isThrownBy(() -> new PartialDate(LocalDate.of(2016, 1, 1), null));
	}

	@Test
	void instantsAreShownAsTheirDayInUtc() {
		assertThat(this.dates.day(Instant.parse("2019-07-25T23:30:00Z"))).isEqualTo("25 July 2019");
		assertThat(this.dates.isoDay(Instant.parse("2019-07-25T23:30:00Z"))).isEqualTo("2019-07-25");
	}

}
