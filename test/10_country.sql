-- electoral.country: text input (alpha-2, alpha-3, numeric, ICAO 9303 codes),
-- canonical output, accessors, ordering and refused input.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(81);
-- The operators live in schema electoral, like the types.
SET search_path = public, electoral;

\ir lib/error_of.sql

-- ---------------------------------------------------------------------------
-- Input spellings and canonical (alpha-2) output
-- ---------------------------------------------------------------------------
SELECT is('RU'::electoral.country::text, 'RU', 'alpha-2 upper case');
SELECT is('ru'::electoral.country::text, 'RU', 'alpha-2 lower case');
SELECT is('rU'::electoral.country::text, 'RU', 'alpha-2 mixed case');
SELECT is('RUS'::electoral.country::text, 'RU', 'alpha-3 upper case gives alpha-2');
SELECT is('rus'::electoral.country::text, 'RU', 'alpha-3 lower case gives alpha-2');
SELECT is('Blr'::electoral.country::text, 'BY', 'alpha-3 mixed case gives alpha-2');
SELECT is('643'::electoral.country::text, 'RU', 'numeric code 643 is RU');
SELECT is('112'::electoral.country::text, 'BY', 'numeric code 112 is BY');
SELECT is('398'::electoral.country::text, 'KZ', 'numeric code 398 is KZ');
SELECT is('4'::electoral.country::text, 'AF', 'one-digit numeric code 4 is AF');
SELECT is('04'::electoral.country::text, 'AF', 'two-digit numeric code 04 is AF');
SELECT is('004'::electoral.country::text, 'AF', 'zero-padded numeric code 004 is AF');
SELECT is('51'::electoral.country::text, 'AM', 'numeric code 51 (051) is AM');
SELECT is('  kz  '::electoral.country::text, 'KZ', 'surrounding spaces are ignored');
SELECT is(' 398 '::electoral.country::text, 'KZ', 'surrounding spaces around a numeric code are ignored');
SELECT is('GBR'::electoral.country::text, 'GB', 'GBR is GB, not one of the ICAO GB* codes');

-- ICAO Doc 9303 codes
SELECT is('D'::electoral.country::text, 'DE', 'ICAO D is Germany (DE)');
SELECT is('d'::electoral.country::text, 'DE', 'ICAO d (lower case) is Germany');
SELECT is('D<<'::electoral.country::text, 'DE', 'ICAO D<< (MRZ padding) is Germany');
SELECT is('DEU'::electoral.country::text, 'DE', 'DEU is Germany');
SELECT is('UTO<'::electoral.country::text, 'UTO', 'MRZ padding after a three-letter code is dropped');
SELECT is(
    ARRAY(SELECT c::electoral.country::text
            FROM unnest(ARRAY['UTO', 'xxa', 'XXB', 'xxc', 'XXX', 'EUE', 'UNO', 'una', 'UNK',
                              'GBD', 'GBN', 'gbo', 'GBP', 'GBS']) WITH ORDINALITY AS u(c, i)
           ORDER BY i),
    ARRAY['UTO', 'XXA', 'XXB', 'XXC', 'XXX', 'EUE', 'UNO', 'UNA', 'UNK',
          'GBD', 'GBN', 'GBO', 'GBP', 'GBS'],
    'the 14 ICAO-only codes are accepted in any case and output as the ICAO code');
-- ICAO Doc 9303 Part 3, codes for other issuing authorities (the list in
-- cheminfo/mrz builder/states.txt, which follows the standard's parts A-E):
-- refused up to 1.0, issue 12.
SELECT is(
    ARRAY(SELECT c::electoral.country::text
            FROM unnest(ARRAY['XBA', 'xim', 'XCC', 'XCE', 'XCO', 'XEC', 'xpo', 'XES', 'XOM', 'XDC'])
                 WITH ORDINALITY AS u(c, i)
           ORDER BY i),
    ARRAY['XBA', 'XIM', 'XCC', 'XCE', 'XCO', 'XEC', 'XPO', 'XES', 'XOM', 'XDC'],
    'the ten other issuing authorities of Doc 9303 Part 3 are countries of electoral.country');
SELECT is(electoral.country_name('XPO'), 'International Criminal Police Organization (INTERPOL)',
    'country_name(XPO)');
SELECT is(electoral.numeric_code('XOM'), NULL, 'an issuing authority has no numeric code');
SELECT throws_ok($$SELECT 'RKS'::electoral.country$$, '22P02', NULL,
    'RKS (Kosovo) is not in Doc 9303 Part 3 and stays refused');
SELECT throws_ok($$SELECT 'ANT'::electoral.country$$, '22P02', NULL,
    'ANT, a deprecated code Part 3 keeps only for old documents, is refused');

SELECT ok('RUS'::electoral.country = '643'::electoral.country, 'RUS and 643 are equal');
SELECT ok('d<<'::electoral.country = 'deu'::electoral.country, 'd<< and deu are equal');
SELECT ok('BY'::electoral.country <> 'RU'::electoral.country, 'BY and RU differ');

-- ---------------------------------------------------------------------------
-- Accessors
-- ---------------------------------------------------------------------------
SELECT is(electoral.alpha3('RU'), 'RUS', 'alpha3(RU)');
SELECT is(electoral.alpha3('112'), 'BLR', 'alpha3(112)');
SELECT is(electoral.alpha3('d'), 'DEU', 'alpha3(D)');
SELECT is(electoral.alpha3('UTO'), 'UTO', 'alpha3 of an ICAO-only code is the ICAO code');
SELECT is(electoral.alpha3('XXA'), 'XXA', 'alpha3(XXA)');
SELECT is(electoral.numeric_code('RU'), 643, 'numeric_code(RU)');
SELECT is(electoral.numeric_code('BLR'), 112, 'numeric_code(BLR)');
SELECT is(electoral.numeric_code('kaz'), 398, 'numeric_code(KAZ)');
SELECT is(electoral.numeric_code('AF'), 4, 'numeric_code(AF) is 4');
SELECT is(electoral.numeric_code('UTO'), NULL, 'numeric_code of ICAO UTO is NULL');
SELECT is(electoral.numeric_code('XXA'), NULL, 'numeric_code of ICAO XXA is NULL');
SELECT is(electoral.numeric_code('EUE'), NULL, 'numeric_code of ICAO EUE is NULL');
SELECT is(electoral.numeric_code('GBD'), NULL, 'numeric_code of ICAO GBD is NULL');
SELECT is(electoral.country_name('RU'), 'Russian Federation', 'country_name(RU)');
SELECT is(electoral.country_name('BY'), 'Belarus', 'country_name(BY)');
SELECT is(electoral.country_name('KZ'), 'Kazakhstan', 'country_name(KZ)');
SELECT is(electoral.country_name('UTO'), 'Utopia (ICAO specimen state)', 'country_name(UTO)');
SELECT is(electoral.country_name('XXA'), 'Stateless person', 'country_name(XXA)');
SELECT is(electoral.country_name('AX'), 'Åland Islands', 'country_name with non-ASCII text (AX)');
SELECT is(electoral.country_name('CI'), 'Côte d''Ivoire', 'country_name with non-ASCII text (CI)');

-- A sample of real codes: alpha-2, alpha-3 and numeric all name the same country.
CREATE TEMP TABLE sample(a2 text, a3 text, num int) ON COMMIT DROP;
INSERT INTO sample VALUES
    ('RU', 'RUS', 643), ('BY', 'BLR', 112), ('KZ', 'KAZ', 398), ('UA', 'UKR', 804),
    ('DE', 'DEU', 276), ('FR', 'FRA', 250), ('GB', 'GBR', 826), ('US', 'USA', 840),
    ('CN', 'CHN', 156), ('JP', 'JPN', 392), ('AM', 'ARM', 51),  ('KG', 'KGZ', 417),
    ('UZ', 'UZB', 860), ('TJ', 'TJK', 762), ('AZ', 'AZE', 31),  ('GE', 'GEO', 268),
    ('MD', 'MDA', 498), ('LT', 'LTU', 440), ('LV', 'LVA', 428), ('EE', 'EST', 233),
    ('PL', 'POL', 616), ('FI', 'FIN', 246), ('TM', 'TKM', 795), ('MN', 'MNG', 496),
    ('IL', 'ISR', 376), ('TR', 'TUR', 792), ('AF', 'AFG', 4),   ('AX', 'ALA', 248),
    ('ZW', 'ZWE', 716), ('CI', 'CIV', 384), ('AQ', 'ATA', 10),  ('BT', 'BTN', 64);
SELECT is_empty($$
    SELECT a2, a3, num FROM sample
     WHERE a2::electoral.country::text IS DISTINCT FROM a2
        OR lower(a2)::electoral.country::text IS DISTINCT FROM a2
        OR a3::electoral.country::text IS DISTINCT FROM a2
        OR lower(a3)::electoral.country::text IS DISTINCT FROM a2
        OR num::text::electoral.country::text IS DISTINCT FROM a2
        OR lpad(num::text, 3, '0')::electoral.country::text IS DISTINCT FROM a2
        OR electoral.alpha3(a2::electoral.country) IS DISTINCT FROM a3
        OR electoral.numeric_code(a2::electoral.country) IS DISTINCT FROM num
$$, '32 real countries: alpha-2, alpha-3 and numeric input agree with alpha3() and numeric_code()');

-- The whole table, seen from SQL.
SELECT is(
    (SELECT count(*) FROM generate_series(65, 90) a, generate_series(65, 90) b
      WHERE electoral.is_valid(chr(a) || chr(b), 'electoral.country')),
    249::bigint, 'exactly 249 two-letter codes are accepted (ISO 3166-1 alpha-2)');
SELECT is(
    (SELECT count(*) FROM generate_series(65, 90) a, generate_series(65, 90) b, generate_series(65, 90) c
      WHERE electoral.is_valid(chr(a) || chr(b) || chr(c), 'electoral.country')),
    273::bigint, 'exactly 273 three-letter codes are accepted (249 alpha-3 and 24 ICAO-only)');
SELECT is(
    (SELECT count(DISTINCT n::text::electoral.country) FROM generate_series(0, 999) n
      WHERE electoral.is_valid(n::text, 'electoral.country')),
    249::bigint, 'exactly 249 numeric codes are accepted, each naming a different country');
SELECT is_empty($$
    SELECT c::text FROM (
        SELECT (chr(a) || chr(b))::electoral.country AS c
          FROM generate_series(65, 90) a, generate_series(65, 90) b
         WHERE electoral.is_valid(chr(a) || chr(b), 'electoral.country')) s
     WHERE electoral.alpha3(c)::electoral.country IS DISTINCT FROM c
        OR electoral.numeric_code(c)::text::electoral.country IS DISTINCT FROM c
        OR electoral.country_name(c) IS NULL
        OR c::text::electoral.country IS DISTINCT FROM c
$$, 'every alpha-2 code round-trips through its alpha-3 and numeric codes and has a name');
-- md5 of "AD:AND:020,AE:ARE:784,..." computed from iso-codes' iso_3166-1.json.
SELECT is(
    (SELECT md5(string_agg(format('%s:%s:%s', c, electoral.alpha3(c),
                                  lpad(electoral.numeric_code(c)::text, 3, '0')),
                           ',' ORDER BY c::text COLLATE "C"))
       FROM (SELECT (chr(a) || chr(b))::electoral.country AS c
               FROM generate_series(65, 90) a, generate_series(65, 90) b
              WHERE electoral.is_valid(chr(a) || chr(b), 'electoral.country')) s),
    'b61536ba6d5da2b53d15fa7ce9d74b25',
    'the alpha-2/alpha-3/numeric table is exactly ISO 3166-1 (iso-codes fingerprint)');

-- ---------------------------------------------------------------------------
-- Ordering: the packed code sorts like the canonical text
-- ---------------------------------------------------------------------------
SELECT is(
    ARRAY(SELECT c::text AS t FROM unnest(ARRAY['ZW', 'uy', 'UTO', 'us', 'XXA', 'gbd', '826', 'D<<', 'AX', 'AD']::electoral.country[]) c
           ORDER BY c),
    ARRAY['AD', 'AX', 'DE', 'GB', 'GBD', 'US', 'UTO', 'UY', 'XXA', 'ZW'],
    'ORDER BY sorts like the canonical text, ICAO codes included');
SELECT ok('US'::electoral.country < 'UTO' AND 'UTO'::electoral.country < 'UY', 'US < UTO < UY');
SELECT ok('ZW'::electoral.country > 'AD' AND 'RU'::electoral.country >= 'RUS'
          AND 'RU'::electoral.country <= '643', '>, >=, <= operators');

-- ---------------------------------------------------------------------------
-- Refused input: SQLSTATE 22P02
-- ---------------------------------------------------------------------------
SELECT throws_ok($$SELECT 'ZZ'::electoral.country$$, '22P02',
    'invalid input syntax for type electoral.country: "ZZ"', 'ZZ is refused');
SELECT throws_ok($$SELECT ''::electoral.country$$, '22P02',
    'invalid input syntax for type electoral.country: ""', 'empty string is refused');
SELECT throws_ok($$SELECT '   '::electoral.country$$, '22P02', NULL, 'blank string is refused');
SELECT throws_ok($$SELECT 'RUSS'::electoral.country$$, '22P02', NULL, 'four letters are refused');
SELECT throws_ok($$SELECT '999'::electoral.country$$, '22P02', NULL, 'unassigned numeric code 999 is refused');
SELECT throws_ok($$SELECT '0'::electoral.country$$, '22P02', NULL, 'numeric code 0 is refused');
SELECT throws_ok($$SELECT '0643'::electoral.country$$, '22P02', NULL, 'four-digit numeric code is refused');
SELECT throws_ok($$SELECT 'РУ'::electoral.country$$, '22P02',
                 'invalid input syntax for type electoral.country: "РУ"',
                 'Cyrillic РУ is refused: У looks like no Latin letter');
-- Codes normalise as the numbers do (up to 1.0 these were refused): separators
-- dropped, Cyrillic look-alikes (А В С Е Н К М О Р Т Х) read as Latin.
SELECT is('ВY'::electoral.country::text, 'BY', 'a Cyrillic В in BY reads as Latin B');
SELECT is('В-Y'::electoral.country::text, 'BY', 'Cyrillic В and a hyphen');
SELECT is('B-Y'::electoral.country::text, 'BY', 'a hyphen inside the code is dropped');
SELECT is(' r u s '::electoral.country::text, 'RU', 'spaces inside the code are dropped');
SELECT is(electoral.validation_error('БY', 'electoral.country'),
          'invalid input syntax for type electoral.country: "БY": unexpected character "Б" at position 1 in country code',
          'a Cyrillic letter that looks like no Latin one is named as typed');
SELECT throws_ok($$SELECT 'R1'::electoral.country$$, '22P02', NULL, 'letters mixed with digits are refused');
SELECT throws_ok($$SELECT 'X'::electoral.country$$, '22P02', NULL, 'one letter other than D is refused');
SELECT throws_ok($$SELECT '<<<'::electoral.country$$, '22P02', NULL, 'MRZ filler only is refused');
SELECT throws_ok($$SELECT 'UK'::electoral.country$$, '22P02', NULL, 'UK is refused (not ISO)');
SELECT throws_ok($$SELECT 'XYZ'::electoral.country$$, '22P02', NULL, 'unknown alpha-3 XYZ is refused');

SELECT is(pg_temp.error_of($$SELECT 'UK'::electoral.country$$),
    '22P02 | invalid input syntax for type electoral.country: "UK" | "UK" is not an ISO 3166-1 alpha-2 code. | The ISO 3166-1 code of the United Kingdom is GB (GBR).',
    'UK: detail and hint point to GB');
SELECT is(pg_temp.error_of($$SELECT 'el'::electoral.country$$),
    '22P02 | invalid input syntax for type electoral.country: "el" | "EL" is not an ISO 3166-1 alpha-2 code. | The ISO 3166-1 code of Greece is GR (GRC).',
    'EL: detail and hint point to GR');
SELECT is(pg_temp.error_of($$SELECT 'РУ'::electoral.country$$),
    '22P02 | invalid input syntax for type electoral.country: "РУ" | Unexpected character "У" at position 2 in country code. | Country codes are written in Latin letters A-Z.',
    'Cyrillic: detail names the character and hint says Latin letters');
SELECT is(pg_temp.error_of($$SELECT '999'::electoral.country$$),
    '22P02 | invalid input syntax for type electoral.country: "999" | Numeric code 999 is not assigned. | Use an ISO 3166-1 code such as RU, BLR or 112.',
    '999: detail says the numeric code is not assigned');

SELECT * FROM finish();
ROLLBACK;
