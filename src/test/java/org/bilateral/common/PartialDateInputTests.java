package org.bilateral.common;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every combination of year, month and day an editor may fill in: what date it makes, at
 * which precision, or which problem it has.
 */
class PartialDateInputTests {

	private static ValidatorFactory validation;

	@BeforeAll
	static void startValidation() {
		validation = Validation.buildDefaultValidatorFactory();
	}

	@AfterAll
	static void stopValidation() {
		validation.close();
	}

	@ParameterizedTest(name = "{0}-{1}-{2} is {3}")
	@CsvSource(nullValues = "-", textBlock = """
			2016, -,  -,  2016
			2014, 11, -,  2014-11
			2014, 5,  29, 2014-05-29
			2016, 2,  29, 2016-02-29
			2019, 12, 31, 2019-12-31
			1000, 1,  1,  1000-01-01
			2200, -,  -,  2200
			""")
	void whatIsFilledInSetsThePrecision(Integer year, Integer month, Integer day, String iso) {
		PartialDateInput input = input(year, month, day);
		assertThat(input.isEmpty()).isFalse();
		assertThat(input.problem()).isNull();
		assertThat(input.toPartialDate().iso()).isEqualTo(iso);
		assertThat(input).hasToString(iso);
		assertThat(violations(input)).isEmpty();
	}

	@Test
	void theFilledInPartsBecomeYearMonthOrDayPrecision() {
		assertThat(input(2016, null, null).toPartialDate()).isEqualTo(PartialDate.ofYear(2016));
		assertThat(input(2014, 11, null).toPartialDate()).isEqualTo(PartialDate.ofMonth(2014, 11));
		assertThat(input(2014, 5, 29).toPartialDate()).isEqualTo(PartialDate.ofDay(LocalDate.of(2014, 5, 29)));
	}

	@Test
	void nothingFilledInIsNoDateAndNoProblem() {
		PartialDateInput input = input(null, null, null);
		assertThat(input.isEmpty()).isTrue();
		assertThat(input.problem()).isNull();
		assertThat(input.toPartialDate()).isNull();
		assertThat(input).hasToString("");
	}

	@ParameterizedTest(name = "{0}-{1}-{2} is {3}")
	@CsvSource(nullValues = "-", textBlock = """
			-,    11, -,  partialDate.yearMissing
			-,    -,  29, partialDate.yearMissing
			-,    5,  29, partialDate.yearMissing
			2014, -,  29, partialDate.monthMissing
			999,  -,  -,  partialDate.invalid
			2201, 1,  -,  partialDate.invalid
			2014, 0,  -,  partialDate.invalid
			2014, 13, -,  partialDate.invalid
			2014, 13, 1,  partialDate.invalid
			2019, 2,  30, partialDate.noSuchDay
			2019, 2,  29, partialDate.noSuchDay
			2100, 2,  29, partialDate.noSuchDay
			2014, 4,  31, partialDate.noSuchDay
			2014, 5,  0,  partialDate.noSuchDay
			2014, 5,  32, partialDate.noSuchDay
			""")
	void anImpossibleCombinationHasAProblemAndNoDate(Integer year, Integer month, Integer day, String problem) {
		PartialDateInput input = input(year, month, day);
		assertThat(input.problem()).isEqualTo(problem);
		assertThat(input.toPartialDate()).isNull();
		assertThat(input).hasToString("");
	}

	@ParameterizedTest(name = "{0}-{1}-{2} breaks {3}")
	@CsvSource(nullValues = "-", textBlock = """
			999,  -,  -,  year,  {partialDate.year.range}
			2201, -,  -,  year,  {partialDate.year.range}
			2014, 0,  -,  month, {partialDate.month.range}
			2014, 13, -,  month, {partialDate.month.range}
			2014, 5,  0,  day,   {partialDate.day.range}
			2014, 5,  32, day,   {partialDate.day.range}
			""")
	void eachPartOutsideItsRangeNamesItsOwnMessage(Integer year, Integer month, Integer day, String field,
			String message) {
		assertThat(violations(input(year, month, day))).singleElement().satisfies((violation) -> {
			assertThat(violation.getPropertyPath()).hasToString(field);
			assertThat(violation.getMessageTemplate()).isEqualTo(message);
		});
	}

	@Test
	void aStoredDateIsShownInTheFormAtItsPrecision() {
		assertParts(PartialDateInput.from(PartialDate.ofYear(2016)), 2016, null, null);
		assertParts(PartialDateInput.from(PartialDate.ofMonth(2014, 11)), 2014, 11, null);
		assertParts(PartialDateInput.from(PartialDate.ofDay(LocalDate.of(2014, 5, 29))), 2014, 5, 29);
		assertThat(PartialDateInput.from(null).isEmpty()).isTrue();
	}

	@Test
	void aStoredDateComesBackUnchangedThroughTheForm() {
		for (PartialDate date : new PartialDate[] { PartialDate.ofYear(1992), PartialDate.ofMonth(2017, 6),
				PartialDate.ofDay(LocalDate.of(2016, 9, 4)) }) {
			assertThat(PartialDateInput.from(date).toPartialDate()).isEqualTo(date);
		}
	}

	private static void assertParts(PartialDateInput input, Integer year, Integer month, Integer day) {
		assertThat(input.getYear()).isEqualTo(year);
		assertThat(input.getMonth()).isEqualTo(month);
		assertThat(input.getDay()).isEqualTo(day);
	}

	private static PartialDateInput input(Integer year, Integer month, Integer day) {
		PartialDateInput input = new PartialDateInput();
		input.setYear(year);
		input.setMonth(month);
		input.setDay(day);
		return input;
	}

	private static Set<ConstraintViolation<PartialDateInput>> violations(PartialDateInput input) {
		Validator validator = validation.getValidator();
		return validator.validate(input);
	}

}
