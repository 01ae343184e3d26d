package org.bilateral.pair;

import org.bilateral.relation.Relation;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Counts a relation's records, section by section, in one statement, so that a page can
 * say how many there are without loading them.
 */
interface SectionSummaryRepository extends Repository<Relation, Long> {

	@Query(nativeQuery = true, value = """
			select (select count(*) from accreditation where relation_id = r.id) as "ambassadors",
			       (select count(*) from visit where relation_id = r.id) as "visits",
			       (select count(*) from agreement where relation_id = r.id) as "agreements",
			       (select count(*) from trade_figure where relation_id = r.id) as "trade",
			       (select count(*) from cultural_centre where relation_id = r.id) as "culturalCentres",
			       (select count(*) from event_participation where relation_id = r.id) as "events",
			       greatest(r.updated_at,
			                (select max(updated_at) from accreditation where relation_id = r.id),
			                (select max(updated_at) from visit where relation_id = r.id),
			                (select max(updated_at) from agreement where relation_id = r.id),
			                (select max(s.updated_at) from agreement_step s join agreement a on a.id = s.agreement_id
			                 where a.relation_id = r.id),
			                (select max(updated_at) from trade_figure where relation_id = r.id),
			                (select max(updated_at) from cultural_centre where relation_id = r.id),
			                (select max(updated_at) from event_participation where relation_id = r.id))
			         as "lastUpdated"
			from relation r where r.id = :relationId""")
	SectionSummary summarize(Long relationId);

}
