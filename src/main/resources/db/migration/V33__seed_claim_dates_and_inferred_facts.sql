-- Kazakhstan–Argentina: the cultural centre's "first ever ... and the only one in South America" was
-- stated on the source page's last update (25 July 2019). The source names Brasilia, Moscow and
-- Hangzhou but not their countries: Brazil, Russia and China were inferred by the editors.
update cultural_centre set stated_on = '2019-07-25'
where created_by = 'seed' and name = 'Kazakh Cultural Centre' and city = 'Rosario';

update accreditation set residence_country_inferred = true
where created_by = 'seed' and ((residence_city = 'Brasilia' and residence_country_code = 'BR')
    or (residence_city = 'Moscow' and residence_country_code = 'RU'));

update visit set host_country_inferred = true
where created_by = 'seed' and slug = 'nazarbayev-meets-macri-at-g20-summit-hangzhou';
