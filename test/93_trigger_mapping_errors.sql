-- electoral.enforce_eligibility(), misuse: a misspelt column (42703), a
-- column of the wrong type (42804), an unknown parameter, a missing office
-- or on_date mapping, a bad role (22023) -- each failing on the first row
-- with an error naming the trigger, the table and the column; the wrong
-- kind of trigger (39P01).  Each fails at CREATE TRIGGER, and again on the
-- first row when the trigger was created with the DDL check off.  Bad data
-- in a row (NULL office 23502, unknown office 23514, NULL or infinite polling
-- day, naming the trigger and the table); mappings re-resolved after an
-- ALTER TABLE made with the DDL check off.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SET search_path = public, electoral;
SELECT plan(104);

\ir lib/caught.sql
\ir lib/unchecked_ddl.sql

CREATE SCHEMA reestr;
CREATE TABLE reestr.oshibki (
    id            serial,
    dolzhnost     text,
    dolzhnost_num int,
    data          date,
    data_txt      text,
    grazhd        electoral.country[],
    grazhd_txt    text[],
    odno          electoral.country,
    rozhd         date,
    rozhd_ts      timestamp,
    status        electoral.residence,
    status_txt    text,
    reg           boolean,
    reg_int       int,
    flag_txt      text,
    flag_json     json,
    flag_jsonb    jsonb
);
CREATE VIEW reestr.oshibki_v AS SELECT * FROM reestr.oshibki;

-- An eligible row (a Russian aged 46 standing for a municipal council).
CREATE FUNCTION pg_temp.good_row() RETURNS text LANGUAGE sql AS $$
    SELECT $q$INSERT INTO reestr.oshibki (dolzhnost, dolzhnost_num, data, data_txt, grazhd, grazhd_txt, odno, rozhd,
                                          rozhd_ts, status, status_txt, reg, reg_int, flag_txt, flag_json)
              VALUES ('RU.municipal_council', 1, '2026-09-13', '2026-09-13', '{RU}', '{RU}', 'RU', '1980-05-01',
                      '1980-05-01', 'none', 'none', false, 0, '', '[]')$q$
$$;
-- Create trigger t_probe with these arguments, run a statement, drop the
-- trigger; the error CREATE TRIGGER raised (phase 'create') or else the one
-- the statement raised (phase 'row').  checked => false creates the trigger
-- with the DDL check off, to test the row trigger's own check.
CREATE FUNCTION pg_temp.probe(args text[], stmt text DEFAULT NULL, timing text DEFAULT 'BEFORE INSERT OR UPDATE',
                              each text DEFAULT 'ROW', tab text DEFAULT 'reestr.oshibki', checked boolean DEFAULT true,
                              OUT state text, OUT msg text, OUT det text, OUT hnt text,
                              OUT sch text, OUT tbl text, OUT cons text, OUT ctx text, OUT phase text)
LANGUAGE plpgsql AS $$
DECLARE
    ddl text := format('CREATE TRIGGER t_probe %s ON %s FOR EACH %s EXECUTE FUNCTION electoral.enforce_eligibility(%s)',
                       timing, tab, each, (SELECT string_agg(quote_literal(a), ', ' ORDER BY n)
                                             FROM unnest(args) WITH ORDINALITY AS x(a, n)));
BEGIN
    IF NOT checked THEN
        ddl := format('SELECT pg_temp.unchecked_ddl(%L)', ddl);
    END IF;
    phase := 'create';
    SELECT c.* INTO state, msg, det, hnt, sch, tbl, cons, ctx FROM pg_temp.caught(ddl) AS c;
    IF state = '00000' THEN
        phase := 'row';
        SELECT c.* INTO state, msg, det, hnt, sch, tbl, cons, ctx FROM pg_temp.caught(coalesce(stmt, pg_temp.good_row())) AS c;
        EXECUTE format('DROP TRIGGER t_probe ON %s', tab);
    END IF;
END
$$;
-- The four mappings every trigger needs, and more.
CREATE FUNCTION pg_temp.base(VARIADIC more text[] DEFAULT '{}') RETURNS text[] LANGUAGE sql AS $$
    SELECT ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd'] || more
$$;

-- the probe itself works
SELECT is(state, '00000', 'a correct mapping: the eligible row is inserted') FROM pg_temp.probe(pg_temp.base());
SELECT is(state, '23514', 'a correct mapping: an ineligible row is rejected (the probe can fail)')
  FROM pg_temp.probe(pg_temp.base(), $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd)
                                       VALUES ('RU.municipal_council', '2026-09-13', '{RU}', '2010-01-01')$$);
SELECT is((SELECT count(*) FROM reestr.oshibki), 1::bigint, 'one row so far');

-- ---------------------------------------------------------------------------
-- 42703: a column that does not exist
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE err AS SELECT * FROM pg_temp.probe(ARRAY['stand', 'office=dolzhnost', 'on_date=data',
                                                           'citizenships=grazhd', 'birth_date=data_rozhd']);
SELECT is(state, '42703', 'misspelt birth_date column: undefined_column') FROM err;
SELECT is(msg, 'trigger "t_probe" on table "oshibki": no column "data_rozhd"',
          'the message names the trigger, the table and the column') FROM err;
SELECT is(tbl || ' / ' || sch, 'oshibki / reestr', 'the table is in the error fields') FROM err;
DROP TABLE err;
SELECT is(p.state || ': ' || p.msg, '42703: trigger "t_probe" on table "oshibki": no column "' || x.col || '"',
          format('no column %s for %s: 42703 naming it', x.col, x.param))
  FROM (VALUES (1, 'office', 'dolzhnst'), (2, 'on_date', 'date'), (3, 'citizenships', 'grazhdanstvo'),
               (4, 'residence', 'status_'), (5, 'resident_since', 'prozhivaet_s'), (6, 'registered', 'v_spiske'),
               (7, 'flag', 'problemy'), (8, 'office', 'Dolzhnost'), (9, 'ever_foreign', ''))
       AS x(n, param, col)
 CROSS JOIN LATERAL pg_temp.probe(
        -- the misspelt mapping replaces the good one for that parameter (a parameter given twice is an error of its own)
        (SELECT array_agg(a ORDER BY n) FROM unnest(ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd'])
                WITH ORDINALITY AS b(a, n) WHERE a NOT LIKE x.param || '=%')
        || (x.param || '=' || x.col)) AS p
 ORDER BY x.n;
SELECT is(p.state || ': ' || p.msg, '22023: trigger "t_probe" on table "oshibki": parameter given twice: "office"',
          'a parameter mapped twice is refused, naming it')
  FROM pg_temp.probe(ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'office=dolzhnost']) AS p;
SELECT is(state, '42703', 'a misspelt column in flag mode is an error, not a flag')
  FROM pg_temp.probe(pg_temp.base('flag=flag_jsonb', 'registered=registered'));
SELECT is(state, '42703', 'a misspelt column is an error even for a fact voting ignores (vote, citizen_by_birth)')
  FROM pg_temp.probe(ARRAY['vote', 'office=dolzhnost', 'on_date=data', 'citizen_by_birth=po_rozhdeniyu']);
SELECT is(state || ' at ' || phase, '42703 at row', 'with the DDL check off: on UPDATE, when the first row is updated')
  FROM pg_temp.probe(pg_temp.base('registered=registered'), $$UPDATE reestr.oshibki SET reg = true$$, checked => false);
SELECT is(state || ' at ' || phase, '42703 at row', 'with the DDL check off: on the first row of a multi-row INSERT')
  FROM pg_temp.probe(pg_temp.base('registered=registered'), checked => false, stmt =>
                     $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd) VALUES
                           ('RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01'),
                           ('RU.municipal_council', '2026-09-13', '{RU}', '1981-01-01')$$);

-- ---------------------------------------------------------------------------
-- 42804: a column of the wrong type
-- ---------------------------------------------------------------------------
SELECT is(p.state || ': ' || p.msg, '42804: trigger "t_probe" on table "oshibki": ' || x.want, x.what)
  FROM (VALUES
        (1, ARRAY['registered=reg_int'],
            'registered must be of type boolean, not integer; wrong type for column "reg_int"',
            'registered = an integer column'),
        (2, ARRAY['incapacitated=status_txt'],
            'incapacitated must be of type boolean, not text; wrong type for column "status_txt"',
            'incapacitated = a text column'),
        (3, ARRAY['resident_since=data_txt'],
            'resident_since must be of type date, not text; wrong type for column "data_txt"',
            'resident_since = a text column'),
        (4, ARRAY['residence=status_txt'],
            'residence must be of type electoral.residence; wrong type for column "status_txt"',
            'residence = a text column'),
        (5, ARRAY['flag=flag_txt'],
            'flag must be of type text[] or jsonb; wrong type for column "flag_txt"',
            'flag = a text column'),
        (6, ARRAY['flag=flag_json'],
            'flag must be of type text[] or jsonb; wrong type for column "flag_json"',
            'flag = a json (not jsonb) column'),
        (7, ARRAY['flag=grazhd'],
            'flag must be of type text[] or jsonb; wrong type for column "grazhd"',
            'flag = an electoral.country[] column'),
        (8, ARRAY['ever_foreign=reg_int'],
            'ever_foreign must be of type boolean, not integer; wrong type for column "reg_int"',
            'ever_foreign = an integer column'))
       AS x(n, more, want, what)
 CROSS JOIN LATERAL pg_temp.probe(pg_temp.base(VARIADIC x.more)) AS p
 ORDER BY x.n;
SELECT is(p.state || ': ' || p.msg, '42804: trigger "t_probe" on table "oshibki": ' || x.want, x.what)
  FROM (VALUES
        (1, ARRAY['stand', 'office=dolzhnost', 'on_date=data_txt', 'citizenships=grazhd', 'birth_date=rozhd'],
            'on_date must be of type date, not text; wrong type for column "data_txt"',
            'on_date = a text column'),
        (2, ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd_txt', 'birth_date=rozhd'],
            'citizenships must be of type country[], not text[]; wrong type for column "grazhd_txt"',
            'citizenships = a text[] column'),
        (3, ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd_ts'],
            'birth_date must be of type date, not timestamp without time zone; wrong type for column "rozhd_ts"',
            'birth_date = a timestamp column'),
        (4, ARRAY['stand', 'office=dolzhnost_num', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd'],
            'office must be of type text, not integer; wrong type for column "dolzhnost_num"',
            'office = an integer column'),
        (5, ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'citizenships=status', 'birth_date=rozhd'],
            'citizenships must be of type country[], not residence; wrong type for column "status"',
            'citizenships = an electoral.residence column'))
       AS x(n, args, want, what)
 CROSS JOIN LATERAL pg_temp.probe(x.args) AS p
 ORDER BY x.n;
SELECT is(tbl, 'oshibki', 'a type error has the table in the error fields')
  FROM pg_temp.probe(pg_temp.base('registered=reg_int'));
SELECT is(state, '00000', 'a single electoral.country column is accepted for citizenships')
  FROM pg_temp.probe(ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'citizenships=odno', 'birth_date=rozhd']);
SELECT is(state, '00000', 'a jsonb flag column is accepted') FROM pg_temp.probe(pg_temp.base('flag=flag_jsonb'));
SELECT is(state, '00000', 'a text[] flag column is accepted') FROM pg_temp.probe(pg_temp.base('flag=grazhd_txt'));
SELECT is(state, '00000', 'electoral.residence and boolean columns are accepted')
  FROM pg_temp.probe(pg_temp.base('residence=status', 'registered=reg', 'incapacitated=reg', 'resident_since=data'));
SELECT is((SELECT count(*) FROM reestr.oshibki), 5::bigint,
          'only the probes with correct mappings wrote rows (1 + 4)');

-- ---------------------------------------------------------------------------
-- 22023: the arguments themselves
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE err AS SELECT * FROM pg_temp.probe(pg_temp.base('citizenship=grazhd'));
SELECT is(state, '22023', 'an unknown parameter (citizenship): invalid_parameter_value') FROM err;
SELECT is(msg, 'trigger "t_probe" on table "oshibki": unknown parameter "citizenship"', 'the message names it') FROM err;
SELECT ok(hnt LIKE 'Parameters: office, on_date, citizenships, birth_date, residence, resident_since, registered, %flag%',
          'the hint lists the parameters') FROM err;
DROP TABLE err;
SELECT is(p.state || ': ' || p.msg, '22023: trigger "t_probe" on table "oshibki": unknown parameter "' || x.param || '"',
          'unknown parameter ' || x.param)
  FROM unnest(ARRAY['role', 'Office', 'birthdate', 'flags', '']) WITH ORDINALITY AS x(param, n)
 CROSS JOIN LATERAL pg_temp.probe(pg_temp.base(x.param || '=rozhd')) AS p
 ORDER BY x.n;
SELECT is(state || ': ' || msg, '22023: trigger "t_probe" on table "oshibki": argument is not parameter=column: "rozhd"',
          'an argument without =')
  FROM pg_temp.probe(ARRAY['stand', 'office=dolzhnost', 'on_date=data', 'rozhd']);
CREATE TEMP TABLE err AS SELECT * FROM pg_temp.probe(ARRAY['stand', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd']);
SELECT is(state, '22023', 'office not mapped: invalid_parameter_value') FROM err;
SELECT is(msg, 'trigger "t_probe" on table "oshibki" must map office and on_date to columns', 'the message says so') FROM err;
DROP TABLE err;
SELECT is(state || ': ' || msg, '22023: trigger "t_probe" on table "oshibki" must map office and on_date to columns',
          'on_date not mapped')
  FROM pg_temp.probe(ARRAY['stand', 'office=dolzhnost', 'citizenships=grazhd', 'birth_date=rozhd']);
SELECT is(state || ': ' || msg, '22023: trigger "t_probe" on table "oshibki" must map office and on_date to columns',
          'only the role')
  FROM pg_temp.probe(ARRAY['vote']);
SELECT is(p.state || ': ' || p.msg,
          '22023: trigger "t_probe" on table "oshibki": the first argument must be the role, ''vote'' or ''stand''',
          x.what)
  FROM (VALUES (1, ARRAY['voter', 'office=dolzhnost', 'on_date=data'], 'role ''voter'''),
               (2, ARRAY['Vote', 'office=dolzhnost', 'on_date=data'], 'role ''Vote'' (case matters)'),
               (3, ARRAY['office=dolzhnost', 'on_date=data', 'citizenships=grazhd'], 'the role left out'),
               (4, ARRAY['role=stand', 'office=dolzhnost', 'on_date=data'], 'role=stand instead of stand'),
               (5, '{}'::text[], 'no arguments at all'))
       AS x(n, args, what)
 CROSS JOIN LATERAL pg_temp.probe(x.args) AS p
 ORDER BY x.n;
SELECT is(state, '00000', 'vote with only office and on_date mapped (a Russian would still need citizenships): runs')
  FROM pg_temp.probe(ARRAY['vote', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd']);

-- ---------------------------------------------------------------------------
-- 39P01: not a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger
-- ---------------------------------------------------------------------------
SELECT is(p.state || ': ' || p.msg,
          '39P01: electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger', x.what)
  FROM (VALUES (1, 'AFTER INSERT OR UPDATE', 'ROW', NULL, 'reestr.oshibki', 'AFTER INSERT ... FOR EACH ROW'),
               (2, 'AFTER INSERT OR UPDATE', 'ROW', 'UPDATE reestr.oshibki SET reg = true', 'reestr.oshibki',
                'AFTER UPDATE ... FOR EACH ROW'),
               (3, 'BEFORE INSERT OR UPDATE', 'STATEMENT', NULL, 'reestr.oshibki', 'BEFORE INSERT ... FOR EACH STATEMENT'),
               (4, 'AFTER INSERT', 'STATEMENT', NULL, 'reestr.oshibki', 'AFTER INSERT ... FOR EACH STATEMENT'),
               (5, 'BEFORE DELETE', 'ROW', 'DELETE FROM reestr.oshibki', 'reestr.oshibki', 'BEFORE DELETE ... FOR EACH ROW'),
               (6, 'INSTEAD OF INSERT', 'ROW', replace(pg_temp.good_row(), 'reestr.oshibki', 'reestr.oshibki_v'),
                'reestr.oshibki_v', 'INSTEAD OF INSERT on a view'))
       AS x(n, timing, each, stmt, tab, what)
 CROSS JOIN LATERAL pg_temp.probe(pg_temp.base(), x.stmt, x.timing, x.each, x.tab) AS p
 ORDER BY x.n;
SELECT is((SELECT count(*) FROM reestr.oshibki), 6::bigint, 'the misused triggers wrote nothing and deleted nothing');

-- ---------------------------------------------------------------------------
-- when: at CREATE TRIGGER; and, with the DDL check off (single-user mode,
-- event triggers disabled), on the first row, with the same error
-- ---------------------------------------------------------------------------
SELECT is(a.phase || ' ' || a.state || ': ' || a.msg, 'create ' || x.want, x.what || ': refused by CREATE TRIGGER')
  FROM (VALUES (1, pg_temp.base('registered=v_spiske'), 'ROW',
                '42703: trigger "t_probe" on table "oshibki": no column "v_spiske"', 'a misspelt column'),
               (2, pg_temp.base('registered=reg_int'), 'ROW',
                '42804: trigger "t_probe" on table "oshibki": registered must be of type boolean, not integer; wrong type for column "reg_int"',
                'a wrong column type'),
               (3, pg_temp.base('citizenship=grazhd'), 'ROW',
                '22023: trigger "t_probe" on table "oshibki": unknown parameter "citizenship"', 'an unknown parameter'),
               (4, ARRAY['voter', 'office=dolzhnost', 'on_date=data'], 'ROW',
                '22023: trigger "t_probe" on table "oshibki": the first argument must be the role, ''vote'' or ''stand''',
                'a bad role'),
               (5, ARRAY['vote', 'office=dolzhnost'], 'ROW',
                '22023: trigger "t_probe" on table "oshibki" must map office and on_date to columns', 'no on_date mapping'),
               (6, pg_temp.base(), 'STATEMENT',
                '39P01: electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger',
                'a statement trigger'))
       AS x(n, args, each, want, what)
 CROSS JOIN LATERAL pg_temp.probe(x.args, each => x.each) AS a
 ORDER BY x.n;
SELECT is(r.phase || ' ' || r.state || ': ' || r.msg, 'row ' || a.state || ': ' || a.msg,
          format('case %s with the DDL check off: the same error on the first row', x.n))
  FROM (VALUES (1, pg_temp.base('registered=v_spiske'), 'ROW'), (2, pg_temp.base('registered=reg_int'), 'ROW'),
               (3, pg_temp.base('citizenship=grazhd'), 'ROW'), (4, ARRAY['voter', 'office=dolzhnost', 'on_date=data'], 'ROW'),
               (5, ARRAY['vote', 'office=dolzhnost'], 'ROW'), (6, pg_temp.base(), 'STATEMENT'))
       AS x(n, args, each)
 CROSS JOIN LATERAL pg_temp.probe(x.args, each => x.each) AS a
 CROSS JOIN LATERAL pg_temp.probe(x.args, each => x.each, checked => false) AS r
 ORDER BY x.n;
SELECT is(hnt, (SELECT hnt FROM pg_temp.probe(pg_temp.base('citizenship=grazhd'), checked => false)),
          'the same hint at CREATE TRIGGER as on the first row')
  FROM pg_temp.probe(pg_temp.base('citizenship=grazhd'));
SELECT is(sch || '.' || tbl, 'reestr.oshibki', 'at CREATE TRIGGER the table is in the error fields too')
  FROM pg_temp.probe(pg_temp.base('registered=reg_int'));

-- ---------------------------------------------------------------------------
-- bad data in a row
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE err AS
SELECT * FROM pg_temp.probe(pg_temp.base(), $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd)
                                              VALUES (NULL, '2026-09-13', '{RU}', '1980-01-01')$$);
SELECT is(state, '23502', 'a NULL office: not_null_violation') FROM err;
SELECT is(msg, 'office is NULL in a row of table "oshibki"', 'the message') FROM err;
SELECT is(det, 'Trigger "t_probe" needs an office to decide eligibility.', 'the detail names the trigger') FROM err;
SELECT is(tbl, 'oshibki', 'the table is in the error fields') FROM err;
DROP TABLE err;
CREATE TEMP TABLE err AS
SELECT * FROM pg_temp.probe(pg_temp.base(), $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd)
                                              VALUES ('RU.duma', '2026-09-13', '{RU}', '1980-01-01')$$);
SELECT is(state, '23514', 'an unknown office: check_violation') FROM err;
SELECT is(msg, 'unknown office "RU.duma" in a row of table "oshibki"', 'the message names the office and the table') FROM err;
SELECT is(hnt, 'The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;',
          'the hint says where the offices are listed') FROM err;
SELECT is(tbl, 'oshibki', 'the table is in the error fields') FROM err;
DROP TABLE err;
SELECT is(state || ': ' || msg, '23514: unknown office "ru.state_duma" in a row of table "oshibki"',
          'office codes are case-sensitive')
  FROM pg_temp.probe(pg_temp.base(), $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd)
                                       VALUES ('ru.state_duma', '2026-09-13', '{RU}', '1980-01-01')$$);
SELECT is(state || ': ' || msg, '23514: unknown office "RU.duma" in a row of table "oshibki"',
          'an unknown office in the second row of a statement whose first row is fine')
  FROM pg_temp.probe(pg_temp.base(), $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd) VALUES
                                           ('RU.state_duma', '2026-09-13', '{RU}', '1980-01-01'),
                                           ('RU.duma', '2026-09-13', '{RU}', '1980-01-01')$$);
SELECT is(state || ': ' || msg, '23514: unknown office "RU.duma" in a row of table "oshibki"',
          'an UPDATE to an unknown office')
  FROM pg_temp.probe(pg_temp.base(), $$UPDATE reestr.oshibki SET dolzhnost = 'RU.duma'$$);
SELECT is(state || ': ' || msg || ' / ' || det || ' / ' || tbl,
          '22004: polling day is NULL in a row of table "oshibki" / '
          'Trigger "t_probe" decides eligibility by the rules in force on polling day. / oshibki',
          'a NULL polling day: the error names the table and the trigger, with the table in the error fields')
  FROM pg_temp.probe(pg_temp.base(), $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd)
                                       VALUES ('RU.state_duma', NULL, '{RU}', '1980-01-01')$$);
SELECT is(state || ': ' || msg, '22008: polling day is not a finite date in a row of table "oshibki"',
          'an infinite polling day')
  FROM pg_temp.probe(pg_temp.base(), $$INSERT INTO reestr.oshibki (dolzhnost, data, grazhd, rozhd)
                                       VALUES ('RU.state_duma', 'infinity', '{RU}', '1980-01-01')$$);
SELECT is((SELECT count(*) FROM reestr.oshibki), 6::bigint, 'none of the bad rows was written');

-- ---------------------------------------------------------------------------
-- the mapping is resolved by name for each statement: an ALTER TABLE made
-- with the DDL check off (which would refuse it, test/93_trigger_at_ddl.sql)
-- is seen by the next row
-- ---------------------------------------------------------------------------
CREATE TABLE reestr.kandidat (
    dolzhnost text, data date, grazhd electoral.country[], rozhd date, v_spiske boolean
);
CREATE TRIGGER kandidat_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd', 'registered=v_spiske');
CREATE FUNCTION pg_temp.add_kandidat() RETURNS text LANGUAGE sql AS $$
    -- positional, so that it names no column that is renamed or dropped below
    SELECT $q$INSERT INTO reestr.kandidat SELECT 'RU.municipal_council', DATE '2026-09-13', '{RU}'::electoral.country[], DATE '1980-01-01'$q$
$$;
SELECT lives_ok(pg_temp.add_kandidat(), 'before ALTER TABLE: a row is inserted');
SELECT lives_ok($$SELECT pg_temp.unchecked_ddl('ALTER TABLE reestr.kandidat RENAME COLUMN rozhd TO data_rozhd')$$,
                'a mapped column renamed, the DDL check off');
SELECT throws_ok(pg_temp.add_kandidat(), '42703', 'trigger "kandidat_proverka" on table "kandidat": no column "rozhd"',
                 'a mapped column renamed: the next INSERT fails naming the old name');
-- an ALTER TABLE that mends the mapping passes the DDL check
ALTER TABLE reestr.kandidat RENAME COLUMN data_rozhd TO rozhd;
SELECT lives_ok(pg_temp.add_kandidat(), 'renamed back: inserted again');
SELECT lives_ok($$SELECT pg_temp.unchecked_ddl('ALTER TABLE reestr.kandidat ALTER COLUMN v_spiske TYPE int USING v_spiske::int')$$,
                'a mapped column retyped, the DDL check off');
SELECT throws_ok(pg_temp.add_kandidat(), '42804',
                 'trigger "kandidat_proverka" on table "kandidat": registered must be of type boolean, not integer; wrong type for column "v_spiske"',
                 'a mapped column''s type changed to integer: the next INSERT fails');
ALTER TABLE reestr.kandidat ALTER COLUMN v_spiske TYPE boolean USING v_spiske::boolean;
SELECT lives_ok(pg_temp.add_kandidat(), 'changed back: inserted again');
SELECT lives_ok($$SELECT pg_temp.unchecked_ddl('ALTER TABLE reestr.kandidat DROP COLUMN v_spiske')$$,
                'a mapped column dropped, the DDL check off');
SELECT throws_ok(pg_temp.add_kandidat(), '42703', 'trigger "kandidat_proverka" on table "kandidat": no column "v_spiske"',
                 'a mapped column dropped: the next INSERT fails');
ALTER TABLE reestr.kandidat ADD COLUMN v_spiske boolean;
SELECT lives_ok(pg_temp.add_kandidat(), 'a new column of that name: inserted (found past the dropped one)');
SELECT is((SELECT count(*) FROM reestr.kandidat), 4::bigint, 'four rows');

SELECT * FROM finish();
ROLLBACK;
