-- electoral 1.0 -> 1.1.  Each section is the change to an existing
-- database that the matching part of src/sql/ makes to a fresh install;
-- test/reliability/upgrade_paths.sh holds the two to the same result.

\echo Use "ALTER EXTENSION electoral UPDATE TO '1.1'" to load this file. \quit

-- ---- rule cache: one snapshot (src/sql/50, 55) ----
-- The statement triggers that sent invalidations become the row triggers
-- that set the rules version (and TRUNCATE triggers), all ENABLE ALWAYS.
DROP TRIGGER office_changed ON electoral.office;
DROP TRIGGER requirement_changed ON electoral.requirement;
DROP TRIGGER franchise_grant_changed ON electoral.franchise_grant;
-- The version of the rules a snapshot sees: one row, set to a fresh value
-- of a sequence by every change to a rule table, in the same transaction.
-- can_vote, can_stand, explain and the trigger read it with the statement's
-- snapshot and rebuild their compiled rulebook only when it differs, so they
-- apply exactly the rules a join to the rule tables in the same query sees
-- (src/pg/rulecache.c).  Not a configuration table: a restore starts anew.
CREATE SEQUENCE electoral.rules_version_seq;
-- USING heap: the C code reads it with the heap access method, whatever
-- default_table_access_method says.
CREATE TABLE electoral.rules_version (
    version pg_catalog.int8 NOT NULL
) USING heap;
INSERT INTO electoral.rules_version VALUES (pg_catalog.nextval('electoral.rules_version_seq'::pg_catalog.regclass));
REVOKE ALL ON electoral.rules_version, electoral.rules_version_seq FROM PUBLIC;
GRANT SELECT ON electoral.rules_version TO PUBLIC;
COMMENT ON SEQUENCE electoral.rules_version_seq IS 'values of electoral.rules_version: never handed out twice, not even after a rollback';
COMMENT ON TABLE electoral.rules_version IS
    'one row: the version of the rule tables, changed with every change to them; do not change it by hand';
COMMENT ON COLUMN electoral.rules_version.version IS 'a value of electoral.rules_version_seq, set by the rule tables'' triggers';

-- Row triggers set the version (once per command, however many rows), and a
-- statement trigger for TRUNCATE.  ENABLE ALWAYS: they fire whatever the
-- session_replication_role, so a change applied by logical replication
-- (whose apply workers fire only row triggers, as replica) or in a replica
-- session is seen like any other.
CREATE OR REPLACE FUNCTION electoral.rules_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'rules_changed' LANGUAGE C;
COMMENT ON FUNCTION electoral.rules_changed() IS
    'trigger on the rule tables: sets electoral.rules_version to a new value, so that every session compiles the rules anew when it sees the change';

CREATE TRIGGER office_changed AFTER INSERT OR UPDATE OR DELETE ON electoral.office
    FOR EACH ROW EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER requirement_changed AFTER INSERT OR UPDATE OR DELETE ON electoral.requirement
    FOR EACH ROW EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER franchise_grant_changed AFTER INSERT OR UPDATE OR DELETE ON electoral.franchise_grant
    FOR EACH ROW EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER office_truncated AFTER TRUNCATE ON electoral.office
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER requirement_truncated AFTER TRUNCATE ON electoral.requirement
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER franchise_grant_truncated AFTER TRUNCATE ON electoral.franchise_grant
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
ALTER TABLE electoral.office ENABLE ALWAYS TRIGGER office_changed, ENABLE ALWAYS TRIGGER office_truncated;
ALTER TABLE electoral.requirement ENABLE ALWAYS TRIGGER requirement_changed, ENABLE ALWAYS TRIGGER requirement_truncated;
ALTER TABLE electoral.franchise_grant
    ENABLE ALWAYS TRIGGER franchise_grant_changed, ENABLE ALWAYS TRIGGER franchise_grant_truncated;
COMMENT ON TRIGGER office_changed ON electoral.office IS 'sets a new rules version';
COMMENT ON TRIGGER requirement_changed ON electoral.requirement IS 'sets a new rules version';
COMMENT ON TRIGGER franchise_grant_changed ON electoral.franchise_grant IS 'sets a new rules version';
COMMENT ON TRIGGER office_truncated ON electoral.office IS 'sets a new rules version';
COMMENT ON TRIGGER requirement_truncated ON electoral.requirement IS 'sets a new rules version';
COMMENT ON TRIGGER franchise_grant_truncated ON electoral.franchise_grant IS 'sets a new rules version';


-- ---- eligibility: facts not supplied (src/sql/60) ----

-- The bar parameters' DEFAULT becomes electoral.unsupplied_bar() (false unless
-- electoral.unsupplied_bars = 'not_proven'); the functions are otherwise unchanged.
-- The DEFAULT of every bar parameter below (incapacitated, imprisoned,
-- detained, foreign_residence_permit, ever_foreign): what a bar the caller
-- leaves out counts as, by the setting electoral.unsupplied_bars: false ('met',
-- the default) or NULL ('not_proven').  STABLE, so the planner keeps the call
-- in the expression: explain recognises it there and says the fact was not
-- supplied, distinct from a supplied false.
CREATE FUNCTION electoral.unsupplied_bar() RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'unsupplied_bar' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.unsupplied_bar() IS
    'default of the bar parameters of can_vote, can_stand and explain: false when the setting '
    'electoral.unsupplied_bars is ''met'' (a bar not supplied is met), NULL when ''not_proven''';

-- The planner support function of can_vote and can_stand: drops the trailing
-- arguments a call leaves to their defaults, so that a scan does not evaluate
-- electoral.unsupplied_bar() per row; the C function takes facts past its last
-- argument as not supplied, under the setting in force when it runs.
CREATE FUNCTION electoral.eligibility_support(pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'eligibility_support' LANGUAGE C STRICT;
COMMENT ON FUNCTION electoral.eligibility_support(pg_catalog.internal) IS
    'planner support for can_vote and can_stand: trailing arguments left to their defaults are dropped '
    '(the function reads them as not supplied)';

CREATE OR REPLACE FUNCTION electoral.can_vote(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar()
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_vote' LANGUAGE C STABLE PARALLEL SAFE
    SUPPORT electoral.eligibility_support;
COMMENT ON FUNCTION electoral.can_vote(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'true when the person may vote for the office on polling day under the rules in force then; '
    'missing facts count as not proven, bars left out as the setting electoral.unsupplied_bars says; '
    'electoral.explain says why';

CREATE OR REPLACE FUNCTION electoral.can_stand(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    ever_foreign pg_catalog.bool DEFAULT electoral.unsupplied_bar()
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_stand' LANGUAGE C STABLE PARALLEL SAFE
    SUPPORT electoral.eligibility_support;
COMMENT ON FUNCTION electoral.can_stand(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'true when the person may stand for the office on polling day under the rules in force then; '
    'missing facts count as not proven, bars left out as the setting electoral.unsupplied_bars says; '
    'electoral.explain says why';

CREATE OR REPLACE FUNCTION electoral.explain(
    role electoral.role,
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    ever_foreign pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    OUT requirement pg_catalog.text,
    OUT satisfied pg_catalog.bool,
    OUT detail pg_catalog.text,
    OUT legal_basis pg_catalog.text
) RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'explain' LANGUAGE C STABLE PARALLEL SAFE ROWS 8;
COMMENT ON FUNCTION electoral.explain(electoral.role, pg_catalog.text, pg_catalog.date, electoral.country[],
    pg_catalog.date, electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'one row per requirement in force for the role and office on polling day: whether it is met, why, and the law; '
    'can_vote / can_stand are true exactly when no row is unsatisfied';

-- ---- trigger: checked at DDL time (src/sql/80) ----

COMMENT ON FUNCTION electoral.enforce_eligibility() IS
    'BEFORE INSERT OR UPDATE FOR EACH ROW trigger: arguments are the role (''vote'' or ''stand'') and '
    'parameter=column pairs (office, on_date, citizenships, birth_date, residence, resident_since, registered, '
    'incapacitated, imprisoned, detained, citizen_by_birth, foreign_residence_permit, ever_foreign); '
    'rejects an ineligible row with SQLSTATE 23514, or with flag=column (text[] or jsonb, or a domain over one) keeps it and '
    'records the unmet requirements (an unknown office too); the mapping is checked at CREATE TRIGGER and ALTER TABLE';

CREATE FUNCTION electoral.enforce_eligibility_ddl() RETURNS event_trigger
    AS 'MODULE_PATHNAME', 'enforce_eligibility_ddl' LANGUAGE C;
COMMENT ON FUNCTION electoral.enforce_eligibility_ddl() IS
    'event trigger function: checks the mapping of an electoral.enforce_eligibility() trigger when it is created '
    '(role, parameters, column names and types), and refuses an ALTER TABLE that renames, drops or retypes a mapped column';
-- Event triggers do not fire in single-user mode, when disabled, or under
-- session_replication_role = replica: the row trigger checks the mapping again.
CREATE EVENT TRIGGER electoral_enforce_eligibility_ddl ON ddl_command_end
    WHEN TAG IN ('CREATE TRIGGER', 'ALTER TABLE', 'ALTER FOREIGN TABLE')
    EXECUTE FUNCTION electoral.enforce_eligibility_ddl();
COMMENT ON EVENT TRIGGER electoral_enforce_eligibility_ddl IS
    'checks electoral.enforce_eligibility() triggers at CREATE TRIGGER and ALTER TABLE (or ALTER FOREIGN TABLE)';

-- ---- identity (src/sql/30, 90..92) ----
COMMENT ON FUNCTION electoral.birth_date(electoral.kz_iin) IS
    'birth date encoded in an IIN (YYMMDD, century from digit 7); NULL where digit 7 or the date is out of range. '
    'Since Government Decree No. 853 of 26.08.2013 an IIN need not match its holder''s birth date: a hint, not proof';
COMMENT ON FUNCTION electoral.sex(electoral.kz_iin) IS
    'M or F, from digit 7 of an IIN (odd male, even female); NULL where it encodes none. '
    'Since Government Decree No. 853 of 26.08.2013 an IIN need not match its holder''s sex: a hint, not proof';

-- ---- law-fix: the law corrected, grant residence status (src/sql/50, 55, 70) ----
-- ==== law-fix: requirement kinds appended (the lead unifies with law-bars) ====
-- Appended, in the order of el_reqkind (src/core/rules.h); the loader maps
-- kinds by name.  No shipped row uses them: ADD VALUE cannot be used by a
-- row in the same transaction.
ALTER TYPE electoral.requirement_kind ADD VALUE 'resides_in_territory';
ALTER TYPE electoral.requirement_kind ADD VALUE 'lives_or_works_in_territory';
-- ==== end of law-fix's requirement kinds ====

-- A grant's least residence status (permanent_residence stays the shorthand
-- for 'permanent') and its condition of residence in the territory of the
-- election.  Added without a default first and filled, then given their
-- default: a column added with one keeps a "missing value" that a fresh
-- install's column has not (pg_dump --binary-upgrade shows it).
ALTER TABLE electoral.franchise_grant ADD COLUMN min_residence electoral.residence;
UPDATE electoral.franchise_grant SET min_residence = 'none';
ALTER TABLE electoral.franchise_grant ALTER COLUMN min_residence SET DEFAULT 'none',
                                      ALTER COLUMN min_residence SET NOT NULL;
ALTER TABLE electoral.franchise_grant ADD COLUMN resides_in_territory pg_catalog.bool;
UPDATE electoral.franchise_grant SET resides_in_territory = false;
ALTER TABLE electoral.franchise_grant ALTER COLUMN resides_in_territory SET DEFAULT false,
                                      ALTER COLUMN resides_in_territory SET NOT NULL;
COMMENT ON COLUMN electoral.franchise_grant.resides_in_territory IS
    'the national must reside in the territory of the election (e.g. the municipality: 67-FZ art. 4 p. 10), '
    'a fact the caller supplies as resides_in_territory';
COMMENT ON COLUMN electoral.franchise_grant.permanent_residence IS
    'the national must be permanently resident in the host country (the same as min_residence ''permanent''; '
    'false leaves the status to min_residence)';
COMMENT ON COLUMN electoral.franchise_grant.registration IS
    'the national must be registered with the local election commission, where a treaty sets that condition '
    '(the shipped grants do not: being on the voter list is the procedure for every voter)';
COMMENT ON COLUMN electoral.franchise_grant.min_residence IS
    'the least residence status in the host country that qualifies: none (any), temporary (any lawful residence) '
    'or permanent; permanent_residence = true asks for permanent whatever this says';
CREATE OR REPLACE FUNCTION electoral.franchise_grant_merge_on_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    UPDATE electoral.franchise_grant AS g
       SET (host, nationals, roles, levels, except_offices, in_force, permanent_residence,
            min_residence_years, registration, resident_since_before, treaty, legal_basis, min_residence,
            resides_in_territory)
         = (NEW.host, NEW.nationals, NEW.roles, NEW.levels, NEW.except_offices, NEW.in_force,
            NEW.permanent_residence, NEW.min_residence_years, NEW.registration,
            NEW.resident_since_before, NEW.treaty, NEW.legal_basis, NEW.min_residence,
            NEW.resides_in_territory)
     WHERE g.id OPERATOR(pg_catalog.=) NEW.id;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;

-- The shipped rows as src/sql/70 now has them; users' rows (ids >= 100000)
-- are untouched.
UPDATE electoral.office SET legal_basis = 'Constitution of the Russian Federation art. 77(3); 184-FZ of 06.10.1999, replaced by 414-FZ of 21.12.2021'
 WHERE code = 'RU.governor';
UPDATE electoral.office SET legal_basis = '184-FZ of 06.10.1999, replaced by 414-FZ of 21.12.2021'
 WHERE code = 'RU.regional_legislature';
UPDATE electoral.requirement AS r
   SET grant_may_waive = v.waive::pg_catalog.bool, in_force = v.in_force::pg_catalog.daterange, legal_basis = v.basis
  FROM (VALUES
    (1012, 'f', '(,)', 'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)'),
    (1022, 'f', '(,)', 'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)'),
    (1032, 'f', '(,)', 'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)'),
    (1042, 'f', '(,)', 'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)'),
    (1052, 't', '(,)', 'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 (foreign citizens permanently residing in the municipality, under international treaties)'),
    (1062, 't', '(,)', 'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 (foreign citizens permanently residing in the municipality, under international treaties)'),
    (2001, 'f', '(,)', 'Constitution of the Russian Federation art. 81(2)'),
    (2002, 'f', '(,)', 'Constitution of the Russian Federation art. 81(2)'),
    (2003, 'f', '[2020-07-04,)', 'Constitution of the Russian Federation art. 81(2) as amended 14.03.2020 (in force 04.07.2020)'),
    (2004, 'f', '[2020-07-04,)', 'Constitution of the Russian Federation art. 81(2) as amended 14.03.2020 (in force 04.07.2020)'),
    (2021, 'f', '(,)', 'Constitution of the Russian Federation art. 77(3); 184-FZ, replaced by 414-FZ of 21.12.2021'),
    (2022, 'f', '(,)', 'Constitution of the Russian Federation art. 77(3); 184-FZ, replaced by 414-FZ of 21.12.2021'),
    (2023, 'f', '(,)', 'Constitution of the Russian Federation art. 77(3); 67-FZ art. 4 p. 3.1'),
    (2024, 'f', '(,)', 'Constitution of the Russian Federation art. 77(3); 67-FZ art. 4 p. 3.1'),
    (2031, 'f', '(,)', '184-FZ, replaced by 414-FZ of 21.12.2021; 67-FZ art. 4'),
    (2032, 'f', '(,)', '184-FZ, replaced by 414-FZ of 21.12.2021; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)'),
    (2033, 'f', '(,)', '67-FZ art. 4 p. 3.1 (the treaty exception is for local self-government only)'),
    (3012, 'f', '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (3015, 'f', '(,2022-03-15)', 'Constitution of the Republic of Belarus art. 64 part 2 (before the 2022 amendments): no voting in pre-trial detention'),
    (3022, 'f', '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (3025, 'f', '(,2022-03-15)', 'Constitution of the Republic of Belarus art. 64 part 2 (before the 2022 amendments): no voting in pre-trial detention'),
    (3032, 't', '(,)', 'Constitution of the Republic of Belarus art. 64 (foreign citizens only where the law or a treaty provides)'),
    (3035, 'f', '(,2022-03-15)', 'Constitution of the Republic of Belarus art. 64 part 2 (before the 2022 amendments): no voting in pre-trial detention')
       ) AS v(id, waive, in_force, basis)
 WHERE r.id OPERATOR(pg_catalog.=) v.id;
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    (2007, 'RU.president', 'stand', 'residence_years', 10, false, false, '[,2020-07-04)', 'Constitution of the Russian Federation art. 81(2) (before the amendment of 14.03.2020)');
-- pre-trial detention never barred standing in Belarus
DELETE FROM electoral.requirement WHERE id IN (4010, 4025, 4037, 4045);
-- the Protocol sets no registration condition; Belarus's Electoral Code grant before it
UPDATE electoral.franchise_grant SET registration = false, min_residence = 'permanent', resides_in_territory = true,
       legal_basis = 'Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10'
 WHERE id = 1;
UPDATE electoral.franchise_grant SET registration = false, min_residence = 'permanent' WHERE id = 2;
INSERT INTO electoral.franchise_grant
    (id, host, nationals, roles, levels, except_offices, in_force, permanent_residence,
     min_residence_years, registration, resident_since_before, treaty, legal_basis, min_residence,
     resides_in_territory) VALUES
    (3, 'BY', '{RU}', '{vote,stand}', '{local}', '{}', '[2014-03-23,)', true, 0, false, NULL,
     'the Electoral Code of the Republic of Belarus (citizens of the Russian Federation permanently residing in Belarus)',
     'Electoral Code of the Republic of Belarus: citizens of the Russian Federation permanently residing in Belarus vote and stand '
     'for local Councils of Deputies; attested at the local elections of 23.03.2014, 18.02.2018 and 25.02.2024 '
     '(the date the provision began was not found)',
     'permanent', false);

-- Residence and work in the territory of the election, facts the caller
-- supplies (src/sql/60, 80): can_vote's 11th parameter, can_stand's 14th
-- and 15th, explain's 15th and 16th (after its leading role).  New
-- parameters mean new signatures: the 1.0 functions are dropped (a view or
-- function of the user's that calls them must be dropped first).
-- The DEFAULT of the territory parameters (resides_in_territory,
-- works_in_territory): positive conditions, not bars, so left out they count
-- as met (true) under electoral.unsupplied_bars = 'met' and as not proven
-- (NULL) under 'not_proven': a caller who leaves them out gets 1.0's answers.
CREATE FUNCTION electoral.unsupplied_condition() RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'unsupplied_condition' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.unsupplied_condition() IS
    'default of the territory parameters of can_vote, can_stand and explain: true when the setting '
    'electoral.unsupplied_bars is ''met'' (a condition not supplied is met), NULL when ''not_proven''';

DROP FUNCTION electoral.can_vote(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION electoral.can_stand(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool);
DROP FUNCTION electoral.explain(electoral.role, pg_catalog.text, pg_catalog.date, electoral.country[],
    pg_catalog.date, electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool);
CREATE FUNCTION electoral.can_vote(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    resides_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition()
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_vote' LANGUAGE C STABLE PARALLEL SAFE
    SUPPORT electoral.eligibility_support;
COMMENT ON FUNCTION electoral.can_vote(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool) IS
    'true when the person may vote for the office on polling day under the rules in force then; '
    'missing facts count as not proven, bars and territory conditions left out as the setting '
    'electoral.unsupplied_bars says; '
    'electoral.explain says why';

CREATE FUNCTION electoral.can_stand(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    ever_foreign pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    resides_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition(),
    works_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition()
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_stand' LANGUAGE C STABLE PARALLEL SAFE
    SUPPORT electoral.eligibility_support;
COMMENT ON FUNCTION electoral.can_stand(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'true when the person may stand for the office on polling day under the rules in force then; '
    'missing facts count as not proven, bars and territory conditions left out as the setting '
    'electoral.unsupplied_bars says; '
    'electoral.explain says why';

CREATE FUNCTION electoral.explain(
    role electoral.role,
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    ever_foreign pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    resides_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition(),
    works_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition(),
    OUT requirement pg_catalog.text,
    OUT satisfied pg_catalog.bool,
    OUT detail pg_catalog.text,
    OUT legal_basis pg_catalog.text
) RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'explain' LANGUAGE C STABLE PARALLEL SAFE ROWS 8;
COMMENT ON FUNCTION electoral.explain(electoral.role, pg_catalog.text, pg_catalog.date, electoral.country[],
    pg_catalog.date, electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'one row per requirement in force for the role and office on polling day: whether it is met, why, and the law; '
    'can_vote / can_stand are true exactly when no row is unsatisfied';

COMMENT ON FUNCTION electoral.enforce_eligibility() IS
    'BEFORE INSERT OR UPDATE FOR EACH ROW trigger: arguments are the role (''vote'' or ''stand'') and '
    'parameter=column pairs (office, on_date, citizenships, birth_date, residence, resident_since, registered, '
    'incapacitated, imprisoned, detained, citizen_by_birth, foreign_residence_permit, ever_foreign, '
    'resides_in_territory, works_in_territory); '
    'rejects an ineligible row with SQLSTATE 23514, or with flag=column (text[] or jsonb, or a domain over one) keeps it and '
    'records the unmet requirements (an unknown office too); the mapping is checked at CREATE TRIGGER and ALTER TABLE';

-- Russian passports: valid 90 days after the 20th / 45th birthday since 16.07.2021 (src/sql/30)
COMMENT ON FUNCTION electoral.ru_passport_valid_on(electoral.ru_passport, pg_catalog.date, pg_catalog.date, pg_catalog.date) IS
    'whether a Russian internal passport is valid on a day: issued from 14, it must be replaced at 20 and at 45 '
    '(one issued before the 20th birthday is invalid from it; before the 45th, from the 45th); since 16.07.2021 '
    '(Government Decree No. 1205 of 15.07.2021) it stays valid until replaced, at most 90 days after that birthday';
