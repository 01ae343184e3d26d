package org.bilateral.country;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The ISO 3166 countries, reference data loaded by a migration.
 */
public interface CountryRepository extends JpaRepository<Country, String> {

	List<Country> findAllByOrderByName();

}
