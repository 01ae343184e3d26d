-- Every document gets a page at /agreements/{id}-{slug}, like visits. The slug is made from the title,
-- or from the sphere when the source names only the sphere; the id alone decides which document it is.
alter table agreement add column slug varchar(300);

update agreement
set slug = coalesce(nullif(trim(both '-' from regexp_replace(lower(coalesce(title, sphere)), '[^a-z0-9]+', '-', 'g')), ''),
                    'document');

alter table agreement
    alter column slug set not null,
    add constraint agreement_slug_check check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
