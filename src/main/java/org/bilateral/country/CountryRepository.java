package org.bilateral.country;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface CountryRepository extends Repository<Country, String> {

	List<Country> findAllByOrderByName();

}
