-- Every public record under the type name its revision history uses, with what a reader needs to
-- name and find it: its title, slug and relation. Feeds of changes join the revision history to it,
-- so they name records as they are now and leave out those that are gone.
create view public_record as
select 'relations' as kind, r.id, r.id as relation_id, r.slug as relation_slug,
       first_country.name || ' – ' || second_country.name as title, r.slug
from relation r
         join country first_country on first_country.code = r.first_country_code
         join country second_country on second_country.code = r.second_country_code
union all
select 'visits', v.id, v.relation_id, r.slug, v.title, v.slug
from visit v join relation r on r.id = v.relation_id
union all
select 'people', p.id, null, null, p.name, p.slug
from person p
union all
select 'agreements', a.id, a.relation_id, r.slug, coalesce(a.title, a.sphere), a.slug
from agreement a join relation r on r.id = a.relation_id
union all
select 'ambassadors', a.id, a.relation_id, r.slug, p.name || ', ' || a.title, null
from accreditation a join relation r on r.id = a.relation_id join person p on p.id = a.person_id
union all
select 'cultural-centres', c.id, c.relation_id, r.slug, c.name, null
from cultural_centre c join relation r on r.id = c.relation_id
union all
select 'events', e.id, e.relation_id, r.slug, e.event_name, null
from event_participation e join relation r on r.id = e.relation_id
union all
select 'trade-figures', t.id, t.relation_id, r.slug, t.year || ' (' || reporting.name || ')', null
from trade_figure t join relation r on r.id = t.relation_id join country reporting on reporting.code = t.reporting_country_code;

-- The latest changes first, for the feeds.
create index revision_latest_idx on revision (changed_at desc, id desc);
