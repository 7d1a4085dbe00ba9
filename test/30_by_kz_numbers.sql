-- Belarusian and Kazakh numbers: electoral.by_personal_number,
-- electoral.by_passport, electoral.kz_iin.  Vectors from
-- /work/shared/domain/documents.md; others recomputed from the algorithms
-- (ICAO 7-3-1 check digit; IIN weights 1..11, then 3..11,1,2).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(85);
-- The operators live in schema electoral, like the types.
SET search_path = public, electoral;

\ir lib/error_of.sql

-- ===========================================================================
-- Belarusian personal number
-- ===========================================================================
SELECT is('3270287A012PB2'::electoral.by_personal_number::text, '3270287A012PB2', 'personal number 3270287A012PB2 is valid');
SELECT is('3041088A042PB2'::electoral.by_personal_number::text, '3041088A042PB2', 'personal number 3041088A042PB2 is valid');
SELECT is('7000000A000PB1'::electoral.by_personal_number::text, '7000000A000PB1', 'personal number 7000000A000PB1 (2012 scheme) is valid');
SELECT throws_ok($$SELECT '3270287A012PB3'::electoral.by_personal_number$$, '22P02',
    'invalid input syntax for type electoral.by_personal_number: "3270287A012PB3"', 'personal number 3270287A012PB3 is refused');
SELECT throws_ok($$SELECT '7000000A000PB2'::electoral.by_personal_number$$, '22P02',
    'invalid input syntax for type electoral.by_personal_number: "7000000A000PB2"', 'personal number 7000000A000PB2 is refused');
SELECT is(electoral.validation_error('3270287A012PB3', 'electoral.by_personal_number'),
    'invalid input syntax for type electoral.by_personal_number: "3270287A012PB3": check digit is 3, expected 2',
    'personal number detail: check digit');

SELECT is('3270287А012РВ2'::electoral.by_personal_number::text, '3270287A012PB2',
    'Cyrillic А, Р, В in a personal number become Latin A, P, B');
SELECT is('3270287а012рв2'::electoral.by_personal_number::text, '3270287A012PB2',
    'lower-case Cyrillic а, р, в become Latin A, P, B');
SELECT is('3270287a012pb2'::electoral.by_personal_number::text, '3270287A012PB2', 'lower-case Latin letters are upper-cased');
SELECT is('3270287 A 012 PB 2'::electoral.by_personal_number::text, '3270287A012PB2', 'spaces are dropped');
SELECT is('3270287-A-012-PB-2'::electoral.by_personal_number::text, '3270287A012PB2', 'hyphens are dropped');
SELECT is('3270287.a.012.рb.2'::electoral.by_personal_number::text, '3270287A012PB2', 'dots, case and mixed alphabets together');
SELECT ok('3270287А012РВ2'::electoral.by_personal_number = '3270287A012PB2', 'Cyrillic and Latin spellings compare equal');
SELECT is('5010101B123BA4'::electoral.by_personal_number::text, '5010101B123BA4', 'personal number with status BA (stateless) is valid');
SELECT is('2311299K001BI9'::electoral.by_personal_number::text, '2311299K001BI9', 'personal number with status BI (foreign) is valid');

SELECT throws_ok($$SELECT '3270287A012PB'::electoral.by_personal_number$$, '22P02', NULL, '13 characters are refused');
SELECT throws_ok($$SELECT '3270287A012PB22'::electoral.by_personal_number$$, '22P02', NULL, '15 characters are refused');
SELECT throws_ok($$SELECT '32702870012PB2'::electoral.by_personal_number$$, '22P02', NULL, 'a digit where the region letter goes is refused');
SELECT throws_ok($$SELECT '3270287AA12PB2'::electoral.by_personal_number$$, '22P02', NULL, 'a letter in the sequence digits is refused');
SELECT throws_ok($$SELECT '3270287A0121B2'::electoral.by_personal_number$$, '22P02', NULL, 'a digit in the status letters is refused');
SELECT throws_ok($$SELECT '3270287A012PBX'::electoral.by_personal_number$$, '22P02', NULL, 'a letter as check digit is refused');
SELECT throws_ok($$SELECT '3270287Ж012PB2'::electoral.by_personal_number$$, '22P02', NULL, 'Cyrillic Ж (no look-alike) is refused');
SELECT throws_ok($$SELECT ''::electoral.by_personal_number$$, '22P02', NULL, 'empty personal number is refused');
SELECT is(pg_temp.error_of($$SELECT '32702870012PB2'::electoral.by_personal_number$$),
    '22P02 | invalid input syntax for type electoral.by_personal_number: "32702870012PB2" | Character 8 must be a letter, found "0". | The shape is 7 digits, a letter, 3 digits, 2 letters and a check digit, e.g. 3270287A012PB2.',
    'personal number error: the wrong character is named, with a hint');
SELECT is(pg_temp.error_of($$SELECT '3270287A012PB'::electoral.by_personal_number$$),
    '22P02 | invalid input syntax for type electoral.by_personal_number: "3270287A012PB" | A Belarusian personal number has 14 characters, found 13. | The shape is 7 digits, a letter, 3 digits, 2 letters and a check digit, e.g. 3270287A012PB2.',
    'personal number error: wrong length');
SELECT is(pg_temp.error_of($$SELECT '3270287Ж012PB2'::electoral.by_personal_number$$),
    '22P02 | invalid input syntax for type electoral.by_personal_number: "3270287Ж012PB2" | Unexpected character "Ж" at position 8.',
    'personal number error: a Cyrillic letter that is no look-alike is named');

-- birth date and sex: digit 1 century/sex, digits 2-7 DDMMYY
SELECT is(electoral.birth_date('3270287A012PB2'::electoral.by_personal_number), '1987-02-27'::date, 'birth_date(3270287A012PB2) is 1987-02-27');
SELECT is(electoral.sex('3270287A012PB2'::electoral.by_personal_number), 'M', 'sex(3270287A012PB2) is M');
SELECT is(electoral.birth_date('3041088A042PB2'::electoral.by_personal_number), '1988-10-04'::date, 'birth_date(3041088A042PB2) is 1988-10-04');
SELECT is(electoral.sex('3041088A042PB2'::electoral.by_personal_number), 'M', 'sex(3041088A042PB2) is M');
SELECT is(electoral.birth_date('7000000A000PB1'::electoral.by_personal_number), NULL::date, 'birth_date of a 2012-scheme number is NULL');
SELECT is(electoral.sex('7000000A000PB1'::electoral.by_personal_number), NULL, 'sex of a 2012-scheme number is NULL');
SELECT is(electoral.birth_date('4270287A012PB9'::electoral.by_personal_number), '1987-02-27'::date, 'digit 4: born in the 1900s');
SELECT is(electoral.sex('4270287A012PB9'::electoral.by_personal_number), 'F', 'digit 4: female');
SELECT is(electoral.birth_date('1010180A000PB1'::electoral.by_personal_number), '1880-01-01'::date, 'digit 1: born in the 1800s');
SELECT is(electoral.sex('1010180A000PB1'::electoral.by_personal_number), 'M', 'digit 1: male');
SELECT is(electoral.birth_date('2311299K001BI9'::electoral.by_personal_number), '1899-12-31'::date, 'digit 2: born in the 1800s');
SELECT is(electoral.sex('2311299K001BI9'::electoral.by_personal_number), 'F', 'digit 2: female');
SELECT is(electoral.birth_date('5010101B123BA4'::electoral.by_personal_number), '2001-01-01'::date, 'digit 5: born in the 2000s');
SELECT is(electoral.birth_date('6290200A000PB5'::electoral.by_personal_number), '2000-02-29'::date, 'digit 6: 29 February 2000 (leap year)');
SELECT is(electoral.sex('6290200A000PB5'::electoral.by_personal_number), 'F', 'digit 6: female');
SELECT is(electoral.birth_date('3290200A000PB4'::electoral.by_personal_number), NULL::date, '29 February 1900 does not exist: NULL');
SELECT is(electoral.birth_date('3310287A012PB9'::electoral.by_personal_number), NULL::date, '31 February does not exist: NULL');
SELECT is(electoral.birth_date('3271387A012PB2'::electoral.by_personal_number), NULL::date, 'month 13 does not exist: NULL');
SELECT is(electoral.birth_date('0270287A012PB1'::electoral.by_personal_number), NULL::date, 'century digit 0: NULL');
SELECT is(electoral.sex('8270287A012PB7'::electoral.by_personal_number), NULL, 'century digit 8: sex NULL');

-- ===========================================================================
-- Belarusian passport number
-- ===========================================================================
SELECT is('MP1234567'::electoral.by_passport::text, 'MP1234567', 'passport MP1234567 is valid');
SELECT is('мр 1234567'::electoral.by_passport::text, 'MP1234567', 'Cyrillic lower-case мр becomes MP');
SELECT is('МР1234567'::electoral.by_passport::text, 'MP1234567', 'Cyrillic upper-case МР becomes MP');
SELECT is('mp-123-45-67'::electoral.by_passport::text, 'MP1234567', 'Latin lower case and hyphens');
SELECT is('ZZ1234567'::electoral.by_passport::text, 'ZZ1234567', 'an unknown series is not by itself invalid');
SELECT is(
    ARRAY(SELECT (s || '0000001')::electoral.by_passport::text
            FROM unnest(ARRAY['АВ', 'СЕ', 'НК', 'МО', 'РТ', 'ХА', 'ав', 'се', 'нк', 'мо', 'рт', 'ха']) WITH ORDINALITY u(s, i)
           ORDER BY i),
    ARRAY['AB0000001', 'CE0000001', 'HK0000001', 'MO0000001', 'PT0000001', 'XA0000001',
          'AB0000001', 'CE0000001', 'HK0000001', 'MO0000001', 'PT0000001', 'XA0000001'],
    'all eleven Cyrillic look-alikes А В С Е Н К М О Р Т Х map to Latin, in both cases');
SELECT throws_ok($$SELECT 'MP123456'::electoral.by_passport$$, '22P02',
    'invalid input syntax for type electoral.by_passport: "MP123456"', 'passport of 8 characters is refused');
SELECT throws_ok($$SELECT 'MP12345678'::electoral.by_passport$$, '22P02', NULL, 'passport of 10 characters is refused');
SELECT throws_ok($$SELECT 'M11234567'::electoral.by_passport$$, '22P02', NULL, 'a digit in the series is refused');
SELECT throws_ok($$SELECT 'MPX234567'::electoral.by_passport$$, '22P02', NULL, 'a letter in the number is refused');
SELECT throws_ok($$SELECT 'БР1234567'::electoral.by_passport$$, '22P02', NULL, 'Cyrillic Б (no look-alike) is refused');
SELECT throws_ok($$SELECT 'MP12З4567'::electoral.by_passport$$, '22P02', NULL, 'Cyrillic З for the digit 3 is refused');
SELECT is(pg_temp.error_of($$SELECT 'M11234567'::electoral.by_passport$$),
    '22P02 | invalid input syntax for type electoral.by_passport: "M11234567" | Character 2 must be a letter, found "1". | A Belarusian passport number is 2 letters and 7 digits, e.g. MP1234567.',
    'passport error: detail and hint');

-- ===========================================================================
-- Kazakh IIN
-- ===========================================================================
SELECT is('901123300258'::electoral.kz_iin::text, '901123300258', 'IIN 901123300258 is valid');
SELECT is('871008401427'::electoral.kz_iin::text, '871008401427', 'IIN 871008401427 is valid');
SELECT is('901123300004'::electoral.kz_iin::text, '901123300004', 'IIN whose check needs the second weighting is valid');
SELECT is('901 123 300 258'::electoral.kz_iin::text, '901123300258', 'IIN: spaces are dropped');
SELECT is('901123-300258'::electoral.kz_iin::text, '901123300258', 'IIN: hyphens are dropped');
SELECT throws_ok($$SELECT '901123300255'::electoral.kz_iin$$, '22P02',
    'invalid input syntax for type electoral.kz_iin: "901123300255"', 'IIN 901123300255 is refused');
SELECT is(electoral.validation_error('901123300255', 'electoral.kz_iin'),
    'invalid input syntax for type electoral.kz_iin: "901123300255": check digit is 5, expected 8',
    'IIN detail: check digit');
SELECT is(electoral.validation_error('901123300001', 'electoral.kz_iin'),
    'invalid input syntax for type electoral.kz_iin: "901123300001": check digit is 1, expected 4',
    'IIN detail: check digit from the second weighting');
SELECT is(
    (SELECT count(*) FROM generate_series(0, 9) d
      WHERE electoral.is_valid('90112330003' || d, 'electoral.kz_iin')),
    0::bigint, 'IIN: no check digit makes 90112330003x valid (both weightings give 10)');
SELECT is(electoral.validation_error('901123300030', 'electoral.kz_iin'),
    'invalid input syntax for type electoral.kz_iin: "901123300030": no check digit is possible for the first 11 digits (both weightings give 10)',
    'IIN detail: no check digit possible');
SELECT throws_ok($$SELECT '90112330025'::electoral.kz_iin$$, '22P02', NULL, 'IIN of 11 digits is refused');
SELECT throws_ok($$SELECT '9011233002580'::electoral.kz_iin$$, '22P02', NULL, 'IIN of 13 digits is refused');
SELECT throws_ok($$SELECT '90112330025X'::electoral.kz_iin$$, '22P02', NULL, 'IIN with a letter is refused');
SELECT is(pg_temp.error_of($$SELECT '90112330025'::electoral.kz_iin$$),
    '22P02 | invalid input syntax for type electoral.kz_iin: "90112330025" | Expected 12 digits, found 11. | A Kazakh IIN has 12 digits: YYMMDD, a century/sex digit, 4 serial digits and a check digit.',
    'IIN error: wrong length has detail and hint');

-- birth date and sex: YYMMDD, then digit 7 century/sex
SELECT is(electoral.birth_date('901123300258'::electoral.kz_iin), '1990-11-23'::date, 'birth_date(901123300258) is 1990-11-23');
SELECT is(electoral.sex('901123300258'::electoral.kz_iin), 'M', 'sex(901123300258) is M (digit 3)');
SELECT is(electoral.birth_date('871008401427'::electoral.kz_iin), '1987-10-08'::date, 'birth_date(871008401427) is 1987-10-08');
SELECT is(electoral.sex('871008401427'::electoral.kz_iin), 'F', 'sex(871008401427) is F (digit 4)');
SELECT is(electoral.birth_date('000229500008'::electoral.kz_iin), '2000-02-29'::date, 'digit 5: 29 February 2000');
SELECT is(electoral.birth_date('010101600006'::electoral.kz_iin), '2001-01-01'::date, 'digit 6: born in the 2000s');
SELECT is(electoral.sex('010101600006'::electoral.kz_iin), 'F', 'digit 6: female');
SELECT is(electoral.birth_date('991231100000'::electoral.kz_iin), '1899-12-31'::date, 'digit 1: born in the 1800s');
SELECT is(electoral.birth_date('000229300005'::electoral.kz_iin), NULL::date, '29 February 1900 does not exist: NULL');
SELECT is(electoral.birth_date('901323300255'::electoral.kz_iin), NULL::date, 'month 13 does not exist: NULL');
SELECT is(electoral.birth_date('010101700006'::electoral.kz_iin), NULL::date, 'century digit 7: birth_date NULL');
SELECT is(electoral.sex('010101000001'::electoral.kz_iin), NULL, 'century digit 0: sex NULL');

SELECT * FROM finish();
ROLLBACK;
