package org.bilateral.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.bilateral.common.web.RecordLinks;
import org.bilateral.country.CountryNames;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches relations, visits, people, documents, heads of mission and cultural centres in
 * one statement, whatever the query and the page: PostgreSQL's full-text search over each
 * record's words without accents (every typed word as a prefix), or the trigram
 * similarity of its name or title for a word misspelled by a letter, through the
 * generated columns and indexes of the search migration. Results are ranked, counted and
 * paged in the database, and only the page's records are highlighted.
 */
@Service
@Transactional(readOnly = true)
class SearchService {

	/** Records on one page of results. */
	static final int PAGE_SIZE = 20;

	/** How the database marks the matching words of a text (see {@link Highlighted}). */
	private static final String HEADLINE = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)";

	private static final String SEARCH = """
			with hit as (
			  select 'relations' as type, r.id, r.slug, r.slug as relation_slug,
			         first_country.name || ' – ' || second_country.name as title, coalesce(r.summary, '') as body,
			         ts_rank(r.search_words, to_tsquery('search_words', :words)) + 1 as rank
			  from relation r
			  join country first_country on first_country.code = r.first_country_code
			  join country second_country on second_country.code = r.second_country_code
			  where r.search_words @@ to_tsquery('search_words', :words)
			  union all
			  select 'people', p.id, p.slug, null, p.name, '',
			         ts_rank(p.search_words, to_tsquery('search_words', :words)) + 1
			         + greatest(word_similarity(:similar, search_fold(p.name)), word_similarity(:latin, search_fold(p.name)))
			  from person p
			  where p.search_words @@ to_tsquery('search_words', :words)
			     or search_fold(p.name) %> :similar or search_fold(p.name) %> :latin
			  union all
			  select 'visits', v.id, v.slug, r.slug, v.title, concat_ws(' ', v.occasion, v.city, v.venue, v.description),
			         ts_rank(v.search_words, to_tsquery('search_words', :words))
			         + greatest(word_similarity(:similar, search_fold(v.title)), word_similarity(:latin, search_fold(v.title)))
			  from visit v join relation r on r.id = v.relation_id
			  where v.search_words @@ to_tsquery('search_words', :words)
			     or search_fold(v.title) %> :similar or search_fold(v.title) %> :latin
			  union all
			  select 'agreements', a.id, a.slug, r.slug, coalesce(a.title, a.sphere),
			         concat_ws(' ', case when a.title is not null then a.sphere end, a.type, a.signed_place),
			         ts_rank(a.search_words, to_tsquery('search_words', :words))
			         + greatest(word_similarity(:similar, search_fold(coalesce(a.title, a.sphere))),
			                    word_similarity(:latin, search_fold(coalesce(a.title, a.sphere))))
			  from agreement a join relation r on r.id = a.relation_id
			  where a.search_words @@ to_tsquery('search_words', :words)
			     or search_fold(coalesce(a.title, a.sphere)) %> :similar
			     or search_fold(coalesce(a.title, a.sphere)) %> :latin
			  union all
			  select 'ambassadors', a.id, null, r.slug, p.name || ', ' || a.title, concat_ws(' ', a.title, a.residence_city),
			         ts_rank(a.search_words || p.search_words, to_tsquery('search_words', :words))
			         + greatest(word_similarity(:similar, search_fold(p.name)), word_similarity(:latin, search_fold(p.name)))
			  from accreditation a join person p on p.id = a.person_id join relation r on r.id = a.relation_id
			  where a.id in (
			    select id from accreditation where search_words @@ to_tsquery('search_words', :words)
			    union
			    select found.id from accreditation found join person holder on holder.id = found.person_id
			    where holder.search_words @@ to_tsquery('search_words', :words)
			       or search_fold(holder.name) %> :similar or search_fold(holder.name) %> :latin)
			  union all
			  select 'cultural-centres', c.id, null, r.slug, c.name,
			         concat_ws(' ', c.city, c.region, c.supporting_mission, c.notes),
			         ts_rank(c.search_words, to_tsquery('search_words', :words))
			         + greatest(word_similarity(:similar, search_fold(c.name)), word_similarity(:latin, search_fold(c.name)))
			  from cultural_centre c join relation r on r.id = c.relation_id
			  where c.search_words @@ to_tsquery('search_words', :words)
			     or search_fold(c.name) %> :similar or search_fold(c.name) %> :latin
			),
			page as (
			  select hit.*, count(*) over () as total from hit
			  order by rank desc, type, id
			  limit :limit offset :offset
			)
			select page.type, page.id, page.slug, page.relation_slug, page.total,
			       ts_headline('search_words', page.title, to_tsquery('search_words', :words),
			                   'HighlightAll=true, ' || {headline}) as title,
			       case when page.body <> '' then ts_headline('search_words', page.body, to_tsquery('search_words', :words),
			                   'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … ", ' || {headline}) end as extract,
			       first_country.name || ' – ' || second_country.name as relation,
			       first_country.code as first_code, first_country.name as first_name,
			       second_country.code as second_code, second_country.name as second_name
			from page
			left join relation r on r.slug = page.relation_slug
			left join country first_country on first_country.code = r.first_country_code
			left join country second_country on second_country.code = r.second_country_code
			order by page.rank desc, page.type, page.id"""
		.replace("{headline}", HEADLINE);

	private final EntityManager entityManager;

	SearchService(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * One page of the records a query finds, or empty when there is no such page (the
	 * first page always exists, even with nothing found).
	 * @param query a query with words to search for
	 * @param page the page number, from 1
	 */
	Optional<SearchResults> search(SearchQuery query, int page) {
		@SuppressWarnings("unchecked")
		List<Tuple> rows = this.entityManager.createNativeQuery(SEARCH, Tuple.class)
			.setParameter("words", query.fullText())
			.setParameter("similar", query.similarText())
			.setParameter("latin", query.latinSimilarText())
			.setParameter("limit", PAGE_SIZE)
			.setParameter("offset", (long) (page - 1) * PAGE_SIZE)
			.getResultList();
		if (rows.isEmpty() && page > 1) {
			return Optional.empty();
		}
		long total = rows.isEmpty() ? 0 : rows.get(0).get("total", Number.class).longValue();
		List<String> folded = query.foldedWords();
		List<SearchHit> hits = rows.stream().map((row) -> hit(row, folded)).toList();
		return Optional.of(new SearchResults(hits, total, page, PAGE_SIZE));
	}

	/**
	 * A record found, its title marked where the full-text search matched, or else where
	 * a word is a letter away from a typed one (found by similarity).
	 */
	private static SearchHit hit(Tuple row, List<String> folded) {
		String type = row.get("type", String.class);
		String path = RecordLinks.of(type, row.get("id", Number.class).longValue(), row.get("slug", String.class),
				row.get("relation_slug", String.class));
		Highlighted title = Highlighted.parse(row.get("title", String.class));
		String relation = row.get("relation", String.class);
		Locale locale = LocaleContextHolder.getLocale();
		if (relation != null && !"en".equals(locale.getLanguage())) {
			relation = CountryNames.name(row.get("first_code", String.class), row.get("first_name", String.class),
					locale) + " – "
					+ CountryNames.name(row.get("second_code", String.class), row.get("second_name", String.class),
							locale);
			if (type.equals("relations")) {
				title = Highlighted.nearWords(relation, folded);
			}
		}
		if (!title.hasMatch()) {
			title = Highlighted.nearWords(title.text(), folded);
		}
		return new SearchHit(type, path, title, Highlighted.parse(row.get("extract", String.class)),
				type.equals("relations") ? null : relation);
	}

}
