package org.bilateral.visit;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.bilateral.common.web.SitemapEntry;
import org.bilateral.common.web.SitemapSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every visit's page for the sitemap, in one statement; a visit's page changes with the
 * visit, its participants, the event it took place during and its source.
 */
@Component
@Order(10)
class VisitSitemap implements SitemapSource {

	private final EntityManager entityManager;

	VisitSitemap(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> sitemapEntries() {
		@SuppressWarnings("unchecked")
		List<Tuple> visits = this.entityManager.createNativeQuery("""
				select v.id, v.slug,
				       greatest(v.updated_at, max(p.updated_at), max(e.updated_at), max(s.updated_at)) as updated
				from visit v
				left join visit_participant vp on vp.visit_id = v.id
				left join person p on p.id = vp.person_id
				left join event_participation e on e.id = v.event_participation_id
				left join source s on s.id = v.source_id
				group by v.id
				order by v.id""", Tuple.class).getResultList();
		return visits.stream()
			.map((visit) -> new SitemapEntry(
					"/visits/" + visit.get("id", Number.class).longValue() + "-" + visit.get("slug", String.class),
					visit.get("updated", Instant.class)))
			.toList();
	}

}
