
-- ---------------------------------------------------------------------------
-- Enforcement in registries with their own column names.
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.enforce_eligibility() RETURNS trigger
    AS 'MODULE_PATHNAME', 'enforce_eligibility' LANGUAGE C;
COMMENT ON FUNCTION electoral.enforce_eligibility() IS
    'BEFORE INSERT OR UPDATE FOR EACH ROW trigger: arguments are the role (''vote'' or ''stand'') and '
    'parameter=column pairs (office, on_date, citizenships, birth_date, residence, resident_since, registered, '
    'incapacitated, imprisoned, detained, citizen_by_birth, foreign_residence_permit, ever_foreign); '
    'rejects an ineligible row with SQLSTATE 23514, or with flag=column (text[] or jsonb) keeps it and records the unmet requirements';
