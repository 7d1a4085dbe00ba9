-- Every form PostgreSQL passes an argument in is read as the value it is:
-- an expanded array (a PL/pgSQL variable or parameter), a SQL function's
-- argument, a prepared statement's parameter (custom and generic plans), an
-- array stored compressed, one stored out of line (toasted), a toasted office
-- code.  Before the fix the expanded forms failed with "citizenships array
-- has 520128514 dimensions" and the toasted ones read a toast pointer's bytes
-- as an array.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(22);

-- ---- expanded: PL/pgSQL variables and parameters ----
CREATE FUNCTION pg_temp.in_do_block() RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    c electoral.country[] := '{RU}';
    b electoral.country[] := '{BY}';
    out text[] := '{}';
BEGIN
    c := c || 'KZ'::electoral.country;          -- an expanded array for certain
    out := out || electoral.can_vote('RU.municipal_council', '2026-09-13', c, '1990-01-01')::text;
    out := out || electoral.can_stand('RU.municipal_council', '2026-09-13', c, '1990-01-01')::text;
    out := out || electoral.can_vote('RU.municipal_council', '2026-09-13', b, '1990-01-01',
                                     'permanent', '2010-01-01', true)::text;
    out := out || (SELECT count(*) FROM electoral.explain('vote', 'RU.municipal_council', '2026-09-13', c,
                                                          '1990-01-01') WHERE NOT satisfied)::text;
    RETURN out;
END
$$;
SELECT is(pg_temp.in_do_block(), '{true,false,true,0}',
          'PL/pgSQL array variables: can_vote, can_stand (a second citizenship bars), a grant, explain');

SELECT lives_ok($q$DO $d$ DECLARE c electoral.country[] := '{RU}'; BEGIN
                   IF NOT electoral.can_vote('RU.municipal_council', '2026-09-13', c, '1990-01-01') THEN
                       RAISE EXCEPTION 'wrong answer'; END IF; END $d$$q$,
                'the DO block of the issue answers true');

CREATE FUNCTION pg_temp.pass_on(c electoral.country[]) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN electoral.can_vote('RU.state_duma', '2026-09-13', c, '1990-01-01');
END
$$;
SELECT is(pg_temp.pass_on('{RU}'), true, 'a PL/pgSQL function passes its country[] parameter on');
SELECT is(pg_temp.pass_on('{BY}'), false, 'and the next call with another value is read anew');
SELECT is(pg_temp.pass_on(ARRAY[NULL, 'RU']::electoral.country[]), true,
          'a NULL element beside RU: a citizen all the same');

-- ---- SQL functions (inlined or not) ----
CREATE FUNCTION pg_temp.sql_vote(c electoral.country[], b date) RETURNS boolean LANGUAGE sql AS $$
    SELECT electoral.can_vote('RU.state_duma', '2026-09-13', c, b)
$$;
CREATE FUNCTION pg_temp.sql_stand(c electoral.country[]) RETURNS boolean LANGUAGE sql STABLE
    SET search_path = pg_catalog AS $$
    SELECT electoral.can_stand('RU.state_duma', '2026-09-13', c, '1970-01-01')
$$;
SELECT is(pg_temp.sql_vote('{RU}', '1990-01-01'), true, 'SQL function argument: can_vote');
SELECT is(pg_temp.sql_stand('{RU,KZ}'), false, 'SQL function argument (not inlined): can_stand');

-- ---- prepared statements: five custom plans, then generic ones ----
PREPARE vote_p(electoral.country[], date) AS
    SELECT electoral.can_vote('RU.state_duma', '2026-09-13', $1, $2);
CREATE FUNCTION pg_temp.exec_p(c electoral.country[]) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE r boolean;
BEGIN
    EXECUTE format('EXECUTE vote_p(%L, %L)', c, DATE '1990-01-01') INTO r;
    RETURN r;
END
$$;
SELECT is(array_agg(pg_temp.exec_p(CASE WHEN i % 2 = 1 THEN '{RU}' ELSE '{BY}' END::electoral.country[]) ORDER BY i),
          '{t,f,t,f,t,f,t,f}'::boolean[], 'EXECUTE of a prepared statement, eight times')
  FROM generate_series(1, 8) AS i;

-- ---- stored compressed and out of line ----
CREATE TEMP TABLE stored (id int, office text, c electoral.country[], pad text);
ALTER TABLE stored ALTER COLUMN pad SET STORAGE plain;
ALTER TABLE stored ALTER COLUMN c SET STORAGE main;           -- compressed in line when the row is big
INSERT INTO stored VALUES
    (1, 'RU.state_duma', array_fill('RU'::electoral.country, ARRAY[32]), repeat('x', 3000)),
    (2, 'RU.state_duma', array_fill('KZ'::electoral.country, ARRAY[32]), repeat('x', 3000));
SELECT ok(pg_column_compression(c) IS NOT NULL, 'row ' || id || ': the array is stored compressed')
  FROM stored ORDER BY id;
SELECT is(array_agg(electoral.can_vote(office, '2026-09-13', c, '1990-01-01') ORDER BY id), '{t,f}',
          'a compressed array is read: can_vote')
  FROM stored;
SELECT is(array_agg(electoral.can_stand(office, '2026-09-13', c, '1970-01-01') ORDER BY id), '{t,f}',
          'a compressed array is read: can_stand')
  FROM stored;

CREATE TEMP TABLE toasted (id int, office text, c electoral.country[], pad text);
ALTER TABLE toasted ALTER COLUMN pad SET STORAGE plain;
ALTER TABLE toasted ALTER COLUMN c SET STORAGE external;      -- out of line, uncompressed
INSERT INTO toasted VALUES
    (1, 'RU.state_duma', array_fill('RU'::electoral.country, ARRAY[32]), repeat('x', 3000)),
    (2, 'RU.state_duma', array_fill('BY'::electoral.country, ARRAY[32]), repeat('x', 3000));
SELECT ok(pg_relation_size(reltoastrelid) > 0, 'the arrays went to the toast table')
  FROM pg_class WHERE oid = 'toasted'::regclass;
SELECT is(array_agg(electoral.can_vote(office, '2026-09-13', c, '1990-01-01') ORDER BY id), '{t,f}',
          'a toasted array is read: can_vote')
  FROM toasted;
SELECT is((SELECT count(*) FROM toasted,
                  electoral.explain('vote', office, '2026-09-13', c, '1990-01-01') AS e
            WHERE id = 1 AND NOT e.satisfied), 0::bigint,
          'a toasted array is read: explain');

-- an oversize array fails cleanly, stored out of line or not
CREATE TEMP TABLE oversize (c electoral.country[]);
ALTER TABLE oversize ALTER COLUMN c SET STORAGE external;
INSERT INTO oversize VALUES (array_fill('RU'::electoral.country, ARRAY[2000]));
SELECT throws_ok($$SELECT electoral.can_vote('RU.state_duma', '2026-09-13', c, '1990-01-01') FROM oversize$$,
                 '54000', 'more than 32 citizenships given for one person',
                 'a toasted array of 2000 codes: a clean error');
SELECT throws_ok($$SELECT electoral.can_vote('RU.state_duma', '2026-09-13',
                          array_fill('RU'::electoral.country, ARRAY[33]), '1990-01-01')$$,
                 '54000', 'more than 32 citizenships given for one person',
                 'an inline array of 33 codes: the same error');

-- a toasted office code: one long enough to leave the row (a code of 13
-- bytes never does), and an unknown one
INSERT INTO electoral.office (code, country, level, title, legal_basis) VALUES
    ('RU.a_council_whose_code_is_long_enough_to_be_stored_out_of_line', 'RU', 'local', 'test council', 'test');
CREATE TEMP TABLE long_office (office text, pad text);
ALTER TABLE long_office ALTER COLUMN pad SET STORAGE plain;
ALTER TABLE long_office ALTER COLUMN office SET STORAGE external;
INSERT INTO long_office VALUES ('RU.a_council_whose_code_is_long_enough_to_be_stored_out_of_line', repeat('x', 3000)),
                               ('RU.a_council_whose_code_is_long_enough_to_be_stored_out_of_line', repeat('y', 3000));
SELECT ok(pg_relation_size(reltoastrelid) > 0, 'the office codes went to the toast table')
  FROM pg_class WHERE oid = 'long_office'::regclass;
SELECT is(array_agg(electoral.can_vote(office, '2026-09-13', '{RU}', '1990-01-01')), '{t,t}',
          'a toasted office code is read: can_vote')
  FROM long_office;
SELECT is(array_agg(electoral.can_stand(office, '2026-09-13', '{RU}', '1970-01-01')), '{t,t}',
          'a toasted office code is read: can_stand')
  FROM long_office;
SELECT is((SELECT count(*) FROM long_office, electoral.explain('vote', office, '2026-09-13', '{RU}', '1990-01-01')),
          0::bigint, 'a toasted office code is read: explain (no requirement)');
UPDATE long_office SET office = 'RU.no_council_has_a_code_as_long_as_this_one_stored_out_of_line';
SELECT throws_ok($$SELECT electoral.can_vote(office, '2026-09-13', '{RU}', '1990-01-01') FROM long_office$$,
                 '22023', 'unknown office "RU.no_council_has_a_code_as_long_as_this_one_stored_out_of_line"',
                 'a toasted unknown office code is named in the error');

SELECT * FROM finish();
ROLLBACK;
