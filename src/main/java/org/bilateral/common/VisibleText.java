package org.bilateral.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A name or a title is what readers see: it may not hold characters that show nothing but
 * change how text around them reads. Those are the direction marks and overrides (U+200E,
 * U+200F, U+061C, U+202A to U+202E, U+2066 to U+2069), the zero-width and other
 * formatting characters (Unicode category Cf: U+200B to U+200D, U+2060, U+FEFF, soft
 * hyphen...) and the blank fillers that look like letters (U+115F, U+1160, U+3164,
 * U+FFA0). With one of them a name can pass for another or reorder the text beside it.
 * The noncharacters (U+FDD0 to U+FDEF, and U+FFFE and U+FFFF in every plane), which are
 * never to be exchanged as text and which HTML forbids, are refused with them. The
 * message names the first one found, so the editor can find it.
 */
@Documented
@Constraint(validatedBy = VisibleText.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface VisibleText {

	String message() default "{visibleText.hidden}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a text for the characters {@link VisibleText} refuses. */
	class Validator implements ConstraintValidator<VisibleText, CharSequence> {

		@Override
		public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
			int hidden = firstHidden(text);
			if (hidden < 0) {
				return true;
			}
			if (context instanceof HibernateConstraintValidatorContext hibernate) {
				hibernate.addMessageParameter("character", codePoint(hidden));
			}
			return false;
		}

		/** The first refused character of a text as a code point, or -1 for none. */
		public static int firstHidden(CharSequence text) {
			if (text == null) {
				return -1;
			}
			return text.codePoints().filter(Validator::isHidden).findFirst().orElse(-1);
		}

		/**
		 * The first noncharacter of a text as a code point, or -1 for none: refused in
		 * any text, as HTML cannot carry it.
		 */
		public static int firstNoncharacter(CharSequence text) {
			if (text == null) {
				return -1;
			}
			return text.codePoints().filter(Validator::isNoncharacter).findFirst().orElse(-1);
		}

		static boolean isHidden(int codePoint) {
			return Character.getType(codePoint) == Character.FORMAT || codePoint == 0x115F || codePoint == 0x1160
					|| codePoint == 0x3164 || codePoint == 0xFFA0 || isNoncharacter(codePoint);
		}

		static boolean isNoncharacter(int codePoint) {
			return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
		}

		static String codePoint(int codePoint) {
			return String.format(Locale.ROOT, "U+%04X", codePoint);
		}

	}

}
