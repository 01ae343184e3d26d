package org.bilateral.person;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * People, who hold offices, head missions and take part in visits.
 */
public interface PersonRepository extends JpaRepository<Person, Long> {

	List<Person> findAllByOrderByName();

	boolean existsBySlugAndIdNot(String slug, long id);

}
