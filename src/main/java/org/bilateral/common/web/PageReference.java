package org.bilateral.common.web;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bilateral.common.NotFoundException;

/**
 * The {@code {id}-{slug}} part of a record's lasting address, such as
 * {@code 12-lino-baranao}. The id alone decides the record; a slug other than the current
 * one (an old title, a shortened link, none at all) is answered with a permanent
 * redirect.
 */
public record PageReference(long id, String slug) {

	private static final Pattern REFERENCE = Pattern.compile("(\\d{1,18})(?:-(.*))?");

	/** The reference in an address, or not found when it has no id. */
	public static PageReference parse(String reference) {
		Matcher matcher = REFERENCE.matcher(reference);
		if (!matcher.matches()) {
			throw new NotFoundException("No record " + reference);
		}
		return new PageReference(Long.parseLong(matcher.group(1)), matcher.group(2));
	}

	/** Whether the address names the record by its current slug. */
	public boolean isCurrent(String currentSlug) {
		return Objects.equals(this.slug, currentSlug);
	}

}
