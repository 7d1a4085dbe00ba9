-- electoral.enforce_eligibility() at DDL time: ALTER TABLE that renames,
-- drops or retypes a mapped column is refused (2BP01) by the event trigger
-- electoral_enforce_eligibility_ddl, with an error naming the trigger and a
-- hint that gives the DROP / ALTER / CREATE TRIGGER to run instead; other
-- columns and other triggers are not concerned; inherited tables and
-- partitions are checked; a DBA who is not a superuser gets the same checks.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SET search_path = public, electoral;
SELECT plan(30);

\ir lib/caught.sql

CREATE SCHEMA reestr;
CREATE TABLE reestr.kandidat (
    dolzhnost text, data date, grazhd electoral.country[], rozhd date, v_spiske boolean, zametka text
);
CREATE TRIGGER kandidat_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd', 'registered=v_spiske');
CREATE FUNCTION pg_temp.add_kandidat() RETURNS text LANGUAGE sql AS $$
    SELECT $q$INSERT INTO reestr.kandidat SELECT 'RU.municipal_council', DATE '2026-09-13', '{RU}'::electoral.country[], DATE '1980-01-01'$q$
$$;
CREATE FUNCTION pg_temp.columns(t regclass) RETURNS text LANGUAGE sql AS $$
    SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum)
      FROM pg_catalog.pg_attribute WHERE attrelid = t AND attnum > 0 AND NOT attisdropped
$$;
CREATE TEMP TABLE before AS SELECT pg_temp.columns('reestr.kandidat') AS cols;
CREATE FUNCTION pg_temp.recipe(tg text, tab text) RETURNS text LANGUAGE sql AS $$
    SELECT format('To rename, drop or retype a mapped column, drop the trigger, alter the table, and create the '
                  'trigger again with the new mapping: DROP TRIGGER %s ON %s; ALTER TABLE %s ...; then this '
                  'definition with the new columns: %s;', tg, tab, tab,
                  pg_get_triggerdef((SELECT oid FROM pg_trigger WHERE tgname = tg AND tgrelid = tab::regclass)))
$$;

-- ---------------------------------------------------------------------------
-- a mapped column: renamed, retyped, dropped -- refused
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE err AS SELECT * FROM pg_temp.caught('ALTER TABLE reestr.kandidat RENAME COLUMN rozhd TO data_rozhd');
SELECT is(state || ': ' || msg,
          '2BP01: ALTER TABLE would break trigger "kandidat_proverka" on table "kandidat": no column "rozhd"',
          'renaming a mapped column is refused, naming the trigger and the column') FROM err;
SELECT is(det, 'The trigger maps the parameters of electoral.enforce_eligibility() to columns by name and type; '
               'the table is left unchanged.', 'the detail says why') FROM err;
SELECT is(hnt, pg_temp.recipe('kandidat_proverka', 'reestr.kandidat'),
          'the hint says how: drop, alter, create again (the trigger''s definition to edit)') FROM err;
SELECT is(sch || '.' || tbl, 'reestr.kandidat', 'the table is in the error fields') FROM err;
DROP TABLE err;
SELECT is(p.state || ': ' || p.msg, '2BP01: ALTER TABLE would break trigger "kandidat_proverka" on table "kandidat": ' || x.want, x.what)
  FROM (VALUES (1, 'ALTER TABLE reestr.kandidat ALTER COLUMN v_spiske TYPE int USING v_spiske::int',
                'registered must be of type boolean, not integer; wrong type for column "v_spiske"', 'retyping a mapped column'),
               (2, 'ALTER TABLE reestr.kandidat DROP COLUMN v_spiske', 'no column "v_spiske"', 'dropping a mapped column'),
               (3, 'ALTER TABLE reestr.kandidat RENAME COLUMN dolzhnost TO okrug', 'no column "dolzhnost"',
                'renaming the office column'),
               (4, 'ALTER TABLE reestr.kandidat ALTER COLUMN dolzhnost TYPE int USING 1',
                'office must be of type text, not integer; wrong type for column "dolzhnost"', 'retyping the office column'),
               (5, 'ALTER TABLE reestr.kandidat ADD COLUMN nov int, DROP COLUMN data', 'no column "data"',
                'one subcommand of several dropping a mapped column'))
       AS x(n, stmt, want, what)
 CROSS JOIN LATERAL pg_temp.caught(x.stmt) AS p
 ORDER BY x.n;
SELECT is(pg_temp.columns('reestr.kandidat'), (SELECT cols FROM before), 'the table is as it was');
SELECT lives_ok(pg_temp.add_kandidat(), 'and the trigger still works');

-- ---------------------------------------------------------------------------
-- what is not concerned
-- ---------------------------------------------------------------------------
SELECT lives_ok($$ALTER TABLE reestr.kandidat RENAME COLUMN zametka TO zametki$$, 'renaming an unmapped column');
SELECT lives_ok($$ALTER TABLE reestr.kandidat ALTER COLUMN zametki TYPE varchar(200)$$, 'retyping an unmapped column');
SELECT lives_ok($$ALTER TABLE reestr.kandidat DROP COLUMN zametki$$, 'dropping an unmapped column');
SELECT lives_ok($$ALTER TABLE reestr.kandidat ALTER COLUMN rozhd SET NOT NULL$$, 'a constraint on a mapped column');
SELECT lives_ok($$ALTER TABLE reestr.kandidat ALTER COLUMN dolzhnost TYPE varchar(100)$$,
                'retyping the office column to another type the trigger reads (varchar)');
CREATE TABLE reestr.zhurnal (rozhd date);
CREATE FUNCTION reestr.nichego() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER zhurnal_nichego BEFORE INSERT ON reestr.zhurnal FOR EACH ROW EXECUTE FUNCTION reestr.nichego('birth_date=x');
SELECT lives_ok($$ALTER TABLE reestr.zhurnal RENAME COLUMN rozhd TO data$$,
                'a table whose triggers run other functions is not concerned');

SELECT throws_ok($$CREATE OR REPLACE TRIGGER kandidat_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat
                       FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=data_vyborov')$$,
                 '42703', 'trigger "kandidat_proverka" on table "kandidat": no column "data_vyborov"',
                 'CREATE OR REPLACE TRIGGER with a misspelt column is refused');
SELECT ok(pg_get_triggerdef((SELECT oid FROM pg_trigger WHERE tgname = 'kandidat_proverka')) LIKE '%''registered=v_spiske'')',
          'the trigger it would have replaced is kept');

-- ---------------------------------------------------------------------------
-- the hint's recipe works
-- ---------------------------------------------------------------------------
SELECT lives_ok($$DROP TRIGGER kandidat_proverka ON reestr.kandidat;
                  ALTER TABLE reestr.kandidat RENAME COLUMN rozhd TO data_rozhd;
                  CREATE TRIGGER kandidat_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat
                      FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
                          'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=data_rozhd',
                          'registered=v_spiske')$$,
                'drop the trigger, rename the column, create the trigger with the new mapping');
SELECT throws_ok($$INSERT INTO reestr.kandidat (dolzhnost, data, grazhd, data_rozhd)
                   VALUES ('RU.municipal_council', '2026-09-13', '{RU}', '2010-01-01')$$,
                 '23514', NULL, 'the new mapping reads the renamed column (a 16-year-old is rejected)');

-- ---------------------------------------------------------------------------
-- inheritance and partitions: ALTER TABLE recurses, so does the check
-- ---------------------------------------------------------------------------
CREATE TABLE reestr.roditel (dolzhnost text, data date, grazhd electoral.country[], rozhd date);
CREATE TABLE reestr.rebenok () INHERITS (reestr.roditel);
CREATE TRIGGER rebenok_proverka BEFORE INSERT OR UPDATE ON reestr.rebenok
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd');
SELECT throws_ok($$ALTER TABLE reestr.roditel RENAME COLUMN rozhd TO data_rozhd$$, '2BP01',
                 'ALTER TABLE would break trigger "rebenok_proverka" on table "rebenok": no column "rozhd"',
                 'renaming a column of a parent renames it in the child: refused, naming the child''s trigger');
CREATE TABLE reestr.po_godam (dolzhnost text, data date, grazhd electoral.country[], rozhd date) PARTITION BY RANGE (data);
CREATE TABLE reestr.god_2026 PARTITION OF reestr.po_godam FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TRIGGER po_godam_proverka BEFORE INSERT OR UPDATE ON reestr.po_godam
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd');
SELECT throws_ok($$ALTER TABLE reestr.po_godam ALTER COLUMN rozhd TYPE timestamp$$, '2BP01',
                 'ALTER TABLE would break trigger "po_godam_proverka" on table "po_godam": birth_date must be of type date, not timestamp without time zone; wrong type for column "rozhd"',
                 'a partitioned table: retyping a mapped column is refused');
SELECT throws_ok($$CREATE TRIGGER po_godam_oshibka BEFORE INSERT ON reestr.po_godam
                       FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=den')$$,
                 '42703', 'trigger "po_godam_oshibka" on table "po_godam": no column "den"',
                 'a partitioned table: a misspelt column is refused by CREATE TRIGGER');

CREATE FOREIGN DATA WRAPPER electoral_test_fdw;
CREATE SERVER electoral_test_server FOREIGN DATA WRAPPER electoral_test_fdw;
CREATE FOREIGN TABLE reestr.vneshnyaya (dolzhnost text, data date, grazhd electoral.country[], rozhd date)
    SERVER electoral_test_server;
CREATE TRIGGER vneshnyaya_proverka BEFORE INSERT OR UPDATE ON reestr.vneshnyaya
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd');
SELECT throws_ok($$ALTER FOREIGN TABLE reestr.vneshnyaya RENAME COLUMN data TO den$$, '2BP01',
                 'ALTER TABLE would break trigger "vneshnyaya_proverka" on table "vneshnyaya": no column "data"',
                 'a foreign table: renaming a mapped column is refused');

-- ---------------------------------------------------------------------------
-- a DBA who is not a superuser: the event trigger fires for them too
-- ---------------------------------------------------------------------------
CREATE ROLE electoral_test_dba NOLOGIN NOSUPERUSER;
GRANT CREATE, USAGE ON SCHEMA reestr TO electoral_test_dba;
GRANT USAGE ON SCHEMA electoral TO electoral_test_dba;
SET LOCAL ROLE electoral_test_dba;
CREATE TABLE reestr.dba_spisok (dolzhnost text, data date, grazhd electoral.country[], rozhd date);
SELECT throws_ok($$CREATE TRIGGER dba_proverka BEFORE INSERT ON reestr.dba_spisok
                       FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=data', 'birth=rozhd')$$,
                 '22023', 'trigger "dba_proverka" on table "dba_spisok": unknown parameter "birth"',
                 'not a superuser: an unknown parameter is refused by CREATE TRIGGER');
SELECT lives_ok($$CREATE TRIGGER dba_proverka BEFORE INSERT ON reestr.dba_spisok
                      FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=data',
                                                                                  'birth_date=rozhd')$$,
                'not a superuser: a correct trigger is created');
SELECT throws_ok($$ALTER TABLE reestr.dba_spisok DROP COLUMN rozhd$$, '2BP01',
                 'ALTER TABLE would break trigger "dba_proverka" on table "dba_spisok": no column "rozhd"',
                 'not a superuser: dropping a mapped column is refused');
SELECT throws_ok($$ALTER EVENT TRIGGER electoral_enforce_eligibility_ddl DISABLE$$, '42501', NULL,
                 'not a superuser: the check cannot be turned off');
RESET ROLE;

SELECT is((SELECT format('%s %s %s', e.evtenabled, array_to_string(e.evttags, ','), d.deptype)
             FROM pg_event_trigger AS e
             JOIN pg_depend AS d ON d.classid = 'pg_event_trigger'::regclass AND d.objid = e.oid
                                AND d.refclassid = 'pg_extension'::regclass
            WHERE e.evtname = 'electoral_enforce_eligibility_ddl'),
          'O CREATE TRIGGER,ALTER TABLE,ALTER FOREIGN TABLE e',
          'the event trigger is a member of the extension (not dumped apart from it), firing on CREATE TRIGGER and ALTER TABLE');

SELECT * FROM finish();
ROLLBACK;
