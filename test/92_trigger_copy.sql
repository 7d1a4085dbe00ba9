-- electoral.enforce_eligibility() under COPY FROM: pgTAP cannot feed COPY
-- FROM STDIN, so each case writes a server-side CSV file with COPY (...) TO
-- (files /tmp/electoral_trigger_<backend pid>_*.csv, removed at the end)
-- and loads it with COPY ... FROM.  An all-eligible file loads fully; a file
-- with one ineligible row fails with 23514 at that line and loads nothing;
-- in flag mode every row loads with its flag; a misspelt mapping fails
-- CREATE TRIGGER, and (created with the DDL check off) the COPY; COPY ... WHERE filters rows before the trigger sees them.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SET search_path = public, electoral;
SELECT plan(44);

\ir lib/caught.sql
\ir lib/unchecked_ddl.sql

-- The server-side file of a case, and writing it.
CREATE FUNCTION pg_temp.f(name text) RETURNS text LANGUAGE sql AS $$
    SELECT format('/tmp/electoral_trigger_%s_%s.csv', pg_backend_pid(), name)
$$;
CREATE FUNCTION pg_temp.write(name text, query text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE format('COPY (%s) TO %L (FORMAT csv)', query, pg_temp.f(name));
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
-- The COPY statement loading a file into a table (with a column list).
CREATE FUNCTION pg_temp.load(target text, name text, extra text DEFAULT '') RETURNS text LANGUAGE sql AS $$
    SELECT format('COPY %s FROM %L (FORMAT csv) %s', target, pg_temp.f(name), extra)
$$;

CREATE SCHEMA reestr;
CREATE TABLE reestr.kandidat (
    id           serial PRIMARY KEY,
    fio          text NOT NULL,
    dolzhnost    text NOT NULL,
    data_vyborov date NOT NULL,
    grazhdanstvo electoral.country[] NOT NULL,
    data_rozhd   date,
    status       electoral.residence,
    v_spiske     boolean NOT NULL DEFAULT false
);
CREATE TRIGGER kandidat_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhd', 'residence=status', 'registered=v_spiske');
CREATE TEMP VIEW cols AS SELECT 'reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)' AS k;

-- ---------------------------------------------------------------------------
-- Reject mode
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.write('ok', $q$
    VALUES ('Петров, Пётр', 'RU.municipal_council', DATE '2026-09-13', '{RU}'::electoral.country[], DATE '1980-05-01',
            NULL::electoral.residence, false),
           ('Ковалёв "Игорь"', 'RU.municipal_council', DATE '2026-09-13', '{BY}', DATE '1990-01-01', 'permanent', true),
           ('Сидорова Анна', 'RU.state_duma', DATE '2026-09-13', '{RU}', DATE '2000-01-01', NULL, false)$q$),
          3::bigint, 'ok.csv written: three eligible rows (names with a comma and quotes)');
SELECT lives_ok(pg_temp.load((SELECT k FROM cols), 'ok'), 'COPY of an all-eligible file: no error');
SELECT results_eq($$SELECT fio, dolzhnost, grazhdanstvo::text[], status FROM reestr.kandidat ORDER BY id$$,
                  $$VALUES ('Петров, Пётр', 'RU.municipal_council', '{RU}'::text[], NULL::electoral.residence),
                           ('Ковалёв "Игорь"', 'RU.municipal_council', '{BY}', 'permanent'),
                           ('Сидорова Анна', 'RU.state_duma', '{RU}', NULL)$$,
                  'all three rows loaded as they were in the file');

SELECT is(pg_temp.write('bad', $q$
    VALUES ('Первый', 'RU.municipal_council', DATE '2026-09-13', '{RU}'::electoral.country[], DATE '1970-01-01',
            NULL::electoral.residence, false),
           ('Второй', 'RU.state_duma', DATE '2026-09-13', '{RU}', DATE '1971-01-01', NULL, false),
           ('Третий', 'RU.state_duma', DATE '2026-09-13', '{RU}', DATE '2007-05-01', NULL, false),
           ('Четвёртый', 'RU.municipal_council', DATE '2026-09-13', '{RU}', DATE '1972-01-01', NULL, false)$q$),
          4::bigint, 'bad.csv written: four rows, the third a 19-year-old for the State Duma');
SELECT throws_ok(pg_temp.load((SELECT k FROM cols), 'bad'), '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.state_duma on 2026-09-13',
                 'COPY of a file with an ineligible row: 23514');
SELECT is((SELECT count(*) FROM reestr.kandidat), 3::bigint, 'the failed COPY loaded nothing, not even rows 1 and 2');
CREATE TEMP TABLE err AS SELECT * FROM pg_temp.caught(pg_temp.load((SELECT k FROM cols), 'bad'));
SELECT is(state, '23514', 'caught: check_violation') FROM err;
SELECT is(det, 'Unmet: min_age 21: aged 19 on polling day, 21 required (Constitution of the Russian Federation art. 97).',
          'caught: the DETAIL of the bad row') FROM err;
SELECT ok(ctx LIKE 'COPY kandidat, line 3:%', 'caught: the context names line 3 of the file') FROM err;
SELECT is(tbl || ' / ' || sch || ' / ' || cons, 'kandidat / reestr / kandidat_proverka',
          'caught: table, schema and trigger in the error fields') FROM err;
DROP TABLE err;

-- a file of 2000 rows: all eligible loads; the last one ineligible loads nothing
SELECT is(pg_temp.write('big', $q$
    SELECT 'Кандидат ' || g, CASE WHEN g % 3 = 0 THEN 'RU.state_duma' ELSE 'RU.municipal_council' END,
           DATE '2026-09-13', CASE WHEN g % 5 = 0 THEN '{BY}' ELSE '{RU}' END::electoral.country[],
           DATE '1950-01-01' + g * 7, CASE WHEN g % 5 = 0 THEN 'permanent' END::electoral.residence, g % 5 = 0
      FROM generate_series(1, 2000) AS g
     WHERE NOT (g % 3 = 0 AND g % 5 = 0)$q$),
          1867::bigint, 'big.csv written: 1867 eligible rows, Russians and Belarusians, councils and the Duma');
SELECT lives_ok(pg_temp.load((SELECT k FROM cols), 'big'), 'COPY of 1867 eligible rows: no error');
SELECT is((SELECT count(*) FROM reestr.kandidat), 1870::bigint, 'all 1867 loaded');
SELECT is(pg_temp.write('big_bad', $q$
    SELECT 'Кандидат ' || g, 'RU.municipal_council', DATE '2026-09-13', '{RU}'::electoral.country[],
           CASE WHEN g < 2000 THEN DATE '1960-01-01' + g ELSE DATE '2010-01-01' END, NULL::electoral.residence, false
      FROM generate_series(1, 2000) AS g$q$),
          2000::bigint, 'big_bad.csv written: 2000 rows, the last one a 16-year-old');
SELECT throws_ok(pg_temp.load((SELECT k FROM cols), 'big_bad'), '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'COPY of 2000 rows, the last ineligible: 23514');
SELECT ok(ctx LIKE 'COPY kandidat, line 2000:%', 'at line 2000') FROM pg_temp.caught(pg_temp.load((SELECT k FROM cols), 'big_bad'));
SELECT is((SELECT count(*) FROM reestr.kandidat), 1870::bigint, 'none of the 1999 eligible rows was loaded');

-- COPY ... WHERE filters before the trigger: only the rows kept are judged
SELECT lives_ok(pg_temp.load((SELECT k FROM cols), 'bad', $$WHERE data_rozhd < '2000-01-01'$$),
                'COPY of bad.csv WHERE born before 2000: the ineligible row never reaches the trigger');
SELECT is((SELECT array_agg(fio ORDER BY id) FROM reestr.kandidat WHERE fio IN ('Первый', 'Второй', 'Третий', 'Четвёртый')), ARRAY['Первый', 'Второй', 'Четвёртый'],
          'rows 1, 2 and 4 loaded');

-- a rule change is seen by the next COPY
UPDATE electoral.requirement SET years = 18
 WHERE office = 'RU.state_duma' AND role = 'stand' AND kind = 'min_age';
SELECT lives_ok(pg_temp.load((SELECT k FROM cols), 'bad'), 'after lowering the Duma age to 18: bad.csv loads');
SELECT is((SELECT count(*) FROM reestr.kandidat), 1877::bigint, 'all four rows of it');
UPDATE electoral.requirement SET years = 21
 WHERE office = 'RU.state_duma' AND role = 'stand' AND kind = 'min_age';

-- a misspelt mapping fails the COPY
CREATE TABLE reestr.kandidat_oshibka (LIKE reestr.kandidat);
CREATE FUNCTION pg_temp.oshibka_trigger() RETURNS text LANGUAGE sql AS $$
    SELECT $q$CREATE TRIGGER oshibka_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat_oshibka
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhdeniya')$q$
$$;
SELECT throws_ok(pg_temp.oshibka_trigger(), '42703',
                 'trigger "oshibka_proverka" on table "kandidat_oshibka": no column "data_rozhdeniya"',
                 'CREATE TRIGGER naming a missing column: 42703 at once');
-- created anyway with the DDL check off: the COPY checks again
SELECT lives_ok(format('SELECT pg_temp.unchecked_ddl(%L)', pg_temp.oshibka_trigger()), 'the trigger created with the DDL check off');
SELECT throws_ok(pg_temp.load('reestr.kandidat_oshibka (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)', 'ok'),
                 '42703', 'trigger "oshibka_proverka" on table "kandidat_oshibka": no column "data_rozhdeniya"',
                 'COPY into a table whose trigger names a missing column: 42703 on the first row');
SELECT ok(ctx LIKE 'COPY kandidat_oshibka, line 1:%', 'at line 1')
  FROM pg_temp.caught(pg_temp.load('reestr.kandidat_oshibka (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)', 'ok'));
SELECT is((SELECT count(*) FROM reestr.kandidat_oshibka), 0::bigint, 'nothing loaded');

-- a partitioned registry: the trigger on the parent applies to each partition
CREATE TABLE reestr.kandidat_po_godam (LIKE reestr.kandidat INCLUDING DEFAULTS) PARTITION BY RANGE (data_vyborov);
CREATE TABLE reestr.kandidat_2026 PARTITION OF reestr.kandidat_po_godam FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TRIGGER po_godam_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat_po_godam
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhd', 'residence=status', 'registered=v_spiske');
SELECT lives_ok(pg_temp.load('reestr.kandidat_po_godam (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)', 'ok'),
                'COPY of ok.csv into a partitioned table: no error');
SELECT throws_ok(pg_temp.load('reestr.kandidat_po_godam (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)', 'bad'),
                 '23514', NULL, 'COPY of bad.csv into the partitioned table: 23514');
SELECT is((SELECT count(*) FROM reestr.kandidat_po_godam), 3::bigint, 'only ok.csv''s three rows are there');

-- ---------------------------------------------------------------------------
-- Flag mode: every row loads with its flag
-- ---------------------------------------------------------------------------
CREATE TABLE reestr.zayavka (
    id           serial PRIMARY KEY,
    fio          text NOT NULL,
    dolzhnost    text NOT NULL,
    data_vyborov date NOT NULL,
    grazhdanstvo electoral.country[] NOT NULL,
    data_rozhd   date,
    status       electoral.residence,
    v_spiske     boolean NOT NULL DEFAULT false,
    problemy     jsonb,
    zamechaniya  text[]
);
CREATE TRIGGER zayavka_json BEFORE INSERT OR UPDATE ON reestr.zayavka
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhd', 'residence=status', 'registered=v_spiske', 'flag=problemy');
CREATE TRIGGER zayavka_text BEFORE INSERT OR UPDATE ON reestr.zayavka
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhd', 'residence=status', 'registered=v_spiske', 'flag=zamechaniya');
SELECT lives_ok(pg_temp.load('reestr.zayavka (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)', 'bad'),
                'flag mode: COPY of bad.csv, no error');
SELECT is((SELECT count(*) FROM reestr.zayavka), 4::bigint, 'all four rows loaded');
SELECT results_eq($$SELECT fio, problemy, zamechaniya FROM reestr.zayavka ORDER BY id$$,
                  $$VALUES ('Первый', '[]'::jsonb, '{}'::text[]),
                           ('Второй', '[]', '{}'),
                           ('Третий', '[{"requirement": "min_age 21", "detail": "aged 19 on polling day, 21 required",
                                         "legal_basis": "Constitution of the Russian Federation art. 97"}]',
                            '{"min_age 21: aged 19 on polling day, 21 required (Constitution of the Russian Federation art. 97)"}'),
                           ('Четвёртый', '[]', '{}')$$,
                  'the flags: empty for rows 1, 2 and 4, the age requirement for row 3, in both columns');
-- a file that carries its own flag values: replaced
SELECT is(pg_temp.write('flags', $q$
    VALUES ('Пятый', 'RU.municipal_council', DATE '2026-09-13', '{RU}'::electoral.country[], DATE '2010-01-01',
            NULL::electoral.residence, false, '[]'::jsonb, '{}'::text[]),
           ('Шестой', 'RU.municipal_council', DATE '2026-09-13', '{RU}', DATE '1980-01-01', NULL, false,
            '["поддельный"]', '{поддельный}')$q$),
          2::bigint, 'flags.csv written: a 16-year-old with empty flags, an adult with forged ones');
SELECT lives_ok(pg_temp.load('reestr.zayavka (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske, problemy, zamechaniya)', 'flags'),
                'flag mode: COPY of flags.csv, no error');
SELECT results_eq($$SELECT fio, jsonb_array_length(problemy), cardinality(zamechaniya) FROM reestr.zayavka
                     WHERE fio IN ('Пятый', 'Шестой') ORDER BY id$$,
                  $$VALUES ('Пятый', 1, 1), ('Шестой', 0, 0)$$,
                  'the flags in the file are replaced by the trigger''s');
SELECT is((SELECT problemy -> 0 ->> 'detail' FROM reestr.zayavka WHERE fio = 'Пятый'), 'aged 16 on polling day, 18 required',
          'the 16-year-old''s flag says why');
-- the 2000-row file in flag mode
SELECT lives_ok(pg_temp.load('reestr.zayavka (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)', 'big_bad'),
                'flag mode: COPY of big_bad.csv, no error');
SELECT results_eq($$SELECT count(*), count(*) FILTER (WHERE problemy = '[]' AND zamechaniya = '{}'),
                           count(*) FILTER (WHERE fio = 'Кандидат 2000' AND jsonb_array_length(problemy) = 1
                                                  AND cardinality(zamechaniya) = 1)
                      FROM reestr.zayavka WHERE fio LIKE 'Кандидат %'$$,
                  $$VALUES (2000::bigint, 1999::bigint, 1::bigint)$$,
                  'all 2000 rows loaded: 1999 with empty flags, the last with one item in each flag');

-- ---------------------------------------------------------------------------
-- Remove the files
-- ---------------------------------------------------------------------------
SELECT lives_ok(format('COPY (SELECT 1 WHERE false) TO PROGRAM %L',
                       format('rm -f /tmp/electoral_trigger_%s_*.csv', pg_backend_pid())),
                'the files are removed');
SELECT is(pg_stat_file(pg_temp.f(n), true), NULL, n || '.csv is gone')
  FROM unnest(ARRAY['ok', 'bad', 'big', 'big_bad', 'flags']) AS n;

SELECT * FROM finish();
ROLLBACK;
