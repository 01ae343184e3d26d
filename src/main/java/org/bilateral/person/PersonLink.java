package org.bilateral.person;

import org.bilateral.common.web.PublicAddress;

/**
 * A person named in another record, with the address of their page.
 */
public record PersonLink(String name, String url) {

	public static PersonLink of(Person person, PublicAddress address) {
		return new PersonLink(person.getName(), address.link(person.getPath()));
	}

}
