-- Search over the public records. Words are matched by full-text search, without regard to accents
-- ("Baranao" finds "Barañao" and the other way round); names and titles are also matched by trigram
-- similarity, so a name misspelled by a letter ("Idrisov") still finds "Idrissov". Everything is
-- indexed by expression over the records' own columns: nothing is copied, so an edit is found at once.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- PostgreSQL's simple configuration (every word as it is, no stemming: names are in many languages),
-- with accents removed from each word.
create text search configuration search_words (copy = simple);
alter text search configuration search_words
    alter mapping for hword, hword_part, word with public.unaccent, simple;

-- A text without accents, for trigram matching. Immutable, so that indexes can use it: the unaccent
-- dictionary is named explicitly and does not depend on the search path.
create function search_fold(text) returns text
    language sql immutable parallel safe strict
as
$$
select public.unaccent('public.unaccent'::regdictionary, $1)
$$;

-- What each kind of record is found by: its words (title and description) and its name.
create index relation_search_words_idx on relation
    using gin (to_tsvector('search_words', replace(slug, '-', ' ') || ' ' || coalesce(summary, '')));

create index visit_search_words_idx on visit
    using gin (to_tsvector('search_words', title || ' ' || coalesce(occasion, '') || ' ' || coalesce(city, '') || ' '
        || coalesce(venue, '') || ' ' || coalesce(description, '')));
create index visit_search_name_idx on visit using gin (search_fold(title) public.gin_trgm_ops);

create index person_search_words_idx on person using gin (to_tsvector('search_words', name));
create index person_search_name_idx on person using gin (search_fold(name) public.gin_trgm_ops);

create index agreement_search_words_idx on agreement
    using gin (to_tsvector('search_words', coalesce(title, '') || ' ' || sphere || ' ' || coalesce(type, '') || ' '
        || coalesce(signed_place, '')));
create index agreement_search_name_idx on agreement
    using gin (search_fold(coalesce(title, sphere)) public.gin_trgm_ops);

create index accreditation_search_words_idx on accreditation
    using gin (to_tsvector('search_words', title || ' ' || coalesce(residence_city, '')));

create index cultural_centre_search_words_idx on cultural_centre
    using gin (to_tsvector('search_words', name || ' ' || city || ' ' || coalesce(region, '') || ' '
        || coalesce(supporting_mission, '') || ' ' || coalesce(notes, '')));
create index cultural_centre_search_name_idx on cultural_centre using gin (search_fold(name) public.gin_trgm_ops);
