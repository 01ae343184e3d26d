package org.bilateral.trade;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TradeFigureRepository extends Repository<TradeFigure, Long> {

	/** One page of a relation's trade figures, latest year first. */
	@Query("""
			select t from TradeFigure t join fetch t.reportingCountry join fetch t.partnerCountry
			where t.relation.id = :relationId
			order by t.year desc, t.reportingCountry.name, t.id""")
	List<TradeFigure> findLatestByRelation(Long relationId, Pageable pageable);

}
