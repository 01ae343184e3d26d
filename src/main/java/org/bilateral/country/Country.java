package org.bilateral.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

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

	/**
	 * The country's name in the language of the page being read (CLDR's outside English,
	 * see {@link CountryNames}).
	 */
	public String getName() {
		LocaleContext reader = LocaleContextHolder.getLocaleContext();
		return CountryNames.name(this.code, this.name, (reader != null) ? reader.getLocale() : null);
	}

	/** The name as stored, in English. */
	public String getEnglishName() {
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
