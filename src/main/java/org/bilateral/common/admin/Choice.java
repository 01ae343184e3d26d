package org.bilateral.common.admin;

/**
 * One record a form offers to choose from: the key the form sends and the name shown.
 */
public record Choice(String key, String label) {

	public static Choice of(Object key, String label) {
		return new Choice(String.valueOf(key), label);
	}

}
