-- A hostile search_path.  Schema public is planted with objects that would
-- hijack any unqualified name: functions that shadow pg_catalog's (same
-- signature, or a more specific one that wins on argument types even when
-- pg_catalog is searched first: lower(daterange), to_char(date, text),
-- format(text, VARIADIC text[]) ...), operators (=, <>, <, ~, ~~, ||, +, *,
-- @>, && on the built-in types, and after the install = and <> on every type
-- of the extension), types (domains named text, date, int4, bool, daterange,
-- country; enums named role, level, residence, requirement_kind), a
-- collation named "C" (ICU, punctuation ignored: not bytewise) and temporary
-- tables named office, requirement and franchise_grant.  Every shadow
-- function raises 'hijacked: <what>'.  Then, with
--     search_path = public, pg_catalog
-- (pg_catalog listed after public, so that same-signature shadows win too),
-- the extension is installed and every function of it is called -- type
-- input, accessors, validation, eligibility, explain, grant_reciprocal,
-- identity checks, the enforcement trigger (reject and flag modes), the
-- statement trigger and the merge-on-insert triggers of the rule tables --
-- and each compiled-rulebook reload (the SPI queries of src/pg/rulecache.c)
-- runs under that path.  Results are collected into a temporary table by a
-- helper that catches errors; the comparisons run afterwards, under the
-- default path with the shadows dropped (pgTAP's own functions resolve names
-- through the search path).  Finally the catalog: no function of the
-- extension is SECURITY DEFINER, and every SQL or PL/pgSQL function either
-- pins its search_path or is on a short allow-list of inlinable SQL
-- functions whose bodies are schema-qualified throughout (checked).
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(94);
-- the captured values print dates as the session does
SET LOCAL datestyle = 'ISO, YMD';

-- Suites before this one may have left the extension installed (outside
-- their transactions); this one installs it itself, under the hostile path.
DROP EXTENSION IF EXISTS electoral CASCADE;

-- ===========================================================================
-- Collecting results under the hostile path.  Everything in these helpers
-- is schema-qualified: they run with the shadows in front of pg_catalog.
-- ===========================================================================
CREATE TEMP TABLE got (
    n     pg_catalog.int4 GENERATED ALWAYS AS IDENTITY,
    label pg_catalog.text NOT NULL,
    value pg_catalog.text,
    want  pg_catalog.text
);

-- Both helpers record, under a label, a result and the result wanted; an
-- error is recorded as 'ERROR <SQLSTATE>: <message>'.
-- q: the value of an expression, as text.
CREATE FUNCTION pg_temp.q(p_label pg_catalog.text, p_expr pg_catalog.text, p_want pg_catalog.text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v  pg_catalog.text;
    st pg_catalog.text;
    m  pg_catalog.text;
BEGIN
    BEGIN
        EXECUTE pg_catalog.concat('SELECT (', p_expr, E'\n)::pg_catalog.text') INTO v;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
        v := pg_catalog.concat('ERROR ', st, ': ', m);
    END;
    INSERT INTO pg_temp.got (label, value, want) VALUES (p_label, v, p_want);
END
$$;

-- x: run a statement; 'ok' or its error.
CREATE FUNCTION pg_temp.x(p_label pg_catalog.text, p_stmt pg_catalog.text, p_want pg_catalog.text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v  pg_catalog.text;
    st pg_catalog.text;
    m  pg_catalog.text;
BEGIN
    BEGIN
        EXECUTE p_stmt;
        v := 'ok';
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
        v := pg_catalog.concat('ERROR ', st, ': ', m);
    END;
    INSERT INTO pg_temp.got (label, value, want) VALUES (p_label, v, p_want);
END
$$;

-- ===========================================================================
-- The shadows.  Each function raises; the lists drive creation and, at the
-- end, removal.
-- ===========================================================================
CREATE TEMP TABLE shadow_fn (name text, args text, rettype text);
INSERT INTO shadow_fn VALUES
    ('lower',            'pg_catalog.daterange',                          'pg_catalog.date'),
    ('upper',            'pg_catalog.daterange',                          'pg_catalog.date'),
    ('lower',            'anyrange',                                      'anyelement'),
    ('upper',            'anyrange',                                      'anyelement'),
    ('isempty',          'anyrange',                                      'pg_catalog.bool'),
    ('isempty',          'pg_catalog.daterange',                          'pg_catalog.bool'),
    ('array_to_string',  'anyarray, pg_catalog.text',                     'pg_catalog.text'),
    ('array_to_string',  'anyarray, pg_catalog.text, pg_catalog.text',    'pg_catalog.text'),
    ('cardinality',      'anyarray',                                      'pg_catalog.int4'),
    ('array_length',     'anyarray, pg_catalog.int4',                     'pg_catalog.int4'),
    ('unnest',           'anyarray',                                      'SETOF anyelement'),
    ('length',           'pg_catalog.text',                               'pg_catalog.int4'),
    ('split_part',       'pg_catalog.text, pg_catalog.text, pg_catalog.int4', 'pg_catalog.text'),
    ('substr',           'pg_catalog.text, pg_catalog.int4',              'pg_catalog.text'),
    ('substr',           'pg_catalog.text, pg_catalog.int4, pg_catalog.int4', 'pg_catalog.text'),
    ('format',           'pg_catalog.text',                               'pg_catalog.text'),
    ('format',           'pg_catalog.text, VARIADIC pg_catalog.text[]',   'pg_catalog.text'),
    ('concat',           'VARIADIC pg_catalog.text[]',                    'pg_catalog.text'),
    ('btrim',            'pg_catalog.text',                               'pg_catalog.text'),
    ('left',             'pg_catalog.text, pg_catalog.int4',              'pg_catalog.text'),
    ('upper',            'pg_catalog.text',                               'pg_catalog.text'),
    ('lower',            'pg_catalog.text',                               'pg_catalog.text'),
    ('to_char',          'pg_catalog.date, pg_catalog.text',              'pg_catalog.text'),
    ('string_to_array',  'pg_catalog.text, pg_catalog.text',              'pg_catalog.text[]'),
    ('now',              '',                                              'pg_catalog.timestamptz'),
    ('nextval',          'pg_catalog.regclass',                           'pg_catalog.int8'),
    ('pg_extension_config_dump', 'pg_catalog.regclass, pg_catalog.text',  'pg_catalog.void');

CREATE TEMP TABLE shadow_op (op text, l text, r text);
INSERT INTO shadow_op VALUES
    ('=',  'pg_catalog.text', 'pg_catalog.text'),   ('<>', 'pg_catalog.text', 'pg_catalog.text'),
    ('=',  'pg_catalog.int2', 'pg_catalog.int2'),   ('=',  'pg_catalog.int4', 'pg_catalog.int4'),
    ('=',  'pg_catalog.int8', 'pg_catalog.int8'),   ('<>', 'pg_catalog.int4', 'pg_catalog.int4'),
    ('<',  'pg_catalog.int4', 'pg_catalog.int4'),   ('<=', 'pg_catalog.int4', 'pg_catalog.int4'),
    ('>',  'pg_catalog.int4', 'pg_catalog.int4'),   ('>=', 'pg_catalog.int4', 'pg_catalog.int4'),
    ('+',  'pg_catalog.int4', 'pg_catalog.int4'),   ('*',  'pg_catalog.int4', 'pg_catalog.int4'),
    ('=',  'pg_catalog.date', 'pg_catalog.date'),   ('<',  'pg_catalog.date', 'pg_catalog.date'),
    ('<=', 'pg_catalog.date', 'pg_catalog.date'),   ('>',  'pg_catalog.date', 'pg_catalog.date'),
    ('>=', 'pg_catalog.date', 'pg_catalog.date'),   ('=',  'pg_catalog.oid',  'pg_catalog.oid'),
    ('=',  'pg_catalog.bool', 'pg_catalog.bool'),   ('=',  'pg_catalog.name', 'pg_catalog.name'),
    ('=',  'anyenum', 'anyenum'),                   ('=',  'anyarray', 'anyarray'),
    ('~',  'pg_catalog.text', 'pg_catalog.text'),   ('~~', 'pg_catalog.text', 'pg_catalog.text'),
    ('||', 'pg_catalog.text', 'pg_catalog.text'),
    ('@>', 'anyrange', 'anyelement'),               ('&&', 'anyrange', 'anyrange');

CREATE FUNCTION pg_temp.plant_shadow_ops() RETURNS void LANGUAGE plpgsql AS $plant$
DECLARE
    s record;
    i int := 0;
BEGIN
    FOR s IN SELECT * FROM pg_temp.shadow_op
              WHERE NOT EXISTS (SELECT FROM pg_operator o
                                 WHERE o.oprnamespace = 'public'::regnamespace AND o.oprname = op
                                   AND o.oprleft = l::regtype AND o.oprright = r::regtype)
    LOOP
        -- numbered after what exists, so a second call (after the install) adds to the first
        i := (SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
                                             AND proname LIKE 'hijack\_op\_%') + 1;
        EXECUTE format($f$CREATE FUNCTION public.hijack_op_%s(%s, %s) RETURNS boolean LANGUAGE plpgsql
                           AS $b$BEGIN RAISE EXCEPTION 'hijacked: operator %s (%s, %s)'; END$b$$f$,
                       i, s.l, s.r, s.op, s.l, s.r);
        EXECUTE format('CREATE OPERATOR public.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = public.hijack_op_%s)',
                       s.op, s.l, s.r, i);
    END LOOP;
END
$plant$;

DO $$
DECLARE
    s record;
    body text;
BEGIN
    FOR s IN SELECT * FROM pg_temp.shadow_fn LOOP
        body := format('BEGIN RAISE EXCEPTION %L; END', format('hijacked: %s(%s)', s.name, s.args));
        IF s.rettype LIKE 'SETOF%' THEN
            body := format('BEGIN RAISE EXCEPTION %L; RETURN; END', format('hijacked: %s(%s)', s.name, s.args));
        END IF;
        EXECUTE format('CREATE FUNCTION public.%I(%s) RETURNS %s LANGUAGE plpgsql AS %L',
                       s.name, s.args, s.rettype, body);
    END LOOP;
END
$$;
SELECT pg_temp.plant_shadow_ops();

CREATE DOMAIN public.text AS pg_catalog.int4 CHECK (VALUE IS NULL);
CREATE DOMAIN public.date AS pg_catalog.int4 CHECK (VALUE IS NULL);
CREATE DOMAIN public.int4 AS pg_catalog.text CHECK (VALUE IS NULL);
CREATE DOMAIN public.bool AS pg_catalog.text CHECK (VALUE IS NULL);
CREATE DOMAIN public.daterange AS pg_catalog.text CHECK (VALUE IS NULL);
CREATE DOMAIN public.country AS pg_catalog.text CHECK (VALUE IS NULL);
CREATE TYPE public.role AS ENUM ('hijacked');
CREATE TYPE public.level AS ENUM ('hijacked');
CREATE TYPE public.residence AS ENUM ('hijacked');
CREATE TYPE public.requirement_kind AS ENUM ('hijacked');

-- A collation named "C" that is not bytewise: ICU with punctuation ignored
-- ('RUS.alpha' sorts before 'RU.state_duma').  A server built without ICU
-- refuses it (0A000; 16+ lists a 'unicode' ICU collation even there, so the
-- catalog cannot tell), and gets a libc copy of POSIX, which changes nothing
-- (the check below then says so).
DO $$
BEGIN
    CREATE COLLATION public."C" (provider = icu, locale = 'und-u-ka-shifted');
EXCEPTION WHEN feature_not_supported THEN
    CREATE COLLATION public."C" (provider = libc, locale = 'POSIX');
END
$$;
CREATE TEMP TABLE shadow_c_is_icu AS
SELECT c.collprovider OPERATOR(pg_catalog.=) 'i' AS icu
  FROM pg_catalog.pg_collation AS c
 WHERE c.collname OPERATOR(pg_catalog.=) 'C' AND c.collnamespace OPERATOR(pg_catalog.=) 'public'::pg_catalog.regnamespace;

-- Temporary tables are searched before every schema for relation names.
CREATE TEMP TABLE office (code text);
CREATE TEMP TABLE requirement (id int);
CREATE TEMP TABLE franchise_grant (id int);
INSERT INTO pg_temp.office VALUES ('XX.hijacked');

-- ===========================================================================
-- The hostile path.  From here to RESET, every name in this file is
-- schema-qualified, every operator is OPERATOR(schema.op).
-- ===========================================================================
SET LOCAL search_path = public, pg_catalog;

-- The shadows are live: unqualified names reach them.
SELECT pg_temp.q('shadow: lower(daterange)', $$lower('[2026-01-01,2026-02-01)'::pg_catalog.daterange)$$,
                 'ERROR P0001: hijacked: lower(pg_catalog.daterange)');
SELECT pg_temp.q('shadow: array_to_string', $$array_to_string(ARRAY['a'::pg_catalog.text], ',')$$,
                 'ERROR P0001: hijacked: array_to_string(anyarray, pg_catalog.text)');
SELECT pg_temp.q('shadow: format', $$format('%s', 'a'::pg_catalog.text)$$,
                 'ERROR P0001: hijacked: format(pg_catalog.text, VARIADIC pg_catalog.text[])');
SELECT pg_temp.q('shadow: text = text', $$'a'::pg_catalog.text = 'a'::pg_catalog.text$$,
                 'ERROR P0001: hijacked: operator = (pg_catalog.text, pg_catalog.text)');
SELECT pg_temp.q('shadow: type text', $$'a'::text$$,
                 'ERROR 22P02: invalid input syntax for type integer: "a"');
SELECT pg_temp.q(CASE WHEN (SELECT icu FROM pg_temp.shadow_c_is_icu) THEN 'shadow: collation "C" is not bytewise'
                      ELSE 'shadow: collation "C" is a libc copy of POSIX (no ICU in this build): bytewise' END,
                 $$(SELECT pg_catalog.string_agg(c, ' ' ORDER BY c COLLATE "C")
                      FROM (VALUES ('RU.state_duma'::pg_catalog.text), ('RUS.alpha')) AS v(c))$$,
                 CASE WHEN (SELECT icu FROM pg_temp.shadow_c_is_icu) THEN 'RUS.alpha RU.state_duma'
                      ELSE 'RU.state_duma RUS.alpha' END);
SELECT pg_temp.q('shadow: temporary table office', $$(SELECT code FROM office)$$, 'XX.hijacked');

-- The install script calls no shadow.
SELECT pg_temp.x('CREATE EXTENSION electoral', 'CREATE EXTENSION electoral', 'ok');

-- Now shadow the extension's own operators and enum types' equality too.
RESET search_path;
INSERT INTO pg_temp.shadow_op
SELECT op, t, t
  FROM unnest(ARRAY['=', '<>']) AS op,
       unnest(ARRAY['electoral.country', 'electoral.ru_inn', 'electoral.ru_snils', 'electoral.ru_passport',
                    'electoral.by_personal_number', 'electoral.by_passport', 'electoral.kz_iin', 'electoral.mrz',
                    'electoral.role', 'electoral.level', 'electoral.residence', 'electoral.requirement_kind',
                    'electoral.country[]', 'electoral.role[]', 'electoral.level[]']) AS t;
SELECT pg_temp.plant_shadow_ops();
SET LOCAL search_path = public, pg_catalog;
SELECT pg_temp.q('shadow: country = country', $$'BY'::electoral.country = 'BY'::electoral.country$$,
                 'ERROR P0001: hijacked: operator = (electoral.country, electoral.country)');

-- ---------------------------------------------------------------------------
-- Types and accessors
-- ---------------------------------------------------------------------------
SELECT pg_temp.q('country input',        $$'blr'::electoral.country$$, 'BY');
SELECT pg_temp.q('country from varchar', $$'643'::pg_catalog.varchar::electoral.country$$, 'RU');
SELECT pg_temp.q('alpha3',               $$electoral.alpha3('by')$$, 'BLR');
SELECT pg_temp.q('numeric_code',         $$electoral.numeric_code('BY')$$, '112');
SELECT pg_temp.q('country_name',         $$electoral.country_name('643')$$, 'Russian Federation');
SELECT pg_temp.q('country_send',         $$electoral.country_send('BY')$$, '\x0855');
SELECT pg_temp.q('ru_inn input',         $$'7707083893'::electoral.ru_inn$$, '7707083893');
SELECT pg_temp.q('ru_snils input',       $$'112 233 445 95'::electoral.ru_snils$$, '112-233-445 95');
SELECT pg_temp.q('ru_passport input',    $$'4506 123456'::electoral.ru_passport$$, '45 06 123456');
SELECT pg_temp.q('by_personal_number input', $$'3270287А012РВ2'::electoral.by_personal_number$$, '3270287A012PB2');
SELECT pg_temp.q('by_passport input',    $$'мр 1234567'::electoral.by_passport$$, 'MP1234567');
SELECT pg_temp.q('kz_iin input',         $$'901123300258'::electoral.kz_iin$$, '901123300258');
SELECT pg_temp.q('bad ru_inn refused',   $$'1234567895'::electoral.ru_inn$$,
                 'ERROR 22P02: invalid input syntax for type electoral.ru_inn: "1234567895"');
SELECT pg_temp.q('equality of the types (qualified)',
                 $$'112-233-445 95'::electoral.ru_snils OPERATOR(electoral.=) '11223344595'::electoral.ru_snils$$, 'true');
SELECT pg_temp.q('region_code',          $$electoral.region_code('4506 123456')$$, '45');
SELECT pg_temp.q('blank_year',           $$electoral.blank_year('4506 123456')$$, '2006');
SELECT pg_temp.q('birth_date(by_personal_number)', $$electoral.birth_date('3270287A012PB2'::electoral.by_personal_number)$$, '1987-02-27');
SELECT pg_temp.q('sex(by_personal_number)',        $$electoral.sex('3270287A012PB2'::electoral.by_personal_number)$$, 'M');
SELECT pg_temp.q('birth_date(by_personal_number) of 2012+', $$electoral.birth_date('7000000A000PB1'::electoral.by_personal_number)$$, NULL);
SELECT pg_temp.q('birth_date(kz_iin)',   $$electoral.birth_date('901123300258'::electoral.kz_iin)$$, '1990-11-23');
SELECT pg_temp.q('sex(kz_iin)',          $$electoral.sex('901123300258'::electoral.kz_iin)$$, 'M');
SELECT pg_temp.q('ru_passport_valid_on, valid',
                 $$electoral.ru_passport_valid_on('4506 123456', '1987-02-27', '2007-03-01', '2026-09-13')$$, 'true');
SELECT pg_temp.q('ru_passport_valid_on, not replaced at 20',
                 $$electoral.ru_passport_valid_on('4506 123456', '1987-02-27', '2005-01-10', '2026-09-13')$$, 'false');

-- ---------------------------------------------------------------------------
-- Validation without raising
-- ---------------------------------------------------------------------------
SELECT pg_temp.q('is_valid, good',       $$electoral.is_valid('112 233 445 95', 'electoral.ru_snils')$$, 'true');
SELECT pg_temp.q('is_valid, bad',        $$electoral.is_valid('112-233-445 90', 'electoral.ru_snils')$$, 'false');
SELECT pg_temp.q('validation_error, good', $$electoral.validation_error('BY', 'electoral.country')$$, NULL);
SELECT pg_temp.q('validation_error, bad', $$electoral.validation_error('112-233-445 90', 'electoral.ru_snils')$$,
                 'invalid input syntax for type electoral.ru_snils: "112-233-445 90": check number is 90, expected 95');

-- ---------------------------------------------------------------------------
-- Names and machine-readable zones
-- ---------------------------------------------------------------------------
SELECT pg_temp.q('translit',             $$electoral.translit('Григорий Ковалёв')$$, 'GRIGORII KOVALEV');
SELECT pg_temp.q('translit by',          $$electoral.translit('Ігар Кавалёў', 'by')$$, 'IHAR KAVALIOU');
SELECT pg_temp.q('name_matches',         $$electoral.name_matches('Кавалёў Ігар', 'KAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<')$$, 'true');
SELECT pg_temp.q('name_matches, another person', $$electoral.name_matches('Петров Игорь', 'KAVALIOU<<IHAR')$$, 'false');
SELECT pg_temp.q('mrz input',
                 $$E'p<blrkavaliou<<ihar<<<<<<<<<<<<<<<<<<<<<<<<< MP12345677BLR8702274M30051433270287A012PB282'::electoral.mrz$$,
                 E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282');
SELECT pg_temp.q('mrz_fields',
                 $$(SELECT f FROM electoral.mrz_fields(E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282') AS f)$$,
                 '(TD3,P,BY,MP1234567,BY,1987-02-27,M,2030-05-14,KAVALIOU,IHAR,3270287A012PB2,,,,)');
SELECT pg_temp.q('mrz_name_field',
                 $$electoral.mrz_name_field(E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282')$$,
                 'KAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<');
-- every argument given, and a record that disagrees with its documents
-- everywhere: every finding (each builds its message with format()) fires
SELECT pg_temp.q('identity_mismatches, every argument',
                 $$(SELECT pg_catalog.string_agg(m.code, ',')
                      FROM electoral.identity_mismatches(
                               full_name => 'Петров Игорь', birth_date => '1987-02-28', sex => 'Ж',
                               citizenships => '{RU}',
                               mrz => E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282',
                               by_personal_number => '3270287A012PB2', kz_iin => '871008401427',
                               ru_passport => '4506 123456', ru_passport_issued_on => '2005-01-10',
                               on_date => '2031-01-01') AS m)$$,
                 'by_number_birth_date,by_number_sex,kz_iin_birth_date,mrz_nationality,mrz_birth_date,mrz_sex,'
                 'mrz_name,document_expired,ru_passport_expired');
SELECT pg_temp.q('identity_mismatches, a detail',
                 $$(SELECT m.detail
                      FROM electoral.identity_mismatches(
                               full_name => 'Петров Игорь', citizenships => '{RU}',
                               mrz => E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282') AS m
                     WHERE m.code OPERATOR(pg_catalog.=) 'mrz_name')$$,
                 'the document names KAVALIOU IHAR, the record says Петров Игорь');
SELECT pg_temp.q('identity_mismatches, a consistent record',
                 $$(SELECT pg_catalog.count(*)
                      FROM electoral.identity_mismatches(
                               full_name => 'Кавалёў Ігар', birth_date => '1987-02-27', sex => 'М',
                               citizenships => '{BY,RU}',
                               mrz => E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282',
                               by_personal_number => '3270287A012PB2', ru_passport => '4506 123456',
                               ru_passport_issued_on => '2007-03-01', on_date => '2026-09-13'))$$,
                 '0');

-- ---------------------------------------------------------------------------
-- Eligibility (the first call compiles the rulebook under this path)
-- ---------------------------------------------------------------------------
SELECT pg_temp.q('can_vote, Belarusian resident, municipal',
                 $$electoral.can_vote('RU.municipal_council', '2026-09-13', '{BY}', '1990-04-01',
                                      residence => 'permanent', resident_since => '2015-06-01', registered => true)$$, 'true');
SELECT pg_temp.q('can_vote, temporary residence',
                 $$electoral.can_vote('RU.municipal_council', '2026-09-13', '{BY}', '1990-04-01', residence => 'temporary')$$, 'false');
SELECT pg_temp.q('can_vote, every argument',
                 $$electoral.can_vote('RU.president', '2030-03-17', '{RU}', '1990-01-01', 'none', NULL, false, false, false, false)$$, 'true');
SELECT pg_temp.q('can_vote, imprisoned',
                 $$electoral.can_vote('RU.president', '2030-03-17', '{RU}', '1990-01-01', imprisoned => true)$$, 'false');
SELECT pg_temp.q('can_stand, every argument',
                 $$electoral.can_stand('RU.president', '2030-03-17', '{RU}', '1994-06-01', 'none', '1994-06-01',
                                       false, false, false, false, true, false, false)$$, 'true');
SELECT pg_temp.q('can_stand, too young',
                 $$electoral.can_stand('RU.president', '2030-03-17', '{RU}', '1995-06-01', resident_since => '1995-06-01',
                                       citizen_by_birth => true)$$, 'false');
SELECT pg_temp.q('can_stand, Belarusian, BY.local_council',
                 $$electoral.can_stand('BY.local_council', '2026-02-25', '{RU}', '1980-01-01',
                                       residence => 'permanent', resident_since => '2010-01-01', registered => true)$$, 'true');
SELECT pg_temp.q('explain',
                 $$(SELECT pg_catalog.string_agg(pg_catalog.concat(e.requirement, ':', e.satisfied), '; ')
                      FROM electoral.explain('stand', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-04-01',
                                             residence => 'temporary') AS e)$$,
                 'min_age 18:t; citizen:f; grant: permanent residence:f; grant: resides in the territory:t; '
                 'no_foreign_citizenship:f; '
                 'no_foreign_residence_permit:t; not_incapacitated:t; not_imprisoned:t; '
                 'no_grave_conviction 10:t; no_especially_grave_conviction 15:t; no_listed_medium_conviction 5:t; '
                 'no_extremist_org_leadership 5:t; no_extremist_org_participation 3:t; not_foreign_agent:t');
SELECT pg_temp.q('explain, every argument',
                 $$(SELECT pg_catalog.count(*) FILTER (WHERE NOT e.satisfied)
                      FROM electoral.explain('stand', 'RU.president', '2030-03-17', '{RU}', '1994-06-01', 'none',
                                             '1994-06-01', false, false, false, false, true, false, false) AS e)$$, '0');
SELECT pg_temp.q('an unknown office',
                 $$electoral.can_vote('XX.hijacked', '2026-09-13', '{RU}', '1990-01-01')$$,
                 'ERROR 22023: unknown office "XX.hijacked"');

-- ---------------------------------------------------------------------------
-- The enforcement trigger, in a registry of the user's own
-- ---------------------------------------------------------------------------
CREATE TABLE public.hsp_kandidat (
    id           pg_catalog.int4 GENERATED ALWAYS AS IDENTITY,
    fio          pg_catalog.text NOT NULL,
    dolzhnost    pg_catalog.text NOT NULL,
    data_vyborov pg_catalog.date NOT NULL,
    grazhdanstvo electoral.country[] NOT NULL,
    data_rozhd   pg_catalog.date,
    status       electoral.residence,
    v_spiske     pg_catalog.bool NOT NULL DEFAULT false
);
CREATE TRIGGER kandidat_eligible BEFORE INSERT OR UPDATE ON public.hsp_kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhd', 'residence=status', 'registered=v_spiske');
SELECT pg_temp.x('trigger: an eligible row is written',
                 $$INSERT INTO public.hsp_kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                   VALUES ('Ковалёв Игорь', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-04-01', 'permanent', true)$$,
                 'ok');
SELECT pg_temp.x('trigger: an ineligible row is rejected',
                 $$INSERT INTO public.hsp_kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                   VALUES ('Ковалёв Игорь', 'RU.municipal_council', '2026-09-13', '{BY}', '2010-01-01', 'temporary', true)$$,
                 'ERROR 23514: row of table "hsp_kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13');
SELECT pg_temp.x('trigger: an ineligible update is rejected',
                 $$UPDATE public.hsp_kandidat SET status = 'temporary'$$,
                 'ERROR 23514: row of table "hsp_kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13');
SELECT pg_temp.q('trigger: rows written', $$(SELECT pg_catalog.count(*) FROM public.hsp_kandidat)$$, '1');

CREATE TABLE public.hsp_zayavka (
    okrug    pg_catalog.text,
    den      pg_catalog.date,
    grazhd   electoral.country[],
    rozhd    pg_catalog.date,
    problemy pg_catalog.jsonb
);
CREATE TRIGGER zayavka_checked BEFORE INSERT OR UPDATE ON public.hsp_zayavka
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'vote', 'office=okrug', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd', 'flag=problemy');
SELECT pg_temp.x('trigger, flag mode: rows are kept',
                 $$INSERT INTO public.hsp_zayavka (okrug, den, grazhd, rozhd)
                   VALUES ('RU.state_duma', '2026-09-18', '{RU}', '2010-01-01'), ('RU.state_duma', '2026-09-18', '{RU}', '1990-01-01')$$,
                 'ok');
SELECT pg_temp.q('trigger, flag mode: the flags',
                 $$(SELECT pg_catalog.string_agg(z.problemy::pg_catalog.text, ' | ' ORDER BY z.rozhd) FROM public.hsp_zayavka AS z)$$,
                 '[] | [{"detail": "aged 16 on polling day, 18 required", '
                 '"legal_basis": "Constitution of the Russian Federation art. 32; 67-FZ art. 4", "requirement": "min_age 18"}]');

-- ---------------------------------------------------------------------------
-- Rule changes: the statement trigger, the merge-on-insert triggers,
-- grant_reciprocal; each followed by a call that recompiles the rulebook
-- ---------------------------------------------------------------------------
SELECT pg_temp.q('State Duma, Belarusian voter, before the change',
                 $$electoral.can_vote('RU.state_duma', '2026-09-18', '{BY}', '1990-04-01',
                                      residence => 'permanent', resident_since => '2015-06-01', registered => true)$$, 'false');
SELECT pg_temp.x('UPDATE of a grant',
                 $$UPDATE electoral.franchise_grant SET levels = '{local,regional,national}'
                    WHERE treaty OPERATOR(pg_catalog.~~) '%Russia-Belarus%'$$, 'ok');
SELECT pg_temp.q('State Duma, Belarusian voter, after the change (still reserved to citizens)',
                 $$electoral.can_vote('RU.state_duma', '2026-09-18', '{BY}', '1990-04-01',
                                      residence => 'permanent', resident_since => '2015-06-01', registered => true)$$, 'false');
SELECT pg_temp.q('RU.regional_legislature, Belarusian voter, after the change (still reserved to citizens)',
                 $$electoral.can_vote('RU.regional_legislature', '2026-09-18', '{BY}', '1990-04-01',
                                      residence => 'permanent', resident_since => '2015-06-01')$$, 'false');
SELECT pg_temp.q('State Duma, Belarusian candidate, after the change (reserved to citizens)',
                 $$electoral.can_stand('RU.state_duma', '2026-09-18', '{BY}', '1990-04-01',
                                       residence => 'permanent', resident_since => '2015-06-01', registered => true)$$, 'false');

-- merge on insert: office
SELECT pg_temp.q('municipal head, voter, before the merge',
                 $$electoral.can_vote('RU.municipal_head', '2026-09-13', '{RU}', '1990-01-01')$$, 'true');
SELECT pg_temp.x('INSERT of an existing office',
                 $$INSERT INTO electoral.office (code, country, level, title, direct_vote, legal_basis)
                   VALUES ('RU.municipal_head', 'RU', 'local', 'Head of a municipality (elected by the council)', false, '67-FZ')$$,
                 'ok');
SELECT pg_temp.q('the office was merged, not duplicated',
                 $$(SELECT pg_catalog.concat(pg_catalog.count(*), ' ', pg_catalog.max(o.title), ' ', pg_catalog.bool_and(o.direct_vote))
                      FROM electoral.office AS o WHERE o.code OPERATOR(pg_catalog.=) 'RU.municipal_head')$$,
                 '1 Head of a municipality (elected by the council) f');
SELECT pg_temp.q('municipal head, voter, after the merge',
                 $$electoral.can_vote('RU.municipal_head', '2026-09-13', '{RU}', '1990-01-01')$$, 'false');

-- merge on insert: requirement
SELECT pg_temp.x('INSERT of an existing requirement',
                 $$INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis)
                   VALUES (2001, 'RU.president', 'stand', 'min_age', 36, false, false, '(,)', 'Constitution (as amended here)')$$,
                 'ok');
SELECT pg_temp.q('the requirement was merged, not duplicated',
                 $$(SELECT pg_catalog.concat(pg_catalog.count(*), ' ', pg_catalog.max(r.years))
                      FROM electoral.requirement AS r WHERE r.id OPERATOR(pg_catalog.=) 2001)$$, '1 36');
SELECT pg_temp.q('president, candidate aged 35, after the merge',
                 $$electoral.can_stand('RU.president', '2030-03-17', '{RU}', '1994-06-01', 'none', '1994-06-01',
                                       false, false, false, false, true, false, false)$$, 'false');

-- merge on insert: grant (Belarus opens only voting to Russians)
SELECT pg_temp.x('INSERT of an existing grant',
                 $$INSERT INTO electoral.franchise_grant (id, host, nationals, roles, levels, in_force, permanent_residence,
                                                          registration, treaty, legal_basis)
                   VALUES (2, 'BY', '{RU}', '{vote}', '{local}', '[2025-10-29,)', true, true,
                           'the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights', 'as amended here'),
                          (3, 'BY', '{RU}', '{vote}', '{local}', '[2014-03-23,)', true, false,
                           'the Electoral Code of the Republic of Belarus', 'as amended here')$$,
                 'ok');
SELECT pg_temp.q('the grant was merged, not duplicated',
                 $$(SELECT pg_catalog.concat(pg_catalog.count(*), ' ', pg_catalog.max(g.roles::pg_catalog.text))
                      FROM electoral.franchise_grant AS g WHERE g.id OPERATOR(pg_catalog.=) 2)$$, '1 {vote}');
SELECT pg_temp.q('BY.local_council, Russian candidate, after the merge',
                 $$electoral.can_stand('BY.local_council', '2026-02-25', '{RU}', '1980-01-01',
                                       residence => 'permanent', resident_since => '2010-01-01', registered => true)$$, 'false');
SELECT pg_temp.q('BY.local_council, Russian voter, after the merge',
                 $$electoral.can_vote('BY.local_council', '2026-02-25', '{RU}', '1980-01-01',
                                      residence => 'permanent', resident_since => '2010-01-01', registered => true)$$, 'true');

-- grant_reciprocal
SELECT pg_temp.q('Kazakh voter in Russia, before the treaty',
                 $$electoral.can_vote('RU.municipal_council', '2027-09-19', '{KZ}', '1990-01-01',
                                      residence => 'permanent', registered => true)$$, 'false');
SELECT pg_temp.q('grant_reciprocal',
                 $$(SELECT pg_catalog.count(*)
                      FROM electoral.grant_reciprocal('RU', 'KZ', '{vote}', '{local}', '[2027-01-01,)',
                                                      'a Russia-Kazakhstan agreement', 'its article 1',
                                                      registration => true) AS ids(id)
                     WHERE ids.id OPERATOR(pg_catalog.>=) 100000)$$,
                 '2');
SELECT pg_temp.q('grant_reciprocal, the grants',
                 $$(SELECT pg_catalog.string_agg(pg_catalog.concat(g.host, ':', g.nationals, g.roles, g.levels, g.in_force,
                                                                   g.permanent_residence, g.registration),
                                                 ' ' ORDER BY g.host)
                      FROM electoral.franchise_grant AS g
                     WHERE g.treaty OPERATOR(pg_catalog.=) 'a Russia-Kazakhstan agreement')$$,
                 'KZ:{RU}{vote}{local}[2027-01-01,)tt RU:{KZ}{vote}{local}[2027-01-01,)tt');
SELECT pg_temp.q('grant_reciprocal, every argument',
                 $$(SELECT pg_catalog.count(*)
                      FROM electoral.grant_reciprocal('BY', 'KZ', '{vote,stand}', '{local,regional}', '[2028-01-01,2038-01-01)',
                                                      'a Belarus-Kazakhstan agreement', 'its article 2', true, 3, true,
                                                      '2027-01-01', '{BY.council_of_the_republic}'))$$,
                 '2');
SELECT pg_temp.q('Kazakh voter in Russia, after the treaty',
                 $$electoral.can_vote('RU.municipal_council', '2027-09-19', '{KZ}', '1990-01-01',
                                      residence => 'permanent', registered => true)$$, 'true');

-- An office whose code sorts differently under the shadow "C" collation
-- than bytewise: the rulebook must still be sorted bytewise (the C engine
-- finds offices by binary search), whatever "C" names on the search path.
SELECT pg_temp.x('INSERT of a new office',
                 $$INSERT INTO electoral.office (code, country, level, title) VALUES ('RUS.alpha', 'RU', 'local', 'test office')$$,
                 'ok');
SELECT pg_temp.q('State Duma found after a new office',
                 $$electoral.can_vote('RU.state_duma', '2026-09-18', '{RU}', '1990-01-01')$$, 'true');
SELECT pg_temp.q('every office found after a new office',
                 $$(SELECT pg_catalog.string_agg(o.code, ',' ORDER BY o.code COLLATE pg_catalog."C")
                      FROM electoral.office AS o
                     WHERE (SELECT pg_catalog.count(*) FROM electoral.explain('vote', o.code, '2026-09-18', '{RU}', '1990-01-01'))
                           OPERATOR(pg_catalog.>=) 0)$$,
                 'BY.council_of_the_republic,BY.house_of_representatives,BY.local_council,BY.president,RU.governor,'
                 'RU.municipal_council,RU.municipal_head,RU.president,RU.regional_legislature,RU.state_duma,RUS.alpha');

-- ===========================================================================
-- Back to the default path; remove the shadows before pgTAP runs.
-- ===========================================================================
RESET search_path;
DO $$
DECLARE
    s record;
BEGIN
    FOR s IN SELECT o.oid::regoperator AS op FROM pg_operator o WHERE o.oprnamespace = 'public'::regnamespace
                AND o.oprcode::text LIKE '%hijack\_op\_%' LOOP
        EXECUTE format('DROP OPERATOR %s', s.op);
    END LOOP;
    FOR s IN SELECT p.oid::regprocedure AS fn FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                AND p.prosrc LIKE '%hijacked: %' LOOP
        EXECUTE format('DROP FUNCTION %s', s.fn);
    END LOOP;
END
$$;
DROP DOMAIN public.text, public.date, public.int4, public.bool, public.daterange, public.country;
DROP TYPE public.role, public.level, public.residence, public.requirement_kind;
DROP COLLATION public."C";
DROP TABLE pg_temp.office, pg_temp.requirement, pg_temp.franchise_grant;

SELECT is((SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND prosrc LIKE '%hijacked: %'), 0::bigint,
          'the shadows are gone before the comparisons');

-- ===========================================================================
-- The comparisons
-- ===========================================================================
SELECT is(value, want, label) FROM pg_temp.got ORDER BY n;

-- ===========================================================================
-- The catalog
-- ===========================================================================
CREATE TEMP VIEW ext_functions AS
SELECT p.oid, p.oid::regprocedure AS fn, p.proname, l.lanname, p.prosecdef, p.proconfig, p.prosrc
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'electoral'
  JOIN pg_language l ON l.oid = p.prolang;

SELECT cmp_ok((SELECT count(*) FROM ext_functions), '>', 100::bigint, 'the extension''s functions are found');
SELECT is(ARRAY(SELECT fn::text FROM ext_functions WHERE prosecdef ORDER BY 1), '{}'::text[],
          'no function of the extension is SECURITY DEFINER');

-- SQL and PL/pgSQL functions pin their search_path, except these, which
-- must stay inlinable (a SET clause stops PostgreSQL inlining an SQL
-- function into the calling query) and are therefore written with every
-- function schema-qualified and every operator as OPERATOR(schema.op):
--   mrz_name_field(mrz)  IMMUTABLE, used in expressions and index definitions
CREATE TEMP TABLE unpinned_ok (proname name);
INSERT INTO unpinned_ok VALUES ('mrz_name_field');

SELECT is(ARRAY(SELECT fn::text FROM ext_functions
                 WHERE lanname IN ('sql', 'plpgsql')
                   AND NOT EXISTS (SELECT FROM unnest(proconfig) AS c WHERE c LIKE 'search\_path=%')
                   AND proname NOT IN (SELECT proname FROM unpinned_ok)
                 ORDER BY 1), '{}'::text[],
          'every SQL and PL/pgSQL function of the extension pins search_path or is on the allow-list');

-- The allow-listed bodies, comments, string literals and OPERATOR(...)
-- removed (cast_body), and :: too (body): no call of an unqualified
-- function, no bare operator, no cast to an unqualified type.
CREATE TEMP VIEW unpinned_bodies AS
SELECT f.fn, f.cast_body, replace(f.cast_body, '::', ' ') AS body
  FROM (SELECT e.fn,
               regexp_replace(regexp_replace(regexp_replace(e.prosrc,
                   '--[^\n]*', '', 'g'),
                   '[Ee]?''([^'']|'''')*''', '''''', 'g'),
                   'OPERATOR\s*\(\s*\w+\s*\.\s*[^)\s]+\s*\)', ' ', 'g') AS cast_body
          FROM ext_functions AS e
         WHERE e.lanname IN ('sql', 'plpgsql')
           AND NOT EXISTS (SELECT FROM unnest(e.proconfig) AS c WHERE c LIKE 'search\_path=%')) AS f;

SELECT is(ARRAY(SELECT DISTINCT proname::text FROM unpinned_ok
                 WHERE proname NOT IN (SELECT proname FROM ext_functions WHERE lanname = 'sql')
                 ORDER BY 1), '{}'::text[],
          'every allow-listed function exists and is LANGUAGE sql');
SELECT is(ARRAY(SELECT format('%s: %s', b.fn, m[2])
                  FROM unpinned_bodies AS b,
                       regexp_matches(b.body, '(^|[^.\w"])([A-Za-z_][A-Za-z_0-9]*)\s*\(', 'g') AS m
                 WHERE lower(m[2]) NOT IN ('select', 'when', 'then', 'else', 'and', 'or', 'not', 'in', 'exists',
                                           'values', 'any', 'all', 'array', 'as', 'from', 'where', 'case')
                 ORDER BY 1), '{}'::text[],
          'the allow-listed functions call only schema-qualified functions');
SELECT is(ARRAY(SELECT format('%s: %s', b.fn, m[1])
                  FROM unpinned_bodies AS b, regexp_matches(b.body, '([-+*/<>=~!@#%^&|`?]+)', 'g') AS m
                 ORDER BY 1), '{}'::text[],
          'the allow-listed functions use no bare operator');
SELECT is(ARRAY(SELECT format('%s: ::%s', b.fn, m[1])
                  FROM unpinned_bodies AS b, regexp_matches(b.cast_body, '::\s*("?[A-Za-z_][\w$]*"?)(\s*\.)?', 'g') AS m
                 WHERE m[2] IS NULL
                 ORDER BY 1), '{}'::text[],
          'the allow-listed functions cast only to schema-qualified types');

SELECT * FROM finish();
ROLLBACK;
