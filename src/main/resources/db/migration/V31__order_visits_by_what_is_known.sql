-- A visit known only to its year or month is never listed as if it were on the first day of it.
-- Lists sort visits by the last day their date could be (known_by_on): "2017" after every visit
-- known to a day of 2017, "November 2014" after every day of November 2014, each marked on the page
-- as not dated more precisely. The column follows the stored date, so no edit can leave it behind.
alter table visit
    add column known_by_on date generated always as (
        case starts_precision
            when 'YEAR' then (starts_on + interval '1 year' - interval '1 day')::date
            when 'MONTH' then (starts_on + interval '1 month' - interval '1 day')::date
            else starts_on
            end) stored;

create index visit_relation_known_by_idx on visit (relation_id, known_by_on);
