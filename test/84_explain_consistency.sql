-- electoral.explain: its lines are the requirements in force on polling day
-- (plus the conditions of a franchise grant); missing facts are named;
-- errors for bad calls; and can_vote / can_stand are true exactly when
-- explain shows no unsatisfied line, over many generated people.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(40);

-- The error a statement raises, as 'SQLSTATE: message | hint' (or
-- '... | detail' when asked for the detail, or 'SQLSTATE: message' for 'none').
CREATE FUNCTION pg_temp.error_of(stmt text, part text DEFAULT 'hint') RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; hint text; detail text;
BEGIN
    EXECUTE stmt;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT,
                            detail = PG_EXCEPTION_DETAIL;
    IF part = 'none' THEN
        RETURN st || ': ' || msg;
    END IF;
    RETURN st || ': ' || msg || ' | '
        || coalesce(nullif(CASE part WHEN 'detail' THEN detail ELSE hint END, ''), '(no ' || part || ')');
END $$;

-- ---------------------------------------------------------------------------
-- Exact explanations
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT * FROM electoral.explain('vote', 'RU.state_duma', '2026-09-20', '{RU}', '1990-01-01')$$,
    $$VALUES
      ('min_age 18', true, 'aged 36 on polling day, 18 required',
       'Constitution of the Russian Federation art. 32; 67-FZ art. 4'),
      ('citizen', true, 'citizen of RU',
       'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)'),
      ('not_incapacitated', true, 'legal capacity not supplied by the caller: counted as not declared incapable', '67-FZ art. 4 p. 3'),
      ('not_imprisoned', true, 'imprisonment not supplied by the caller: counted as not imprisoned', '67-FZ art. 4 p. 3')$$,
    'a Russian voter for the State Duma: four lines, all met');

SELECT results_eq(
    $$SELECT * FROM electoral.explain('stand', 'RU.municipal_council', '2026-02-28', '{BY}', '1990-01-01', 'temporary')$$,
    $$VALUES
      ('min_age 18', true, 'aged 36 on polling day, 18 required', '67-FZ art. 4, as amended by 250-FZ (2009)'),
      ('citizen', false,
       'citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights entitles them only on its conditions, see the grant lines',
       '67-FZ art. 4 (foreign citizens permanently residing in the municipality, under international treaties)'),
      ('grant: permanent residence', false, 'residence is temporary, permanent residence required',
       'Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10'),
      ('grant: resides in the territory', true, 'residence in the territory not supplied by the caller: counted as met',
       'Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10'),
      ('no_foreign_citizenship', false,
       'a citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights allows it only on its conditions',
       '67-FZ art. 4 p. 3.1 (unless a treaty provides otherwise)'),
      ('no_foreign_residence_permit', true, 'foreign residence permit not supplied by the caller: counted as no foreign residence permit', '67-FZ art. 4 p. 3.1'),
      ('not_incapacitated', true, 'legal capacity not supplied by the caller: counted as not declared incapable', '67-FZ art. 4 p. 3'),
      ('not_imprisoned', true, 'imprisonment not supplied by the caller: counted as not imprisoned', '67-FZ art. 4 p. 3'),
      ('no_grave_conviction 10', true, 'conviction not supplied by the caller: counted as never convicted',
       '67-FZ art. 4 p. 3.2, as amended by Federal Law 19-FZ of 21.02.2014 (imprisonment for a grave crime: while unexpunged and 10 years after)'),
      ('no_especially_grave_conviction 15', true, 'conviction not supplied by the caller: counted as never convicted',
       '67-FZ art. 4 p. 3.2, as amended by Federal Law 19-FZ of 21.02.2014 (imprisonment for an especially grave crime: while unexpunged and 15 years after)'),
      ('no_listed_medium_conviction 5', true, 'conviction not supplied by the caller: counted as never convicted',
       '67-FZ art. 4 p. 3.2, as amended by Federal Law 153-FZ of 23.05.2020 (imprisonment for a listed medium-gravity crime: 5 years after expungement)'),
      ('no_extremist_org_leadership 5', true, 'involvement in a banned organisation not supplied by the caller: counted as none',
       '67-FZ art. 4 p. 3.2, as amended by Federal Law 157-FZ of 04.06.2021 (founders and leaders of an organisation banned as extremist or terrorist: 5 years from the court''s decision)'),
      ('no_extremist_org_participation 3', true, 'involvement in a banned organisation not supplied by the caller: counted as none',
       '67-FZ art. 4 p. 3.2, as amended by Federal Law 157-FZ of 04.06.2021 (other persons involved in such an organisation: 3 years from the court''s decision)'),
      ('not_foreign_agent', true, 'foreign-agent status not supplied by the caller: counted as not a foreign agent',
       '67-FZ art. 4, as amended by Federal Law 99-FZ of 15.05.2024 (a foreign agent may not stand at any level)')$$,
    'a Belarusian with temporary residence, not registered, standing for a municipal council (a citizen of BY, not "also"; '
    'the Protocol waives the Belarusian citizenship only on its conditions)');

SELECT results_eq(
    $$SELECT * FROM electoral.explain('stand', 'BY.president', '2020-08-09', '{BY,RU}', '1984-08-09',
                                      resident_since => '2010-08-10', citizen_by_birth => true)$$,
    $$VALUES
      ('min_age 35', true, 'aged 36 on polling day, 35 required',
       'Constitution of the Republic of Belarus art. 80 (before the 2022 amendments)'),
      ('citizen', true, 'citizen of BY', 'Constitution of the Republic of Belarus art. 80'),
      ('citizen_by_birth', true, 'citizen by birth', 'Constitution of the Republic of Belarus art. 80'),
      ('residence_years 10 (continuous)', false, 'resident since 2010-08-10: 9 full years on polling day, 10 required',
       'Constitution of the Republic of Belarus art. 80 (before the 2022 amendments)'),
      ('not_incapacitated', true, 'legal capacity not supplied by the caller: counted as not declared incapable', 'Constitution of the Republic of Belarus art. 64'),
      ('not_imprisoned', true, 'imprisonment not supplied by the caller: counted as not imprisoned', 'Constitution of the Republic of Belarus art. 64')$$,
    'the Belarusian presidency in 2020: the rules then in force, one unmet (pre-trial detention never barred standing)');

-- ---------------------------------------------------------------------------
-- Missing facts: the answer is false and explain names the fact
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT requirement, satisfied, detail
        FROM electoral.explain('vote', 'BY.local_council', '2026-02-25', '{BY}', NULL)$$,
    $$VALUES ('min_age 18', false, 'birth date not known'),
             ('citizen', true, 'citizen of BY'),
             ('not_incapacitated', true, 'legal capacity not supplied by the caller: counted as not declared incapable'),
             ('not_imprisoned', true, 'imprisonment not supplied by the caller: counted as not imprisoned')$$,
    'NULL birth date: explain says ''birth date not known''');
SELECT is(electoral.can_vote('BY.local_council', '2026-02-25', '{BY}', NULL), false,
          'NULL birth date: can_vote is false');
SELECT results_eq(
    $$SELECT requirement, satisfied, detail
        FROM electoral.explain('vote', 'RU.municipal_head', '2026-09-20', NULL, '1990-01-01')$$,
    $$VALUES ('min_age 18', true, 'aged 36 on polling day, 18 required'),
             ('citizen', false, 'citizenships not known'),
             ('not_incapacitated', true, 'legal capacity not supplied by the caller: counted as not declared incapable'),
             ('not_imprisoned', true, 'imprisonment not supplied by the caller: counted as not imprisoned')$$,
    'NULL citizenships: explain says ''citizenships not known''');
SELECT is(electoral.can_vote('RU.municipal_head', '2026-09-20', NULL, '1990-01-01'), false,
          'NULL citizenships: can_vote is false');
SELECT results_eq(
    $$SELECT requirement, detail
        FROM electoral.explain('stand', 'RU.state_duma', '2026-09-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                               NULL, NULL, NULL)
       WHERE NOT satisfied$$,
    $$VALUES ('min_age 21', 'birth date not known'),
             ('citizen', 'citizenships not known'),
             ('no_foreign_citizenship', 'citizenships not known'),
             ('no_foreign_residence_permit', 'foreign residence permit not known'),
             ('not_incapacitated', 'legal capacity not known'),
             ('not_imprisoned', 'imprisonment not known')$$,
    'nothing known: every line fails and says what is missing');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                              NULL, NULL, NULL), false,
          'nothing known: can_stand is false');
SELECT is((SELECT count(*) FROM electoral.explain('stand', 'RU.state_duma', '2026-09-20', NULL, NULL, NULL, NULL, NULL,
                                                  NULL, NULL, NULL, NULL, NULL, NULL)
            WHERE satisfied IS NULL OR detail IS NULL OR legal_basis IS NULL),
          0::bigint, 'nothing known: no column of explain is NULL');

-- ---------------------------------------------------------------------------
-- Errors
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.error_of(s, part), e, d)
  FROM (VALUES
    (1, $$SELECT electoral.can_vote('XX.nowhere', '2026-09-20', '{RU}', '1990-01-01')$$,
        '22023: unknown office "XX.nowhere" | The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
        'can_vote: unknown office -> 22023 with a hint how to list the offices', 'hint'),
    (2, $$SELECT electoral.can_stand('RU.nowhere', '2026-09-20', '{RU}', '1990-01-01')$$,
        '22023: unknown office "RU.nowhere" | The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
        'can_stand: unknown office -> 22023 with the hint', 'hint'),
    (3, $$SELECT * FROM electoral.explain('vote', 'ru.state_duma', '2026-09-20', '{RU}', '1990-01-01')$$,
        '22023: unknown office "ru.state_duma" | The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
        'explain: unknown office (codes are case-sensitive) -> 22023 with the hint', 'hint'),
    (4, $$SELECT electoral.can_vote('', '2026-09-20', '{RU}', '1990-01-01')$$,
        '22023: unknown office "" | The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
        'can_vote: empty office code -> 22023', 'hint'),
    (5, $$SELECT electoral.can_vote('RU.state_duma', NULL, '{RU}', '1990-01-01')$$,
        '22004: polling day must not be NULL | Eligibility is decided by the rules in force on polling day.',
        'can_vote: NULL polling day -> 22004', 'detail'),
    (6, $$SELECT electoral.can_stand('RU.state_duma', NULL, '{RU}', '1990-01-01')$$,
        '22004: polling day must not be NULL | Eligibility is decided by the rules in force on polling day.',
        'can_stand: NULL polling day -> 22004', 'detail'),
    (7, $$SELECT * FROM electoral.explain('stand', 'RU.state_duma', NULL, '{RU}', '1990-01-01')$$,
        '22004: polling day must not be NULL | Eligibility is decided by the rules in force on polling day.',
        'explain: NULL polling day -> 22004', 'detail'),
    (8, $$SELECT electoral.can_vote(NULL, '2026-09-20', '{RU}', '1990-01-01')$$,
        '22004: office must not be NULL | The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
        'can_vote: NULL office -> 22004 with the hint', 'hint'),
    (9, $$SELECT electoral.can_stand(NULL, '2026-09-20', '{RU}', '1990-01-01')$$,
        '22004: office must not be NULL | The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
        'can_stand: NULL office -> 22004 with the hint', 'hint'),
    (10, $$SELECT * FROM electoral.explain('vote', NULL, '2026-09-20', '{RU}', '1990-01-01')$$,
        '22004: office must not be NULL | The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
        'explain: NULL office -> 22004 with the hint', 'hint'),
    (11, $$SELECT * FROM electoral.explain(NULL, 'RU.state_duma', '2026-09-20', '{RU}', '1990-01-01')$$,
        '22004: role must not be NULL | The role is ''vote'' or ''stand''.',
        'explain: NULL role -> 22004', 'hint'),
    (12, $$SELECT electoral.can_vote('RU.state_duma', 'infinity', '{RU}', '1990-01-01')$$,
        '22008: polling day must be a finite date',
        'can_vote: infinite polling day -> 22008', 'none'),
    (13, $$SELECT electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', NULL)$$,
        'no error',
        'can_vote: NULL residence is a fact not known, not an error', 'hint')
  ) AS t(n, s, e, d, part)
 ORDER BY n;

-- the listing the hint gives works
SELECT is((SELECT count(*) FROM (SELECT code, title FROM electoral.office ORDER BY code) AS l), 10::bigint,
          'the query in the hint lists the ten offices');

-- ---------------------------------------------------------------------------
-- Consistency over generated people: can_vote / can_stand are true exactly
-- when explain shows no unsatisfied line; explain's lines are the
-- requirements in force (plus grant lines).
-- ---------------------------------------------------------------------------
-- A deterministic pick in [0, n) for row i and a salt.
CREATE FUNCTION pg_temp.h(i int, salt text, n int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
    SELECT (((hashtext(i::text || ':' || salt)::bigint % n) + n) % n)::int
$$;
-- A boolean fact: mostly usual, sometimes unusual, sometimes not known.
CREATE FUNCTION pg_temp.b(i int, salt text, usual boolean) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN pg_temp.h(i, salt, 10) < 8 THEN usual
                WHEN pg_temp.h(i, salt, 10) = 8 THEN NOT usual END
$$;

CREATE TEMP TABLE people AS
SELECT i, office, role, on_date, citizenships, birth_date, residence,
       CASE pg_temp.h(i, 'since', 5)
         WHEN 0 THEN NULL
         WHEN 1 THEN birth_date
         ELSE (on_date - make_interval(years => pg_temp.h(i, 'sy', 30)))::date + (pg_temp.h(i, 'sd', 3) - 1)
       END AS resident_since,
       CASE pg_temp.h(i, 'reg', 10) WHEN 0 THEN NULL WHEN 1 THEN false WHEN 2 THEN false ELSE true END AS registered,
       pg_temp.b(i, 'incap', false) AS incapacitated,
       pg_temp.b(i, 'impr', false) AS imprisoned,
       pg_temp.b(i, 'det', false) AS detained,
       pg_temp.b(i, 'cbb', true) AS citizen_by_birth,
       pg_temp.b(i, 'frp', false) AS foreign_residence_permit,
       pg_temp.b(i, 'ever', false) AS ever_foreign
  FROM (SELECT i, office, role, on_date, citizenships, residence,
               CASE
                 WHEN pg_temp.h(i, 'bnull', 12) = 0 THEN NULL
                 WHEN pg_temp.h(i, 'b29', 15) = 0 THEN make_date(1960 + 4 * pg_temp.h(i, 'by', 12), 2, 29)
                 ELSE (on_date - make_interval(years => (ARRAY[18, 21, 30, 35, 40, 10, 25, 50, 65])[1 + pg_temp.h(i, 'age', 9)]))::date
                      + (pg_temp.h(i, 'bd', 5) - 2)
               END AS birth_date
          FROM (SELECT i,
                       (ARRAY['RU.president', 'RU.state_duma', 'RU.governor', 'RU.regional_legislature',
                              'RU.municipal_council', 'RU.municipal_head', 'BY.president',
                              'BY.house_of_representatives', 'BY.council_of_the_republic',
                              'BY.local_council'])[1 + pg_temp.h(i, 'office', 10)] AS office,
                       (ARRAY['vote', 'stand']::electoral.role[])[1 + pg_temp.h(i, 'role', 2)] AS role,
                       CASE WHEN pg_temp.h(i, 'dpick', 5) = 0
                            THEN (ARRAY[DATE '2022-03-14', '2022-03-15', '2025-10-28', '2025-10-29',
                                        '2024-02-28', '2024-02-29', '2026-02-28'])[1 + pg_temp.h(i, 'dlist', 7)]
                            ELSE DATE '2020-01-01' + pg_temp.h(i, 'day', 3288)
                       END AS on_date,
                       (CASE pg_temp.h(i, 'cit', 10)
                          WHEN 0 THEN '{RU,BY}' WHEN 1 THEN '{BY,RU}' WHEN 2 THEN '{KZ}' WHEN 3 THEN '{BY,KZ}'
                          WHEN 4 THEN '{}' WHEN 5 THEN NULL WHEN 6 THEN '{RU}' WHEN 7 THEN '{RU}'
                          ELSE '{BY}' END)::electoral.country[] AS citizenships,
                       (ARRAY['none', 'temporary', 'permanent', NULL, 'permanent',
                              'permanent']::electoral.residence[])[1 + pg_temp.h(i, 'res', 6)] AS residence
                  FROM generate_series(1, 3000) AS i) AS a) AS b;

CREATE TEMP TABLE verdicts AS
SELECT p.*,
       CASE p.role
         WHEN 'vote' THEN electoral.can_vote(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                             p.resident_since, p.registered, p.incapacitated, p.imprisoned,
                                             p.detained)
         ELSE electoral.can_stand(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                  p.resident_since, p.registered, p.incapacitated, p.imprisoned, p.detained,
                                  p.citizen_by_birth, p.foreign_residence_permit, p.ever_foreign)
       END AS can,
       e.lines, e.unmet, e.bad_columns, e.reqs
  FROM people AS p
 CROSS JOIN LATERAL (
        SELECT count(*) AS lines,
               count(*) FILTER (WHERE NOT x.satisfied) AS unmet,
               count(*) FILTER (WHERE x.satisfied IS NULL OR x.detail IS NULL OR x.detail = ''
                                   OR x.legal_basis IS NULL OR x.legal_basis = '') AS bad_columns,
               array_agg(x.requirement || ' | ' || x.legal_basis ORDER BY x.n)
                 FILTER (WHERE x.requirement NOT LIKE 'grant: %') AS reqs
          FROM electoral.explain(p.role, p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                 p.resident_since, p.registered, p.incapacitated, p.imprisoned, p.detained,
                                 p.citizen_by_birth, p.foreign_residence_permit, p.ever_foreign)
               WITH ORDINALITY AS x(requirement, satisfied, detail, legal_basis, n)) AS e;

SELECT is((SELECT count(*) FROM verdicts), 3000::bigint, '3000 generated people');
SELECT is((SELECT count(*) FILTER (WHERE can IS DISTINCT FROM (unmet = 0)) FROM verdicts), 0::bigint,
          'can_vote / can_stand are true exactly when explain shows no unsatisfied line');
SELECT is((SELECT count(*) FILTER (WHERE can IS NULL) FROM verdicts), 0::bigint,
          'can_vote / can_stand never return NULL');
SELECT is((SELECT count(*) FILTER (WHERE lines = 0 OR bad_columns > 0) FROM verdicts), 0::bigint,
          'every explanation has lines, each with satisfied, a detail and a legal basis');
-- the non-grant lines of each explanation are the office's requirements in
-- force for the role on polling day, in id order, with their legal basis
SELECT is((SELECT count(*)
             FROM verdicts v
             JOIN electoral.office o ON o.code = v.office
            WHERE v.reqs IS DISTINCT FROM
                  CASE WHEN v.role = 'vote' AND NOT o.direct_vote
                       THEN ARRAY['direct election | ' || o.legal_basis]
                       ELSE (SELECT array_agg(r.kind::text
                                              || CASE WHEN r.years IS NOT NULL THEN ' ' || r.years ELSE '' END
                                              || CASE WHEN r.continuous THEN ' (continuous)' ELSE '' END
                                              || ' | ' || r.legal_basis ORDER BY r.id)
                               FROM electoral.requirement r
                              WHERE r.office = v.office AND r.role = v.role AND r.in_force @> v.on_date)
                  END),
          0::bigint, 'explain''s lines are the requirements in force on polling day');
-- grant lines appear only for a foreign national under a grant in force
SELECT is((SELECT count(*) FROM verdicts
            WHERE lines > cardinality(reqs)
              AND (citizenships IS NULL
                   OR on_date < CASE WHEN office LIKE 'BY.%' THEN DATE '2014-03-23' ELSE DATE '2025-10-29' END
                   OR (office LIKE 'RU.%' AND NOT 'BY' = ANY (citizenships::text[]))
                   OR (office LIKE 'BY.%' AND NOT 'RU' = ANY (citizenships::text[]))
                   OR office NOT IN ('RU.municipal_council', 'RU.municipal_head', 'BY.local_council'))),
          0::bigint, 'grant lines appear only for partner nationals, local offices, from 2025-10-29 (Belarus: 2014-03-23)');

-- the generated set is not trivial: every office, role and kind of citizenship, and both answers
SELECT is((SELECT count(DISTINCT (office, role)) FROM verdicts), 20::bigint, 'every office with both roles is generated');
SELECT is((SELECT count(DISTINCT coalesce(citizenships::text, 'NULL')) FROM verdicts), 8::bigint,
          'all eight citizenship variants are generated');
SELECT ok((SELECT count(*) FILTER (WHERE can AND role = 'vote') FROM verdicts) >= 200,
          'at least 200 generated voters may vote');
SELECT ok((SELECT count(*) FILTER (WHERE can AND role = 'stand') FROM verdicts) >= 100,
          'at least 100 generated candidates may stand');
SELECT ok((SELECT count(*) FILTER (WHERE can AND NOT (office LIKE left(citizenships[1]::text, 2) || '.%'
                                                   OR office LIKE coalesce(left(citizenships[2]::text, 2), '?') || '.%'))
             FROM verdicts) >= 10,
          'at least 10 generated foreign nationals are entitled under the protocol');
SELECT ok((SELECT count(*) FILTER (WHERE NOT can AND unmet = 1) FROM verdicts) >= 200,
          'at least 200 generated people fail on exactly one line');

-- the same after a rule change in this transaction (the rulebook is rebuilt):
-- the grants widened, and the federal votes' citizen requirement made
-- waivable (what a constitutional change would touch)
UPDATE electoral.franchise_grant SET levels = '{local,regional,national}' WHERE treaty LIKE '%Russia-Belarus%';
UPDATE electoral.requirement SET grant_may_waive = true
 WHERE office IN ('RU.state_duma', 'RU.president') AND role = 'vote' AND kind = 'citizen';
SELECT is((SELECT count(*)
             FROM people p
            WHERE CASE p.role
                    WHEN 'vote' THEN electoral.can_vote(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                                        p.resident_since, p.registered, p.incapacitated, p.imprisoned,
                                                        p.detained)
                    ELSE electoral.can_stand(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                             p.resident_since, p.registered, p.incapacitated, p.imprisoned, p.detained,
                                             p.citizen_by_birth, p.foreign_residence_permit, p.ever_foreign)
                  END
                  IS DISTINCT FROM NOT EXISTS (
                    SELECT 1 FROM electoral.explain(p.role, p.office, p.on_date, p.citizenships, p.birth_date,
                                                    p.residence, p.resident_since, p.registered, p.incapacitated,
                                                    p.imprisoned, p.detained, p.citizen_by_birth,
                                                    p.foreign_residence_permit, p.ever_foreign) AS x
                     WHERE NOT x.satisfied)),
          0::bigint, 'after widening the protocol: still true exactly when no line is unsatisfied');
SELECT ok((SELECT count(*) FROM people p
            WHERE p.role = 'vote' AND p.office IN ('RU.state_duma', 'RU.president')
              AND electoral.can_vote(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                     p.resident_since, p.registered, p.incapacitated, p.imprisoned, p.detained)
              AND NOT 'RU' = ANY (p.citizenships::text[])) >= 1,
          'after widening, some generated Belarusians may vote for national Russian offices');

-- PARALLEL SAFE holds: parallel workers build their own rulebook (from the
-- leader's snapshot, the uncommitted widening included) and agree with the
-- leader.  A regular table, because temporary tables are not read in parallel.
CREATE TABLE public.tap_people AS SELECT * FROM people;
ANALYZE public.tap_people;
\ir lib/plan_of.sql
-- who is allowed, serially (CREATE TABLE AS runs its query at top level,
-- where a parallel plan may launch workers)
SET LOCAL max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_tally AS
SELECT count(*) AS allowed, sum(i) AS id_sum
  FROM public.tap_people p
 WHERE CASE p.role
         WHEN 'vote' THEN electoral.can_vote(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                             p.resident_since, p.registered, p.incapacitated, p.imprisoned,
                                             p.detained)
         ELSE electoral.can_stand(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                  p.resident_since, p.registered, p.incapacitated, p.imprisoned, p.detained,
                                  p.citizen_by_birth, p.foreign_residence_permit, p.ever_foreign)
       END;
-- and in parallel
SET LOCAL max_parallel_workers_per_gather = 2;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
\set parallel_mode on
\ir lib/parallel_mode.sql
CREATE TEMP TABLE parallel_tally AS
SELECT count(*) AS allowed, sum(i) AS id_sum
  FROM public.tap_people p
 WHERE CASE p.role
         WHEN 'vote' THEN electoral.can_vote(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                             p.resident_since, p.registered, p.incapacitated, p.imprisoned,
                                             p.detained)
         ELSE electoral.can_stand(p.office, p.on_date, p.citizenships, p.birth_date, p.residence,
                                  p.resident_since, p.registered, p.incapacitated, p.imprisoned, p.detained,
                                  p.citizen_by_birth, p.foreign_residence_permit, p.ever_foreign)
       END;
SELECT ok(pg_temp.plan_of($q$SELECT count(*) FROM public.tap_people p
                               WHERE electoral.can_stand(p.office, p.on_date, p.citizenships, p.birth_date)$q$)
            LIKE '%Gather%',
          'a query calling can_stand can run in parallel');
SELECT results_eq('SELECT allowed, id_sum FROM parallel_tally', 'SELECT allowed, id_sum FROM serial_tally',
                  'in parallel: the same people are allowed');

SELECT * FROM finish();
ROLLBACK;
