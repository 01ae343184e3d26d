package org.bilateral.common.admin;

import java.util.function.ToLongFunction;

/**
 * A reference that one type's records hold to records of another type, declared by the
 * referring feature: how many of its records refer to a given record, and the message
 * that says so ("{0} visits"). References with the same message are counted together.
 */
public record Reference(String type, String message, ToLongFunction<String> counter) {

	/** A reference by id, for the types whose keys are numbers. */
	public static Reference byId(String type, String message, ToLongFunction<Long> counter) {
		return new Reference(type, message, (key) -> counter.applyAsLong(Long.valueOf(key)));
	}

}
