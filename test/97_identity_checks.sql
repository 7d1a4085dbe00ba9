-- Identity checks: electoral.ru_passport_valid_on (a Russian internal
-- passport must be replaced at 20 and at 45) and electoral.identity_mismatches
-- (one registry record against its documents).  The documents: the
-- Belarusian passport of test/core/test_mrz.c (KAVALIOU<<IHAR, MP1234567,
-- personal number 3270287A012PB2), Belarusian ID cards and passports built
-- here with check digits from pg_temp.cd (an SQL 7-3-1, pinned against the
-- ICAO specimen first), and the Kazakh IIN 871008401427 of documents.md.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(80);
SET search_path = public, electoral;
-- the details print dates as the session does
SET LOCAL datestyle = 'ISO, YMD';

-- SQLSTATE | message of the error raised by q, or 'no error'.
CREATE FUNCTION pg_temp.error_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text; msg text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    RETURN st || ' | ' || msg;
END $$;

-- ICAO 9303 check digit: '<' = 0, digits as is, A..Z = 10..35, weights 7 3 1.
CREATE FUNCTION pg_temp.cd(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (coalesce(sum(CASE WHEN c = '<' THEN 0
                             WHEN c ~ '^[0-9]$' THEN ascii(c) - 48
                             ELSE ascii(c) - 55 END
                        * (ARRAY[7, 3, 1])[(i - 1) % 3 + 1]), 0) % 10)::text
      FROM unnest(string_to_array(s, NULL)) WITH ORDINALITY AS u(c, i)
$$;

-- A TD3 with every check digit computed; dates YYMMDD.
CREATE FUNCTION pg_temp.td3(code text, state text, name text, num text, nat text,
                            birth text, sex text, expiry text, pers text DEFAULT '')
RETURNS electoral.mrz LANGUAGE sql IMMUTABLE AS $$
    WITH p AS (
        SELECT rpad(num, 9, '<') || pg_temp.cd(rpad(num, 9, '<')) AS a,
               birth || pg_temp.cd(birth) AS b,
               expiry || pg_temp.cd(expiry) || rpad(pers, 14, '<') || pg_temp.cd(rpad(pers, 14, '<')) AS c
    )
    SELECT (rpad(code, 2, '<') || rpad(state, 3, '<') || rpad(name, 39, '<') || E'\n'
            || a || rpad(nat, 3, '<') || b || sex || c || pg_temp.cd(a || b || c))::electoral.mrz
      FROM p
$$;

-- A TD1 (short document number) with every check digit computed.
CREATE FUNCTION pg_temp.td1(code text, state text, num text, opt1 text, birth text, sex text,
                            expiry text, nat text, opt2 text, name text)
RETURNS electoral.mrz LANGUAGE sql IMMUTABLE AS $$
    WITH p AS (
        SELECT rpad(num, 9, '<') || pg_temp.cd(rpad(num, 9, '<')) || rpad(opt1, 15, '<') AS l1tail,
               birth || pg_temp.cd(birth) AS b,
               expiry || pg_temp.cd(expiry) AS e,
               rpad(opt2, 11, '<') AS o2
    )
    SELECT (rpad(code, 2, '<') || rpad(state, 3, '<') || l1tail || E'\n'
            || b || sex || e || rpad(nat, 3, '<') || o2 || pg_temp.cd(l1tail || b || e || o2) || E'\n'
            || rpad(name, 30, '<'))::electoral.mrz
      FROM p
$$;

-- The Belarusian passport of test_mrz.c: KAVALIOU IHAR, born 1987-02-27, M,
-- expires 2030-05-14, personal number 3270287A012PB2.
CREATE FUNCTION pg_temp.by_passport() RETURNS electoral.mrz LANGUAGE sql IMMUTABLE AS $$
    SELECT E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282'::electoral.mrz
$$;

-- ===========================================================================
-- The helpers themselves
-- ===========================================================================
SELECT is(pg_temp.td3('P', 'UTO', 'ERIKSSON<<ANNA<MARIA', 'L898902C3', 'UTO', '740812', 'F', '120415', 'ZE184226B')::text,
          E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
          'helper: td3() rebuilds the ICAO TD3 specimen');
SELECT is(pg_temp.td3('P', 'BLR', 'KAVALIOU<<IHAR', 'MP1234567', 'BLR', '870227', 'M', '300514', '3270287A012PB2'),
          pg_temp.by_passport(), 'helper: td3() rebuilds the Belarusian passport of test_mrz.c');
SELECT is(pg_temp.cd('3270287A012PB'), '2', 'helper: cd() gives the Belarusian personal number its check digit 2');

-- ===========================================================================
-- ru_passport_valid_on
-- ===========================================================================
SELECT is(electoral.ru_passport_valid_on('45 08 123456', birth::date, issued::date, on_date::date), expected,
          format('born %s, issued %s, on %s: %s (%s)', birth, issued, on_date, expected, why))
  FROM (VALUES
    ('2000-05-15', '2014-05-15', '2016-01-01', true,  'issued on the 14th birthday'),
    ('2000-05-15', '2014-05-14', '2016-01-01', false, 'issued the day before the 14th birthday'),
    ('2000-05-15', '2010-01-01', '2016-01-01', false, 'issued at 9'),
    ('2000-05-15', '2014-06-01', '2020-05-14', true,  'the day before the 20th birthday'),
    ('2000-05-15', '2014-06-01', '2020-05-15', false, 'on the 20th birthday: to be replaced'),
    ('2000-05-15', '2020-05-01', '2020-05-15', false, 'issued two weeks before 20: invalid at 20 all the same'),
    ('2000-05-15', '2020-05-15', '2020-05-15', true,  'issued on the 20th birthday'),
    ('2000-05-15', '2020-05-15', '2045-05-14', true,  'issued at 20, the day before the 45th birthday'),
    -- since 16.07.2021 (Decree No. 1205 of 15.07.2021): valid until replaced, at most 90 days after the birthday
    ('2000-05-15', '2020-05-15', '2045-05-15', true,  'issued at 20, on the 45th birthday: valid until replaced (since 2021)'),
    ('2000-05-15', '2020-05-15', '2045-08-13', true,  'issued at 20, day 90 after the 45th birthday: still valid'),
    ('2000-05-15', '2020-05-15', '2045-08-14', false, 'issued at 20, day 91 after the 45th birthday: invalid'),
    ('2000-05-15', '2045-05-14', '2045-05-15', true,  'issued the day before 45, on the 45th birthday: valid until replaced'),
    ('2000-05-15', '2045-05-14', '2045-08-14', false, 'issued the day before 45, day 91 after the 45th birthday'),
    ('2000-05-15', '2014-06-01', '2020-05-16', false, 'the day after the 20th birthday, in 2020: no grace before 16.07.2021'),
    ('2001-07-01', '2015-07-01', '2021-07-15', false, '20 on 2021-07-01, on 2021-07-15: the day before the decree, invalid'),
    ('2001-07-01', '2015-07-01', '2021-07-16', true,  '20 on 2021-07-01, on 2021-07-16: the decree applies, day 15 of 90'),
    ('2001-07-01', '2015-07-01', '2021-09-29', true,  '20 on 2021-07-01: day 90, valid'),
    ('2001-07-01', '2015-07-01', '2021-09-30', false, '20 on 2021-07-01: day 91, invalid'),
    ('2000-05-15', '2045-05-15', '2045-05-15', true,  'issued on the 45th birthday'),
    ('2000-05-15', '2045-05-15', '2099-12-31', true,  'issued at 45: never expires'),
    ('1950-01-01', '2010-03-01', '2090-01-01', true,  'issued at 60: never expires'),
    ('2000-05-15', '2020-06-01', '2020-05-31', false, 'the day before it was issued'),
    ('2000-05-15', '2020-06-01', '2020-06-01', true,  'the day it was issued'),
    -- 29 February: the birthday falls on 28 February in a common year
    ('2004-02-29', '2018-02-28', '2018-03-01', true,  '29 Feb birthday, issued 28 Feb of a common year: 14 reached'),
    ('2004-02-29', '2018-02-27', '2018-03-01', false, '29 Feb birthday, issued 27 Feb: not yet 14'),
    ('2004-02-29', '2018-03-01', '2024-02-28', true,  '29 Feb birthday, the day before the 20th (leap) birthday'),
    ('2004-02-29', '2018-03-01', '2024-02-29', true,  '29 Feb birthday, on the 20th birthday 29 Feb 2024: valid until replaced'),
    ('2004-02-29', '2018-03-01', '2024-05-29', true,  '29 Feb birthday, day 90 after the 20th birthday'),
    ('2004-02-29', '2018-03-01', '2024-05-30', false, '29 Feb birthday, day 91 after the 20th birthday'),
    ('2004-02-29', '2024-03-01', '2049-02-27', true,  '29 Feb birthday, 27 Feb of the common year of the 45th'),
    ('2004-02-29', '2024-03-01', '2049-02-28', true,  '29 Feb birthday, 45 on 28 Feb of a common year: valid until replaced'),
    ('2004-02-29', '2024-03-01', '2049-05-29', true,  '29 Feb birthday, day 90 after 28 Feb 2049'),
    ('2004-02-29', '2024-03-01', '2049-05-30', false, '29 Feb birthday, day 91 after 28 Feb 2049'),
    ('2004-02-29', '2049-02-28', '2070-01-01', true,  '29 Feb birthday, issued on 28 Feb at 45: never expires')
  ) AS t(birth, issued, on_date, expected, why);
SELECT is(electoral.ru_passport_valid_on(NULL, '2000-05-15', '2014-06-01', '2016-01-01'), NULL,
          'ru_passport_valid_on with a NULL passport is NULL');
SELECT is(electoral.ru_passport_valid_on('45 08 123456', '2000-05-15', '2014-06-01', NULL), NULL,
          'ru_passport_valid_on with a NULL day is NULL');
SELECT is(pg_temp.error_of($$SELECT electoral.ru_passport_valid_on('45 08 123456', '2000-05-15', '2014-06-01', 'infinity')$$),
          '22008 | dates given to electoral.ru_passport_valid_on must be finite',
          'an infinite day is refused');
SELECT is(pg_temp.error_of($$SELECT electoral.ru_passport_valid_on('45 08 123456', '-infinity', '2014-06-01', '2016-01-01')$$),
          '22008 | dates given to electoral.ru_passport_valid_on must be finite',
          'an infinite birth date is refused');

-- ===========================================================================
-- identity_mismatches: consistent records give nothing
-- ===========================================================================
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(
           full_name => 'Кавалёў Ігар Рыгоравіч', birth_date => '1987-02-27', sex => 'M',
           citizenships => ARRAY['BLR']::electoral.country[], mrz => pg_temp.by_passport(),
           by_personal_number => '3270287A012PB2', on_date => '2026-09-01')$q$,
    'a consistent Belarusian record with its passport and personal number: no findings');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(
           full_name => 'Ігар Рыгоравіч Кавалёў', birth_date => '1987-02-27', sex => 'м',
           citizenships => ARRAY['RUS', 'BY']::electoral.country[], mrz => pg_temp.by_passport(),
           by_personal_number => '3270287A012PB2', on_date => '2030-05-14')$q$,
    'given names first, sex as Cyrillic м, dual citizenship, polling on the expiry day: no findings');

-- A Belarusian ID card (TD1) carrying the personal number in its optional data
SELECT is((electoral.mrz_fields(pg_temp.td1('ID', 'BLR', 'AB1234567', '3270287A012PB2', '870227', 'M', '310610',
                                            'BLR', '', 'KAVALIOU<<IHAR'))).personal_number,
          '3270287A012PB2', 'the Belarusian ID card built here carries the personal number');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(
           full_name => 'Кавалёў Ігар Рыгоравіч', birth_date => '1987-02-27', sex => 'мужской',
           citizenships => ARRAY['BLR']::electoral.country[],
           mrz => pg_temp.td1('ID', 'BLR', 'AB1234567', '3270287A012PB2', '870227', 'M', '310610',
                              'BLR', '', 'KAVALIOU<<IHAR'),
           by_personal_number => '3270287A012PB2', on_date => '2026-09-01')$q$,
    'a consistent record against a Belarusian ID card (TD1): no findings');

-- A Belarusian woman: personal number 4110982A001PB + its check digit
CREATE TEMP TABLE woman AS
SELECT '4110982A001PB' || pg_temp.cd('4110982A001PB') AS pn;
SELECT is(electoral.birth_date((SELECT pn FROM woman)::electoral.by_personal_number), '1982-09-11'::date,
          'the woman''s personal number encodes 1982-09-11');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(
           full_name => 'Ціханоўская Святлана Георгіеўна', birth_date => '1982-09-11', sex => 'Ж',
           citizenships => ARRAY['BLR']::electoral.country[],
           mrz => pg_temp.td3('P', 'BLR', 'TSIKHANOUSKAIA<<SVIATLANA', 'MP7654321', 'BLR', '820911', 'F', '310101',
                              (SELECT pn FROM woman)),
           by_personal_number => (SELECT pn FROM woman)::electoral.by_personal_number, on_date => '2026-09-01')$q$,
    'a consistent record of a Belarusian woman (sex Ж): no findings');

-- Kazakhstan: IIN 871008401427, born 1987-10-08, female
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '1987-10-08', sex => 'F', kz_iin => '871008401427')$q$,
    'a consistent record with a Kazakh IIN: no findings');
-- Russia: a passport replaced at 20
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '2000-05-15', ru_passport => '45 08 123456',
                                                   ru_passport_issued_on => '2020-06-01', on_date => '2026-09-01')$q$,
    'a Russian passport replaced at 20: no findings');
-- a Russian international passport (no personal number) with a Russian record
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(
           full_name => 'Иванов Иван Иванович', citizenships => ARRAY['RUS']::electoral.country[],
           mrz => E'P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n7512345672RUS8503150M3109203<<<<<<<<<<<<<<06',
           by_personal_number => '3270287A012PB2', on_date => '2026-09-01')$q$,
    'a Russian passport carries no personal number: the Belarusian number is not compared with it');

SELECT is_empty($q$SELECT * FROM electoral.identity_mismatches()$q$, 'no arguments: no findings');

-- ===========================================================================
-- identity_mismatches: each finding
-- ===========================================================================
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '1987-02-28', by_personal_number => '3270287A012PB2')$q$,
    $$VALUES ('by_number_birth_date'::text,
              'personal number 3270287A012PB2 encodes birth date 1987-02-27, the record says 1987-02-28'::text)$$,
    'by_number_birth_date');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(sex => 'F', by_personal_number => '3270287A012PB2')$q$,
    $$VALUES ('by_number_sex'::text, 'personal number 3270287A012PB2 encodes sex M, the record says F'::text)$$,
    'by_number_sex');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(sex => 'женский', by_personal_number => '3270287A012PB2')$q$,
    $$VALUES ('by_number_sex'::text, 'personal number 3270287A012PB2 encodes sex M, the record says F'::text)$$,
    'by_number_sex with the record''s sex written женский');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '1987-10-09', kz_iin => '871008401427')$q$,
    $$VALUES ('kz_iin_birth_date'::text, 'IIN 871008401427 encodes birth date 1987-10-08, the record says 1987-10-09 (a discrepancy to check, not proof of a wrong record: since Government Decree No. 853 of 26.08.2013 an IIN need not match its holder''s birth date and sex)'::text)$$,
    'kz_iin_birth_date');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(sex => 'M', kz_iin => '871008401427')$q$,
    $$VALUES ('kz_iin_sex'::text, 'IIN 871008401427 encodes sex F, the record says M (a discrepancy to check, not proof of a wrong record: since Government Decree No. 853 of 26.08.2013 an IIN need not match its holder''s birth date and sex)'::text)$$,
    'kz_iin_sex');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(citizenships => ARRAY['RUS', 'KAZ']::electoral.country[],
                                                   mrz => pg_temp.by_passport(), on_date => '2026-09-01')$q$,
    $$VALUES ('mrz_nationality'::text, 'the document gives nationality BY, the record claims RU, KZ'::text)$$,
    'mrz_nationality');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(
           citizenships => ARRAY['BLR']::electoral.country[],
           mrz => E'P<D<<ERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36XXA7408122F1204159<<<<<<<<<<<<<<08',
           on_date => '2010-01-01')$q$,
    $$VALUES ('mrz_nationality'::text, 'the document gives nationality XXA, the record claims BY'::text)$$,
    'mrz_nationality: a stateless (XXA) document against a claimed citizenship');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '1987-02-28', mrz => pg_temp.by_passport(),
                                                   on_date => '2026-09-01')$q$,
    $$VALUES ('mrz_birth_date'::text, 'the document gives birth date 1987-02-27, the record says 1987-02-28'::text)$$,
    'mrz_birth_date');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(sex => 'Ж', mrz => pg_temp.by_passport(), on_date => '2026-09-01')$q$,
    $$VALUES ('mrz_sex'::text, 'the document gives sex M, the record says F'::text)$$,
    'mrz_sex (the record''s sex in Cyrillic)');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(full_name => 'Шуневіч Ігар', mrz => pg_temp.by_passport(),
                                                   on_date => '2026-09-01')$q$,
    $$VALUES ('mrz_name'::text, 'the document names KAVALIOU IHAR, the record says Шуневіч Ігар'::text)$$,
    'mrz_name: another surname');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(full_name => 'Кавалёў Ігар',
           mrz => pg_temp.td3('P', 'BLR', 'KAVALIOU<<IHAR<SIARHEI', 'MP1234567', 'BLR', '870227', 'M', '300514'),
           on_date => '2026-09-01')$q$,
    $$VALUES ('mrz_name'::text, 'the document names KAVALIOU IHAR SIARHEI, the record says Кавалёў Ігар'::text)$$,
    'mrz_name: the document has a given name the record lacks');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(mrz => pg_temp.by_passport(), by_personal_number => '3041088A042PB2',
                                                   on_date => '2026-09-01')$q$,
    $$VALUES ('mrz_personal_number'::text, 'the document carries personal number 3270287A012PB2, the record 3041088A042PB2'::text)$$,
    'mrz_personal_number');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(mrz => pg_temp.by_passport(), on_date => '2030-05-15')$q$,
    $$VALUES ('document_expired'::text, 'the document expired on 2030-05-14, before 2030-05-15'::text)$$,
    'document_expired the day after the expiry date');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(
           mrz => E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10')$q$,
    format($$VALUES ('document_expired'::text, 'the document expired on 2012-04-15, before %s'::text)$$, current_date),
    'document_expired: on_date defaults to today');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '2000-05-15', ru_passport => '45 08 123456',
                                                   ru_passport_issued_on => '2014-06-01', on_date => '2020-05-15')$q$,
    $$VALUES ('ru_passport_expired'::text,
              'passport 45 08 123456 issued on 2014-06-01 is not valid on 2020-05-15 for a holder born 2000-05-15 (it must be replaced at 20 and at 45)'::text)$$,
    'ru_passport_expired at 20');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '1975-03-01', ru_passport => '4508 123456',
                                                   ru_passport_issued_on => '1995-04-01', on_date => '2020-03-01')$q$,
    $$VALUES ('ru_passport_expired'::text,
              'passport 45 08 123456 issued on 1995-04-01 is not valid on 2020-03-01 for a holder born 1975-03-01 (it must be replaced at 20 and at 45)'::text)$$,
    'ru_passport_expired at 45');

-- An MRZ with no primary identifier (P<UTO<<ANNA...): the detail still names
-- what the document says (a NULL surname once blanked the whole name).
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(full_name => 'Иванов Иван',
           mrz => E'P<UTO<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<08',
           on_date => '2010-01-01')$q$,
    $$VALUES ('mrz_name'::text, 'the document names ANNA, the record says Иванов Иван'::text)$$,
    'mrz_name: a document with given names only names them in the detail');

-- several at once, in a fixed order
SELECT results_eq(
    $q$SELECT code FROM electoral.identity_mismatches(
           full_name => 'Иванов Иван', birth_date => '1987-02-28', sex => 'F',
           citizenships => ARRAY['RUS']::electoral.country[], mrz => pg_temp.by_passport(),
           by_personal_number => '3041088A042PB2', on_date => '2031-01-01')$q$,
    $$VALUES ('by_number_birth_date'::text), ('by_number_sex'), ('mrz_nationality'), ('mrz_birth_date'),
             ('mrz_sex'), ('mrz_name'), ('mrz_personal_number'), ('document_expired')$$,
    'a record wrong in everything: each finding once, in order');
SELECT results_eq(
    $q$SELECT code FROM electoral.identity_mismatches(
           birth_date => '1987-10-09', sex => 'M', kz_iin => '871008401427',
           ru_passport => '45 08 123456', ru_passport_issued_on => '2001-01-01', on_date => '2040-01-01')$q$,
    $$VALUES ('kz_iin_birth_date'::text), ('kz_iin_sex'), ('ru_passport_expired')$$,
    'Kazakh and Russian findings together, in order');

-- ===========================================================================
-- Partial records and NULLs: a check runs only where both sides are known
-- ===========================================================================
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(full_name => NULL, birth_date => NULL, sex => NULL,
                                                   citizenships => NULL, mrz => pg_temp.by_passport(),
                                                   by_personal_number => NULL, on_date => '2026-09-01')$q$,
    'an MRZ alone, every other argument NULL: nothing to compare');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(full_name => 'Шуневіч Ігар', birth_date => '1950-01-01', sex => 'F',
                                                   citizenships => ARRAY['RUS']::electoral.country[], mrz => NULL,
                                                   on_date => '2026-09-01')$q$,
    'a record with no document: nothing to compare');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '1950-01-01', sex => 'F',
                                                   by_personal_number => '7000000A000PB1')$q$,
    'a post-2012 Belarusian number encodes no birth date or sex: nothing to compare');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(birth_date => '2000-05-15', ru_passport => '45 08 123456',
                                                   on_date => '2040-01-01')$q$,
    'a Russian passport without its issue date is not checked');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(ru_passport => '45 08 123456', ru_passport_issued_on => '2014-06-01',
                                                   on_date => '2040-01-01')$q$,
    'a Russian passport without the holder''s birth date is not checked');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(
           birth_date => '1974-08-20', sex => 'F',
           mrz => E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408<<7F1204159ZE184226B<<<<<10',
           on_date => '2010-01-01')$q$,
    'an MRZ birth date with an unknown day is not compared');
SELECT results_eq(
    $q$SELECT * FROM electoral.identity_mismatches(
           birth_date => '1974-08-12', sex => 'M',
           mrz => E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408<<7F1204159ZE184226B<<<<<10',
           on_date => '2010-01-01')$q$,
    $$VALUES ('mrz_sex'::text, 'the document gives sex F, the record says M'::text)$$,
    'with an unknown birth day in the MRZ, the sex is still compared');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(sex => 'X', mrz => pg_temp.by_passport(),
                                                   by_personal_number => '3270287A012PB2', on_date => '2026-09-01')$q$,
    'a sex that is neither M/F nor М/Ж is unknown: not compared');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(sex => 'F',
           mrz => pg_temp.td3('P', 'BLR', 'KAVALIOU<<IHAR', 'MP1234567', 'BLR', '870227', '<', '300514'),
           on_date => '2026-09-01')$q$,
    'an MRZ with sex < (unspecified) is not compared');
SELECT is_empty(
    $q$SELECT * FROM electoral.identity_mismatches(
           mrz => E'IDBELB12345678185020100200<<<<\n8502016F3001019BELXY12<<<<<<<8\nVAN<DER<VELDEN<<GREET<HILDE<<<',
           by_personal_number => '3270287A012PB2', on_date => '2026-09-01')$q$,
    'optional data that is no Belarusian personal number is not compared with one');

SELECT * FROM finish();
ROLLBACK;
