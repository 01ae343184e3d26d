package org.bilateral.person;

import jakarta.persistence.Entity;

import org.bilateral.common.TextRecord;

/**
 * A person who holds, or held, an office that appears in the records.
 */
@Entity
public class Person extends TextRecord {

	@Override
	public String recordType() {
		return PersonAdmin.TYPE;
	}

	private String name;

	private String slug;

	public Person() {
	}

	public Person(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public String getSlug() {
		return this.slug;
	}

	/** The person's lasting public address. */
	public String getPath() {
		return pathOf(getId(), this.slug);
	}

	public static String pathOf(Long id, String slug) {
		return "/people/" + id + "-" + slug;
	}

	void setName(String name) {
		this.name = name;
	}

	void setSlug(String slug) {
		this.slug = slug;
	}

}
