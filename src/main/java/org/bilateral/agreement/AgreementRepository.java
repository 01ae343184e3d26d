package org.bilateral.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AgreementRepository extends Repository<Agreement, Long> {

	@Query("select a from Agreement a where a.relation.id = :relationId order by a.position, a.sphere, a.id")
	List<Agreement> findByRelation(Long relationId);

}
