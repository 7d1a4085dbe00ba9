-- electoral.enforce_eligibility() must refuse any event but INSERT and
-- UPDATE, however the statement mixes events.  CREATE TRIGGER refuses such
-- a trigger at once; created with the DDL check off, a trigger (wrongly) declared
-- BEFORE INSERT OR UPDATE OR DELETE fails a plain DELETE with 39P01, and
-- must fail the DELETE action of a MERGE the same way, even when an INSERT
-- action of the same MERGE came first.  (Nested loops are forced so that
-- MERGE takes the source rows in the order written.)
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SET search_path = public, electoral;
SET LOCAL enable_hashjoin = off;
SET LOCAL enable_mergejoin = off;
SELECT plan(9);

CREATE SCHEMA reestr;
CREATE TABLE reestr.spisok (id int PRIMARY KEY, dolzhnost text, data date, grazhd electoral.country[], rozhd date);
-- written before the trigger exists: 1 is 16 years old, 3 is 46
INSERT INTO reestr.spisok VALUES (1, 'RU.municipal_council', '2026-09-13', '{RU}', '2010-01-01'),
                                 (3, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01');
\ir lib/unchecked_ddl.sql
CREATE FUNCTION pg_temp.spisok_trigger() RETURNS text LANGUAGE sql AS $$
    SELECT $q$CREATE TRIGGER spisok_proverka BEFORE INSERT OR UPDATE OR DELETE ON reestr.spisok
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhd', 'birth_date=rozhd')$q$
$$;
SELECT throws_ok(pg_temp.spisok_trigger(), '39P01',
                 'electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger',
                 'CREATE TRIGGER ... BEFORE INSERT OR UPDATE OR DELETE: refused at once');
-- created anyway with the DDL check off: each event is checked again
SELECT lives_ok(format('SELECT pg_temp.unchecked_ddl(%L)', pg_temp.spisok_trigger()), 'the trigger created with the DDL check off');

SELECT throws_ok($$DELETE FROM reestr.spisok WHERE id = 3$$, '39P01',
                 'electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger',
                 'a plain DELETE: trigger protocol violated');
SELECT throws_ok($$MERGE INTO reestr.spisok AS s USING (VALUES (3)) AS v(id) ON s.id = v.id
                   WHEN MATCHED THEN DELETE$$, '39P01',
                 'electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger',
                 'a MERGE that only deletes: trigger protocol violated');
SELECT throws_ok($$MERGE INTO reestr.spisok AS s USING (VALUES (3), (5)) AS v(id) ON s.id = v.id
                   WHEN MATCHED THEN DELETE
                   WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01')$$,
                 '39P01',
                 'electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger',
                 'a MERGE deleting row 3, then inserting row 5: trigger protocol violated');
SELECT throws_ok($$MERGE INTO reestr.spisok AS s USING (VALUES (5), (1)) AS v(id) ON s.id = v.id
                   WHEN MATCHED THEN DELETE
                   WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01')$$,
                 '39P01',
                 'electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger',
                 'a MERGE inserting row 5, then deleting row 1 (ineligible): trigger protocol violated, not a rejected row');
SELECT throws_ok($$MERGE INTO reestr.spisok AS s USING (VALUES (5), (3)) AS v(id) ON s.id = v.id
                   WHEN MATCHED THEN DELETE
                   WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01')$$,
                 '39P01',
                 'electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger',
                 'a MERGE inserting row 5, then deleting row 3 (eligible): trigger protocol violated, not a silent delete');
SELECT is((SELECT array_agg(id ORDER BY id) FROM reestr.spisok), '{1,3}'::int[], 'nothing was inserted or deleted');
SELECT lives_ok($$MERGE INTO reestr.spisok AS s USING (VALUES (3), (5)) AS v(id) ON s.id = v.id
                  WHEN MATCHED THEN UPDATE SET data = '2026-09-20'
                  WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01')$$,
                'a MERGE that only updates and inserts eligible rows: passes');

SELECT * FROM finish();
ROLLBACK;
