package org.bilateral.trade;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TradeFigureRepository extends JpaRepository<TradeFigure, Long> {

	/** Every figure for the editors' list, by pair, latest year first. */
	@Query("""
			select t from TradeFigure t join fetch t.relation r join fetch t.reportingCountry c
			order by r.slug, t.year desc, c.name""")
	List<TradeFigure> findAllByPair();

	/**
	 * Whether a figure other than the given one has this pair, year and reporting
	 * country.
	 */
	boolean existsByRelationIdAndYearAndReportingCountryCodeAndIdNot(Long relationId, Integer year,
			String reportingCountryCode, long id);

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	/** One page of a relation's trade figures, latest year first. */
	@Query("""
			select t from TradeFigure t join fetch t.reportingCountry join fetch t.partnerCountry
			where t.relation.id = :relationId
			order by t.year desc, t.reportingCountry.name, t.id""")
	List<TradeFigure> findLatestByRelation(Long relationId, Pageable pageable);

}
