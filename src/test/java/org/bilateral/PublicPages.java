package org.bilateral;

import java.util.ArrayList;
import java.util.List;

import org.bilateral.common.web.Language;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page a reader can open without signing in, so that validity and accessibility
 * checks cover them all: the list of relations, the country-pair page and each of its
 * sections, every visit, person and document of the pair, search results (with matches
 * marked, with nothing found, and for nothing typed), and the page for an address that
 * does not exist; each in English and in every other {@link Language}.
 */
public final class PublicPages {

	/** The country-pair page. */
	public static final String PAIR = "/relations/argentina-kazakhstan";

	/** An address with no page behind it, answered with the site's 404 page. */
	public static final String NOT_FOUND = "/no-such-page";

	/** Search results, with matches highlighted and several kinds of record. */
	public static final String SEARCH = "/search?q=Baranao+Kazakhstan";

	private static final List<String> SECTIONS = List.of("visits", "ambassadors", "agreements", "trade",
			"cultural-centres", "events");

	private PublicPages() {
	}

	/**
	 * The addresses of all public pages, visits in the order the pair page lists them.
	 * @param jdbc the test database
	 * @return paths starting with {@code /}
	 */
	public static List<String> paths(JdbcTemplate jdbc) {
		List<String> paths = new ArrayList<>();
		paths.add("/");
		paths.add(PAIR);
		SECTIONS.forEach((section) -> paths.add(PAIR + "/" + section));
		paths.addAll(visits(jdbc));
		paths.addAll(people(jdbc));
		paths.addAll(agreements(jdbc));
		paths.add(SEARCH);
		paths.add("/search?q=qxzvbnmwpl");
		paths.add("/search");
		paths.add(NOT_FOUND);
		return paths;
	}

	/**
	 * The addresses of all public pages in every language: English first, then each
	 * translation under its prefix ({@code /es/relations/...}).
	 * @param jdbc the test database
	 * @return paths starting with {@code /}
	 */
	public static List<String> pathsInEveryLanguage(JdbcTemplate jdbc) {
		List<String> english = paths(jdbc);
		List<String> paths = new ArrayList<>();
		for (Language language : Language.values()) {
			english.forEach((path) -> paths.add(in(language, path)));
		}
		return paths;
	}

	/**
	 * A page's address in a language.
	 * @param language the language
	 * @param path the page's English address
	 * @return the address of the same page in that language
	 */
	public static String in(Language language, String path) {
		return language.prefix() + path;
	}

	/**
	 * The address of every visit of the pair, as a shared link would carry it.
	 * @param jdbc the test database
	 * @return paths of the form {@code /visits/{id}-{slug}}
	 */
	public static List<String> visits(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				select '/visits/' || v.id || '-' || v.slug
				from visit v join relation r on r.id = v.relation_id
				where r.slug = 'argentina-kazakhstan'
				order by v.starts_on, v.id""", String.class);
	}

	/**
	 * The address of every person named in the pair's records.
	 * @param jdbc the test database
	 * @return paths of the form {@code /people/{id}-{slug}}
	 */
	public static List<String> people(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				select '/people/' || p.id || '-' || p.slug from person p
				where p.id in (select a.person_id from accreditation a join relation r on r.id = a.relation_id
				               where r.slug = 'argentina-kazakhstan'
				               union
				               select vp.person_id from visit_participant vp join visit v on v.id = vp.visit_id
				               join relation r on r.id = v.relation_id where r.slug = 'argentina-kazakhstan')
				order by p.name, p.id""", String.class);
	}

	/**
	 * The address of every document of the pair's legal framework.
	 * @param jdbc the test database
	 * @return paths of the form {@code /agreements/{id}-{slug}}
	 */
	public static List<String> agreements(JdbcTemplate jdbc) {
		return jdbc.queryForList("""
				select '/agreements/' || a.id || '-' || a.slug
				from agreement a join relation r on r.id = a.relation_id
				where r.slug = 'argentina-kazakhstan'
				order by a.position, a.id""", String.class);
	}

}
