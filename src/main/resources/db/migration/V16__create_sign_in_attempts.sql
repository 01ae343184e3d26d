-- Failed sign-ins counted per username and per client address, kept in the database so that every
-- portal instance sees the same counts. One row per username or address: the failures since the
-- window started, and when a lock, if any, ends.
create table sign_in_attempt (
    kind            varchar(10)  not null check (kind in ('USERNAME', 'ADDRESS')),
    subject         varchar(100) not null,
    failures        integer      not null check (failures > 0),
    window_start    timestamptz  not null,
    locked_until    timestamptz,
    primary key (kind, subject)
);

create index sign_in_attempt_window_start_idx on sign_in_attempt (window_start);
