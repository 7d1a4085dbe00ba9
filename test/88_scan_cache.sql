-- can_vote / can_stand in a scan: each call site keeps the plan of the row
-- before (office, polling day) and, for such a row, reads only the facts.
-- The answers must not depend on the order of the rows, on short, long or
-- uncacheable office codes, on grants with residence-years and cut-off
-- conditions; and a rule changed in the middle of the scan (by the same
-- session) does not reach that scan, as it would not reach a join.  The oracle
-- is electoral.explain, which decides through the general engine
-- (el_evaluate), not the compiled plans.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(15);

-- A short office code (under 8 bytes: compared differently), and one too long
-- for the call-site cache (over 64 bytes: looked up on every row).
INSERT INTO electoral.office (code, country, level, title, legal_basis) VALUES
    ('KZ.x', 'KZ', 'local', 'test council, short code', 'test'),
    ('KZ.a_council_whose_code_is_longer_than_the_sixty_four_bytes_a_call_site_caches',
     'KZ', 'local', 'test council, long code', 'test');
INSERT INTO electoral.requirement (office, role, kind, years, grant_may_waive, legal_basis)
SELECT o, r.role, r.kind, r.years, r.waive, 'test'
  FROM (VALUES ('KZ.x'), ('KZ.a_council_whose_code_is_longer_than_the_sixty_four_bytes_a_call_site_caches')) AS c(o),
       (VALUES ('vote'::electoral.role, 'min_age'::electoral.requirement_kind, 18, false),
               ('vote', 'citizen', NULL, true),
               ('vote', 'not_imprisoned', NULL, false),
               ('stand', 'min_age', 25, false),
               ('stand', 'citizen', NULL, false),
               ('stand', 'residence_years', 3, false)) AS r(role, kind, years, waive);
-- two grants with the conditions the shipped protocol does not use: years of
-- residence (a latest start per polling day) and a cut-off date
INSERT INTO electoral.franchise_grant (host, nationals, roles, levels, in_force, permanent_residence,
                                       min_residence_years, registration, resident_since_before,
                                       treaty, legal_basis) VALUES
    ('KZ', '{RU,BY}', '{vote}', '{local}', '[2020-01-01,2030-01-01)', true, 5, false, '2024-01-01',
     'test treaty A', 'test'),
    ('KZ', '{UA}', '{vote}', '{local}', '[2020-01-01,)', false, 10, true, NULL, 'test treaty B', 'test');

CREATE FUNCTION pg_temp.h(i int, salt text, n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
    SELECT (((hashtext(i::text || ':' || salt)::bigint % n) + n) % n)::int
$$;

-- 4000 people; a few offices and polling days so that sorted runs are long
CREATE TEMP TABLE people AS
SELECT i,
       (ARRAY['KZ.x', 'KZ.a_council_whose_code_is_longer_than_the_sixty_four_bytes_a_call_site_caches',
              'RU.municipal_council', 'RU.state_duma'])[1 + pg_temp.h(i, 'office', 4)] AS office,
       (ARRAY[DATE '2025-10-28', '2025-10-29', '2026-09-13', '2031-03-01'])[1 + pg_temp.h(i, 'day', 4)] AS on_date,
       (ARRAY['{RU}', '{BY}', '{KZ}', '{UA}', '{RU,BY}', '{UA,KZ}', '{}', NULL,
              '{BY,NULL}'])[1 + pg_temp.h(i, 'cit', 9)]::electoral.country[] AS citizenships,
       CASE WHEN pg_temp.h(i, 'bnull', 20) = 0 THEN NULL
            ELSE DATE '2026-09-13' - 365 * (10 + pg_temp.h(i, 'age', 20)) + pg_temp.h(i, 'bd', 5) END AS birth_date,
       (ARRAY['none', 'temporary', 'permanent', 'permanent', NULL]::electoral.residence[])[1 + pg_temp.h(i, 'res', 5)]
           AS residence,
       CASE WHEN pg_temp.h(i, 'snull', 10) = 0 THEN NULL
            ELSE DATE '2026-09-13' - 365 * pg_temp.h(i, 'sy', 14) + pg_temp.h(i, 'sd', 400) - 200 END AS resident_since,
       (ARRAY[true, false, NULL])[1 + pg_temp.h(i, 'reg', 3)] AS registered,
       pg_temp.h(i, 'impr', 25) = 0 AS imprisoned
  FROM generate_series(1, 4000) AS i;
-- and people on the boundaries, on every polling day: residence begun exactly
-- 3, 5 and 10 years before polling day or a day later (the test grants' and
-- the standing requirement's years), born exactly 18 or 25 years before or a
-- day later; 29 February among the polling days
INSERT INTO people
SELECT 10000 + row_number() OVER (ORDER BY o.office, d.on_date, c.cits, b.years, b.shift, r.years, r.shift)::int,
       o.office, d.on_date, c.cits::electoral.country[],
       (d.on_date - make_interval(years => b.years))::date + b.shift,
       'permanent', (d.on_date - make_interval(years => r.years))::date + r.shift, true, false
  FROM (VALUES ('KZ.x'), ('KZ.a_council_whose_code_is_longer_than_the_sixty_four_bytes_a_call_site_caches')) AS o(office),
       (VALUES (DATE '2026-09-13'), ('2028-02-29'), ('2029-03-01')) AS d(on_date),
       (VALUES ('{RU}'), ('{UA}'), ('{KZ}')) AS c(cits),
       (VALUES (18, 0), (18, 1), (25, 0), (25, 1)) AS b(years, shift),
       (VALUES (3, 0), (3, 1), (5, 0), (5, 1), (10, 0), (10, 1)) AS r(years, shift);

-- the oracle: explain shows no unsatisfied line for this person and role
CREATE FUNCTION pg_temp.explain_allows(role electoral.role, p people) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT FROM electoral.explain(role, p.office, p.on_date, p.citizenships, p.birth_date,
                                                     p.residence, p.resident_since, p.registered, false,
                                                     p.imprisoned) AS x
                        WHERE NOT x.satisfied)
$$;

-- under the rules as they are now
CREATE TEMP TABLE truth AS
SELECT p.i, r.role, pg_temp.explain_allows(r.role, p) AS allowed
  FROM people p CROSS JOIN (VALUES ('vote'::electoral.role), ('stand')) AS r(role);

SELECT ok((SELECT count(*) FILTER (WHERE allowed) FROM truth t JOIN people p USING (i)
            WHERE t.role = 'vote' AND p.office LIKE 'KZ.%' AND NOT p.citizenships @> '{KZ}') >= 50,
          'the data admits foreigners under the test grants');
SELECT ok((SELECT count(*) FROM truth t JOIN people p USING (i)
            WHERE t.role = 'vote' AND p.office LIKE 'KZ.%' AND p.citizenships && '{RU,BY,UA}'
              AND NOT p.citizenships @> '{KZ}' AND NOT t.allowed
              AND p.birth_date <= p.on_date - 365 * 19 AND NOT p.imprisoned
              AND p.residence = 'permanent') >= 50,
          'and refuses adult foreigners on the grants'' residence conditions');

-- can_vote / can_stand over the people in a given order; returns how many
-- rows disagree with the oracle
CREATE FUNCTION pg_temp.disagreements(order_by text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format($q$
        SELECT count(*) FILTER (WHERE v.can_vote IS DISTINCT FROM tv.allowed
                                   OR v.can_stand IS DISTINCT FROM ts.allowed)
          FROM (SELECT s.i,
                       electoral.can_vote(s.office, s.on_date, s.citizenships, s.birth_date, s.residence,
                                          s.resident_since, s.registered, false, s.imprisoned) AS can_vote,
                       electoral.can_stand(s.office, s.on_date, s.citizenships, s.birth_date, s.residence,
                                           s.resident_since, s.registered, false, s.imprisoned) AS can_stand
                  FROM (SELECT * FROM people ORDER BY %s OFFSET 0) AS s) AS v
          JOIN truth tv ON tv.i = v.i AND tv.role = 'vote'
          JOIN truth ts ON ts.i = v.i AND ts.role = 'stand'$q$, order_by) INTO n;
    RETURN n;
END $$;

SELECT is(pg_temp.disagreements('office, on_date, i'), 0::bigint,
          'sorted by office and polling day (long runs of the same plan): every answer as explain');
SELECT is(pg_temp.disagreements('on_date DESC, office DESC, i'), 0::bigint,
          'sorted the other way: every answer as explain');
SELECT is(pg_temp.disagreements('i'), 0::bigint,
          'interleaved (the plan changes from row to row): every answer as explain');
SELECT is(pg_temp.disagreements('office, i % 7, on_date, i'), 0::bigint,
          'runs of one office over alternating polling days: every answer as explain');

-- an office code that is not a short inline text (an expression's result
-- carries a 4-byte header): compared the long way, the same answers
SELECT is((SELECT count(*) FROM people p JOIN truth t ON t.i = p.i AND t.role = 'vote'
            WHERE electoral.can_vote(p.office || repeat(' ', 0), p.on_date, p.citizenships, p.birth_date,
                                     p.residence, p.resident_since, p.registered, false, p.imprisoned)
                  IS DISTINCT FROM t.allowed),
          0::bigint, 'offices computed by an expression: every answer as explain');

-- a literal office and polling day, column facts: the same answers
SELECT is((SELECT count(*) FROM people p JOIN truth t ON t.i = p.i AND t.role = 'vote'
            WHERE p.office = 'KZ.x' AND p.on_date = '2026-09-13'
              AND electoral.can_vote('KZ.x', '2026-09-13', p.citizenships, p.birth_date, p.residence,
                                     p.resident_since, p.registered, false, p.imprisoned)
                  IS DISTINCT FROM t.allowed),
          0::bigint, 'a literal office and polling day: every answer as explain');

-- the same in a parallel scan (each worker keeps its own call-site cache)
CREATE TABLE public.tap_scan_people AS SELECT * FROM people;
ANALYZE public.tap_scan_people;
ALTER TABLE public.tap_scan_people SET (parallel_workers = 2);
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT is((SELECT count(*) FROM public.tap_scan_people p
            WHERE electoral.can_vote(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                     p.resident_since, p.registered, false, p.imprisoned)),
          (SELECT count(*) FROM truth WHERE role = 'vote' AND allowed),
          'a parallel scan counts the voters explain allows');
RESET max_parallel_workers_per_gather;

-- A rule changed in the middle of a scan, by a function evaluated before
-- can_vote in the same row: the statement's snapshot does not see the
-- change, and neither do can_vote and a join to the rule table in that
-- statement: every row is decided by the old rule (up to 1.0 the rows after
-- the change were decided by the new one).  The next statement sees it.
CREATE FUNCTION pg_temp.raise_age_from(i int, at int) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
    IF i >= at AND current_setting('tap_scan.changed', true) IS DISTINCT FROM 'yes' THEN
        UPDATE electoral.requirement SET years = 30
         WHERE office = 'KZ.x' AND role = 'vote' AND kind = 'min_age';
        PERFORM set_config('tap_scan.changed', 'yes', true);
    END IF;
    RETURN i;
END $$;
-- one office and polling day, so that the rows run on the call site's kept plan
CREATE TEMP TABLE mid_scan AS
SELECT s.i, pg_temp.raise_age_from(s.i, 2000) AS i_again,
       electoral.can_vote(s.office, s.on_date, s.citizenships, s.birth_date, s.residence,
                          s.resident_since, s.registered, false, s.imprisoned) AS can_vote,
       (SELECT years FROM electoral.requirement
         WHERE office = 'KZ.x' AND role = 'vote' AND kind = 'min_age') AS joined_years
  FROM (SELECT * FROM people WHERE office = 'KZ.x' AND on_date = '2026-09-13' ORDER BY i OFFSET 0) AS s;
-- the oracle under the new rule
CREATE TEMP TABLE truth_after AS
SELECT p.i, pg_temp.explain_allows('vote', p) AS allowed
  FROM people p WHERE p.office = 'KZ.x' AND p.on_date = '2026-09-13';

SELECT ok((SELECT count(*) FROM truth t JOIN truth_after a USING (i) WHERE t.role = 'vote'
            AND t.allowed <> a.allowed) >= 20,
          'the change (minimum age 18 -> 30) changes the answer for some of these people');
SELECT is(current_setting('tap_scan.changed', true), 'yes', 'the rule was changed during the scan');
SELECT ok((SELECT count(*) FROM mid_scan WHERE i >= 2000) > 50 AND (SELECT count(*) FROM mid_scan WHERE i < 2000) > 50,
          'the change came in the middle of the scan');
SELECT is((SELECT count(*) FROM mid_scan WHERE joined_years <> 18), 0::bigint,
          'a join in the same statement sees the old rule on every row');
SELECT is((SELECT count(*) FROM mid_scan m JOIN truth t ON t.i = m.i AND t.role = 'vote'
            WHERE m.can_vote IS DISTINCT FROM t.allowed),
          0::bigint, 'every row of the statement, before and after the change: decided by the old rule');
SELECT is((SELECT count(*) FROM people p JOIN truth_after a ON a.i = p.i
            WHERE electoral.can_vote(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                     p.resident_since, p.registered, false, p.imprisoned)
                  IS DISTINCT FROM a.allowed),
          0::bigint, 'the next statement: every row decided by the new rule');

SELECT * FROM finish();
ROLLBACK;
