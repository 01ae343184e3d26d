package org.bilateral.person;

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
 * Every person's page for the sitemap, in one statement; a person's page changes with the
 * person, their postings as head of mission and the visits they took part in.
 */
@Component
@Order(20)
class PersonSitemap implements SitemapSource {

	private final EntityManager entityManager;

	PersonSitemap(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> sitemapEntries() {
		@SuppressWarnings("unchecked")
		List<Tuple> people = this.entityManager.createNativeQuery("""
				select p.id, p.slug,
				       greatest(p.updated_at,
				                (select max(a.updated_at) from accreditation a where a.person_id = p.id),
				                (select max(v.updated_at) from visit_participant vp join visit v on v.id = vp.visit_id
				                 where vp.person_id = p.id)) as updated
				from person p
				order by p.id""", Tuple.class).getResultList();
		return people.stream()
			.map((person) -> new SitemapEntry(
					"/people/" + person.get("id", Number.class).longValue() + "-" + person.get("slug", String.class),
					person.get("updated", Instant.class)))
			.toList();
	}

}
