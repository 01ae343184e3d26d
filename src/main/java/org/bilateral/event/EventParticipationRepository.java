package org.bilateral.event;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EventParticipationRepository extends Repository<EventParticipation, Long> {

	@Query("""
			select e from EventParticipation e join fetch e.hostCountry join fetch e.participantCountry
			where e.relation.id = :relationId
			order by e.starts.date, e.id""")
	List<EventParticipation> findByRelation(Long relationId);

}
