package org.bilateral.agreement;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	/** Every agreement for the editors' list, by pair and position. */
	@Query("select a from Agreement a join fetch a.relation r order by r.slug, a.position, a.sphere, a.id")
	List<Agreement> findAllByPair();

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	/** One page of a relation's legal framework, in the editors' order. */
	@Query("select a from Agreement a where a.relation.id = :relationId order by a.position, a.sphere, a.id")
	List<Agreement> findPageByRelation(Long relationId, Pageable pageable);

	/**
	 * The documents signed last; those with no known signing date come after, in the
	 * editors' order.
	 */
	@Query("""
			select a from Agreement a where a.relation.id = :relationId
			order by a.signedOn.date desc nulls last, a.position, a.sphere, a.id""")
	List<Agreement> findLatestByRelation(Long relationId, Limit limit);

}
