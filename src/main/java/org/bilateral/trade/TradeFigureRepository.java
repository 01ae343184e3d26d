package org.bilateral.trade;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface TradeFigureRepository extends Repository<TradeFigure, Long> {

	@Query("""
			select t from TradeFigure t join fetch t.reportingCountry join fetch t.partnerCountry
			where t.relation.id = :relationId
			order by t.year, t.reportingCountry.name""")
	List<TradeFigure> findByRelation(Long relationId);

}
