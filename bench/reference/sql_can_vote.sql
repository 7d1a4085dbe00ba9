-- bench_sql_can_vote: the same rule as bench_plpgsql_can_vote (see
-- plpgsql_can_vote.sql beside this file), hard-coded as one SQL expression in
-- a LANGUAGE sql function that the planner inlines: in a query it is not
-- called at all, its body replaces the call, and with a constant polling day
-- the age test folds to `birth_date <= <constant date>` (the 2008-09-13 of a
-- 2026-09-13 election).  bench/eligibility_scan.sql checks both with
-- EXPLAIN (VERBOSE) and that it agrees with electoral.can_vote.
--
-- The latest birth date that makes 18 full years on polling day D is
-- D - 18 years, except when D is 28 February of a common year and 18 years
-- earlier was a leap year: then someone born on 29 February counts as 18
-- that day too, and (D + 1 day) - 18 years - 1 day gives that 29 February.
-- The greater of the two is right in every case (checked day by day against
-- electoral.can_vote by the benchmark).
--
-- NULL facts are not proven: IS TRUE / IS FALSE so that the answer is false,
-- never NULL, exactly as can_vote.  Russian offices only (not checked: a
-- check per row is what a DBA hard-coding one election would leave out).
-- resident_since is taken only so that the arguments match can_vote's.

CREATE FUNCTION bench_sql_can_vote(
    office text,
    on_date date,
    citizenships electoral.country[],
    birth_date date,
    residence electoral.residence DEFAULT 'none',
    resident_since date DEFAULT NULL,
    registered boolean DEFAULT false,
    incapacitated boolean DEFAULT false,
    imprisoned boolean DEFAULT false
) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (birth_date <= greatest(on_date - interval '18 years',
                                   (on_date + 1) - interval '18 years' - interval '1 day')::date) IS TRUE
       AND incapacitated IS FALSE
       AND imprisoned IS FALSE
       AND (citizenships @> '{RU}'
            OR (citizenships @> '{BY}'
                AND residence = 'permanent'
                AND registered
                AND office IN ('RU.municipal_council', 'RU.municipal_head')
                AND on_date >= date '2025-10-29')) IS TRUE
$$;
