-- The public pages read a relation's records a page at a time, latest first: these indexes let the
-- database find one page, and the visits during an event, without reading the whole relation.
create index visit_relation_latest_idx on visit (relation_id, starts_on desc, starts_precision, id desc);
create index visit_event_idx on visit (event_participation_id, starts_on desc, id desc)
    where event_participation_id is not null;
create index agreement_relation_order_idx on agreement (relation_id, position, sphere, id);
create index cultural_centre_relation_latest_idx on cultural_centre (relation_id, opened_on desc nulls last, name, id);
create index event_participation_relation_latest_idx on event_participation (relation_id, starts_on desc nulls last, id desc);
create index accreditation_relation_side_idx on accreditation (relation_id, sending_country_code, ends_on, starts_on);
-- When a relation's records last changed, read from the end of an index rather than from every record.
create index visit_relation_updated_idx on visit (relation_id, updated_at);
create index accreditation_relation_updated_idx on accreditation (relation_id, updated_at);
create index agreement_relation_updated_idx on agreement (relation_id, updated_at);
create index cultural_centre_relation_updated_idx on cultural_centre (relation_id, updated_at);
