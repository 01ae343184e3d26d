-- The public records as V30 names them, with the language each one's texts are written in, so that
-- a feed marks each entry with it. Relations are named by their countries and trade figures by their
-- year, both in the portal's own words: English.
create or replace view public_record as
select 'relations' as kind, r.id, r.id as relation_id, r.slug as relation_slug,
       first_country.name || ' – ' || second_country.name as title, r.slug, 'en'::varchar as text_language
from relation r
         join country first_country on first_country.code = r.first_country_code
         join country second_country on second_country.code = r.second_country_code
union all
select 'visits', v.id, v.relation_id, r.slug, v.title, v.slug, v.text_language
from visit v join relation r on r.id = v.relation_id
union all
select 'people', p.id, null, null, p.name, p.slug, p.text_language
from person p
union all
select 'agreements', a.id, a.relation_id, r.slug, coalesce(a.title, a.sphere), a.slug, a.text_language
from agreement a join relation r on r.id = a.relation_id
union all
select 'ambassadors', a.id, a.relation_id, r.slug, p.name || ', ' || a.title, null, a.text_language
from accreditation a join relation r on r.id = a.relation_id join person p on p.id = a.person_id
union all
select 'cultural-centres', c.id, c.relation_id, r.slug, c.name, null, c.text_language
from cultural_centre c join relation r on r.id = c.relation_id
union all
select 'events', e.id, e.relation_id, r.slug, e.event_name, null, e.text_language
from event_participation e join relation r on r.id = e.relation_id
union all
select 'trade-figures', t.id, t.relation_id, r.slug, t.year || ' (' || reporting.name || ')', null, 'en'
from trade_figure t join relation r on r.id = t.relation_id join country reporting on reporting.code = t.reporting_country_code;
