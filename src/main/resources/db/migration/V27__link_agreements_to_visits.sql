-- The visit during which a document was signed, where the source says so.
alter table agreement add column visit_id bigint references visit (id);

create index agreement_visit_idx on agreement (visit_id);
