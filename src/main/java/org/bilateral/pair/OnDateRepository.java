package org.bilateral.pair;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.bilateral.agreement.Agreement;
import org.bilateral.ambassador.Accreditation;
import org.bilateral.visit.Visit;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads a relation as it stood on a date: each query is bounded and reads through an
 * index, whatever the size of the relation's history.
 */
interface OnDateRepository extends Repository<Agreement, Long> {

	/**
	 * For each of the relation's two countries as the sending one, the heads of mission
	 * who may have held the post on the day: their tenure began no later than the day's
	 * period allows and did not end, as far as recorded, before it. The latest appointed
	 * first, at most {@code perSide}.
	 */
	@Query(nativeQuery = true, value = """
			select a.id
			from relation r
			cross join lateral (values (r.first_country_code), (r.second_country_code)) side(code)
			cross join lateral (
			  select o.id from accreditation o
			  where o.relation_id = r.id and o.sending_country_code = side.code
			    and (o.starts_on is null or o.starts_on <= :on)
			    and (o.ends_on is null or case o.ends_precision
			                                when 'YEAR' then o.ends_on + interval '1 year'
			                                when 'MONTH' then o.ends_on + interval '1 month'
			                                else o.ends_on + interval '1 day' end > :on)
			  order by o.starts_on desc nulls last, o.id desc limit :perSide) a
			where r.id = :relationId""")
	List<Long> findHeadsOfMissionIds(Long relationId, LocalDate on, int perSide);

	/** The given heads of mission, with what their cards show. */
	@Query("""
			select a from Accreditation a
			join fetch a.person join fetch a.sendingCountry join fetch a.receivingCountry
			left join fetch a.residenceCountry
			where a.id in :ids
			order by a.sendingCountry.name, a.tenureStart.date desc nulls last, a.id desc""")
	List<Accreditation> findHeadsOfMission(Collection<Long> ids);

	/**
	 * The documents whose steps may have put them in force by the day: an entry into
	 * force dated no later than the day's period allows, or not dated at all. Whether
	 * each was still in force, or certainly so, its steps tell. The latest first.
	 */
	@Query("""
			select a from Agreement a
			where a.relation.id = :relationId
			  and exists (select s.id from AgreementStep s
			    where s.agreement = a and s.stage = org.bilateral.agreement.AgreementStage.IN_FORCE
			      and (s.takenOn.date is null or s.takenOn.date <= :on))
			order by a.id desc""")
	List<Agreement> findInForce(Long relationId, LocalDate on, Limit limit);

	/**
	 * The latest visits that may have taken place by the day: those whose date, as far as
	 * it is known, begins no later than it. A visit known only to a year or month that
	 * holds the day is among them, and is said to be uncertain.
	 */
	@Query("""
			select v from Visit v left join fetch v.hostCountry left join fetch v.event
			where v.relation.id = :relationId and v.starts.date <= :on
			order by v.knownBy desc, v.starts.precision desc, v.id desc""")
	List<Visit> findVisitsBy(Long relationId, LocalDate on, Limit limit);

	/** How many visits certainly took place by the day. */
	@Query("select count(v) from Visit v where v.relation.id = :relationId and v.knownBy <= :on")
	long countVisitsCertainlyBy(Long relationId, LocalDate on);

}
