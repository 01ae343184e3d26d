package org.bilateral.relation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RelationRepository extends JpaRepository<Relation, Long> {

	/** Every pair in the order editors look them up, with their countries. */
	@Query("select r from Relation r join fetch r.firstCountry join fetch r.secondCountry order by r.slug")
	List<Relation> findAllBySlug();

	boolean existsBySlugAndIdNot(String slug, long id);

	long countBySourceId(Long sourceId);

	@Query("""
			select r from Relation r join fetch r.firstCountry join fetch r.secondCountry
			order by r.firstCountry.name, r.secondCountry.name""")
	List<Relation> findAllWithCountries();

	/**
	 * One page of all relations, each with how many there are in all (in one statement):
	 * rows of the relation and that number.
	 */
	@Query("""
			select r, count(*) over () from Relation r join fetch r.firstCountry join fetch r.secondCountry
			order by r.firstCountry.name, r.secondCountry.name, r.id""")
	List<Object[]> findPageWithCountries(Pageable pageable);

	@Query("select r from Relation r join fetch r.firstCountry join fetch r.secondCountry where r.slug = :slug")
	Optional<Relation> findBySlug(String slug);

	/**
	 * The relation whose slug, read with the countries in the other order, is the given
	 * one.
	 */
	@Query("""
			select r.slug from Relation r
			where concat(r.secondCountry.slug, '-', r.firstCountry.slug) = :reversedSlug""")
	Optional<String> findSlugByReversedSlug(String reversedSlug);

}
