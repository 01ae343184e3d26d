package org.bilateral.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * An ISO 3166-1 country: reference data, loaded by migration and never edited here.
 */
@Entity
@Immutable
public class Country {

	@Id
	private String code;

	private String name;

	private String slug;

	protected Country() {
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getSlug() {
		return this.slug;
	}

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Country country && this.code.equals(country.getCode()));
	}

	@Override
	public int hashCode() {
		return this.code.hashCode();
	}

}
