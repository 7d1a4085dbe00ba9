-- Without Citus (issue 14): electoral.citus_distribute_rules() refuses with
-- 0A000 and changes nothing, and what it relies on behaves as before on plain
-- PostgreSQL: the restore-merge triggers (now updating the relation they fire
-- on) still turn an insert of an existing key into an update of that row, and
-- a rule change is not refused (only a Citus worker refuses one).
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(6);

SELECT throws_ok('SELECT electoral.citus_distribute_rules()', '0A000',
    'extension "citus" is not installed in database "' || current_database() || '"',
    'citus_distribute_rules() without Citus: 0A000 naming the database');
SELECT is((SELECT count(*) FROM pg_catalog.pg_constraint
            WHERE conrelid = 'electoral.requirement'::regclass AND conname = 'requirement_office_fkey'),
          1::bigint, 'and the foreign key from requirement to office is still there');

-- a restore brings back a changed shipped row: the insert updates it
INSERT INTO electoral.office (code, country, level, title, direct_vote, legal_basis)
VALUES ('RU.municipal_head', 'RU', 'local', 'Head of a municipality (restored)', true, NULL);
SELECT is((SELECT title FROM electoral.office WHERE code = 'RU.municipal_head'), 'Head of a municipality (restored)',
          'an office inserted with an existing code replaces that row');
SELECT is((SELECT count(*) FROM electoral.office WHERE code = 'RU.municipal_head'), 1::bigint, 'and is not doubled');
INSERT INTO electoral.requirement (id, office, role, kind, years, in_force, legal_basis)
SELECT id, office, role, kind, 25, in_force, legal_basis FROM electoral.requirement
 WHERE office = 'RU.municipal_head' AND role = 'stand' AND kind = 'min_age';
SELECT is((SELECT array_agg(years) FROM electoral.requirement
            WHERE office = 'RU.municipal_head' AND role = 'stand' AND kind = 'min_age'), '{25}'::int[],
          'a requirement inserted with an existing id replaces that row, and the rules say so');
SELECT ok(NOT electoral.can_stand('RU.municipal_head', '2026-09-13', '{RU}', '2003-01-01'),
          'a Russian aged 23 may no longer stand for municipal head under the restored requirement (25)');

SELECT * FROM finish();
ROLLBACK;
