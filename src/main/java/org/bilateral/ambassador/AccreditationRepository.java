package org.bilateral.ambassador;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccreditationRepository extends JpaRepository<Accreditation, Long> {

	/** Every head of mission for the editors' list, by sending country and name. */
	@Query("""
			select a from Accreditation a join fetch a.person join fetch a.sendingCountry
			join fetch a.receivingCountry order by a.sendingCountry.name, a.person.name""")
	List<Accreditation> findAllBySendingCountry();

	long countByPersonId(Long personId);

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	@Query("""
			select a from Accreditation a
			join fetch a.person join fetch a.sendingCountry join fetch a.receivingCountry
			left join fetch a.residenceCountry
			where a.relation.id = :relationId
			order by a.sendingCountry.name, a.tenureStart.date desc nulls first""")
	List<Accreditation> findByRelation(Long relationId);

}
