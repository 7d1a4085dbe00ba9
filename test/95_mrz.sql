-- electoral.mrz: ICAO Doc 9303 machine-readable zones (TD1 3x30, TD2 2x36,
-- TD3 2x44).  Vectors: the ICAO specimens of Doc 9303 parts 4, 5 and 6, the
-- long-number TD1 card of part 5, and the realistic Russian, Belarusian and
-- German documents of test/core/test_mrz.c.  MRZs built here (centuries,
-- optional data) get their check digits from pg_temp.cd below, a separate
-- SQL implementation of the 7-3-1 rule that is itself pinned against the
-- specimens before it is trusted.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(142);
SET search_path = public, electoral;
SET LOCAL datestyle = 'ISO, YMD';

-- ---------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------

\ir lib/detail_of.sql

-- The hint of the error raised by q, or 'no error'.
CREATE FUNCTION pg_temp.hint_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    h text;
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
    RETURN h;
END $$;

-- Text input q must be refused: SQLSTATE 22P02, the message quoting the
-- input as given, and exactly this detail.  Two assertions.
CREATE FUNCTION pg_temp.refused(input text, detail text, description text)
RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEXT throws_ok(
        format('SELECT %L::electoral.mrz', input),
        '22P02',
        format('invalid input syntax for type electoral.mrz: "%s"', input),
        description || ': 22P02 quoting the input');
    RETURN NEXT is(
        pg_temp.detail_of(format('SELECT %L::electoral.mrz', input)),
        detail,
        description || ': detail');
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
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    WITH p AS (
        SELECT rpad(num, 9, '<') || pg_temp.cd(rpad(num, 9, '<')) AS a,
               birth || pg_temp.cd(birth) AS b,
               expiry || pg_temp.cd(expiry) || rpad(pers, 14, '<') || pg_temp.cd(rpad(pers, 14, '<')) AS c
    )
    SELECT rpad(code, 2, '<') || rpad(state, 3, '<') || rpad(name, 39, '<') || E'\n'
           || a || rpad(nat, 3, '<') || b || sex || c || pg_temp.cd(a || b || c)
      FROM p
$$;

-- A TD1 with a short document number and every check digit computed.
CREATE FUNCTION pg_temp.td1(code text, state text, num text, opt1 text, birth text, sex text,
                            expiry text, nat text, opt2 text, name text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    WITH p AS (
        SELECT rpad(num, 9, '<') || pg_temp.cd(rpad(num, 9, '<')) || rpad(opt1, 15, '<') AS l1tail,
               birth || pg_temp.cd(birth) AS b,
               expiry || pg_temp.cd(expiry) AS e,
               rpad(opt2, 11, '<') AS o2
    )
    SELECT rpad(code, 2, '<') || rpad(state, 3, '<') || l1tail || E'\n'
           || b || sex || e || rpad(nat, 3, '<') || o2 || pg_temp.cd(l1tail || b || e || o2) || E'\n'
           || rpad(name, 30, '<')
      FROM p
$$;

CREATE FUNCTION pg_temp.path(tag text) RETURNS text LANGUAGE sql AS $$
    SELECT format('/tmp/electoral_tap_95_%s_%s.bin', pg_backend_pid(), tag)
$$;

-- The vectors.
CREATE TEMP TABLE v (k text PRIMARY KEY, t text NOT NULL);
INSERT INTO v VALUES
    -- Doc 9303 part 4 specimen passport
    ('td3', E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'),
    -- Doc 9303 part 5 specimen ID card
    ('td1', E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<'),
    -- Doc 9303 part 6 specimen
    ('td2', E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6'),
    -- Doc 9303 part 5: the 12-character number D23145890734 continued into the optional data
    ('td1long', E'I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<'),
    ('td2long', E'I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\nD23145890<UTO3407127M95071227349<<<8'),
    -- a Russian international passport: no personal number, its check digit 0 ...
    ('ru', E'P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n7512345672RUS8503150M3109203<<<<<<<<<<<<<<06'),
    -- ... or '<'
    ('ru_lt', E'P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n7512345672RUS8503150M3109203<<<<<<<<<<<<<<<6'),
    -- a Belarusian passport carrying the personal number 3270287A012PB2
    ('by', E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282'),
    -- German passport specimen (D<<) and ID card
    ('de', E'P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\nC11T002JM4D<<9608122F1310317<<<<<<<<<<<<<<<6'),
    ('de_id', E'IDD<<LZ6311T475<<<<<<<<<<<<<<<\n8308126F3107313D<<<<<<<<<<<<<8\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<'),
    -- stateless holder (XXA) of a German passport
    ('xxa', E'P<D<<ERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36XXA7408122F1204159<<<<<<<<<<<<<<08'),
    -- a Belgian card with both optional fields
    ('be', E'IDBELB12345678185020100200<<<<\n8502016F3001019BELXY12<<<<<<<8\nVAN<DER<VELDEN<<GREET<HILDE<<<'),
    -- birth day unknown ('<<')
    ('unk_day', E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408<<7F1204159ZE184226B<<<<<10');

CREATE FUNCTION pg_temp.v(key text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT t FROM v WHERE k = key
$$;

-- ---------------------------------------------------------------------------
-- The check-digit helper against the specimens (so it can vouch for the MRZs
-- built below)
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.cd('L898902C3') || pg_temp.cd('740812') || pg_temp.cd('120415')
          || pg_temp.cd('ZE184226B<<<<<'),
          '6291', 'helper: check digits of the TD3 specimen fields are 6, 2, 9, 1');
SELECT is(pg_temp.td3('P', 'UTO', 'ERIKSSON<<ANNA<MARIA', 'L898902C3', 'UTO', '740812', 'F', '120415', 'ZE184226B'),
          pg_temp.v('td3'), 'helper: td3() rebuilds the TD3 specimen exactly');
SELECT is(pg_temp.td1('I', 'UTO', 'D23145890', '', '740812', 'F', '120415', 'UTO', '', 'ERIKSSON<<ANNA<MARIA'),
          pg_temp.v('td1'), 'helper: td1() rebuilds the TD1 specimen exactly');

-- ---------------------------------------------------------------------------
-- Input forms: all give the canonical value
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.v('td3')::mrz::text, pg_temp.v('td3'), 'TD3 specimen: canonical text is itself');
SELECT is(pg_temp.v('td1')::mrz::text, pg_temp.v('td1'), 'TD1 specimen: canonical text is itself');
SELECT is(pg_temp.v('td2')::mrz::text, pg_temp.v('td2'), 'TD2 specimen: canonical text is itself');
SELECT is(pg_temp.v('td1long')::mrz::text, pg_temp.v('td1long'), 'TD1 long-number card: canonical text is itself');
SELECT is(replace(pg_temp.v('td3'), E'\n', ' ')::mrz::text, pg_temp.v('td3'), 'TD3 lines separated by a space');
SELECT is(replace(pg_temp.v('td1'), E'\n', ' ')::mrz::text, pg_temp.v('td1'), 'TD1 lines separated by spaces');
SELECT is(replace(pg_temp.v('td2'), E'\n', ' ')::mrz::text, pg_temp.v('td2'), 'TD2 lines separated by a space');
SELECT is(lower(pg_temp.v('td3'))::mrz::text, pg_temp.v('td3'), 'TD3 in lower case is upper-cased');
SELECT is(lower(pg_temp.v('td1'))::mrz::text, pg_temp.v('td1'), 'TD1 in lower case is upper-cased');
SELECT is(lower(replace(pg_temp.v('td2'), E'\n', ' '))::mrz::text, pg_temp.v('td2'), 'TD2 lower case with a space');
SELECT is(replace(pg_temp.v('td3'), E'\n', E'\r\n')::mrz::text, pg_temp.v('td3'), 'TD3 with CRLF');
SELECT is((E'\n  \t' || replace(pg_temp.v('td1'), E'\n', E' \n\n\t') || E'\n ')::mrz::text, pg_temp.v('td1'),
          'TD1 with runs of white space, leading and trailing');
SELECT is(replace(pg_temp.v('td3'), E'\n', '')::mrz::text, pg_temp.v('td3'), 'TD3 run together (88 characters)');
SELECT is(replace(pg_temp.v('td1'), E'\n', '')::mrz::text, pg_temp.v('td1'), 'TD1 run together (90 characters)');
SELECT ok(lower(replace(pg_temp.v('td3'), E'\n', ' '))::mrz = pg_temp.v('td3')::mrz,
          'lower case with a space = the canonical value (operator =)');
SELECT ok(NOT (pg_temp.v('td3')::mrz <> replace(pg_temp.v('td3'), E'\n', E'\r\n')::mrz),
          'CRLF and newline forms are not <>');
SELECT ok(pg_temp.v('td3')::mrz <> pg_temp.v('td2')::mrz, 'different documents are <>');
SELECT is(lower(pg_temp.v('td2'))::varchar::mrz::text, pg_temp.v('td2'), 'cast from varchar');
SELECT is(length(pg_temp.v('td3')::mrz::text), 89, 'TD3 canonical length 89');
SELECT is(length(pg_temp.v('td2')::mrz::text), 73, 'TD2 canonical length 73');
SELECT is(length(pg_temp.v('td1')::mrz::text), 92, 'TD1 canonical length 92');

-- ---------------------------------------------------------------------------
-- mrz_fields: one row, every column pinned
-- ---------------------------------------------------------------------------
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', lower(replace(pg_temp.v('td3'), E'\n', ' '))),
    $$VALUES ('TD3'::text, 'P'::text, 'UTO'::electoral.country, 'L898902C3'::text, 'UTO'::electoral.country,
              '1974-08-12'::date, 'F'::text, '2012-04-15'::date, 'ERIKSSON'::text, 'ANNA MARIA'::text,
              'ZE184226B'::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of the TD3 specimen (given in lower case with a space)');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('td1')),
    $$VALUES ('TD1'::text, 'I'::text, 'UTO'::electoral.country, 'D23145890'::text, 'UTO'::electoral.country,
              '1974-08-12'::date, 'F'::text, '2012-04-15'::date, 'ERIKSSON'::text, 'ANNA MARIA'::text,
              NULL::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of the TD1 specimen: no personal number is NULL');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('td2')),
    $$VALUES ('TD2'::text, 'I'::text, 'UTO'::electoral.country, 'D23145890'::text, 'UTO'::electoral.country,
              '1974-08-12'::date, 'F'::text, '2012-04-15'::date, 'ERIKSSON'::text, 'ANNA MARIA'::text,
              NULL::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of the TD2 specimen');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('td1long')),
    $$VALUES ('TD1'::text, 'I'::text, 'UTO'::electoral.country, 'D23145890734'::text, 'UTO'::electoral.country,
              '1934-07-12'::date, 'M'::text, '1995-07-12'::date, 'STEVENSON'::text, 'PETER JOHN'::text,
              NULL::text, 'standard'::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of the TD1 long-number card: the number joined, its check digit not in the personal number');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('td2long')),
    $$VALUES ('TD2'::text, 'I'::text, 'UTO'::electoral.country, 'D23145890734'::text, 'UTO'::electoral.country,
              '1934-07-12'::date, 'M'::text, '1995-07-12'::date, 'STEVENSON'::text, 'PETER JOHN'::text,
              NULL::text, 'standard'::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of a TD2 long number');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('ru')),
    $$VALUES ('TD3'::text, 'P'::text, 'RUS'::electoral.country, '751234567'::text, 'RUS'::electoral.country,
              '1985-03-15'::date, 'M'::text, '2031-09-20'::date, 'IVANOV'::text, 'IVAN'::text, NULL::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of a Russian passport IVANOV<<IVAN');
SELECT is(pg_temp.v('ru_lt')::mrz::text, pg_temp.v('ru_lt'),
          'Russian passport with a ''<'' check digit over an empty personal number is accepted');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('by')),
    $$VALUES ('TD3'::text, 'P'::text, 'BLR'::electoral.country, 'MP1234567'::text, 'BLR'::electoral.country,
              '1987-02-27'::date, 'M'::text, '2030-05-14'::date, 'KAVALIOU'::text, 'IHAR'::text,
              '3270287A012PB2'::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of a Belarusian passport MP1234567, personal number 3270287A012PB2');
SELECT is((electoral.mrz_fields(pg_temp.v('by')::electoral.mrz)).personal_number::electoral.by_personal_number,
          '3270287A012PB2'::electoral.by_personal_number,
          'the Belarusian personal number reads as electoral.by_personal_number');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('de_id')),
    $$VALUES ('TD1'::text, 'ID'::text, 'DEU'::electoral.country, 'LZ6311T47'::text, 'DEU'::electoral.country,
              '1983-08-12'::date, 'F'::text, '2031-07-31'::date, 'MUSTERMANN'::text, 'ERIKA'::text, NULL::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of a German ID card: document code ID, D<< is Germany');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('be')),
    $$VALUES ('TD1'::text, 'ID'::text, 'BEL'::electoral.country, 'B12345678'::text, 'BEL'::electoral.country,
              '1985-02-01'::date, 'F'::text, '2030-01-01'::date, 'VAN DER VELDEN'::text, 'GREET HILDE'::text,
              '85020100200 XY12'::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'mrz_fields of a TD1 with both optional fields: names and optional data joined by single spaces');
SELECT results_eq(
    format('SELECT * FROM electoral.mrz_fields(%L)', pg_temp.v('unk_day')),
    $$VALUES ('TD3'::text, 'P'::text, 'UTO'::electoral.country, 'L898902C3'::text, 'UTO'::electoral.country,
              NULL::date, 'F'::text, '2012-04-15'::date, 'ERIKSSON'::text, 'ANNA MARIA'::text, 'ZE184226B'::text, NULL::text, NULL::date, NULL::text, NULL::electoral.ru_passport)$$,
    'an unknown birth day (<<) gives a NULL birth date');
SELECT results_eq(
    format('SELECT sex FROM electoral.mrz_fields(%L)',
           pg_temp.td3('P', 'UTO', 'ERIKSSON<<ANNA', 'L898902C3', 'UTO', '740812', 'X', '300101')),
    $$VALUES (NULL::text)$$, 'sex X gives NULL');
SELECT results_eq(
    format('SELECT sex FROM electoral.mrz_fields(%L)',
           pg_temp.td3('P', 'UTO', 'ERIKSSON<<ANNA', 'L898902C3', 'UTO', '740812', '<', '300101')),
    $$VALUES (NULL::text)$$, 'sex < gives NULL');
SELECT is((SELECT count(*) FROM electoral.mrz_fields(pg_temp.v('td3')::electoral.mrz)), 1::bigint, 'mrz_fields returns one row');
SELECT ok((SELECT f IS NULL FROM electoral.mrz_fields(NULL::electoral.mrz) AS f), 'mrz_fields(NULL) is an all-NULL row');

-- ---------------------------------------------------------------------------
-- ICAO codes that are not ISO countries read as electoral.country
-- ---------------------------------------------------------------------------
SELECT is(pg_typeof((electoral.mrz_fields(pg_temp.v('td3')::electoral.mrz)).issuing_state), 'electoral.country'::regtype,
          'issuing_state is an electoral.country');
SELECT is(pg_typeof((electoral.mrz_fields(pg_temp.v('td3')::electoral.mrz)).nationality), 'electoral.country'::regtype,
          'nationality is an electoral.country');
SELECT results_eq(
    format('SELECT issuing_state, nationality FROM electoral.mrz_fields(%L)', pg_temp.v('de')),
    $$VALUES ('D'::electoral.country, 'DEU'::electoral.country)$$,
    'D<< reads as Germany, the same country as D and DEU');
SELECT results_eq(
    format('SELECT issuing_state, nationality FROM electoral.mrz_fields(%L)', pg_temp.v('xxa')),
    $$VALUES ('DEU'::electoral.country, 'XXA'::electoral.country)$$,
    'nationality XXA (stateless) reads as electoral.country XXA');
SELECT is((electoral.mrz_fields(pg_temp.v('xxa')::electoral.mrz)).nationality::text, 'XXA', 'XXA prints as XXA');
SELECT is((electoral.mrz_fields(pg_temp.v('td3')::electoral.mrz)).issuing_state::text, 'UTO', 'UTO (the specimen state) prints as UTO');
SELECT ok((electoral.mrz_fields(pg_temp.v('de')::electoral.mrz)).issuing_state <> 'AUT'::electoral.country,
          'D<< is not some other country');
SELECT results_eq(
    format('SELECT document_code, issuing_state, document_number FROM electoral.mrz_fields(%L)', pg_temp.v('de')),
    $$VALUES ('P'::text, 'DEU'::electoral.country, 'C11T002JM'::text)$$,
    'German passport specimen: code P, number C11T002JM');
SELECT * FROM pg_temp.refused(
    E'P<ZZZERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<08',
    'Issuing state "ZZZ" is not an ISO 3166-1 alpha-3 code or an ICAO 9303 code.',
    'unknown issuing state ZZZ');
SELECT is(pg_temp.hint_of($$SELECT E'P<ZZZERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<08'::electoral.mrz$$),
          'ICAO 9303 writes states as three-letter codes (D<< for Germany), such as RUS, BLR or UTO.',
          'unknown issuing state: hint');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36RU<7408122F1204159<<<<<<<<<<<<<<08',
    'Nationality "RU<" is not a three-letter code.',
    'two-letter nationality RU<');

-- ---------------------------------------------------------------------------
-- Every check digit, each failure naming the field, the digit found and the
-- digit expected
-- ---------------------------------------------------------------------------
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C35UTO7408122F1204159ZE184226B<<<<<10',
    'Document number check digit is 5, expected 6.', 'TD3 document number check digit');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408123F1204159ZE184226B<<<<<10',
    'Birth date check digit is 3, expected 2.', 'TD3 birth date check digit');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204158ZE184226B<<<<<10',
    'Expiry date check digit is 8, expected 9.', 'TD3 expiry date check digit');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<20',
    'Personal number check digit is 2, expected 1.', 'TD3 personal number check digit');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<<0',
    'Personal number check digit is <, expected 1.',
    'TD3 ''<'' personal number check digit after a real personal number');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<17',
    'Composite check digit is 7, expected 0.', 'TD3 composite check digit');
SELECT * FROM pg_temp.refused(
    E'p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<< l898902c3auto7408122f1204159ze184226b<<<<<10',
    'Document number check digit is A, expected 6.', 'a letter where a check digit belongs (lower-case input)');
SELECT * FROM pg_temp.refused(
    E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB292',
    'Personal number check digit is 9, expected 8.',
    'Belarusian passport: the MRZ check digit over the personal number');
SELECT * FROM pg_temp.refused(
    E'P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n7512345673RUS8503150M3109203<<<<<<<<<<<<<<06',
    'Document number check digit is 3, expected 2.', 'Russian passport document number check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOD231458908<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    'Document number check digit is 8, expected 7.', 'TD1 document number check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408121F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    'Birth date check digit is 1, expected 2.', 'TD1 birth date check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204150UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    'Expiry date check digit is 0, expected 9.', 'TD1 expiry date check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<5\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    'Composite check digit is 5, expected 6.', 'TD1 composite check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOD231458907<<<<<<<<<<<<<<1\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    'Composite check digit is 6, expected 3.', 'TD1 optional data of line 1 is under the composite');
SELECT * FROM pg_temp.refused(
    E'I<UTOD23145890<7348<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<',
    'Document number check digit is 8, expected 9.', 'TD1 long number continued into the optional data: its check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOD23145890<7<<<<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<',
    'Document number continues into the optional data but has only its check digit there.',
    'TD1 continuation with nothing but a check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOD23145890<<<<<<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<',
    'Document number check digit is <, expected 7.', 'TD1 ''<'' check digit with no continuation');
SELECT * FROM pg_temp.refused(
    E'I<UTOD2314589<<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<',
    'Document number check digit is <, expected 7.', 'TD1 short number cannot continue');
SELECT * FROM pg_temp.refused(
    E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458906UTO7408122F1204159<<<<<<<6',
    'Document number check digit is 6, expected 7.', 'TD2 document number check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<5',
    'Composite check digit is 5, expected 6.', 'TD2 composite check digit');
SELECT * FROM pg_temp.refused(
    E'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159AB123462',
    'Composite check digit is 2, expected 9.', 'TD2 optional data is under the composite');
SELECT * FROM pg_temp.refused(
    E'I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\nD23145890<UTO3407127M95071227348<<<8',
    'Document number check digit is 8, expected 9.', 'TD2 long number: its check digit');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C3<UTO7408122F1204159ZE184226B<<<<<10',
    'Document number check digit is <, expected 6.', 'TD3 has no continued document numbers');

-- layout and characters
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<1',
    'Expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 44 and 43.', 'short second line');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA-MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10',
    'Unexpected character "-" at line 1, position 20.', 'a hyphen in the name');
SELECT * FROM pg_temp.refused(
    E'V<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159<<<<<<<<<<<<<<08',
    'Document code "V<" marks a visa (MRV), which is not a TD1, TD2 or TD3 document.', 'a visa is refused by name');
SELECT * FROM pg_temp.refused(
    E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7413324F1204159ZE184226B<<<<<10',
    'Birth date 741332 is not a valid date.', 'birth date with month 13 (its check digit right)');
SELECT throws_ok($$SELECT ''::electoral.mrz$$, '22P02',
                 'invalid input syntax for type electoral.mrz: ""', 'the empty string is refused');

-- ---------------------------------------------------------------------------
-- Centuries, relative to today so the test does not rot
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.yymmdd(d date) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(d, 'YYMMDD')
$$;
CREATE FUNCTION pg_temp.with_dates(birth date, expiry date) RETURNS electoral.mrz LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_temp.td3('P', 'UTO', 'ERIKSSON<<ANNA', 'L898902C3', 'UTO',
                       pg_temp.yymmdd(birth), 'F', pg_temp.yymmdd(expiry))::electoral.mrz
$$;

-- a birth a year from now: its YY would be in the future, so it is a century back
SELECT is((electoral.mrz_fields(pg_temp.with_dates((current_date + interval '1 year')::date, current_date))).birth_date,
          (current_date + interval '1 year' - interval '100 years')::date,
          'birth YY of next year goes to the previous century');
SELECT is(extract(year FROM (electoral.mrz_fields(pg_temp.with_dates((current_date + interval '1 year')::date, current_date))).birth_date)::int % 100,
          (extract(year FROM current_date)::int + 1) % 100,
          'that birth date keeps its two-digit year');
-- tomorrow: a century back too
SELECT is((electoral.mrz_fields(pg_temp.with_dates(current_date + 1, current_date))).birth_date,
          (current_date + 1 - interval '100 years')::date,
          'a birth date of tomorrow is a century ago');
-- today and yesterday: this century
SELECT is((electoral.mrz_fields(pg_temp.with_dates(current_date, current_date))).birth_date,
          current_date, 'a birth date of today is today (not in the future)');
SELECT is((electoral.mrz_fields(pg_temp.with_dates(current_date - 1, current_date))).birth_date,
          current_date - 1, 'a birth date of yesterday is yesterday');
SELECT is((electoral.mrz_fields(pg_temp.with_dates((current_date - interval '99 years')::date, current_date))).birth_date,
          (current_date - interval '99 years')::date, 'a birth 99 years ago stays 99 years ago');
-- expiry: in [today - 50 years, today + 50 years)
SELECT is((electoral.mrz_fields(pg_temp.with_dates('1974-08-12', (current_date + interval '49 years')::date))).expiry_date,
          (current_date + interval '49 years')::date, 'an expiry 49 years ahead stays ahead');
SELECT is((electoral.mrz_fields(pg_temp.with_dates('1974-08-12', (current_date - interval '50 years')::date))).expiry_date,
          (current_date - interval '50 years')::date, 'an expiry exactly 50 years ago stays in the past');
SELECT is((electoral.mrz_fields(pg_temp.with_dates('1974-08-12', (current_date - interval '50 years')::date - 1))).expiry_date,
          ((current_date - interval '50 years')::date - 1 + interval '100 years')::date,
          'an expiry a day more than 50 years ago goes a century forward');

-- ---------------------------------------------------------------------------
-- mrz_name_field
-- ---------------------------------------------------------------------------
SELECT is(electoral.mrz_name_field(pg_temp.v('td3')::electoral.mrz), 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'mrz_name_field of TD3: 39 characters');
SELECT is(electoral.mrz_name_field(pg_temp.v('td2')::electoral.mrz), 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'mrz_name_field of TD2: 31 characters');
SELECT is(electoral.mrz_name_field(pg_temp.v('td1')::electoral.mrz), 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<', 'mrz_name_field of TD1: line 3');
SELECT is(electoral.mrz_name_field(pg_temp.v('td1long')::electoral.mrz), 'STEVENSON<<PETER<JOHN<<<<<<<<<', 'mrz_name_field of the TD1 long-number card');
SELECT is(electoral.mrz_name_field(pg_temp.v('by')::electoral.mrz), 'KAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<', 'mrz_name_field of the Belarusian passport');
SELECT ok(electoral.name_matches('Кавалёў Ігар', electoral.mrz_name_field(pg_temp.v('by')::electoral.mrz)),
          'the Belarusian name field matches Кавалёў Ігар');

-- ---------------------------------------------------------------------------
-- Indexes: equality is that of the canonical value
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE docs (id int, m electoral.mrz);
CREATE UNIQUE INDEX docs_m_key ON docs (m);
CREATE INDEX docs_m_hash ON docs USING hash (m);
INSERT INTO docs SELECT row_number() OVER (ORDER BY k)::int, t FROM v;
SELECT throws_ok(
    format('INSERT INTO docs VALUES (100, %L)', lower(replace(pg_temp.v('td3'), E'\n', ' '))),
    '23505', NULL, 'unique index: the TD3 specimen in lower case with a space is a duplicate');
SELECT lives_ok(
    format('INSERT INTO docs VALUES (101, %L)',
           pg_temp.td3('P', 'UTO', 'ERIKSSON<<ANNA<MARIA', 'L898902C3', 'UTO', '740812', 'F', '120416', 'ZE184226B')),
    'unique index: the same passport with another expiry date is another value');

CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    result text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        result := result || line || E'\n';
    END LOOP;
    RETURN result;
END $$;

DROP INDEX docs_m_key;
SET LOCAL enable_seqscan = off;
SELECT matches(
    pg_temp.plan_of(format('SELECT id FROM docs WHERE m = %L::electoral.mrz', lower(pg_temp.v('td2')))),
    'docs_m_hash', 'the hash index serves equality');
SELECT results_eq(
    format('SELECT m::text FROM docs WHERE m = %L::electoral.mrz', lower(replace(pg_temp.v('td2'), E'\n', ' '))),
    format('SELECT %L::text', pg_temp.v('td2')),
    'the hash index finds the TD2 specimen from its lower-case spaced form');
RESET enable_seqscan;
SELECT is((SELECT count(DISTINCT m) FROM (VALUES (pg_temp.v('td1')::mrz), (lower(pg_temp.v('td1'))::mrz),
                                                (replace(pg_temp.v('td1'), E'\n', ' ')::mrz)) AS x(m)),
          1::bigint, 'three spellings of the TD1 specimen are one distinct value (sort)');
SET LOCAL enable_sort = off;
CREATE TEMP TABLE grouping_query AS
SELECT format($$SELECT m::text, count(*) FROM (VALUES (%L::electoral.mrz), (%L), (%L), (%L), (%L)) AS x(m) GROUP BY m$$,
              pg_temp.v('td1'), lower(pg_temp.v('td1')), pg_temp.v('td2'), replace(pg_temp.v('td2'), E'\n', ' '),
              pg_temp.v('td3')) AS q;
SELECT matches(pg_temp.plan_of((SELECT q FROM grouping_query)), 'HashAggregate',
               'GROUP BY on electoral.mrz can hash');
SELECT set_eq(
    (SELECT q FROM grouping_query),
    format($$VALUES (%L, 2::bigint), (%L, 2), (%L, 1)$$, pg_temp.v('td1'), pg_temp.v('td2'), pg_temp.v('td3')),
    'hash aggregation puts the spellings of one document in one group');
RESET enable_sort;

-- ---------------------------------------------------------------------------
-- Binary I/O: send is the canonical text; recv re-validates and takes only it
-- ---------------------------------------------------------------------------
SELECT is(electoral.mrz_send(lower(replace(pg_temp.v('td3'), E'\n', ' '))::mrz), convert_to(pg_temp.v('td3'), 'UTF8'),
          'mrz_send gives the canonical text');

CREATE TEMP TABLE bin_src (id int, m electoral.mrz, a electoral.mrz[]);
CREATE TEMP TABLE bin_dst (id int, m electoral.mrz, a electoral.mrz[]);
INSERT INTO bin_src SELECT row_number() OVER (ORDER BY k)::int, t, ARRAY[t, NULL]::electoral.mrz[] FROM v;
INSERT INTO bin_src VALUES (0, NULL, NULL);
DO $$ BEGIN
    EXECUTE format('COPY bin_src TO %L (FORMAT binary)', pg_temp.path('rt'));
    EXECUTE format('COPY bin_dst FROM %L (FORMAT binary)', pg_temp.path('rt'));
END $$;
SELECT results_eq(
    'SELECT id, m::text, a::text FROM bin_dst ORDER BY id',
    'SELECT id, m::text, a::text FROM bin_src ORDER BY id',
    'binary COPY out and in gives identical rows (TD1, TD2, TD3, arrays, NULL)');
SELECT is((SELECT count(*) FROM bin_dst WHERE m IS NOT NULL), (SELECT count(*) FROM v),
          'every vector came back');

CREATE TEMP TABLE bin_one (m electoral.mrz);
CREATE FUNCTION pg_temp.write_text(tag text, s text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('COPY (SELECT %L::text) TO %L (FORMAT binary)', s, pg_temp.path(tag));
END $$;
DO $$ BEGIN
    PERFORM pg_temp.write_text('good', pg_temp.v('td1'));
    PERFORM pg_temp.write_text('lower', lower(pg_temp.v('td3')));
    PERFORM pg_temp.write_text('space', replace(pg_temp.v('td2'), E'\n', ' '));
    PERFORM pg_temp.write_text('crlf', replace(pg_temp.v('td3'), E'\n', E'\r\n'));
    PERFORM pg_temp.write_text('badcd', E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C35UTO7408122F1204159ZE184226B<<<<<10');
END $$;
SELECT lives_ok(format('COPY bin_one FROM %L (FORMAT binary)', pg_temp.path('good')),
                'recv takes canonical text written as a text column');
SELECT is((SELECT m::text FROM bin_one), pg_temp.v('td1'), 'recv of canonical text gives the value');
SELECT throws_ok(format('COPY bin_one FROM %L (FORMAT binary)', pg_temp.path('lower')),
                 '22P03', 'invalid binary value for type electoral.mrz', 'recv refuses a lower-case MRZ');
SELECT is(pg_temp.detail_of(format('COPY bin_one FROM %L (FORMAT binary)', pg_temp.path('lower'))),
          'The binary form is the canonical text: upper case, lines separated by one newline.',
          'recv of a lower-case MRZ: detail');
SELECT throws_ok(format('COPY bin_one FROM %L (FORMAT binary)', pg_temp.path('space')),
                 '22P03', 'invalid binary value for type electoral.mrz', 'recv refuses lines separated by a space');
SELECT throws_ok(format('COPY bin_one FROM %L (FORMAT binary)', pg_temp.path('crlf')),
                 '22P03', 'invalid binary value for type electoral.mrz', 'recv refuses CRLF');
SELECT throws_ok(format('COPY bin_one FROM %L (FORMAT binary)', pg_temp.path('badcd')),
                 '22P03', 'invalid binary value for type electoral.mrz', 'recv refuses a bad check digit');
SELECT is(pg_temp.detail_of(format('COPY bin_one FROM %L (FORMAT binary)', pg_temp.path('badcd'))),
          'Document number check digit is 5, expected 6.', 'recv of a bad check digit: detail names it');
SELECT is((SELECT count(*) FROM bin_one), 1::bigint, 'nothing refused was stored');

SELECT * FROM finish();
ROLLBACK;
