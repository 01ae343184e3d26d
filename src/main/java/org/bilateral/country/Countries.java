package org.bilateral.country;

import java.util.List;
import java.util.Optional;

import org.bilateral.common.admin.Choice;
import org.bilateral.common.admin.RecordType;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Countries as forms choose them and histories name them, by their ISO code.
 */
@Component
@Order(100)
class Countries implements RecordType {

	static final String TYPE = "countries";

	private final CountryRepository countries;

	Countries(CountryRepository countries) {
		this.countries = countries;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> name(String code) {
		return this.countries.findById(code).map(Country::getName);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return this.countries.findAllByOrderByName()
			.stream()
			.map((country) -> Choice.of(country.getCode(), country.getName()))
			.toList();
	}

}
