package org.bilateral.common.admin;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

import org.hibernate.exception.ConstraintViolationException;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;

/**
 * Turns a save the database refused into an error on the form, for the rare case the
 * checks before saving let a value through (or another editor saved a clashing value at
 * the same moment). The schema names every constraint after its table and column
 * ({@code visit_slug_check}, {@code person_slug_key}, {@code visit_source_id_fkey}), so
 * the column names the field; a refusal no field explains becomes a message above the
 * form. Either way the editor's input stays in the form.
 */
final class StoreRefusals {

	private StoreRefusals() {
	}

	static void reject(DataIntegrityViolationException refusal, BindingResult result) {
		String constraint = constraint(refusal);
		String field = (constraint != null) ? field(constraint, result.getTarget()) : null;
		if (field != null && !result.hasFieldErrors(field)) {
			result.rejectValue(field, code(constraint));
			return;
		}
		String cause = (constraint != null) ? constraint : sqlState(refusal);
		result.reject("notStored.record", new Object[] { cause }, null);
	}

	private static String code(String constraint) {
		if (constraint.endsWith("_fkey")) {
			return "notStored.reference";
		}
		if (constraint.endsWith("_key")) {
			return "notStored.unique";
		}
		return "notStored.check";
	}

	/** The form property guarded by a constraint named by the schema's convention. */
	static String field(String constraint, Object form) {
		if (form == null) {
			return null;
		}
		BeanWrapper properties = PropertyAccessorFactory.forBeanPropertyAccess(form);
		String[] words = constraint.toLowerCase(Locale.ROOT).replaceAll("_(fkey|key|check|pkey)$", "").split("_");
		for (int start = 1; start < words.length; start++) {
			String[] column = Arrays.copyOfRange(words, start, words.length);
			for (String candidate : new String[] { camelCase(column), camelCase(withoutDateSuffix(column)) }) {
				if (!candidate.isEmpty() && properties.isWritableProperty(candidate)) {
					return candidate;
				}
			}
		}
		return null;
	}

	private static String[] withoutDateSuffix(String[] column) {
		return (column.length > 1 && column[column.length - 1].equals("on")) ? Arrays.copyOf(column, column.length - 1)
				: column;
	}

	private static String camelCase(String[] words) {
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(StringUtils.capitalize(words[i]));
		}
		return name.toString();
	}

	private static String constraint(Throwable refusal) {
		for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return violation.getConstraintName();
			}
		}
		return null;
	}

	private static String sqlState(Throwable refusal) {
		for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return "SQL state " + sql.getSQLState();
			}
		}
		return "unknown reason";
	}

}
