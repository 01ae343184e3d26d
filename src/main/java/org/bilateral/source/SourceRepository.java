package org.bilateral.source;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The documents records cite.
 */
public interface SourceRepository extends JpaRepository<Source, Long> {

	List<Source> findByIdInOrderByTitle(Collection<Long> ids);

	List<Source> findAllByOrderByTitle();

}
