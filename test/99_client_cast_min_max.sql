-- What client drivers send, and min/max over the identity types.
--
-- psycopg2 (and any driver that adapts a list of strings) sends
-- ARRAY['RU','BY'], a text[]; a function call applies only implicit casts,
-- so before the text[] -> country[] cast every call below failed with 42883
-- "function electoral.can_vote(unknown, unknown, text[], unknown) does not
-- exist".  Before the aggregates, min(c) on these types was 42883 too.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(30);
\ir lib/error_of.sql
\ir lib/plan_of.sql

-- ---- text[] where a country[] is expected ----
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-13', ARRAY['BY'], '1990-01-01',
                             'permanent', '2010-01-01', true),
          true, 'can_vote takes a text[] literal (a Belarusian permanent resident votes locally)');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-13', ARRAY['KZ'], '1990-01-01',
                             'permanent', '2010-01-01', true),
          false, 'can_vote with a text[]: a Kazakh national does not vote locally');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-09-13', ARRAY['ru', 'BLR'], '1990-01-01'),
          true, 'can_stand takes a text[] of any spelling the input accepts (ru, BLR)');

CREATE FUNCTION pg_temp.vote_by(o text, d date, c text[], b date) RETURNS bool LANGUAGE sql STABLE AS $$
    SELECT electoral.can_vote(o, d, c, b, 'permanent', '2010-01-01', true)
$$;
SELECT is(pg_temp.vote_by('RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01'),
          true, 'a parameter typed text[] (as a driver binds it) reaches can_vote');

SELECT is((SELECT array_agg(requirement || ':' || satisfied ORDER BY requirement)
             FROM electoral.explain('vote', 'RU.municipal_council', '2026-09-13', ARRAY['BY'],
                                    '1990-01-01', 'permanent', '2010-01-01', true)),
          (SELECT array_agg(requirement || ':' || satisfied ORDER BY requirement)
             FROM electoral.explain('vote', 'RU.municipal_council', '2026-09-13', '{BY}'::electoral.country[],
                                    '1990-01-01', 'permanent', '2010-01-01', true)),
          'explain with a text[] gives the rows it gives with a country[]');
SELECT is((SELECT array_agg(code ORDER BY code) FROM electoral.identity_mismatches(
                citizenships => ARRAY['RU'], birth_date => '1990-01-01', by_personal_number => '3270287A012PB2')),
          '{by_number_birth_date}',
          'identity_mismatches takes a text[] for citizenships (and finds the birth date 1987-02-27 in the number)');

SELECT is(pg_temp.error_of($$SELECT electoral.can_vote('RU.municipal_council', '2026-09-13', ARRAY['BY', 'UK'], '1990-01-01')$$),
          '22P02 | invalid input syntax for type electoral.country: "UK" | "UK" is not an ISO 3166-1 alpha-2 code. | The ISO 3166-1 code of the United Kingdom is GB (GBR).',
          'a bad code in the text[] is refused by country''s input (22P02, naming it)');
SELECT is(ARRAY['by', NULL, 'RUS']::text[]::electoral.country[], '{BY,NULL,RU}'::electoral.country[],
          'the cast validates each element and keeps NULL elements');
SELECT is(ARRAY[['by'], ['ru']]::text[]::electoral.country[], '{{BY},{RU}}'::electoral.country[],
          'the cast keeps dimensions');
SELECT is(pg_temp.error_of($$SELECT ARRAY['NULL']::text[]::electoral.country[]$$),
          '22P02 | invalid input syntax for type electoral.country: "NULL" | Expected a 2- or 3-letter code or a numeric code of 1 to 3 digits. | Use an ISO 3166-1 code such as RU, BLR or 112.',
          'the string ''NULL'' in a text[] is a bad code, not a NULL element');
SELECT is((SELECT castcontext::text || castmethod::text FROM pg_catalog.pg_cast
            WHERE castsource = 'pg_catalog.text[]'::regtype AND casttarget = 'electoral.country[]'::regtype),
          'ii', 'text[] -> country[] is an implicit I/O cast');

-- The cast serves function calls only: operators over two arrays are
-- polymorphic (anyarray needs one type) and stay as they were.
SELECT is(pg_temp.error_of($$SELECT '{RU}'::electoral.country[] @> ARRAY['RU']$$),
          '42883 | operator does not exist: electoral.country[] @> text[] | No operator matches the given name and argument types. You might need to add explicit type casts.',
          'country[] @> text[] is still no operator (no new resolution through the cast)');
SELECT is(pg_temp.error_of($$SELECT array_cat('{RU}'::electoral.country[], ARRAY['BY'])$$),
          '42883 | function array_cat(electoral.country[], text[]) does not exist | No function matches the given name and argument types. You might need to add explicit type casts.',
          'array_cat(country[], text[]) is still no function');
SELECT is(array_to_string(ARRAY['RU', 'BY'], ','), 'RU,BY', 'functions over text[] still take text[] as it is');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01',
                             'permanent', '2010-01-01', true),
          true, 'an untyped literal still reaches country[] directly');

-- ---- min and max ----
CREATE TEMP TABLE ids (c electoral.country, inn electoral.ru_inn, snils electoral.ru_snils,
                       rp electoral.ru_passport, bpn electoral.by_personal_number,
                       bp electoral.by_passport, iin electoral.kz_iin);
INSERT INTO ids VALUES
    ('RU', '7707083893', '112-233-445 95', '4506 123456', '3270287A012PB2', 'MP1234567', '901123300258'),
    ('BY', '500100732259', '087-654-303 00', '0101 000001', '7000000A000PB1', 'AB0000001', '000229300005'),
    ('AF', '7830002293', '001-001-998 47', '9912 999999', '1010180A000PB1', 'MC7654321', NULL);
SELECT is(electoral.min(c)::text || ' ' || electoral.max(c)::text, 'AF RU', 'min and max of country (AF, BY, RU)') FROM ids;
SELECT is(electoral.min(inn)::text || ' ' || electoral.max(inn)::text, '7707083893 500100732259',
          'min and max of ru_inn follow the type''s order (10-digit numbers before 12-digit)') FROM ids;
SELECT is(electoral.min(snils)::text || ' ' || electoral.max(snils)::text, '001-001-998 47 112-233-445 95',
          'min and max of ru_snils') FROM ids;
SELECT is(electoral.min(rp)::text || ' ' || electoral.max(rp)::text, '01 01 000001 99 12 999999',
          'min and max of ru_passport') FROM ids;
SELECT is(electoral.min(bpn)::text || ' ' || electoral.max(bpn)::text, '1010180A000PB1 7000000A000PB1',
          'min and max of by_personal_number') FROM ids;
SELECT is(electoral.min(bp)::text || ' ' || electoral.max(bp)::text, 'AB0000001 MP1234567',
          'min and max of by_passport') FROM ids;
SELECT is(electoral.min(iin)::text || ' ' || electoral.max(iin)::text, '000229300005 901123300258',
          'min and max of kz_iin skip NULL') FROM ids;
SELECT is((SELECT electoral.min(c)::text FROM ids WHERE false), NULL, 'min over no rows is NULL');
SELECT is((SELECT array_agg(c::text ORDER BY c) FROM ids)[1], (SELECT electoral.min(c)::text FROM ids),
          'min is the first in ORDER BY order');
SELECT is((SELECT array_agg(inn::text ORDER BY inn DESC) FROM ids)[1], (SELECT electoral.max(inn)::text FROM ids),
          'max is the first in ORDER BY DESC order');

SET LOCAL search_path = public, electoral;
SELECT is(min(c)::text || ' ' || max(bp)::text, 'AF MP1234567', 'min and max resolve unqualified with electoral on the path') FROM ids;
SELECT is(min(x) || max(x), 'ab', 'min and max of text are untouched') FROM (VALUES ('a'), ('b')) AS t(x);
RESET search_path;

-- SORTOP: the planner answers min from a btree index instead of scanning.
CREATE TEMP TABLE many AS SELECT ('{RU,BY,KZ,AF,DE}'::electoral.country[])[1 + g % 5] AS c FROM generate_series(1, 2000) AS g;
CREATE INDEX ON many (c);
ANALYZE many;
SET LOCAL enable_seqscan = off;
SELECT alike(pg_temp.plan_of('SELECT electoral.min(c) FROM many'), '%Index Only Scan using many_c_idx%',
             'min(country) is answered from the btree index (SORTOP)');
SELECT alike(pg_temp.plan_of('SELECT electoral.max(c) FROM many'), '%Index Only Scan Backward using many_c_idx%',
             'max(country) reads the index backward');
SELECT is((SELECT electoral.min(c)::text || electoral.max(c)::text FROM many), 'AFRU', 'and the answers are right');
SELECT finish();
ROLLBACK;
