package org.bilateral.event;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EventParticipationRepository extends JpaRepository<EventParticipation, Long> {

	/** Every event for the editors' list, latest first, with its pair. */
	@Query("""
			select e from EventParticipation e join fetch e.relation r
			order by e.starts.date desc nulls last, e.id desc""")
	List<EventParticipation> findAllLatestFirst();

	List<EventParticipation> findAllByOrderByEventName();

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	/** One page of the events a relation's countries took part in, the latest first. */
	@Query("""
			select e from EventParticipation e join fetch e.hostCountry join fetch e.participantCountry
			where e.relation.id = :relationId
			order by e.starts.date desc nulls last, e.id desc""")
	List<EventParticipation> findLatestByRelation(Long relationId, Pageable pageable);

}
