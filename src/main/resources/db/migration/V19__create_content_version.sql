-- The version of everything public pages show. Any statement that changes a table public pages
-- read raises it by one and announces the new value on the channel content_version, in the same
-- transaction: whether the change comes from an admin form, a migration or SQL typed by hand, every
-- portal instance learns of it when it commits, and keeps rendered pages only as long as they are
-- of the current version.
--
-- One row. Versions start from the time the table was created (in milliseconds), so a database
-- created anew never repeats the versions, and ETags, of an earlier one.
create table content_version (
    id         boolean primary key default true,
    version    bigint      not null,
    changed_at timestamptz not null,
    constraint content_version_id_check check (id)
);

insert into content_version (version, changed_at)
values ((extract(epoch from clock_timestamp()) * 1000)::bigint, clock_timestamp());

-- Once per statement, however many rows it touched. Concurrent edits queue on the one row, so each
-- commit announces a version no lower than any committed before it.
create function content_version_bump() returns trigger
    language plpgsql as
$$
declare
    current bigint;
begin
    update content_version set version = version + 1, changed_at = clock_timestamp() returning version into current;
    perform pg_notify('content_version', current::text);
    return null;
end;
$$;

-- Every table whose records public pages show. Not here: users, sessions, sign-in attempts and the
-- revision history, which only the editors' side reads. A table added later that public pages read
-- gets the same trigger in its own migration (ContentVersionTests checks that none is missed).
do
$$
declare
    public_table text;
begin
    foreach public_table in array array ['country', 'source', 'relation', 'person', 'accreditation',
        'event_participation', 'visit', 'visit_participant', 'agreement', 'trade_figure', 'cultural_centre']
        loop
            execute format('create trigger %I after insert or update or delete or truncate on %I '
                               'for each statement execute function content_version_bump()',
                           public_table || '_content_version', public_table);
        end loop;
end;
$$;
