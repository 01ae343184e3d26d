package org.bilateral.visit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, Long> {

	/** Every visit for the editors' list, latest first, with its pair. */
	@Query("""
			select v from Visit v join fetch v.relation r join fetch r.firstCountry join fetch r.secondCountry
			order by v.starts.date desc, v.id desc""")
	List<Visit> findAllLatestFirst();

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	long countByEventId(Long eventId);

	@Query("select count(p) from VisitParticipant p where p.person.id = :personId")
	long countParticipationsOf(Long personId);

	/** A relation's visits, oldest first, with everything a timeline shows. */
	@Query("""
			select v from Visit v
			left join fetch v.participants p left join fetch p.person left join fetch p.side
			left join fetch v.hostCountry left join fetch v.event
			where v.relation.id = :relationId
			order by v.starts.date, v.starts.precision desc, v.id""")
	List<Visit> findByRelation(Long relationId);

	/** One visit with everything its page shows, including the pair it belongs to. */
	@Query("""
			select v from Visit v
			join fetch v.relation r join fetch r.firstCountry join fetch r.secondCountry
			left join fetch v.participants p left join fetch p.person left join fetch p.side
			left join fetch v.hostCountry left join fetch v.event left join fetch v.source
			where v.id = :id""")
	Optional<Visit> findForPage(Long id);

}
