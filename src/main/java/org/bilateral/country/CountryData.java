package org.bilateral.country;

/**
 * A country in the data formats: its ISO 3166 code and name.
 */
public record CountryData(String code, String name) {

	public static CountryData of(Country country) {
		return (country != null) ? new CountryData(country.getCode(), country.getName()) : null;
	}

}
