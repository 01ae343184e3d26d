package org.bilateral.security.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.bilateral.security.PasswordRule;

/**
 * A password a user is given must follow the {@link PasswordRule}: one message for the
 * field, whether it is empty, too short or too long.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NewPassword.Validator.class)
@interface NewPassword {

	String message() default "{user.password.rule}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<NewPassword, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return PasswordRule.isSatisfiedBy(value);
		}

	}

}
