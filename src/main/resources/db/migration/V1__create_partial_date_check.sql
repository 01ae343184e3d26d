-- A partial date is stored as a date plus its precision ('YEAR', 'MONTH' or 'DAY').
-- The date is truncated to its precision, so "2016" is 2016-01-01 with precision YEAR
-- and can never be mistaken for 1 January 2016.
create function partial_date_is_valid(d date, p varchar) returns boolean
    language sql immutable as
$$
select case
           when d is null and p is null then true
           when d is null or p is null then false
           when p = 'YEAR' then extract(month from d) = 1 and extract(day from d) = 1
           when p = 'MONTH' then extract(day from d) = 1
           when p = 'DAY' then true
           else false
       end
$$;
