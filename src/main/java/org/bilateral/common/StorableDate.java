package org.bilateral.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date (or date and time) in the years 1 to 9999: what PostgreSQL stores exactly, what
 * a date field shows as four digits, and always in our era, so a date read back is the
 * date typed. Java reads years far beyond (and before year 1), which the database would
 * refuse or turn into another date.
 */
@Documented
@Constraint(validatedBy = StorableDate.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableDate {

	int FIRST_YEAR = 1;

	int LAST_YEAR = 9999;

	String message() default "{storableDate.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the year of a date or of a date and time. */
	class Validator implements ConstraintValidator<StorableDate, Temporal> {

		@Override
		public boolean isValid(Temporal date, ConstraintValidatorContext context) {
			if (date == null) {
				return true;
			}
			int year = date.get(ChronoField.YEAR);
			return year >= FIRST_YEAR && year <= LAST_YEAR;
		}

	}

}
