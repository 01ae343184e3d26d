package org.bilateral.ambassador;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
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

	/** One page of a relation's heads of mission, by sending country, latest first. */
	@Query("""
			select a from Accreditation a
			join fetch a.person join fetch a.sendingCountry join fetch a.receivingCountry
			left join fetch a.residenceCountry
			where a.relation.id = :relationId
			order by a.sendingCountry.name, a.tenureStart.date desc nulls first, a.id desc""")
	List<Accreditation> findPageByRelation(Long relationId, Pageable pageable);

	/**
	 * The heads of mission a relation has now, for each of its two countries as the
	 * sending one: the latest appointed of those whose tenure has no recorded end, at
	 * most {@code perSide}; or, where there is none such, the one whose tenure ended
	 * last. Each is found through an index, so the cost does not grow with the relation's
	 * history.
	 */
	@Query(nativeQuery = true,
			value = """
					select a.id
					from relation r
					cross join lateral (values (r.first_country_code), (r.second_country_code)) side(code)
					cross join lateral (
					  (select o.id from accreditation o
					   where o.relation_id = r.id and o.sending_country_code = side.code and o.ends_on is null
					   order by o.starts_on desc nulls last, o.id desc limit :perSide)
					  union all
					  (select e.id from accreditation e
					   where e.relation_id = r.id and e.sending_country_code = side.code and e.ends_on is not null
					     and not exists (select 1 from accreditation o
					                     where o.relation_id = r.id and o.sending_country_code = side.code and o.ends_on is null)
					   order by e.ends_on desc, e.id desc limit 1)) a
					where r.id = :relationId""")
	List<Long> findCurrentIds(Long relationId, int perSide);

	/** The given heads of mission, with what their cards show. */
	@Query("""
			select a from Accreditation a
			join fetch a.person join fetch a.sendingCountry join fetch a.receivingCountry
			left join fetch a.residenceCountry
			where a.id in :ids""")
	List<Accreditation> findAllById(Collection<Long> ids);

}
