package org.bilateral.feed;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.bilateral.common.admin.RecordFields;
import org.bilateral.common.web.RecordLinks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the latest saves of public records from the revision history, for the feeds: new
 * and changed records that still exist (the {@code public_record} view names them as they
 * are now), newest first, at most {@link #ENTRIES}, each with the fields it changed. Two
 * statements a feed, whatever the history's length.
 */
@Service
@Transactional(readOnly = true)
class FeedService {

	/** Entries in a feed. */
	static final int ENTRIES = 50;

	private static final String CHANGES = """
			select rv.id, rv.record_type, rv.record_id, rv.action, rv.changed_at, d.title, d.slug, d.relation_slug,
			       d.text_language,
			       (select string_agg(c.field, chr(31) order by c.position)
			        from revision_change c where c.revision_id = rv.id) as fields
			from revision rv
			join public_record d on d.kind = rv.record_type and d.id = rv.record_id
			where rv.action in ('CREATED', 'UPDATED') {relation}
			order by rv.changed_at desc, rv.id desc
			limit :limit""";

	private final EntityManager entityManager;

	FeedService(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The latest changes to any public record, and when public records last changed. */
	Feed portal() {
		Instant changed = (Instant) this.entityManager
			.createNativeQuery("select changed_at from content_version", Instant.class)
			.getSingleResult();
		return new Feed(null, changed, changes(CHANGES.replace("{relation}", ""), null));
	}

	/**
	 * The latest changes to the records of one relation, by its canonical slug; empty for
	 * no such relation.
	 */
	Optional<Feed> relation(String slug) {
		@SuppressWarnings("unchecked")
		List<Tuple> found = this.entityManager.createNativeQuery("""
				select r.id, first_country.name as first_name, second_country.name as second_name,
				       (select changed_at from content_version) as changed_at
				from relation r
				join country first_country on first_country.code = r.first_country_code
				join country second_country on second_country.code = r.second_country_code
				where r.slug = :slug""", Tuple.class).setParameter("slug", slug).getResultList();
		return found.stream().findFirst().map((relation) -> {
			Long id = relation.get("id", Number.class).longValue();
			return new Feed(
					new Feed.Pair(slug, relation.get("first_name", String.class),
							relation.get("second_name", String.class)),
					relation.get("changed_at", Instant.class),
					changes(CHANGES.replace("{relation}", "and d.relation_id = :relation"), id));
		});
	}

	private List<Change> changes(String sql, Long relation) {
		var query = this.entityManager.createNativeQuery(sql, Tuple.class).setParameter("limit", ENTRIES);
		if (relation != null) {
			query.setParameter("relation", relation);
		}
		@SuppressWarnings("unchecked")
		List<Tuple> rows = query.getResultList();
		return rows.stream().map(FeedService::change).toList();
	}

	private static Change change(Tuple row) {
		String type = row.get("record_type", String.class);
		String fields = row.get("fields", String.class);
		return new Change(row.get("id", Number.class).longValue(), type,
				RecordLinks.of(type, row.get("record_id", Number.class).longValue(), row.get("slug", String.class),
						row.get("relation_slug", String.class)),
				row.get("title", String.class), row.get("text_language", String.class),
				"CREATED".equals(row.get("action", String.class)), row.get("changed_at", Instant.class),
				(fields != null) ? Arrays.asList(fields.split(RecordFields.PART)) : List.of());
	}

	/**
	 * What a feed shows.
	 *
	 * @param pair the relation of a relation's feed, or {@code null} for the portal's
	 * @param dataChanged when any public record last changed
	 * @param changes the latest changes, newest first
	 */
	record Feed(Pair pair, Instant dataChanged, List<Change> changes) {

		record Pair(String slug, String firstCountry, String secondCountry) {
		}

	}

}
