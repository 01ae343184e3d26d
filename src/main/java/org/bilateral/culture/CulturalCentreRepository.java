package org.bilateral.culture;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CulturalCentreRepository extends Repository<CulturalCentre, Long> {

	@Query("""
			select c from CulturalCentre c join fetch c.country
			where c.relation.id = :relationId
			order by c.openedOn.date, c.name""")
	List<CulturalCentre> findByRelation(Long relationId);

}
