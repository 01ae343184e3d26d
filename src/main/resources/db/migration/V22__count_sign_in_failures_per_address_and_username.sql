-- Failed sign-ins are also counted per client address and username together
-- (subject: the address, a space, the username), so that guessing at one account pauses only
-- the addresses the guesses came from; a username alone is no longer ever locked.
alter table sign_in_attempt drop constraint sign_in_attempt_kind_check;
alter table sign_in_attempt add constraint sign_in_attempt_kind_check
    check (kind in ('USERNAME', 'ADDRESS', 'ADDRESS_USERNAME'));
alter table sign_in_attempt alter column kind type varchar(20);
alter table sign_in_attempt alter column subject type varchar(200);
