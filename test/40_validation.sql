-- electoral.is_valid(text, regtype) and electoral.validation_error(text, regtype):
-- they agree with the input functions, never raise for a bad value, return
-- NULL for NULL, and raise 22023 for a type electoral does not validate.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(56);
-- The operators live in schema electoral, like the types.
SET search_path = public, electoral;

-- What the input function says of v as kind: NULL when it accepts v, else
-- SQLSTATE | message | detail.
CREATE FUNCTION pg_temp.cast_error(v text, kind regtype) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text; det text;
BEGIN
    EXECUTE format('SELECT %L::%s', v, kind);
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
    RETURN concat_ws(' | ', st, msg, det);
END $$;

CREATE TEMP TABLE kinds(kind regtype) ON COMMIT DROP;
INSERT INTO kinds VALUES ('electoral.country'), ('electoral.ru_inn'), ('electoral.ru_snils'),
    ('electoral.ru_passport'), ('electoral.by_personal_number'), ('electoral.by_passport'),
    ('electoral.kz_iin');

-- One valid and one invalid value per kind.
CREATE TEMP TABLE samples(kind regtype, good text, bad text, bad_error text) ON COMMIT DROP;
INSERT INTO samples VALUES
    ('electoral.country', 'rus', 'ZZ',
     'invalid input syntax for type electoral.country: "ZZ": "ZZ" is not an ISO 3166-1 alpha-2 code'),
    ('electoral.ru_inn', '7709442668', '1234567895',
     'invalid input syntax for type electoral.ru_inn: "1234567895": check digit is 5, expected 4'),
    ('electoral.ru_snils', '112-233-445 95', '112-233-445 90',
     'invalid input syntax for type electoral.ru_snils: "112-233-445 90": check number is 90, expected 95'),
    ('electoral.ru_passport', '4506 123456', '4506 12345',
     'invalid input syntax for type electoral.ru_passport: "4506 12345": expected 10 digits, found 9'),
    ('electoral.by_personal_number', '3270287А012РВ2', '7000000A000PB2',
     'invalid input syntax for type electoral.by_personal_number: "7000000A000PB2": check digit is 2, expected 1'),
    ('electoral.by_passport', 'мр 1234567', 'MP12345Z7',
     'invalid input syntax for type electoral.by_passport: "MP12345Z7": character 8 must be a digit, found "Z"'),
    ('electoral.kz_iin', '901123300258', '901123300255',
     'invalid input syntax for type electoral.kz_iin: "901123300255": check digit is 5, expected 8');

-- ---------------------------------------------------------------------------
-- Good and bad values, each kind
-- ---------------------------------------------------------------------------
SELECT is(electoral.is_valid(good, kind), true, format('is_valid(%L, %s) is true', good, kind)) FROM samples ORDER BY kind::text;
SELECT is(electoral.is_valid(bad, kind), false, format('is_valid(%L, %s) is false', bad, kind)) FROM samples ORDER BY kind::text;
SELECT is_empty($$SELECT kind, good FROM samples WHERE electoral.validation_error(good, kind) IS NOT NULL$$,
    'validation_error of a valid value is NULL, each kind');
SELECT is_empty($$
    SELECT kind, bad, electoral.validation_error(bad, kind) FROM samples
     WHERE electoral.validation_error(bad, kind) IS DISTINCT FROM bad_error
$$, 'validation_error of an invalid value is the input message and what is wrong, each kind');
SELECT is(electoral.is_valid('7709442668', 'electoral.ru_inn'::regtype::oid::regtype), true,
    'kind given as an OID cast to regtype');
SELECT is(electoral.is_valid('7709442668', 'ru_inn'), true, 'kind resolved through search_path');

-- ---------------------------------------------------------------------------
-- NULL in, NULL out
-- ---------------------------------------------------------------------------
SELECT is(electoral.is_valid(NULL, 'electoral.ru_inn'), NULL, 'is_valid(NULL, kind) is NULL');
SELECT is(electoral.validation_error(NULL, 'electoral.ru_inn'), NULL, 'validation_error(NULL, kind) is NULL');
SELECT is(electoral.is_valid('7709442668', NULL), NULL, 'is_valid(value, NULL) is NULL');
SELECT is(electoral.validation_error('ZZ', NULL), NULL, 'validation_error(value, NULL) is NULL');

-- ---------------------------------------------------------------------------
-- Types electoral does not validate: 22023
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT electoral.is_valid('x', 'text'::regtype)$$, '22023',
    'type text is not validated by electoral', 'is_valid with kind text raises 22023');
SELECT throws_ok($$SELECT electoral.validation_error('x', 'text'::regtype)$$, '22023',
    'type text is not validated by electoral', 'validation_error with kind text raises 22023');
SELECT throws_ok($$SELECT electoral.is_valid('7709442668', 'int8')$$, '22023', NULL,
    'is_valid with kind int8 raises 22023 even for a valid-looking value');
SELECT throws_ok($$SELECT electoral.is_valid('{7709442668}', 'electoral.ru_inn[]')$$, '22023',
    NULL, 'the array type of an electoral type is not a kind');
CREATE DOMAIN public.ru_inn AS text;
SELECT throws_ok($$SELECT electoral.is_valid('7709442668', 'public.ru_inn')$$, '22023', NULL,
    'a type of the same name in another schema is not a kind');
SELECT throws_ok($$SELECT electoral.validation_error(v, 'int4') FROM (VALUES ('1'), ('x')) s(v)$$, '22023', NULL,
    'validation_error raises 22023 over a set of rows too');
SELECT throws_ok($$SELECT electoral.is_valid('7709442668', 'electoral.nonexistent')$$, '42704', NULL,
    'a type name that does not exist is refused by regtype input (42704)');

-- ---------------------------------------------------------------------------
-- Garbage never raises
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE garbage(g text) ON COMMIT DROP;
INSERT INTO garbage VALUES
    (''), (' '), ('-'), ('.'), (E'\t'), (E'\n'), (E'\r\n'), (' - . '), ('NULL'), ('<<<'), ('<'),
    ('DROP TABLE garbage'), ('😀'), ('Ж'), ('ЖЖ'), (E'\x01'), (E'\x7f'), (E'\x1b[31m'),
    ('١٢٣٤٥٦٧٨٩٤'), ('１２３４５６７８９４'), (E'\uFEFF7709442668'), (E'7709\u200B442668'),
    (E'e\u0301'), ('%s%s%n'), (E'\\'), (''''), ('"'), ('1e10'), ('0x1CB8'), ('-1'), ('+1'),
    ('7709442668; DROP TABLE garbage'), ('R_U'), ('Р У'), ('001'), ('0'), ('00'),
    (repeat('9', 100000)), (repeat('A', 100000)), (repeat('Ж', 50000)), (repeat('-', 100000)),
    (repeat(' ', 100000) || 'x'), (repeat('7709442668', 1000)), (repeat(E'\x01', 1000)),
    (repeat('12', 17)), (repeat('1', 33)), (repeat('1', 32));
SELECT lives_ok($$
    SELECT count(electoral.is_valid(g, kind)), count(electoral.validation_error(g, kind))
      FROM garbage, kinds
$$, 'is_valid and validation_error do not raise on garbage, long strings or control characters');
SELECT is((SELECT count(*) FROM garbage, kinds WHERE electoral.is_valid(g, kind)), 0::bigint,
    'no garbage value is valid for any kind');
SELECT is((SELECT count(*) FROM garbage, kinds WHERE electoral.validation_error(g, kind) IS NOT NULL),
    (SELECT count(*) * 7 FROM garbage), 'validation_error explains every garbage value for every kind');
SELECT is(electoral.validation_error(repeat('1', 100000), 'electoral.ru_inn'),
    format('invalid input syntax for type electoral.ru_inn: "%s": value is too long: more than 32 significant characters', repeat('1', 100000)),
    'a 100000-digit value is refused as too long');
SELECT is(electoral.validation_error(E'77\x01', 'electoral.ru_inn'),
    E'invalid input syntax for type electoral.ru_inn: "77\x01": unexpected control character U+0001 at position 3',
    'a control character is named by its code point');
SELECT is(electoral.validation_error(E'\uFEFF7709442668', 'electoral.ru_inn'),
    E'invalid input syntax for type electoral.ru_inn: "\uFEFF7709442668": unexpected character "\uFEFF" at position 1',
    'an invisible byte-order mark is refused, not silently dropped');
SELECT is(electoral.validation_error(' - . ', 'electoral.kz_iin'),
    'invalid input syntax for type electoral.kz_iin: " - . ": value is empty',
    'separators only: value is empty');
SELECT is(electoral.is_valid(repeat(' ', 100000) || '7709442668' || repeat('-', 1000), 'electoral.ru_inn'), true,
    'any number of separators around a valid value is fine');
SELECT is((repeat(' ', 100000) || '77-09-44-26-68' || repeat('.', 1000))::electoral.ru_inn::text, '7709442668',
    'the input function agrees on long separator runs');

-- ---------------------------------------------------------------------------
-- is_valid and validation_error agree with the input functions
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE corpus(v text) ON COMMIT DROP;
INSERT INTO corpus SELECT g FROM garbage WHERE length(g) < 1000;
INSERT INTO corpus SELECT good FROM samples UNION ALL SELECT bad FROM samples;
INSERT INTO corpus VALUES
    ('RU'), ('643'), ('D<<'), ('UTO'), ('РУ'), ('UK'), (' by '), (E'\tRU'), ('R-U'), ('r.u'),
    ('1234567894'), ('123456789047'), ('123456789037'), ('0000000000'), ('000000000000'),
    ('00100199800'), ('001-001-999 00'), ('999-999-999 01'), ('0112 000001'),
    ('3270287A012PB2'), ('3270287a012pb2'), ('3270287A012PB3'), ('7000000A000PB1'),
    ('MP1234567'), ('ZZ1234567'), ('ХА0000001'), ('871008401427'), ('901123300004'), ('901123300030'),
    (E'7709442668\u00A0'), (E'\u00A0'), ('4506 123456 '), ('45 06 123456'), ('МР 1234567');
SELECT is_empty($$
    SELECT v, kind, electoral.is_valid(v, kind), pg_temp.cast_error(v, kind)
      FROM corpus, kinds
     WHERE electoral.is_valid(v, kind) IS DISTINCT FROM (pg_temp.cast_error(v, kind) IS NULL)
$$, 'is_valid is true exactly when the input function accepts the value (corpus x 7 kinds)');
SELECT is_empty($$
    SELECT v, kind, e, ve FROM (
        SELECT v, kind, pg_temp.cast_error(v, kind) AS e, electoral.validation_error(v, kind) AS ve
          FROM corpus, kinds) s
     WHERE e IS NOT NULL
       AND ('22P02 | ' || replace(ve, format('"%s": ', v), format('"%s" | ', v)))
           IS DISTINCT FROM
           ('22P02 | ' || split_part(e, ' | ', 2) || ' | '
                       || lower(left(split_part(e, ' | ', 3), 1))
                       || substr(split_part(e, ' | ', 3), 2, length(split_part(e, ' | ', 3)) - 2))
$$, 'validation_error is the input function''s message and detail (corpus x 7 kinds)');
SELECT is(
    (SELECT count(*) FROM corpus, kinds WHERE pg_temp.cast_error(v, kind) NOT LIKE '22P02 |%'),
    0::bigint, 'the input functions refuse with SQLSTATE 22P02 only');

-- ---------------------------------------------------------------------------
-- Counting bad rows of a dirty table
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE registry(id int, inn text, snils text, country text) ON COMMIT DROP;
INSERT INTO registry VALUES
    (1, '7709442668',    '112-233-445 95', 'RU'),
    (2, '1234567895',    '112-233-445 90', 'ZZ'),
    (3, '123456789047',  '00100199800',    'blr'),
    (4, '123456789037',  '11223344595',    '643'),
    (5, NULL,            NULL,             NULL),
    (6, '77 09 44 26 68', 'не указан',     'Россия'),
    (7, '',              '',               ''),
    (8, '1234567894',    '999-999-999 01', 'D<<');
SELECT is((SELECT count(*) FROM registry WHERE NOT electoral.is_valid(inn, 'electoral.ru_inn')), 3::bigint,
    'dirty table: exactly 3 bad INNs (NULL is not counted)');
SELECT is((SELECT count(*) FROM registry WHERE NOT electoral.is_valid(snils, 'electoral.ru_snils')), 3::bigint,
    'dirty table: exactly 3 bad SNILS');
SELECT is((SELECT count(*) FROM registry WHERE NOT electoral.is_valid(country, 'electoral.country')), 3::bigint,
    'dirty table: exactly 3 bad countries');
SELECT is((SELECT count(*) FROM registry WHERE electoral.is_valid(inn, 'electoral.ru_inn') IS NULL), 1::bigint,
    'dirty table: the NULL row gives NULL');
SELECT results_eq($$
    SELECT id, electoral.validation_error(inn, 'electoral.ru_inn') FROM registry
     WHERE NOT electoral.is_valid(inn, 'electoral.ru_inn') ORDER BY id
$$, $$VALUES
    (2, 'invalid input syntax for type electoral.ru_inn: "1234567895": check digit is 5, expected 4'),
    (4, 'invalid input syntax for type electoral.ru_inn: "123456789037": first check digit (11th) is 3, expected 4'),
    (7, 'invalid input syntax for type electoral.ru_inn: "": value is empty')
$$, 'dirty table: the report of bad INNs');
SELECT is((SELECT count(*) FROM registry WHERE electoral.is_valid(inn, 'electoral.ru_inn')
           AND electoral.is_valid(snils, 'electoral.ru_snils') AND electoral.is_valid(country, 'electoral.country')),
    3::bigint, 'dirty table: 3 rows are valid in every column');

-- one column holding several kinds: the kind changes from row to row
CREATE TEMP TABLE mixed(id int, kind regtype, v text) ON COMMIT DROP;
INSERT INTO mixed VALUES
    (1, 'electoral.ru_inn', '7709442668'), (2, 'electoral.kz_iin', '7709442668'),
    (3, 'electoral.kz_iin', '901123300258'), (4, 'electoral.ru_inn', '901123300258'),
    (5, 'electoral.country', 'KZ'), (6, 'electoral.by_passport', 'KZ'),
    (7, 'electoral.by_passport', 'KZ1234567'), (8, 'electoral.ru_passport', '4506123456'),
    (9, 'electoral.ru_inn', '4506123456'), (10, 'electoral.ru_snils', '11223344595'),
    (11, 'electoral.kz_iin', '11223344595'), (12, 'electoral.by_personal_number', '3270287A012PB2'),
    (13, 'electoral.ru_passport', '3270287A012PB2'), (14, 'electoral.country', '3270287A012PB2');
SELECT results_eq($$SELECT id FROM mixed WHERE electoral.is_valid(v, kind) ORDER BY id$$,
    ARRAY[1, 3, 5, 7, 8, 10, 12],
    'a kind that changes from row to row is honoured on every row');
SELECT results_eq($$SELECT id FROM mixed WHERE electoral.validation_error(v, kind) IS NULL ORDER BY id$$,
    ARRAY[1, 3, 5, 7, 8, 10, 12],
    'validation_error agrees on the rows of mixed kinds');
SELECT is(
    (SELECT count(*) FROM mixed
      WHERE electoral.is_valid(v, kind) = (pg_temp.cast_error(v, kind) IS NULL)), 14::bigint,
    'rows of mixed kinds agree with the input functions');


-- electoral.mrz is validated too (the ICAO TD3 specimen, and with its composite digit broken)
SELECT is(electoral.is_valid(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', 'electoral.mrz'),
          true, 'is_valid: the ICAO TD3 specimen is a valid electoral.mrz');
SELECT is(electoral.is_valid(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11', 'electoral.mrz'),
          false, 'is_valid: a wrong composite check digit is not');
SELECT is(electoral.validation_error(E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11', 'electoral.mrz'),
          E'invalid input syntax for type electoral.mrz: "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<11": composite check digit is 1, expected 0',
          'validation_error: names the field and both digits');

-- A character is named as it was typed, not as the Latin look-alike it
-- reads as (up to 1.0: 'нет' was said to hold "H").
SELECT is(electoral.validation_error('нет', 'electoral.ru_inn'),
    'invalid input syntax for type electoral.ru_inn: "нет": an INN has only digits, found "н" at digit position 1',
    'a Cyrillic н is named as typed, not as H');
SELECT is(electoral.validation_error('327028ХА012PB2', 'electoral.by_personal_number'),
    'invalid input syntax for type electoral.by_personal_number: "327028ХА012PB2": character 7 must be a digit, found "Х"',
    'a Cyrillic Х where a digit belongs is named as typed');
SELECT is(electoral.validation_error('12345678x4', 'electoral.ru_inn'),
    'invalid input syntax for type electoral.ru_inn: "12345678x4": an INN has only digits, found "x" at digit position 9',
    'a lower-case letter is named as typed');

SELECT * FROM finish();
ROLLBACK;
