-- ISO 3166-1 countries: reference data, loaded by a later migration and not edited through the portal.
create table country (
    code varchar(2)     primary key check (code ~ '^[A-Z]{2}$'),
    name varchar(100) not null,
    slug varchar(100) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
