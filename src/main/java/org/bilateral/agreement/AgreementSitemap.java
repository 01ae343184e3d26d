package org.bilateral.agreement;

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
 * Every document's page for the sitemap, in one statement; a document's page changes with
 * the document, its source, its steps and the visit it was signed during.
 */
@Component
@Order(30)
class AgreementSitemap implements SitemapSource {

	private final EntityManager entityManager;

	AgreementSitemap(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> sitemapEntries() {
		@SuppressWarnings("unchecked")
		List<Tuple> agreements = this.entityManager.createNativeQuery("""
				select a.id, a.slug, greatest(a.updated_at, s.updated_at, v.updated_at, st.updated_at) as updated
				from agreement a
				left join source s on s.id = a.source_id
				left join visit v on v.id = a.visit_id
				left join lateral (select max(updated_at) as updated_at from agreement_step
				                   where agreement_id = a.id) st on true
				order by a.id""", Tuple.class).getResultList();
		return agreements.stream()
			.map((agreement) -> new SitemapEntry("/agreements/" + agreement.get("id", Number.class).longValue() + "-"
					+ agreement.get("slug", String.class), agreement.get("updated", Instant.class)))
			.toList();
	}

}
