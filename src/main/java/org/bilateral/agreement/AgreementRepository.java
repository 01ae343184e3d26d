package org.bilateral.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	/** Every agreement for the editors' list, by pair and position. */
	@Query("select a from Agreement a join fetch a.relation r order by r.slug, a.position, a.sphere, a.id")
	List<Agreement> findAllByPair();

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	@Query("select a from Agreement a where a.relation.id = :relationId order by a.position, a.sphere, a.id")
	List<Agreement> findByRelation(Long relationId);

}
