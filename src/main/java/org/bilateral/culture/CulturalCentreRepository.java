package org.bilateral.culture;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CulturalCentreRepository extends JpaRepository<CulturalCentre, Long> {

	/** Every centre for the editors' list, by pair and name. */
	@Query("select c from CulturalCentre c join fetch c.relation r order by r.slug, c.name, c.id")
	List<CulturalCentre> findAllByPair();

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	/** One page of a relation's cultural centres, the latest opened first. */
	@Query("""
			select c from CulturalCentre c join fetch c.country
			where c.relation.id = :relationId
			order by c.openedOn.date desc nulls last, c.name, c.id""")
	List<CulturalCentre> findLatestByRelation(Long relationId, Pageable pageable);

}
