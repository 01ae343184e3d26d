package org.bilateral;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A relation far larger than the seeded one, inserted with SQL for tests that show pages
 * stay bounded at any size: Iceland–Mongolia with 2,000 visits (two participants each,
 * one in ten during an event), 200 heads of mission, 200 documents, 200 trade figures,
 * 100 cultural centres and 50 events, citing 40 sources; and 150 more relations, so that
 * the list of relations runs to several pages. Every row it inserts is marked as its own
 * ({@code created_by}, or belonging to a visit so marked), and {@link #remove} deletes
 * exactly those rows.
 */
public final class LargeRelation {

	/** The pair page of the large relation. */
	public static final String PAIR = "/relations/iceland-mongolia";

	public static final int VISITS = 2000;

	public static final int AMBASSADORS = 200;

	public static final int AGREEMENTS = 200;

	public static final int TRADE_FIGURES = 200;

	public static final int CULTURAL_CENTRES = 100;

	public static final int EVENTS = 50;

	public static final int OTHER_RELATIONS = 150;

	static final String MARK = "large-relation-test";

	private LargeRelation() {
	}

	public static void insert(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into source (title, publisher, url, created_by, updated_by)
				select 'Synthetic test source ' || i, 'Synthetic test publisher', 'https://example.org/synthetic/' || i,
				       ?1, ?1
				from generate_series(1, 40) i""".replace("?1", quoted()));
		jdbc.update(
				"""
						insert into relation (first_country_code, second_country_code, slug, established_on, established_precision,
						                      summary, source_id, created_by, updated_by)
						select 'IS', 'MN', 'iceland-mongolia', '1974-01-01', 'YEAR', 'Synthetic relation for tests.', min(id), ?1, ?1
						from source where created_by = ?1"""
					.replace("?1", quoted()));
		jdbc.update("""
				insert into person (name, slug, created_by, updated_by)
				select 'Synthetic Person ' || i, 'synthetic-test-person-' || i, ?1, ?1 from generate_series(1, 300) i"""
			.replace("?1", quoted()));
		String relation = "(select id from relation where slug = 'iceland-mongolia')";
		String source = "(array(select id from source where created_by = ?1 order by id))[1 + i % 40]";
		jdbc.update(
				"""
						insert into event_participation (relation_id, event_name, short_name, host_country_code, city, starts_on,
						                                 starts_precision, participant_country_code, participation, notes,
						                                 source_id, created_by, updated_by)
						select RELATION, 'Synthetic International Exhibition number ' || i, 'Synthetic ' || i,
						       case when i % 2 = 0 then 'IS' else 'MN' end, 'Synthetic City ' || i, make_date(1950 + i, 1, 1),
						       'YEAR', case when i % 2 = 0 then 'MN' else 'IS' end, 'National pavilion',
						       'Synthetic notes on the participation, long enough to be like the real ones.', SOURCE, ?1, ?1
						from generate_series(1, 50) i"""
					.replace("RELATION", relation)
					.replace("SOURCE", source)
					.replace("?1", quoted()));
		jdbc.update("""
				insert into visit (relation_id, kind, title, slug, starts_on, starts_precision, host_country_code, city,
				                   occasion, event_participation_id, description, source_id, created_by, updated_by)
				select RELATION, 'OFFICIAL_VISIT',
				       'Synthetic visit number ' || i || ' of a minister of foreign affairs to the other country',
				       'synthetic-visit-' || i, date '1990-01-01' + i * 5, 'DAY',
				       case when i % 2 = 0 then 'IS' else 'MN' end, 'Synthetic City',
				       case when i % 10 = 0 then 'Synthetic summit' end,
				       case when i % 10 = 0 then (array(select id from event_participation where created_by = ?1
				                                        order by id))[1 + (i / 10) % 50] end,
				       repeat('A synthetic description of what happened during the visit. ', 6), SOURCE, ?1, ?1
				from generate_series(1, VISITS) i""".replace("RELATION", relation)
			.replace("SOURCE", source)
			.replace("VISITS", Integer.toString(VISITS))
			.replace("?1", quoted()));
		jdbc.update("""
				insert into visit_participant (visit_id, person_id, office, side_country_code, role, position)
				select v.id, p.id, 'Synthetic Minister of Foreign Affairs', case when k = 0 then 'IS' else 'MN' end,
				       'PRINCIPAL', k
				from visit v cross join generate_series(0, 1) k
				join person p on p.slug = 'synthetic-test-person-' || (1 + (v.id + k) % 300)
				where v.created_by = ?1""".replace("?1", quoted()));
		jdbc.update("""
				insert into accreditation (relation_id, person_id, sending_country_code, receiving_country_code, title,
				                           residence_city, residence_country_code, starts_on, starts_precision, ends_on,
				                           ends_precision, stated_on, source_id, created_by, updated_by)
				select RELATION, (select id from person where slug = 'synthetic-test-person-' || i),
				       case when i % 2 = 0 then 'IS' else 'MN' end, case when i % 2 = 0 then 'MN' else 'IS' end,
				       'Ambassador', 'Synthetic Capital', 'CN', date '1800-01-01' + i * 200, 'DAY',
				       case when i <= AMBASSADORS - 4 then date '1800-01-01' + i * 200 + 190 end,
				       case when i <= AMBASSADORS - 4 then 'DAY' end, date '2019-07-25', SOURCE, ?1, ?1
				from generate_series(1, AMBASSADORS) i""".replace("RELATION", relation)
			.replace("SOURCE", source)
			.replace("AMBASSADORS", Integer.toString(AMBASSADORS))
			.replace("?1", quoted()));
		jdbc.update(
				"""
						with created as (
						  insert into agreement (relation_id, title, slug, sphere, type, signed_place, position, source_id,
						                         created_by, updated_by)
						  select RELATION, 'Synthetic Agreement number ' || i || ' on cooperation in a sphere of common interest',
						         'synthetic-agreement-number-' || i || '-on-cooperation-in-a-sphere-of-common-interest',
						         'Synthetic sphere ' || (i % 12), 'Agreement', 'Synthetic City', i, SOURCE, ?1, ?1
						  from generate_series(1, AGREEMENTS) i
						  returning id, position, source_id)
						insert into agreement_step (agreement_id, stage, taken_on, taken_precision, source_id, created_by,
						                            updated_by)
						select id, 'SIGNED', date '1995-01-01' + position * 30, 'DAY', source_id, ?1, ?1 from created"""
					.replace("RELATION", relation)
					.replace("SOURCE", source)
					.replace("AGREEMENTS", Integer.toString(AGREEMENTS))
					.replace("?1", quoted()));
		jdbc.update(
				"""
						insert into trade_figure (relation_id, year, reporting_country_code, partner_country_code, export_value,
						                          import_value, turnover_value, source_id, created_by, updated_by)
						select RELATION, 1900 + i / 2, case when i % 2 = 0 then 'IS' else 'MN' end,
						       case when i % 2 = 0 then 'MN' else 'IS' end, 10 + i % 17, 20 + i % 23, 30 + i % 40, SOURCE, ?1, ?1
						from generate_series(2, TRADE + 1) i"""
					.replace("RELATION", relation)
					.replace("SOURCE", source)
					.replace("TRADE", Integer.toString(TRADE_FIGURES))
					.replace("?1", quoted()));
		jdbc.update("""
				insert into cultural_centre (relation_id, name, city, region, country_code, opened_on, opened_precision,
				                             supporting_mission, notes, source_id, created_by, updated_by)
				select RELATION, 'Synthetic Cultural Centre number ' || i, 'Synthetic City', 'Synthetic Region',
				       case when i % 2 = 0 then 'IS' else 'MN' end, make_date(1900 + i, 1 + i % 12, 1), 'MONTH',
				       'Synthetic Embassy', 'Synthetic notes on the centre.', SOURCE, ?1, ?1
				from generate_series(1, CENTRES) i""".replace("RELATION", relation)
			.replace("SOURCE", source)
			.replace("CENTRES", Integer.toString(CULTURAL_CENTRES))
			.replace("?1", quoted()));
		jdbc.update("""
				insert into relation (first_country_code, second_country_code, slug, created_by, updated_by)
				select a.code, b.code, a.slug || '-' || b.slug, ?1, ?1
				from country a join country b on a.slug < b.slug
				where a.code not in ('AR', 'KZ', 'IS', 'MN') and b.code not in ('AR', 'KZ', 'IS', 'MN')
				  and not exists (select 1 from relation r
				                  where r.first_country_code = a.code and r.second_country_code = b.code)
				order by a.slug, b.slug
				limit OTHERS""".replace("OTHERS", Integer.toString(OTHER_RELATIONS)).replace("?1", quoted()));
	}

	public static void remove(JdbcTemplate jdbc) {
		String mark = quoted();
		jdbc.update("delete from visit_participant where visit_id in (select id from visit where created_by = " + mark
				+ ")");
		for (String table : new String[] { "visit", "accreditation", "agreement_step", "agreement", "trade_figure",
				"cultural_centre", "event_participation", "relation", "person", "source" }) {
			jdbc.update("delete from " + table + " where created_by = " + mark);
		}
	}

	private static String quoted() {
		return "'" + MARK + "'";
	}

}
