package org.bilateral.ambassador;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AccreditationRepository extends Repository<Accreditation, Long> {

	@Query("""
			select a from Accreditation a
			join fetch a.person join fetch a.sendingCountry join fetch a.receivingCountry
			left join fetch a.residenceCountry
			where a.relation.id = :relationId
			order by a.sendingCountry.name, a.tenureStart.date desc nulls first""")
	List<Accreditation> findByRelation(Long relationId);

}
