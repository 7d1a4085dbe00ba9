-- Soft input errors.  Since PostgreSQL 16, pg_input_is_valid and
-- pg_input_error_info ask a type's input function to report a bad value
-- instead of raising it; since 17, COPY ... (ON_ERROR ignore) skips the rows
-- that hold one.  Every type of the extension reports softly exactly the error its cast raises
-- (SQLSTATE, message, detail, hint), for every kind of bad value.  Each
-- check is gated on server_version_num: an older server skips it by name.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(56);
\ir lib/error_of.sql
SELECT current_setting('server_version_num')::int >= 160000 AS has_soft_errors,
       current_setting('server_version_num')::int >= 170000 AS has_copy_on_error \gset

-- One valid value per type.
CREATE TEMP TABLE good(kind regtype, v text) ON COMMIT DROP;
INSERT INTO good VALUES
    ('electoral.country', 'rus'), ('electoral.ru_inn', '7709442668'), ('electoral.ru_snils', '112-233-445 95'),
    ('electoral.ru_passport', '4506 123456'), ('electoral.by_personal_number', '3270287А012РВ2'),
    ('electoral.by_passport', 'мр 1234567'), ('electoral.kz_iin', '901123300258'),
    ('electoral.mrz', E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');

-- Bad values of every kind the input functions tell apart: a wrong check
-- digit, a wrong length, a stray character (Cyrillic or Latin), nothing at all.
CREATE TEMP TABLE bad(kind regtype, v text) ON COMMIT DROP;
INSERT INTO bad VALUES
    ('electoral.country', 'ZZ'), ('electoral.country', 'UK'), ('electoral.country', 'РУ'), ('electoral.country', ''),
    ('electoral.country', '999'),
    ('electoral.ru_inn', '1234567895'), ('electoral.ru_inn', '12345'), ('electoral.ru_inn', '77О9442668'),
    ('electoral.ru_inn', 'нет'),
    ('electoral.ru_snils', '112-233-445 90'), ('electoral.ru_snils', '112-233'),
    ('electoral.ru_passport', '4506 12345'), ('electoral.ru_passport', '4506 12345Z'),
    ('electoral.by_personal_number', '7000000A000PB2'), ('electoral.by_personal_number', '3270287A012PB'),
    ('electoral.by_passport', 'MP12345Z7'), ('electoral.by_passport', 'MP123'),
    ('electoral.kz_iin', '901123300255'), ('electoral.kz_iin', '90112330025'),
    ('electoral.mrz', E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11'),
    ('electoral.mrz', 'P<UTOERIKSSON');

SELECT is((SELECT count(*) FROM good), 8::bigint, 'one good value for each of the 8 input types');
SELECT is((SELECT count(*) FROM bad), 21::bigint, '21 bad values');
SELECT is((SELECT count(*) FROM bad WHERE pg_temp.error_of(format('SELECT %L::%s', v, kind)) NOT LIKE '22P02 | %'),
          0::bigint, 'every bad value is refused by its cast with 22P02');

\if :has_soft_errors
SELECT is(pg_input_is_valid(v, kind::text), true, format('pg_input_is_valid(%L, %s) is true', v, kind))
  FROM good ORDER BY kind::text;
SELECT is(pg_input_is_valid(v, kind::text), false, format('pg_input_is_valid(%L, %s) is false', v, kind))
  FROM bad ORDER BY kind::text, v;
-- what the type reports softly is what its cast raises: SQLSTATE | message | detail | hint
SELECT is((SELECT concat_ws(' | ', e.sql_error_code, e.message, NULLIF(e.detail, ''), NULLIF(e.hint, ''))
             FROM pg_input_error_info(v, kind::text) AS e),
          pg_temp.error_of(format('SELECT %L::%s', v, kind)),
          format('pg_input_error_info(%L, %s) reports what the cast raises', v, kind))
  FROM bad ORDER BY kind::text, v;
-- arrays pass the soft context on to each element's input
SELECT is(pg_input_is_valid('{RU,BY,KZ}', 'electoral.country[]'), true, 'a country[] of good codes is valid');
SELECT is((SELECT sql_error_code || ' ' || message FROM pg_input_error_info('{RU,UK}', 'electoral.country[]')),
          '22P02 invalid input syntax for type electoral.country: "UK"',
          'a country[] with one bad code reports that code softly');
\else
SELECT skip('pg_input_is_valid and pg_input_error_info arrived in PostgreSQL 16', 52);
\endif

-- A register to load: rows 2, 3 and 5 hold a value their column's type refuses.
CREATE TEMP TABLE register(id int, inn electoral.ru_inn, citizenship electoral.country) ON COMMIT DROP;
\if :has_copy_on_error
-- (the COPY and its rows are in their own file: an older psql skipping this
-- branch would still stop at the rows' closing \.)
\ir lib/copy_on_error_register.sql
SELECT results_eq('SELECT id FROM register ORDER BY id', ARRAY[1, 4],
                  'COPY ... (ON_ERROR ignore) loads the good rows and skips each row with a bad INN or country');
\else
SELECT skip('COPY ... (ON_ERROR ignore) arrived in PostgreSQL 17', 1);
\endif

SELECT * FROM finish();
ROLLBACK;
