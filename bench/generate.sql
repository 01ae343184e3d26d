-- Synthetic records for the benchmark, at scale :scale (run by bench/generate after the migrations).
-- Scale 1 is the seed alone. At scale S there are S pairs: the seeded Argentina–Kazakhstan, which
-- grows by 6(S-1) visits, 2(S-1) past heads of mission, 4(S-1) documents, up to 2 × 118 trade
-- figures, S-1 cultural centres and (S-1)/10 events; and S-1 synthetic pairs shaped like the seed
-- (6 visits, 2 heads of mission, 4 documents, 1 trade figure, 1 cultural centre, 1 event each).
-- Every record cites the source "Synthetic benchmark data — not real"; titles start with "Synthetic".
\set ON_ERROR_STOP on
begin;

insert into source (title, publisher, created_by, updated_by)
values ('Synthetic benchmark data — not real', 'Bilateral benchmark generator (bench/generate)', 'bench', 'bench');
create temporary table bench_source as select max(id) as id from source where created_by = 'bench';
create temporary table big as select id, first_country_code as first, second_country_code as second
                             from relation where slug = 'argentina-kazakhstan';
select (:scale - 1) as n \gset

-- The synthetic pairs, in canonical order, from the ISO countries already seeded.
insert into relation (first_country_code, second_country_code, slug, established_on, established_precision,
                      summary, source_id, created_by, updated_by)
select a.code, b.code, a.slug || '-' || b.slug, make_date(1950 + (row_number() over () % 70)::int, 1, 1), 'YEAR',
       'Synthetic relation made for the benchmark; not real.', (select id from bench_source), 'bench', 'bench'
from country a join country b on a.slug < b.slug
where not exists (select 1 from relation r where r.first_country_code = a.code and r.second_country_code = b.code)
order by a.slug, b.slug
limit :n;
create temporary table pairs as select id, first_country_code as first, second_country_code as second
                               from relation where created_by = 'bench';

-- People: enough for two participants per visit and one person per head of mission.
insert into person (name, slug, created_by, updated_by)
select 'Synthetic Person ' || i, 'synthetic-person-' || i, 'bench', 'bench'
from generate_series(1, case when :n = 0 then 0 else greatest(12, 3 * :n) end) i;
create temporary table people as select row_number() over (order by id) - 1 as pos, id from person where created_by = 'bench';
create index on people (pos);
select count(*) as people_count from people \gset

-- Events: one per synthetic pair, one per ten visits of the big pair.
insert into event_participation (relation_id, event_name, short_name, host_country_code, city, starts_on,
                                 starts_precision, participant_country_code, participation, notes, source_id,
                                 created_by, updated_by)
select p.id, 'Synthetic International Exhibition ' || p.id, 'Synthetic Expo ' || p.id, p.first, 'Synthetic City',
       make_date(2000 + (p.id % 20)::int, 1, 1), 'YEAR', p.second, 'National pavilion',
       'Synthetic participation, not real.', (select id from bench_source), 'bench', 'bench'
from pairs p
union all
select big.id, 'Synthetic International Exhibition number ' || i, 'Synthetic Expo ' || i,
       case when i % 2 = 0 then big.first else big.second end, 'Synthetic City',
       make_date(1900 + (i % 120), 1, 1), 'YEAR', case when i % 2 = 0 then big.second else big.first end,
       'National pavilion', 'Synthetic participation, not real.', (select id from bench_source), 'bench', 'bench'
from big cross join generate_series(1, (:n + 9) / 10) i;

-- Visits: six per synthetic pair, 6(S-1) in the big pair, one in ten of these during an event.
insert into visit (relation_id, kind, title, slug, starts_on, starts_precision, host_country_code, city, occasion,
                   event_participation_id, description, source_id, created_by, updated_by)
select p.id, 'OFFICIAL_VISIT', 'Synthetic visit ' || k || ' of a minister of foreign affairs',
       'synthetic-visit-' || p.id || '-' || k, date '1995-01-01' + ((p.id * 7 + k * 613) % 9000)::int, 'DAY',
       case when k % 2 = 0 then p.first else p.second end, 'Synthetic City', null, null,
       'Synthetic description of a visit that never happened, as long as a real one: talks on political dialogue, trade and culture.',
       (select id from bench_source), 'bench', 'bench'
from pairs p cross join generate_series(1, 6) k
union all
select big.id, (array['OFFICIAL_VISIT', 'WORKING_VISIT', 'VISIT', 'MEETING_AT_SUMMIT', 'CONSULTATIONS'])[1 + i % 5],
       'Synthetic visit number ' || i || ' of a minister to the other country',
       'synthetic-visit-number-' || i, date '1994-01-01' + (i * 9000 / greatest(6 * :n, 1))::int, 'DAY',
       case when i % 2 = 0 then big.first else big.second end, 'Synthetic City',
       case when i % 10 = 0 then 'Synthetic summit' end,
       case when i % 10 = 0 then (select e.id from event_participation e
                                  where e.relation_id = big.id and e.short_name = 'Synthetic Expo ' || (1 + (i / 10 - 1) % ((:n + 9) / 10))) end,
       'Synthetic description of a visit that never happened, as long as a real one: talks on political dialogue, trade and culture.',
       (select id from bench_source), 'bench', 'bench'
from big cross join generate_series(1, 6 * :n) i;

insert into visit_participant (visit_id, person_id, office, side_country_code, role, position)
select v.id, pe.id, 'Synthetic Minister of Foreign Affairs', case when k = 0 then r.first_country_code else r.second_country_code end,
       'PRINCIPAL', k
from visit v join relation r on r.id = v.relation_id cross join generate_series(0, 1) k
join people pe on pe.pos = (v.id * 2 + k) % :people_count
where v.created_by = 'bench';

-- Heads of mission: the synthetic pairs' current ones; in the big pair, former ones whose tenures ended.
insert into accreditation (relation_id, person_id, sending_country_code, receiving_country_code, title,
                           residence_city, starts_on, starts_precision, ends_on, ends_precision, stated_on, source_id,
                           created_by, updated_by)
select p.id, (select id from people where pos = (p.id * 2 + s) % :people_count),
       case when s = 0 then p.first else p.second end, case when s = 0 then p.second else p.first end,
       'Ambassador', 'Synthetic Capital', make_date(2010 + (p.id % 10)::int, 1, 1), 'YEAR', null, null,
       date '2019-07-25', (select id from bench_source), 'bench', 'bench'
from pairs p cross join generate_series(0, 1) s
union all
select big.id, (select id from people where pos = i % :people_count),
       case when i % 2 = 0 then big.first else big.second end, case when i % 2 = 0 then big.second else big.first end,
       'Ambassador', 'Synthetic Capital', date '1901-01-01' + ((i * 36000) / greatest(2 * :n, 1))::int, 'DAY',
       date '1901-01-01' + ((i * 36000) / greatest(2 * :n, 1))::int + 300, 'DAY', date '2019-07-25',
       (select id from bench_source), 'bench', 'bench'
from big cross join generate_series(1, 2 * :n) i;

-- Documents, each signed (a step of its lifecycle).
insert into agreement (relation_id, title, slug, sphere, type, signed_place, position,
                       source_id, created_by, updated_by)
select p.id, 'Synthetic Agreement ' || k || ' on cooperation', 'synthetic-agreement-' || k || '-on-cooperation',
       'Synthetic sphere ' || k, 'Agreement', 'Synthetic City', k, (select id from bench_source), 'bench', 'bench'
from pairs p cross join generate_series(1, 4) k
union all
select big.id, 'Synthetic Agreement number ' || i || ' on cooperation in a sphere of common interest',
       'synthetic-agreement-number-' || i || '-on-cooperation-in-a-sphere-of-common-interest', 'Synthetic sphere ' || (i % 12), 'Agreement',
       'Synthetic City', 10 + i, (select id from bench_source), 'bench', 'bench'
from big cross join generate_series(1, 4 * :n) i;

insert into agreement_step (agreement_id, stage, taken_on, taken_precision, source_id, created_by, updated_by)
select a.id, 'SIGNED',
       case when a.position < 10 then make_date(2000 + a.position, 1 + a.position, 1)
            else date '1950-01-01' + (((a.position - 10) * 25000) / greatest(4 * :n, 1))::int end,
       case when a.position < 10 then 'MONTH' else 'DAY' end,
       (select id from bench_source), 'bench', 'bench'
from agreement a where a.created_by = 'bench';

-- Trade figures: 2018 for each synthetic pair; in the big pair, from 1900 on, as reported by each side.
insert into trade_figure (relation_id, year, reporting_country_code, partner_country_code, export_value, import_value,
                          turnover_value, source_id, created_by, updated_by)
select p.id, 2018, p.first, p.second, 1 + p.id % 50, 2 + p.id % 70, 3 + p.id % 120, (select id from bench_source), 'bench', 'bench'
from pairs p
union all
select big.id, 1900 + y, case when s = 0 then big.first else big.second end, case when s = 0 then big.second else big.first end,
       1 + y % 17, 2 + y % 23, 3 + y % 40, (select id from bench_source), 'bench', 'bench'
from big cross join generate_series(0, least(:n, 118) - 1) y cross join generate_series(0, 1) s;

-- Cultural centres.
insert into cultural_centre (relation_id, name, city, region, country_code, opened_on, opened_precision,
                             supporting_mission, notes, source_id, created_by, updated_by)
select p.id, 'Synthetic Cultural Centre ' || p.id, 'Synthetic City', 'Synthetic Region', p.second,
       make_date(2000 + (p.id % 20)::int, 1 + (p.id % 12)::int, 1), 'MONTH', 'Synthetic Embassy',
       'Synthetic centre, not real.', (select id from bench_source), 'bench', 'bench'
from pairs p
union all
select big.id, 'Synthetic Cultural Centre number ' || i, 'Synthetic City', 'Synthetic Region',
       case when i % 2 = 0 then big.first else big.second end,
       date '1900-01-01' + ((i * 40000) / greatest(:n, 1))::int, 'DAY', 'Synthetic Embassy',
       'Synthetic centre, not real.', (select id from bench_source), 'bench', 'bench'
from big cross join generate_series(1, :n) i;

commit;
