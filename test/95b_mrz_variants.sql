-- electoral.mrz, issue 12: what real documents do beyond the ICAO specimens.
--  * Long TD1 document numbers whose check digit is computed with the '<'
--    at position 15 kept in (Belgian identity cards), beside the standard's.
--    Vectors: cheminfo/mrz src/parse/__tests__/td1.test.ts, from the EU
--    Council's PRADO specimens BEL-BO-03003 and BEL-BO-11005 (the latter's
--    issuing state is UTO on PRADO, BEL in that test: no check digit covers
--    it), and the 2020 card of Arg0s1080/mrz pull request #41.
--  * The other issuing authorities of ICAO Doc 9303 Part 3 (XPO, XOM, ...).
--  * The Russian internal passport's MRZ ("PNRUS..."): no complete real one
--    is published (they carry personal data), so these are built with the
--    MVD table (Ё 2, Й Q, Ч 3, Ш 4, Щ W, Ъ X, Ы Y, Ь 9, Э 6, Ю 7, Я 8, the
--    rest by their Latin letters; the same table decodes the field in
--    romanmazeev/MRZParser) and layout, with check digits computed by a
--    Python implementation of the 7-3-1 rule.
-- Before issue 12 every one of these was refused (BEL-BO-03003: "document
-- number check digit is 3, expected 1"; an internal passport: "expiry date
-- check digit is <, expected 0"; XPO: not an ICAO code).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(39);
SET search_path = public, electoral;
SET LOCAL datestyle = 'ISO, YMD';

\ir lib/detail_of.sql

CREATE TEMP TABLE v (k text PRIMARY KEY, t text NOT NULL);
INSERT INTO v VALUES
    -- PRADO BEL-BO-03003: check digit 3 over 000590240<601 (the standard's would be 1)
    ('bel03', E'IDBEL000590240<6013<<<<<<<<<<<\n8512017F1311048BEL851201002007\nREINARTZ<<ULRIKE<KATIA<E<<<<<<'),
    -- PRADO BEL-BO-11005: check digit 2 over 600001795015, as the standard says
    ('bel11', E'IDBEL600001795<0152<<<<<<<<<<<\n1301014F2311207BEL130101987398\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<'),
    -- the 2020 card (Arg0s1080/mrz #41)
    ('bel20', E'IDBEL000590696<1015<<<<<<<<<<<\n9401013F2710017BEL000101123453\nSPECIMEN<<SPECIMEN<<<<<<<<<<<<'),
    -- the ICAO specimen passport issued by INTERPOL and by the Order of Malta
    -- (line 1 is under no check digit)
    ('xpo', E'P<XPOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'),
    ('xom', E'P<XOMERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'),
    -- internal passports: ЧЕРНЫШЁВ СЕРГЕЙ ВЯЧЕСЛАВОВИЧ, 45 09 235857, born 1978-03-10,
    -- issued 2023-05-26 by department 770-003
    ('ru1', E'PNRUS3ERNY42V<<SERGEQ<V83ESLAVOVI3<<<<<<<<<<\n4502358579RUS7803107M<<<<<<<9230526770003<02'),
    -- СОЛОВЬЁВА ЮЛЬЯ ЭДУАРДОВНА, 40 12 345678, born 1991-07-04, issued 2011-09-15, 780-045
    ('ru2', E'PNRUSSOLOV92VA<<7L98<6DUARDOVNA<<<<<<<<<<<<<\n4013456788RUS9107049F<<<<<<<2110915780045<96'),
    -- ПОДЪЯЧЕВ-ЩУКИН ЖОРЖ ХАЦЕВИЧ, 46 05 001122, born 2000-02-29, issued 2014-03-01, 500-112
    ('ru3', E'PNRUSPODX83EV<WUKIN<<JORJ<HACEVI3<<<<<<<<<<<\n4600011222RUS0002299M<<<<<<<5140301500112<16');

CREATE FUNCTION pg_temp.v(key text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT t FROM pg_temp.v WHERE k = key
$$;

-- ---------------------------------------------------------------------------
-- Long document numbers: both forms, and which one matched
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.v('bel03')::electoral.mrz::text, pg_temp.v('bel03'),
    'BEL-BO-03003 (check digit with the filler kept in) is accepted');
SELECT is(pg_temp.v('bel11')::electoral.mrz::text, pg_temp.v('bel11'),
    'BEL-BO-11005 (the standard''s check digit) is accepted');
SELECT is(pg_temp.v('bel20')::electoral.mrz::text, pg_temp.v('bel20'), 'the 2020 Belgian card is accepted');
SELECT results_eq(
    format($$SELECT format, document_number, document_number_check, surname, given_names, personal_number
               FROM electoral.mrz_fields(%L)$$, pg_temp.v('bel03')),
    $$VALUES ('TD1'::text, '000590240601'::text, 'filler kept'::text, 'REINARTZ'::text,
              'ULRIKE KATIA E'::text, '85120100200'::text)$$,
    'mrz_fields of BEL-BO-03003: the 12-digit number, checked with the filler kept');
SELECT is((electoral.mrz_fields(pg_temp.v('bel11')::electoral.mrz)).document_number_check, 'standard',
    'mrz_fields of BEL-BO-11005 names the standard''s form');
SELECT is((electoral.mrz_fields(pg_temp.v('bel20')::electoral.mrz)).document_number_check, 'standard',
    'the 2020 card is the standard''s form');
SELECT is((electoral.mrz_fields(E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<'))
          .document_number_check, NULL, 'a number of 9 characters has no long form: NULL');
SELECT throws_ok(format('SELECT %L::electoral.mrz', replace(pg_temp.v('bel03'), '<6013<', '<6016<')),
    '22P02', NULL, 'a long number matching neither form is refused with 22P02');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('bel03'), '<6013<', '<6016<'))),
    'Document number check digit is 6, expected 1 (or 3 with the filler kept in).',
    'the detail names the digit of both forms');

-- ---------------------------------------------------------------------------
-- The other issuing authorities of Doc 9303 Part 3
-- ---------------------------------------------------------------------------
SELECT is((electoral.mrz_fields(pg_temp.v('xpo')::electoral.mrz)).issuing_state, 'XPO'::electoral.country,
    'an MRZ issued by INTERPOL (XPO) is read');
SELECT is((electoral.mrz_fields(pg_temp.v('xom')::electoral.mrz)).issuing_state::text, 'XOM',
    'an MRZ issued by the Sovereign Military Order of Malta (XOM) is read');
SELECT is((electoral.mrz_fields(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36XCE7408122F1204159ZE184226B<<<<<10'::electoral.mrz)).nationality::text,
    'XCE', 'XCE (Council of Europe) as a nationality (no check digit covers the field)');

-- ---------------------------------------------------------------------------
-- The Russian internal passport
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.v('ru1')::electoral.mrz::text, pg_temp.v('ru1'), 'an internal passport''s MRZ is accepted');
SELECT is(replace(pg_temp.v('ru1'), E'\n', ' ')::electoral.mrz::text, pg_temp.v('ru1'),
    'typed with a space between the lines');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('ru1')),
    $$VALUES ('RU internal'::text, 'PN'::text, 'RUS'::electoral.country, '4509235857'::text,
              'RUS'::electoral.country, '1978-03-10'::date, 'M'::text, NULL::date,
              'ЧЕРНЫШЁВ'::text, 'СЕРГЕЙ ВЯЧЕСЛАВОВИЧ'::text, NULL::text, NULL::text,
              '2023-05-26'::date, '770-003'::text, '45 09 235857'::electoral.ru_passport)$$,
    'mrz_fields of an internal passport: the name in Cyrillic, no expiry, the issue date, department, passport');
SELECT results_eq(
    format('SELECT surname, given_names, sex, ru_passport::text FROM electoral.mrz_fields(%L)', pg_temp.v('ru2')),
    $$VALUES ('СОЛОВЬЁВА'::text, 'ЮЛЬЯ ЭДУАРДОВНА'::text, 'F'::text, '40 12 345678'::text)$$,
    'Ь, Ё, Ю, Я, Э decoded');
SELECT results_eq(
    format('SELECT surname, given_names, birth_date, issue_date FROM electoral.mrz_fields(%L)', pg_temp.v('ru3')),
    $$VALUES ('ПОДЪЯЧЕВ ЩУКИН'::text, 'ЖОРЖ ХАЦЕВИЧ'::text, '2000-02-29'::date, '2014-03-01'::date)$$,
    'Ъ, Щ, Ж, Х, Ц decoded; a double surname; born on 29 February 2000');
SELECT is(electoral.region_code((electoral.mrz_fields(pg_temp.v('ru1')::electoral.mrz)).ru_passport), '45',
    'the passport read from the MRZ is an electoral.ru_passport (region 45, Moscow)');

-- Refused, 22P02, with the field named
SELECT throws_ok(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), '4502358579RUS', '4502358578RUS')),
    '22P02', NULL, 'internal passport: a wrong series-and-number check digit is 22P02');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), '4502358579RUS', '4502358578RUS'))),
    'Series and number check digit is 8, expected 9.', 'its detail');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), '770003<02', '770003<12'))),
    'Optional data check digit is 1, expected 0.', 'the check digit over positions 29-42');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), '770003<02', '770003<03'))),
    'Composite check digit is 3, expected 2.', 'the composite check digit');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), '9230526', '9231326'))),
    'Issue date 231326 is not a valid date.', 'an issue date in month 13');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), 'VI3<', 'VI5<'))),
    'Name has "5" at line 1, position 34, which codes no Cyrillic letter.', 'a digit the name table does not use');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), 'M<<<<<<<9', 'M<<<<<<<X'))),
    'Last digit of the passport series (line 2, position 29) is "X", not a digit.', 'the series'' last digit');
SELECT is(pg_temp.detail_of(format('SELECT %L::electoral.mrz', replace(pg_temp.v('ru1'), 'M<<<<<<<', 'M<<<<<<0'))),
    'Expiry date <<<<<< is not a valid date.', 'with an expiry field that is not all filler it is read as a TD3');
SELECT ok(NOT electoral.is_valid(replace(pg_temp.v('ru1'), '<02', '<03'), 'electoral.mrz'),
    'is_valid says false for a bad internal passport');

-- Binary input re-validates the internal passport as any MRZ
CREATE TEMP TABLE bin_src (m electoral.mrz);
CREATE TEMP TABLE bin_dst (m electoral.mrz);
INSERT INTO bin_src SELECT t::electoral.mrz FROM pg_temp.v WHERE k LIKE 'ru%';
CREATE FUNCTION pg_temp.path(tag text) RETURNS text LANGUAGE sql AS $$
    SELECT format('/tmp/electoral_tap_95b_%s_%s.bin', pg_backend_pid(), tag)
$$;
DO $$
BEGIN
    EXECUTE format('COPY bin_src TO %L (FORMAT binary)', pg_temp.path('rt'));
    EXECUTE format('COPY bin_dst FROM %L (FORMAT binary)', pg_temp.path('rt'));
    EXECUTE format('COPY (SELECT %L::text) TO %L (FORMAT binary)',
                   replace(pg_temp.v('ru1'), '<02', '<03'), pg_temp.path('bad'));
END $$;
SELECT set_eq('SELECT m::text FROM bin_dst', 'SELECT m::text FROM bin_src',
    'internal passports survive binary COPY out and in');
SELECT throws_ok(format('COPY bin_dst FROM %L (FORMAT binary)', pg_temp.path('bad')),
    '22P03', 'invalid binary value for type electoral.mrz', 'recv refuses an internal passport with a bad check digit');
SELECT is(pg_temp.detail_of(format('COPY bin_dst FROM %L (FORMAT binary)', pg_temp.path('bad'))),
    'Composite check digit is 3, expected 2.', 'recv names the check digit');

-- ---------------------------------------------------------------------------
-- Its name against a registry's (identity_mismatches uses this)
-- ---------------------------------------------------------------------------
SELECT is_empty(format($$SELECT * FROM electoral.identity_mismatches(
        full_name => 'Чернышёв Сергей Вячеславович', birth_date => '1978-03-10', sex => 'мужской',
        mrz => %L, ru_passport => '4509 235857', ru_passport_issued_on => '2023-05-26',
        on_date => '2026-01-01')$$, pg_temp.v('ru1')),
    'a record that agrees with its internal passport has no findings');
SELECT is_empty(format($$SELECT * FROM electoral.identity_mismatches(
        full_name => 'ЧЕРНЫШЕВ СЕРГЕЙ ВЯЧЕСЛАВОВИЧ', mrz => %L)$$, pg_temp.v('ru1')),
    'Е for Ё in the register is no finding');
SELECT results_eq(format($$SELECT code, detail FROM electoral.identity_mismatches(
        full_name => 'Чернов Сергей Вячеславович', mrz => %L)$$, pg_temp.v('ru1')),
    $$VALUES ('mrz_name'::text,
              'the document names ЧЕРНЫШЁВ СЕРГЕЙ ВЯЧЕСЛАВОВИЧ, the record says Чернов Сергей Вячеславович'::text)$$,
    'mrz_name: another surname, the document''s name shown in Cyrillic');
SELECT results_eq(format($$SELECT code, detail FROM electoral.identity_mismatches(
        birth_date => '1978-03-11', sex => 'Ж', mrz => %L)$$, pg_temp.v('ru1')),
    $$VALUES ('mrz_birth_date'::text, 'the document gives birth date 1978-03-10, the record says 1978-03-11'::text),
             ('mrz_sex'::text, 'the document gives sex M, the record says F'::text)$$,
    'birth date and sex against the internal passport');
SELECT results_eq(format($$SELECT code, detail FROM electoral.identity_mismatches(
        mrz => %L, ru_passport => '4509 235875', ru_passport_issued_on => '2023-06-25')$$, pg_temp.v('ru1')),
    $$VALUES ('mrz_ru_passport'::text, 'the document is passport 45 09 235857, the record 45 09 235875'::text),
             ('mrz_ru_passport_issued_on'::text, 'the document was issued on 2023-05-26, the record says 2023-06-25'::text)$$,
    'mrz_ru_passport and mrz_ru_passport_issued_on: the record''s passport against the MRZ''s');
SELECT is_empty(format($$SELECT * FROM electoral.identity_mismatches(mrz => %L, on_date => '2090-01-01')$$,
                       pg_temp.v('ru1')),
    'an internal passport has no expiry date: no document_expired finding');
SELECT is_empty(format($$SELECT * FROM electoral.identity_mismatches(
        full_name => 'Подъячев-Щукин Жорж Хацевич', mrz => %L)$$, pg_temp.v('ru3')),
    'a hyphenated surname matches the field''s <');

-- The 20/45 rule from the MRZ alone, when the record has no passport of its own
SELECT results_eq(format($$SELECT code, detail FROM electoral.identity_mismatches(
        birth_date => '2000-02-29', mrz => %L, on_date => '2026-01-01')$$, pg_temp.v('ru3')),
    $$VALUES ('ru_passport_expired'::text,
              'passport 46 05 001122 issued on 2014-03-01 is not valid on 2026-01-01 for a holder born 2000-02-29 (it must be replaced at 20 and at 45)'::text)$$,
    'ru_passport_expired from the internal passport''s MRZ: issued at 14, the holder is 25');
SELECT is_empty(format($$SELECT * FROM electoral.identity_mismatches(
        birth_date => '2000-02-29', mrz => %L, on_date => '2020-02-28')$$, pg_temp.v('ru3')),
    'the day before the 20th birthday it is still valid');

SELECT * FROM finish();
ROLLBACK;
