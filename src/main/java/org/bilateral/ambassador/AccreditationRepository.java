package org.bilateral.ambassador;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AccreditationRepository extends Repository<Accreditation, Long> {

	/** One page of a relation's heads of mission, by sending country, latest first. */
	@Query("""
			select a from Accreditation a
			join fetch a.person join fetch a.sendingCountry join fetch a.receivingCountry
			left join fetch a.residenceCountry
			where a.relation.id = :relationId
			order by a.sendingCountry.name, a.tenureStart.date desc nulls first, a.id desc""")
	List<Accreditation> findPageByRelation(Long relationId, Pageable pageable);

	/**
	 * The heads of mission a relation has now: every one whose tenure has no recorded end
	 * and, for a sending country with none such, the one whose tenure ended last. The
	 * latest appointed come first.
	 */
	@Query("""
			select a from Accreditation a
			join fetch a.person join fetch a.sendingCountry join fetch a.receivingCountry
			left join fetch a.residenceCountry
			where a.relation.id = :relationId
			  and (a.tenureEnd.date is null or not exists (
			    select b.id from Accreditation b
			    where b.relation = a.relation and b.sendingCountry = a.sendingCountry and b.id <> a.id
			      and (b.tenureEnd.date is null or b.tenureEnd.date > a.tenureEnd.date
			           or (b.tenureEnd.date = a.tenureEnd.date and b.id > a.id))))
			order by a.tenureStart.date desc nulls last, a.id desc""")
	List<Accreditation> findCurrentByRelation(Long relationId, Limit limit);

}
