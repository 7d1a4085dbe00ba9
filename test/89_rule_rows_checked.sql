-- The rule loader checks every row it reads.  With a constraint dropped, a
-- rule table can hold a NULL, an empty period or an office that does not
-- exist; can_vote, explain and the trigger must then fail with an error
-- naming the table, the row and the column, never crash the backend (up to
-- 1.0 a NULL legal_basis killed it with signal 11) nor skip the row.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(14);

CREATE FUNCTION pg_temp.ask() RETURNS boolean LANGUAGE sql AS $$
    SELECT electoral.can_vote('RU.municipal_council', '2026-09-13', '{RU}', '1990-01-01')
$$;
SELECT ok(pg_temp.ask(), 'with sound tables: an adult Russian may vote');

-- each case in a savepoint of its own, undone after
CREATE FUNCTION pg_temp.broken(change text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE msg text; state text;
BEGIN
    BEGIN
        EXECUTE change;
        PERFORM pg_temp.ask();
        RAISE EXCEPTION 'no error' USING ERRCODE = 'P0001';
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, state = RETURNED_SQLSTATE;
    END;
    RETURN state || ': ' || msg;
END $$;

ALTER TABLE electoral.requirement ALTER COLUMN legal_basis DROP NOT NULL,
                                  ALTER COLUMN role DROP NOT NULL,
                                  ALTER COLUMN in_force DROP NOT NULL,
                                  DROP CONSTRAINT requirement_years,
                                  DROP CONSTRAINT requirement_years_range,
                                  DROP CONSTRAINT requirement_period,
                                  DROP CONSTRAINT requirement_office_fkey;
ALTER TABLE electoral.office ALTER COLUMN title DROP NOT NULL, ALTER COLUMN country DROP NOT NULL,
                             ALTER COLUMN direct_vote DROP NOT NULL;
ALTER TABLE electoral.franchise_grant ALTER COLUMN treaty DROP NOT NULL, ALTER COLUMN except_offices DROP NOT NULL,
                                      DROP CONSTRAINT grant_nationals, DROP CONSTRAINT grant_roles;

SELECT is(pg_temp.broken($$UPDATE electoral.requirement SET legal_basis = NULL WHERE id = 1011$$),
          '22000: invalid rule in electoral.requirement, row id = 1011: legal_basis is NULL',
          'a NULL legal_basis: 22000 naming the table, the row and the column (it crashed the backend)');
SELECT is(pg_temp.broken($$UPDATE electoral.requirement SET role = NULL WHERE id = 1011$$),
          '22000: invalid rule in electoral.requirement, row id = 1011: role is NULL', 'a NULL role');
SELECT is(pg_temp.broken($$UPDATE electoral.requirement SET years = NULL
                            WHERE office = 'RU.municipal_council' AND kind = 'min_age' AND role = 'vote'$$),
          (SELECT '22000: invalid rule in electoral.requirement, row id = ' || id || ': years is NULL'
             FROM electoral.requirement WHERE office = 'RU.municipal_council' AND kind = 'min_age' AND role = 'vote'),
          'a minimum age without its years');
SELECT is(pg_temp.broken($$UPDATE electoral.requirement SET years = -5
                            WHERE office = 'RU.municipal_council' AND kind = 'min_age' AND role = 'vote'$$),
          (SELECT '22000: invalid rule in electoral.requirement, row id = ' || id || ': years is -5, not between 0 and 150'
             FROM electoral.requirement WHERE office = 'RU.municipal_council' AND kind = 'min_age' AND role = 'vote'),
          'a negative age');
SELECT is(pg_temp.broken($$UPDATE electoral.requirement SET in_force = 'empty' WHERE id = 1011$$),
          '22000: invalid rule in electoral.requirement, row id = 1011: in_force is empty',
          'an empty period (which would read as always in force)');
SELECT is(pg_temp.broken($$UPDATE electoral.requirement SET in_force = NULL WHERE id = 1011$$),
          '22000: invalid rule in electoral.requirement, row id = 1011: isempty is NULL',
          'a NULL period');
SELECT is(pg_temp.broken($$UPDATE electoral.requirement SET office = 'RU.nowhere' WHERE id = 1011$$),
          '22000: invalid rule in electoral.requirement, row id = 1011: office names an office "RU.nowhere" that electoral.office does not hold',
          'a requirement of an office that does not exist (it was skipped)');
SELECT is(pg_temp.broken($$UPDATE electoral.office SET title = NULL WHERE code = 'RU.president'$$),
          '22000: invalid rule in electoral.office, row code = RU.president: title is NULL', 'an office without a title');
SELECT is(pg_temp.broken($$UPDATE electoral.office SET country = NULL WHERE code = 'RU.president'$$),
          '22000: invalid rule in electoral.office, row code = RU.president: country is NULL', 'an office without a country');
SELECT is(pg_temp.broken($$UPDATE electoral.office SET direct_vote = NULL WHERE code = 'RU.president'$$),
          '22000: invalid rule in electoral.office, row code = RU.president: direct_vote is NULL', 'direct_vote NULL');
SELECT is(pg_temp.broken($$UPDATE electoral.franchise_grant SET treaty = NULL WHERE id = (SELECT min(id) FROM electoral.franchise_grant)$$),
          (SELECT '22000: invalid rule in electoral.franchise_grant, row id = ' || min(id) || ': treaty is NULL' FROM electoral.franchise_grant),
          'a grant without its treaty');
SELECT is(pg_temp.broken($$UPDATE electoral.franchise_grant SET nationals = '{}' WHERE id = (SELECT min(id) FROM electoral.franchise_grant)$$),
          (SELECT '22000: invalid rule in electoral.franchise_grant, row id = ' || min(id) || ': nationals is empty' FROM electoral.franchise_grant),
          'a grant to nobody');
SELECT is(pg_temp.broken($$UPDATE electoral.franchise_grant SET roles = '{vote,NULL}' WHERE id = (SELECT min(id) FROM electoral.franchise_grant)$$),
          (SELECT '22000: invalid rule in electoral.franchise_grant, row id = ' || min(id) || ': roles has a NULL element' FROM electoral.franchise_grant),
          'a NULL role in a grant');

SELECT * FROM finish();
ROLLBACK;
