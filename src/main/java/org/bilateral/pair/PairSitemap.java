package org.bilateral.pair;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.bilateral.common.web.SitemapEntry;
import org.bilateral.common.web.SitemapSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pages of relations for the sitemap: every page of the list of relations, and for
 * each relation its pair page and every page of each section that has records (the pair
 * page links only those), in one statement. A section page changes with its records and
 * with the relation; the pair page with any of them; the list with the relations.
 */
@Component
@Order(0)
class PairSitemap implements SitemapSource {

	private static final List<Section> SECTIONS = List.of(Section.VISITS, Section.AMBASSADORS, Section.AGREEMENTS,
			Section.TRADE, Section.CULTURAL_CENTRES, Section.EVENTS);

	private final EntityManager entityManager;

	PairSitemap(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> sitemapEntries() {
		@SuppressWarnings("unchecked")
		List<Tuple> relations = this.entityManager
			.createNativeQuery(
					"""
							select r.slug, r.updated_at as relation_updated,
							       (select count(*) from visit where relation_id = r.id) as visits_count,
							       (select max(updated_at) from visit where relation_id = r.id) as visits_updated,
							       (select count(*) from accreditation where relation_id = r.id) as ambassadors_count,
							       (select max(updated_at) from accreditation where relation_id = r.id) as ambassadors_updated,
							       (select count(*) from agreement where relation_id = r.id) as agreements_count,
							       (select max(updated_at) from agreement where relation_id = r.id) as agreements_updated,
							       (select count(*) from trade_figure where relation_id = r.id) as trade_count,
							       (select max(updated_at) from trade_figure where relation_id = r.id) as trade_updated,
							       (select count(*) from cultural_centre where relation_id = r.id) as cultural_centres_count,
							       (select max(updated_at) from cultural_centre where relation_id = r.id) as cultural_centres_updated,
							       (select count(*) from event_participation where relation_id = r.id) as events_count,
							       (select max(updated_at) from event_participation where relation_id = r.id) as events_updated
							from relation r
							join country first_country on first_country.code = r.first_country_code
							join country second_country on second_country.code = r.second_country_code
							order by first_country.name, second_country.name, r.id""",
					Tuple.class)
			.getResultList();
		List<SitemapEntry> entries = new ArrayList<>();
		Instant listUpdated = relations.stream()
			.map((relation) -> relation.get("relation_updated", Instant.class))
			.max(Instant::compareTo)
			.orElse(null);
		int listPages = Math.max(1, pages(relations.size(), PairService.RELATIONS_PER_PAGE));
		for (int page = 1; page <= listPages; page++) {
			entries.add(new SitemapEntry(new Pagination(page, listPages, "/").href(page), listUpdated));
		}
		for (Tuple relation : relations) {
			String path = "/relations/" + relation.get("slug", String.class);
			Instant relationUpdated = relation.get("relation_updated", Instant.class);
			List<SitemapEntry> sections = new ArrayList<>();
			Instant pairUpdated = relationUpdated;
			for (Section section : SECTIONS) {
				String column = section.suffix().substring(1).replace('-', '_');
				long count = relation.get(column + "_count", Number.class).longValue();
				if (count == 0) {
					continue;
				}
				Instant updated = latest(relationUpdated, relation.get(column + "_updated", Instant.class));
				pairUpdated = latest(pairUpdated, updated);
				int last = Math.max(1, pages(count, section.pageSize()));
				Pagination pagination = new Pagination(1, last, path + section.suffix());
				for (int page = 1; page <= last; page++) {
					sections.add(new SitemapEntry(pagination.href(page), updated));
				}
			}
			entries.add(new SitemapEntry(path, pairUpdated));
			entries.addAll(sections);
		}
		return entries;
	}

	private static int pages(long count, int pageSize) {
		return (int) ((count + pageSize - 1) / pageSize);
	}

	private static Instant latest(Instant a, Instant b) {
		return (b == null || (a != null && a.isAfter(b))) ? a : b;
	}

}
