package org.bilateral.common.history;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RevisionRepository extends Repository<Revision, Long> {

	Revision save(Revision revision);

	@Query("""
			select distinct r from Revision r left join fetch r.changes
			where r.recordType = :recordType and r.recordId = :recordId
			order by r.changedAt desc, r.id desc""")
	List<Revision> findHistory(String recordType, long recordId);

}
