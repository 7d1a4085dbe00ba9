-- Russian numbers: electoral.ru_inn, electoral.ru_snils, electoral.ru_passport.
-- Vectors from /work/shared/domain/documents.md; others recomputed by hand
-- from the published algorithms.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(72);
-- The operators live in schema electoral, like the types.
SET search_path = public, electoral;

\ir lib/error_of.sql

-- ===========================================================================
-- INN
-- ===========================================================================
SELECT is('1234567894'::electoral.ru_inn::text, '1234567894', 'INN 1234567894 (10 digits) is valid');
SELECT is('123456789047'::electoral.ru_inn::text, '123456789047', 'INN 123456789047 (12 digits) is valid');
SELECT is('7709442668'::electoral.ru_inn::text, '7709442668', 'INN 7709442668 is valid');
SELECT is('0012345673'::electoral.ru_inn::text, '0012345673', '10-digit INN keeps its leading zeros');
SELECT is('001234567887'::electoral.ru_inn::text, '001234567887', '12-digit INN keeps its leading zeros');
SELECT ok('0000000000'::electoral.ru_inn <> '000000000000'::electoral.ru_inn,
    '10 zeros and 12 zeros are different INNs');
SELECT is(
    ARRAY(SELECT s::electoral.ru_inn::text
            FROM unnest(ARRAY['77 09 44 26 68', '7709-442-668', '7709.442.668', ' 7709442668 ',
                              E'7709442668\n', E'\t7709442668\r', E'7709\u00A0442668']) s),
    array_fill('7709442668'::text, ARRAY[7]),
    'INN: spaces, hyphens, dots, tabs, line ends and no-break spaces are dropped');
SELECT ok('7709 442 668'::electoral.ru_inn = '7709442668', 'INN spellings compare equal');

SELECT throws_ok($$SELECT '1234567895'::electoral.ru_inn$$, '22P02',
    'invalid input syntax for type electoral.ru_inn: "1234567895"', 'INN 1234567895 (bad check digit) is refused');
SELECT throws_ok($$SELECT '123456789037'::electoral.ru_inn$$, '22P02',
    'invalid input syntax for type electoral.ru_inn: "123456789037"', 'INN 123456789037 (bad 11th digit) is refused');
SELECT throws_ok($$SELECT '123456789048'::electoral.ru_inn$$, '22P02', NULL, 'INN 123456789048 (bad 12th digit) is refused');
SELECT throws_ok($$SELECT '123456789'::electoral.ru_inn$$, '22P02', NULL, 'INN of 9 digits is refused');
SELECT throws_ok($$SELECT '12345678901'::electoral.ru_inn$$, '22P02', NULL, 'INN of 11 digits is refused');
SELECT throws_ok($$SELECT '1234567890123'::electoral.ru_inn$$, '22P02', NULL, 'INN of 13 digits is refused');
SELECT throws_ok($$SELECT '12345678A4'::electoral.ru_inn$$, '22P02', NULL, 'INN with a letter is refused');
SELECT throws_ok($$SELECT '77О9442668'::electoral.ru_inn$$, '22P02', NULL, 'INN with Cyrillic О for zero is refused');
SELECT throws_ok($$SELECT ''::electoral.ru_inn$$, '22P02', NULL, 'empty INN is refused');
SELECT throws_ok($$SELECT ' - . '::electoral.ru_inn$$, '22P02', NULL, 'INN of separators only is refused');
SELECT throws_ok($$SELECT '+7709442668'::electoral.ru_inn$$, '22P02', NULL, 'INN with a plus sign is refused');

SELECT is(electoral.validation_error('1234567895', 'electoral.ru_inn'),
    'invalid input syntax for type electoral.ru_inn: "1234567895": check digit is 5, expected 4',
    'INN detail: check digit');
SELECT is(electoral.validation_error('123456789037', 'electoral.ru_inn'),
    'invalid input syntax for type electoral.ru_inn: "123456789037": first check digit (11th) is 3, expected 4',
    'INN detail: first check digit of 12');
SELECT is(electoral.validation_error('123456789048', 'electoral.ru_inn'),
    'invalid input syntax for type electoral.ru_inn: "123456789048": second check digit (12th) is 8, expected 7',
    'INN detail: second check digit of 12');
SELECT is(pg_temp.error_of($$SELECT '12345'::electoral.ru_inn$$),
    '22P02 | invalid input syntax for type electoral.ru_inn: "12345" | Expected 10 or 12 digits, found 5. | An INN has 10 digits (organisation) or 12 digits (individual).',
    'INN error: wrong length has detail and hint');
SELECT is(pg_temp.error_of($$SELECT '12345678A4'::electoral.ru_inn$$),
    '22P02 | invalid input syntax for type electoral.ru_inn: "12345678A4" | An INN has only digits, found "A" at digit position 9.',
    'INN error: a letter is named with its position');

-- ===========================================================================
-- SNILS
-- ===========================================================================
SELECT is('112-233-445 95'::electoral.ru_snils::text, '112-233-445 95', 'SNILS 112-233-445 95 is valid, canonical output');
SELECT is(
    ARRAY(SELECT s::electoral.ru_snils::text
            FROM unnest(ARRAY['11223344595', '112 233 445 95', '112.233.445.95', '112-233-445-95',
                              ' 112233445 95 ']) s),
    array_fill('112-233-445 95'::text, ARRAY[5]),
    'SNILS spellings all give NNN-NNN-NNN NN');
SELECT throws_ok($$SELECT '112-233-445 90'::electoral.ru_snils$$, '22P02',
    'invalid input syntax for type electoral.ru_snils: "112-233-445 90"', 'SNILS 112-233-445 90 is refused');
SELECT is(electoral.validation_error('112-233-445 90', 'electoral.ru_snils'),
    'invalid input syntax for type electoral.ru_snils: "112-233-445 90": check number is 90, expected 95',
    'SNILS detail: check number');

-- numbers up to 001-001-998 carry no check
SELECT is('00100199800'::electoral.ru_snils::text, '001-001-998 00', 'SNILS 001-001-998 00 (unchecked range) is valid');
SELECT is('001-001-998 47'::electoral.ru_snils::text, '001-001-998 47', 'SNILS 001-001-998 with any check number is valid');
SELECT is('00000000000'::electoral.ru_snils::text, '000-000-000 00', 'SNILS of zeros (unchecked range) is valid');
SELECT is('001-001-999 65'::electoral.ru_snils::text, '001-001-999 65', 'SNILS 001-001-999 (first checked number) with 65 is valid');
SELECT throws_ok($$SELECT '001-001-999 00'::electoral.ru_snils$$, '22P02', NULL,
    'SNILS 001-001-999 with a wrong check number is refused');

-- the check number's special cases
SELECT is('001-326-679 00'::electoral.ru_snils::text, '001-326-679 00', 'SNILS: weighted sum 100 gives 00');
SELECT is('001-508-816 00'::electoral.ru_snils::text, '001-508-816 00', 'SNILS: weighted sum 101 gives 00');
SELECT is('001-437-545 01'::electoral.ru_snils::text, '001-437-545 01', 'SNILS: weighted sum 102 gives 102 mod 101 = 01');
SELECT is('017-996-174 00'::electoral.ru_snils::text, '017-996-174 00', 'SNILS: weighted sum 201 gives mod 101 = 100, written 00');
SELECT is('006-996-683 00'::electoral.ru_snils::text, '006-996-683 00', 'SNILS: weighted sum 202 gives mod 101 = 0');
SELECT is('999-999-999 01'::electoral.ru_snils::text, '999-999-999 01', 'SNILS: weighted sum 405 gives 01');
SELECT is(electoral.validation_error('017-996-174 99', 'electoral.ru_snils'),
    'invalid input syntax for type electoral.ru_snils: "017-996-174 99": check number is 99, expected 00',
    'SNILS: a sum of 201 expects 00');
SELECT throws_ok($$SELECT '001-326-679 100'::electoral.ru_snils$$, '22P02', NULL,
    'SNILS: a check number of 100 (12 digits) is refused');
SELECT is('111-222-333 72'::electoral.ru_snils::text, '111-222-333 72',
    'SNILS: a digit three times in a row is not refused (rule not official)');

SELECT throws_ok($$SELECT '1122334459'::electoral.ru_snils$$, '22P02', NULL, 'SNILS of 10 digits is refused');
SELECT throws_ok($$SELECT '112233445950'::electoral.ru_snils$$, '22P02', NULL, 'SNILS of 12 digits is refused');
SELECT throws_ok($$SELECT '112-233-445 9A'::electoral.ru_snils$$, '22P02', NULL, 'SNILS with a letter is refused');
SELECT throws_ok($$SELECT '112/233/445 95'::electoral.ru_snils$$, '22P02', NULL, 'SNILS with slashes is refused');
SELECT throws_ok($$SELECT ''::electoral.ru_snils$$, '22P02', NULL, 'empty SNILS is refused');
SELECT is(pg_temp.error_of($$SELECT '1122334459'::electoral.ru_snils$$),
    '22P02 | invalid input syntax for type electoral.ru_snils: "1122334459" | Expected 11 digits, found 10. | A SNILS has 11 digits, written NNN-NNN-NNN NN.',
    'SNILS error: wrong length has detail and hint');
SELECT is_empty($$
    SELECT s FROM unnest(ARRAY['112-233-445 95', '00100199800', '001-001-999 65', '999-999-999 01',
                               '00000000000', '017-996-174 00']) s
     WHERE s::electoral.ru_snils::text !~ '^[0-9]{3}-[0-9]{3}-[0-9]{3} [0-9]{2}$'
$$, 'SNILS output is always NNN-NNN-NNN NN');

-- ===========================================================================
-- Internal passport
-- ===========================================================================
SELECT is('4506 123456'::electoral.ru_passport::text, '45 06 123456', 'passport 4506 123456 gives 45 06 123456');
SELECT is(
    ARRAY(SELECT s::electoral.ru_passport::text
            FROM unnest(ARRAY['4506123456', '45 06 123456', '45-06-123456', '45.06.123456', '4506-123456']) s),
    array_fill('45 06 123456'::text, ARRAY[5]),
    'passport spellings all give NN NN NNNNNN');
SELECT is('0112 000001'::electoral.ru_passport::text, '01 12 000001', 'passport keeps leading zeros');
SELECT is(electoral.region_code('4506 123456'), '45', 'region_code of 4506 is 45 (Moscow)');
SELECT is(electoral.region_code('4012 123456'), '40', 'region_code of 4012 is 40 (St Petersburg)');
SELECT is(electoral.region_code('0112 000001'), '01', 'region_code keeps the leading zero');
SELECT is(electoral.blank_year('4599 123456'), 1999, 'blank_year of series 4599 is 1999');
SELECT is(electoral.blank_year('4597 123456'), 1997, 'blank_year of series 4597 is 1997');
SELECT is(electoral.blank_year('4506 123456'), 2006, 'blank_year of series 4506 is 2006');
SELECT is(electoral.blank_year('4500 123456'), 2000, 'blank_year of series 4500 is 2000');
SELECT is(electoral.blank_year('4524 123456'), 2024, 'blank_year of series 4524 is 2024');
SELECT throws_ok($$SELECT '4506 12345'::electoral.ru_passport$$, '22P02',
    'invalid input syntax for type electoral.ru_passport: "4506 12345"', 'passport of 9 digits is refused');
SELECT throws_ok($$SELECT '4506 1234567'::electoral.ru_passport$$, '22P02', NULL, 'passport of 11 digits is refused');
SELECT throws_ok($$SELECT '45O6 123456'::electoral.ru_passport$$, '22P02', NULL, 'passport with a Latin O is refused');
SELECT throws_ok($$SELECT 'АБ06 123456'::electoral.ru_passport$$, '22P02', NULL, 'passport with Cyrillic letters is refused');
SELECT throws_ok($$SELECT '4506 №123456'::electoral.ru_passport$$, '22P02', NULL, 'passport with a № sign is refused');
SELECT throws_ok($$SELECT ''::electoral.ru_passport$$, '22P02', NULL, 'empty passport is refused');
SELECT is(pg_temp.error_of($$SELECT '4506 12345'::electoral.ru_passport$$),
    '22P02 | invalid input syntax for type electoral.ru_passport: "4506 12345" | Expected 10 digits, found 9. | A Russian passport number is a 4-digit series and a 6-digit number: NN NN NNNNNN.',
    'passport error: wrong length has detail and hint');
SELECT is(pg_temp.error_of($$SELECT 'АБ06 123456'::electoral.ru_passport$$),
    '22P02 | invalid input syntax for type electoral.ru_passport: "АБ06 123456" | Unexpected character "Б" at position 2.',
    'passport error: a Cyrillic letter that is no look-alike is named');

-- ===========================================================================
-- Ordering within and across lengths
-- ===========================================================================
SELECT is(
    ARRAY(SELECT v::text AS t FROM unnest(ARRAY['123456789047', '7709442668', '001234567887', '1234567894',
                                           '0012345673']::electoral.ru_inn[]) v ORDER BY v),
    ARRAY['0012345673', '1234567894', '7709442668', '001234567887', '123456789047'],
    'INN ORDER BY: 10-digit numbers first, each length in numeric order');
SELECT is(
    ARRAY(SELECT v::text AS t FROM unnest(ARRAY['999-999-999 01', '112-233-445 95', '00100199800', '001-001-999 65']::electoral.ru_snils[]) v ORDER BY v),
    ARRAY['001-001-998 00', '001-001-999 65', '112-233-445 95', '999-999-999 01'],
    'SNILS ORDER BY is numeric order');
SELECT is(
    ARRAY(SELECT v::text AS t FROM unnest(ARRAY['4506 123456', '0112 000001', '4012 999999', '4506 123455']::electoral.ru_passport[]) v ORDER BY v),
    ARRAY['01 12 000001', '40 12 999999', '45 06 123455', '45 06 123456'],
    'passport ORDER BY is series then number');
SELECT ok('1234567894'::electoral.ru_inn < '123456789047'::electoral.ru_inn
          AND '7709442668'::electoral.ru_inn > '1234567894'
          AND '7709442668'::electoral.ru_inn >= '77-09-44-26-68'
          AND '7709442668'::electoral.ru_inn <= '7709442668', 'INN comparison operators');

SELECT * FROM finish();
ROLLBACK;
