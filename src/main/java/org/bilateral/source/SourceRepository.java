package org.bilateral.source;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	List<Source> findByIdInOrderByTitle(Collection<Long> ids);

}
