package org.bilateral.visit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, Long> {

	/** Every visit for the editors' list, latest first, with its pair. */
	@Query("""
			select v from Visit v join fetch v.relation r join fetch r.firstCountry join fetch r.secondCountry
			order by v.knownBy desc, v.starts.precision desc, v.id desc""")
	List<Visit> findAllLatestFirst();

	long countByRelationId(Long relationId);

	long countBySourceId(Long sourceId);

	long countByEventId(Long eventId);

	@Query("select count(p) from VisitParticipant p where p.person.id = :personId")
	long countParticipationsOf(Long personId);

	/** A relation's visits, oldest first, with everything a timeline shows. */
	@Query("""
			select v from Visit v
			left join fetch v.participants p left join fetch p.person left join fetch p.side
			left join fetch v.hostCountry left join fetch v.event
			where v.relation.id = :relationId
			order by v.knownBy, v.starts.precision, v.id""")
	List<Visit> findByRelation(Long relationId);

	/**
	 * One page of a relation's visits, latest first, with what a timeline entry shows
	 * except the participants (see {@link #loadParticipants}).
	 */
	@Query("""
			select v from Visit v left join fetch v.hostCountry left join fetch v.event
			where v.relation.id = :relationId
			order by v.knownBy desc, v.starts.precision desc, v.id desc""")
	List<Visit> findLatestByRelation(Long relationId, Pageable pageable);

	/**
	 * Loads the participants of the given visits into them, in one statement: the visits
	 * of a page are fetched first, so that paging happens in the database.
	 */
	@Query("""
			select distinct v from Visit v
			left join fetch v.participants p left join fetch p.person left join fetch p.side
			where v in :visits""")
	List<Visit> loadParticipants(Collection<Visit> visits);

	/**
	 * The latest visits that took place during each of the given events, at most
	 * {@code perEvent} for each, oldest first within an event.
	 */
	@Query(nativeQuery = true, value = """
			select e.id as "eventId", v.id as "id", v.title as "title", v.slug as "slug",
			       v.text_language as "textLanguage"
			from event_participation e
			cross join lateral (select w.id, w.title, w.slug, w.known_by_on, w.starts_precision, w.text_language
			                    from visit w
			                    where w.event_participation_id = e.id
			                    order by w.known_by_on desc, w.starts_precision desc, w.id desc limit :perEvent) v
			where e.id in (:eventIds)
			order by e.id, v.known_by_on, v.starts_precision, v.id""")
	List<VisitDuringEvent> findLatestDuringEvents(Collection<Long> eventIds, int perEvent);

	/** One visit with everything its page shows, including the pair it belongs to. */
	@Query("""
			select v from Visit v
			join fetch v.relation r join fetch r.firstCountry join fetch r.secondCountry
			left join fetch v.participants p left join fetch p.person left join fetch p.side
			left join fetch v.hostCountry left join fetch v.event left join fetch v.source
			where v.id = :id""")
	Optional<Visit> findForPage(Long id);

	/** A visit named in a list of visits during an event: enough for a link. */
	interface VisitDuringEvent {

		Long getEventId();

		Long getId();

		String getTitle();

		String getSlug();

		/** The language the title was written in. */
		String getTextLanguage();

		/** The visit's lasting public address. */
		default String getPath() {
			return "/visits/" + getId() + "-" + getSlug();
		}

	}

}
