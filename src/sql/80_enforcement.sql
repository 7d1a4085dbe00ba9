
-- ---------------------------------------------------------------------------
-- Enforcement in registries with their own column names.
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.enforce_eligibility() RETURNS trigger
    AS 'MODULE_PATHNAME', 'enforce_eligibility' LANGUAGE C;
COMMENT ON FUNCTION electoral.enforce_eligibility() IS
    'BEFORE INSERT OR UPDATE FOR EACH ROW trigger: arguments are the role (''vote'' or ''stand'') and '
    'parameter=column pairs (office, on_date, citizenships, birth_date, residence, resident_since, registered, '
    'incapacitated, imprisoned, detained, citizen_by_birth, foreign_residence_permit, ever_foreign, '
    'resides_in_territory, works_in_territory); '
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
