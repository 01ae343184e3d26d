package org.bilateral.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

	long countByVisitId(Long visitId);

	/** One page of a relation's legal framework, in the editors' order. */
	@Query("""
			select a from Agreement a left join fetch a.visit
			where a.relation.id = :relationId order by a.position, a.sphere, a.id""")
	List<Agreement> findPageByRelation(Long relationId, Pageable pageable);

	/**
	 * The documents signed last; those with no known signing date come after, in the
	 * editors' order.
	 */
	@Query("""
			select a from Agreement a left join fetch a.visit
			left join AgreementStep s on s.agreement = a and s.stage = org.bilateral.agreement.AgreementStage.SIGNED
			where a.relation.id = :relationId
			order by s.takenOn.date desc nulls last, a.position, a.sphere, a.id""")
	List<Agreement> findLatestByRelation(Long relationId, Limit limit);

	/** One document with everything its page shows. */
	@Query("""
			select a from Agreement a
			join fetch a.relation r join fetch r.firstCountry join fetch r.secondCountry
			left join fetch a.visit left join fetch a.source
			left join fetch a.steps s left join fetch s.country left join fetch s.source
			where a.id = :id""")
	Optional<Agreement> findForPage(Long id);

	/**
	 * Loads the lifecycle steps of the given documents into them, in one statement: the
	 * documents of a page are read first, so that paging happens in the database.
	 */
	@Query("""
			select distinct a from Agreement a
			left join fetch a.steps s left join fetch s.country left join fetch s.source
			where a in :agreements""")
	List<Agreement> loadSteps(Collection<Agreement> agreements);

	/** A relation's documents with their steps, in the editors' order. */
	@Query("""
			select distinct a from Agreement a left join fetch a.steps s left join fetch s.country
			where a.relation.id = :relationId order by a.position, a.sphere, a.id""")
	List<Agreement> findWithStepsByRelation(Long relationId);

}
