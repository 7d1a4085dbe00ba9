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

-- ---- identity: long MRZ numbers either way, the internal passport's MRZ (src/sql/91, 92) ----
-- The ICAO issuing authorities added to electoral.country are table data in C: no SQL.
COMMENT ON TYPE electoral.mrz IS
    'ICAO 9303 machine-readable zone (TD1 3x30, TD2 2x36, TD3 2x44) or the Russian internal passport''s (PNRUS, 2x44), '
    'every check digit verified; output: upper-case lines separated by newlines';
COMMENT ON FUNCTION electoral.mrz_in(pg_catalog.cstring) IS
    'text input of electoral.mrz: lines separated by newlines or spaces, any case; verifies every check digit '
    '(a long TD1/TD2 document number''s in either the standard''s form or with the filler kept in)';
-- mrz_fields gains output columns: its result type changes, so it is made anew.
DROP FUNCTION electoral.mrz_fields(electoral.mrz);
CREATE FUNCTION electoral.mrz_fields(
    mrz electoral.mrz,
    OUT format pg_catalog.text,
    OUT document_code pg_catalog.text,
    OUT issuing_state electoral.country,
    OUT document_number pg_catalog.text,
    OUT nationality electoral.country,
    OUT birth_date pg_catalog.date,
    OUT sex pg_catalog.text,
    OUT expiry_date pg_catalog.date,
    OUT surname pg_catalog.text,
    OUT given_names pg_catalog.text,
    OUT personal_number pg_catalog.text,
    OUT document_number_check pg_catalog.text,
    OUT issue_date pg_catalog.date,
    OUT issuing_department pg_catalog.text,
    OUT ru_passport electoral.ru_passport
) AS 'MODULE_PATHNAME', 'mrz_fields' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.mrz_fields(electoral.mrz) IS
    'the fields of a machine-readable zone; STABLE because the birth century is the latest that is not in the future (today). '
    'document_number_check: for a TD1/TD2 number longer than 9 characters, ''standard'' (Doc 9303) or ''filler kept'' '
    '(the national variant, Belgian cards: the check digit computed with the < at position 15 kept in); NULL otherwise. '
    'Format ''RU internal'' (Russian internal passport): surname and given_names decoded to Cyrillic, no expiry, '
    'issue_date, issuing_department (NNN-NNN) and ru_passport (series and number); those three are NULL for other formats';
COMMENT ON FUNCTION electoral.identity_mismatches(pg_catalog.text, pg_catalog.date, pg_catalog.text, electoral.country[],
    electoral.mrz, electoral.by_personal_number, electoral.kz_iin, electoral.ru_passport, pg_catalog.date, pg_catalog.date) IS
    'findings (code, detail) for one registry record against its documents: birth date and sex encoded in Belarusian '
    'and Kazakh numbers, MRZ nationality, birth date, sex, name and personal number, a document expired on on_date '
    '(default today), a Russian passport not replaced at 20 or 45 (the record''s, else the one whose MRZ is given); '
    'a Russian internal passport''s MRZ also against '
    'the record''s passport (mrz_ru_passport) and its issue date (mrz_ru_passport_issued_on); empty when everything agrees';
