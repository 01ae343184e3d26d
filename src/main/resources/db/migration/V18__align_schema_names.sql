-- One naming scheme for the whole schema, so that a name says what a column holds and a violated
-- constraint can be traced to the form field it guards.
--
-- Columns (what most tables already used):
--   * a calendar date ends in _on: accessed_on, signed_on, stated_on;
--   * a partial date is two columns with one stem: <stem>_on (the date, truncated) and
--     <stem>_precision ('YEAR', 'MONTH' or 'DAY'): established_on / established_precision;
--   * a range of partial dates is starts_on / starts_precision and ends_on / ends_precision;
--   * an instant (timestamp) ends in _at: created_at, changed_at, window_starts_at; nothing else
--     does (the place an agreement was signed is signed_place);
--   * an amount ends in _value and its unit is the row's unit column: export_value, turnover_value.
--
-- Constraints:
--   * primary key         <table>_pkey
--   * foreign key         <table>_<column>_fkey
--   * unique              <table>_<column>[_<column>...]_key
--   * check on one column <table>_<column>_check; a partial date's check is named after its date
--     column (visit_starts_on_check)
--   * any other check     <table>_<what>_check: <table>_distinct_countries_check (the two countries of
--     a row differ), <table>_date_order_check (a range does not end before it starts)
--   The relation trigger reports its violations under relation_canonical_order_check and
--   relation_slug_check.
--
-- Indexes: <table>_<what>_idx; every foreign-key column leads an index, so deleting or looking up
-- the referenced row never scans the referencing table.
--
-- Spring Session's tables keep their library's columns; only their constraints follow the scheme.

-- Dates: the head of mission's tenure is a range like every other, and the source's claim date is a date.
alter table accreditation rename column from_on to starts_on;
alter table accreditation rename column from_precision to starts_precision;
alter table accreditation rename column to_on to ends_on;
alter table accreditation rename column to_precision to ends_precision;
alter table accreditation rename column as_of to stated_on;

-- Instants.
alter table sign_in_attempt rename column window_start to window_starts_at;
alter table sign_in_attempt rename column locked_until to lock_ends_at;
alter index sign_in_attempt_window_start_idx rename to sign_in_attempt_window_starts_at_idx;

-- A place is not an instant.
alter table agreement rename column signed_at to signed_place;

-- Amounts.
alter table trade_figure rename column turnover to turnover_value;

-- Check constraints PostgreSQL had named <table>_check, <table>_check1, ...
alter table relation rename constraint relation_check to relation_distinct_countries_check;
alter table relation rename constraint relation_check1 to relation_established_on_check;

alter table accreditation rename constraint accreditation_check to accreditation_distinct_countries_check;
alter table accreditation rename constraint accreditation_check1 to accreditation_starts_on_check;
alter table accreditation rename constraint accreditation_check2 to accreditation_ends_on_check;
alter table accreditation rename constraint accreditation_check3 to accreditation_date_order_check;

alter table event_participation rename constraint event_participation_check to event_participation_starts_on_check;
alter table event_participation rename constraint event_participation_check1 to event_participation_ends_on_check;
alter table event_participation rename constraint event_participation_check2 to event_participation_date_order_check;

alter table visit rename constraint visit_check to visit_starts_on_check;
alter table visit rename constraint visit_check1 to visit_ends_on_check;
alter table visit rename constraint visit_check2 to visit_date_order_check;

alter table agreement rename constraint agreement_check to agreement_signed_on_check;
alter table agreement rename constraint agreement_check1 to agreement_in_force_on_check;

alter table trade_figure rename constraint trade_figure_check to trade_figure_distinct_countries_check;
alter table trade_figure rename constraint trade_figure_turnover_check to trade_figure_turnover_value_check;

alter table cultural_centre rename constraint cultural_centre_check to cultural_centre_opened_on_check;

-- Spring Session's constraints, named in its own style.
alter table spring_session rename constraint spring_session_pk to spring_session_pkey;
alter table spring_session_attributes rename constraint spring_session_attributes_pk to spring_session_attributes_pkey;
alter table spring_session_attributes rename constraint spring_session_attributes_fk
    to spring_session_attributes_session_primary_id_fkey;

-- The relation trigger names the rule a row breaks, as a constraint would.
create or replace function relation_check_canonical_order() returns trigger
    language plpgsql as
$$
declare
    first_slug  varchar;
    second_slug varchar;
begin
    select slug into first_slug from country where code = new.first_country_code;
    select slug into second_slug from country where code = new.second_country_code;
    if first_slug >= second_slug then
        raise exception 'relation % - % is not in canonical order', first_slug, second_slug
            using errcode = 'check_violation', table = 'relation', constraint = 'relation_canonical_order_check';
    end if;
    if new.slug <> first_slug || '-' || second_slug then
        raise exception 'relation slug must be %', first_slug || '-' || second_slug
            using errcode = 'check_violation', table = 'relation', column = 'slug',
                  constraint = 'relation_slug_check';
    end if;
    return new;
end;
$$;

-- Foreign-key columns without an index of their own.
create index relation_second_country_idx on relation (second_country_code);
create index relation_source_idx on relation (source_id);

create index accreditation_sending_country_idx on accreditation (sending_country_code);
create index accreditation_receiving_country_idx on accreditation (receiving_country_code);
create index accreditation_residence_country_idx on accreditation (residence_country_code);
create index accreditation_source_idx on accreditation (source_id);

create index event_participation_host_country_idx on event_participation (host_country_code);
create index event_participation_participant_country_idx on event_participation (participant_country_code);
create index event_participation_source_idx on event_participation (source_id);

create index visit_event_participation_idx on visit (event_participation_id);
create index visit_host_country_idx on visit (host_country_code);
create index visit_source_idx on visit (source_id);

create index visit_participant_side_country_idx on visit_participant (side_country_code);

create index agreement_source_idx on agreement (source_id);

create index trade_figure_reporting_country_idx on trade_figure (reporting_country_code);
create index trade_figure_partner_country_idx on trade_figure (partner_country_code);
create index trade_figure_source_idx on trade_figure (source_id);

create index cultural_centre_country_idx on cultural_centre (country_code);
create index cultural_centre_source_idx on cultural_centre (source_id);
