
-- ---------------------------------------------------------------------------
-- Finding bad data without raising: for reports over dirty tables.
-- STABLE, not IMMUTABLE: which type a regtype names is read from the catalog.
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.is_valid(value pg_catalog.text, kind pg_catalog.regtype) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'is_valid' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.is_valid(pg_catalog.text, pg_catalog.regtype) IS
    'true when value is accepted by the input of the electoral type kind; never raises for a bad value';

CREATE FUNCTION electoral.validation_error(value pg_catalog.text, kind pg_catalog.regtype) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'validation_error' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.validation_error(pg_catalog.text, pg_catalog.regtype) IS
    'NULL when value is valid for the electoral type kind, else the input error message and what is wrong';
