package org.bilateral.culture;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CulturalCentreRepository extends Repository<CulturalCentre, Long> {

	/** One page of a relation's cultural centres, the latest opened first. */
	@Query("""
			select c from CulturalCentre c join fetch c.country
			where c.relation.id = :relationId
			order by c.openedOn.date desc nulls last, c.name, c.id""")
	List<CulturalCentre> findLatestByRelation(Long relationId, Pageable pageable);

}
