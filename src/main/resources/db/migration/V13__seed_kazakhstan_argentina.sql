-- Kazakhstan–Argentina, from the Ministry of Foreign Affairs of the Republic of Kazakhstan's page
-- "Cooperation between the Republic of Kazakhstan and the Argentine Republic"
-- (created 9 April 2015, updated 25 July 2019). Every record cites that page; nothing is added to it.

insert into source (title, publisher, published_created_at, published_updated_at, created_by, updated_by)
values ('Cooperation between the Republic of Kazakhstan and the Argentine Republic',
        'Ministry of Foreign Affairs of the Republic of Kazakhstan',
        '2015-04-09 11:59', '2019-07-25 16:20', 'seed', 'seed');

create temporary table seed_source as select max(id) as id from source;

insert into relation (first_country_code, second_country_code, slug, established_on, established_precision,
                      summary, source_id, created_by, updated_by)
values ('AR', 'KZ', 'argentina-kazakhstan', '1993-06-25', 'DAY',
        'Bilateral cooperation between the two countries includes contacts at the highest and high levels.',
        (select id from seed_source), 'seed', 'seed');

create temporary table seed_relation as select id from relation where slug = 'argentina-kazakhstan';

insert into person (name, slug, created_by, updated_by)
values ('Kairat Sarzhanov', 'kairat-sarzhanov', 'seed', 'seed'),
       ('Ricardo Ernesto Lagorio', 'ricardo-ernesto-lagorio', 'seed', 'seed'),
       ('Nursultan Nazarbayev', 'nursultan-nazarbayev', 'seed', 'seed'),
       ('Mauricio Macri', 'mauricio-macri', 'seed', 'seed'),
       ('Erlan Idrissov', 'erlan-idrissov', 'seed', 'seed'),
       ('Hector Timerman', 'hector-timerman', 'seed', 'seed'),
       ('Yerzhan Ashikbayev', 'yerzhan-ashikbayev', 'seed', 'seed'),
       ('Hernan Lombardi', 'hernan-lombardi', 'seed', 'seed'),
       ('Lino Baranao', 'lino-baranao', 'seed', 'seed');

-- Both heads of mission are concurrently accredited; the source states them as of its last update.
insert into accreditation (relation_id, person_id, sending_country_code, receiving_country_code, title,
                           residence_city, residence_country_code, from_on, from_precision, as_of,
                           source_id, created_by, updated_by)
values ((select id from seed_relation), (select id from person where slug = 'kairat-sarzhanov'), 'KZ', 'AR',
        'Ambassador', 'Brasilia', 'BR', '2016-01-01', 'YEAR', '2019-07-25', (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), (select id from person where slug = 'ricardo-ernesto-lagorio'), 'AR', 'KZ',
        'Ambassador', 'Moscow', 'RU', '2018-01-01', 'YEAR', '2019-07-25', (select id from seed_source), 'seed', 'seed');

insert into event_participation (relation_id, event_name, short_name, host_country_code, starts_on, starts_precision,
                                 participant_country_code, participation, notes, source_id, created_by, updated_by)
values ((select id from seed_relation), 'International Specialized Exhibition EXPO 2017', 'EXPO 2017', 'KZ',
        '2017-01-01', 'YEAR', 'AR', 'National pavilion',
        'Development of cooperation was facilitated by the International Specialized Exhibition EXPO 2017 in Kazakhstan, where Argentina was represented by a national pavilion.',
        (select id from seed_source), 'seed', 'seed');

insert into visit (relation_id, kind, title, slug, starts_on, starts_precision, ends_on, ends_precision,
                   host_country_code, city, occasion, event_participation_id, description, source_id, created_by, updated_by)
values ((select id from seed_relation), 'VISIT',
        'Minister of Foreign Affairs of Kazakhstan Erlan Idrissov visits Buenos Aires',
        'erlan-idrissov-visits-buenos-aires', '2013-10-01', 'DAY', null, null, 'AR', 'Buenos Aires', null, null,
        'Visit of Minister of Foreign Affairs of Kazakhstan Erlan Idrissov to Buenos Aires, a contact at the high political level.',
        (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'VISIT',
        'Minister of Foreign Affairs, International Trade and Worship of Argentina Hector Timerman visits Kazakhstan',
        'hector-timerman-visits-kazakhstan', '2014-05-29', 'DAY', '2014-05-30', 'DAY', 'KZ', null, null, null,
        'Visit of Minister of Foreign Affairs, International Trade and Worship of Argentina Hector Timerman to Kazakhstan, a contact at the high political level.',
        (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'MEETING_AT_SUMMIT',
        'President Nursultan Nazarbayev meets President Mauricio Macri at the G20 Summit in Hangzhou',
        'nazarbayev-meets-macri-at-g20-summit-hangzhou', '2016-09-04', 'DAY', null, null, 'CN', 'Hangzhou', 'G20 Summit', null,
        'President of Kazakhstan Nursultan Nazarbayev met with President of Argentina Mauricio Macri at the G20 Summit in Hangzhou, a contact at the highest level.',
        (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'CONSULTATIONS',
        'Deputy Minister of Foreign Affairs of Kazakhstan Yerzhan Ashikbayev visits Buenos Aires for consultations',
        'yerzhan-ashikbayev-visits-buenos-aires', '2017-05-04', 'DAY', null, null, 'AR', 'Buenos Aires',
        'Consultations between the Ministries of Foreign Affairs of Kazakhstan and Argentina', null,
        'Visit of Deputy Minister of Foreign Affairs of Kazakhstan Yerzhan Ashikbayev to Buenos Aires, during which he took part in consultations between the Ministries of Foreign Affairs of Kazakhstan and Argentina.',
        (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'EVENT_ATTENDANCE',
        'Minister of Media and Public Content of Argentina Hernan Lombardi visits Kazakhstan during EXPO 2017',
        'hernan-lombardi-visits-kazakhstan-during-expo-2017', '2017-01-01', 'YEAR', null, null, 'KZ', null, 'EXPO 2017',
        (select id from event_participation where short_name = 'EXPO 2017'),
        'Minister of Media and Public Content of Argentina Hernan Lombardi visited Kazakhstan during the International Specialized Exhibition EXPO 2017, where Argentina was represented by a national pavilion.',
        (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'EVENT_ATTENDANCE',
        'Minister of Science, Technology and Innovative Production of Argentina Lino Baranao visits Kazakhstan during EXPO 2017',
        'lino-baranao-visits-kazakhstan-during-expo-2017', '2017-01-01', 'YEAR', null, null, 'KZ', null, 'EXPO 2017',
        (select id from event_participation where short_name = 'EXPO 2017'),
        'Minister of Science, Technology and Innovative Production of Argentina Lino Baranao visited Kazakhstan during the International Specialized Exhibition EXPO 2017, where Argentina was represented by a national pavilion.',
        (select id from seed_source), 'seed', 'seed');

insert into visit_participant (visit_id, person_id, office, side_country_code, role, position)
select v.id, p.id, x.office, x.side, x.role, x.position
from (values ('erlan-idrissov-visits-buenos-aires', 'erlan-idrissov',
              'Minister of Foreign Affairs of Kazakhstan', 'KZ', 'PRINCIPAL', 0),
             ('hector-timerman-visits-kazakhstan', 'hector-timerman',
              'Minister of Foreign Affairs, International Trade and Worship of Argentina', 'AR', 'PRINCIPAL', 0),
             ('nazarbayev-meets-macri-at-g20-summit-hangzhou', 'nursultan-nazarbayev',
              'President of Kazakhstan', 'KZ', 'PRINCIPAL', 0),
             ('nazarbayev-meets-macri-at-g20-summit-hangzhou', 'mauricio-macri',
              'President of Argentina', 'AR', 'PRINCIPAL', 1),
             ('yerzhan-ashikbayev-visits-buenos-aires', 'yerzhan-ashikbayev',
              'Deputy Minister of Foreign Affairs of Kazakhstan', 'KZ', 'PRINCIPAL', 0),
             ('hernan-lombardi-visits-kazakhstan-during-expo-2017', 'hernan-lombardi',
              'Minister of Media and Public Content of Argentina', 'AR', 'PRINCIPAL', 0),
             ('lino-baranao-visits-kazakhstan-during-expo-2017', 'lino-baranao',
              'Minister of Science, Technology and Innovative Production of Argentina', 'AR', 'PRINCIPAL', 0))
         as x(visit_slug, person_slug, office, side, role, position)
         join visit v on v.slug = x.visit_slug
         join person p on p.slug = x.person_slug;

-- The source names only the spheres of the documents, not their titles.
insert into agreement (relation_id, sphere, position, source_id, created_by, updated_by)
values ((select id from seed_relation), 'Information and communications', 0, (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'Political dialogue', 1, (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'Visa matters', 2, (select id from seed_source), 'seed', 'seed'),
       ((select id from seed_relation), 'Other areas', 3, (select id from seed_source), 'seed', 'seed');

-- 2018, as Kazakhstan reports it: the published turnover (26.4) is kept, not export + import (26.3).
insert into trade_figure (relation_id, year, reporting_country_code, partner_country_code,
                          export_value, import_value, turnover, unit, source_id, created_by, updated_by)
values ((select id from seed_relation), 2018, 'KZ', 'AR', 4.2, 22.1, 26.4, 'USD_MILLION',
        (select id from seed_source), 'seed', 'seed');

insert into cultural_centre (relation_id, name, city, region, country_code, opened_on, opened_precision,
                             supporting_mission, notes, source_id, created_by, updated_by)
values ((select id from seed_relation), 'Kazakh Cultural Centre', 'Rosario', 'Santa Fe Province', 'AR',
        '2014-11-01', 'MONTH', 'Embassy of Kazakhstan to the Federative Republic of Brazil',
        'The first ever Kazakh Cultural Centre and the only one in South America.',
        (select id from seed_source), 'seed', 'seed');

drop table seed_relation;
drop table seed_source;
