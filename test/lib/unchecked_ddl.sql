-- Shared by the trigger suites (included with \ir; not a suite itself).
-- Run DDL with event triggers not firing (session_replication_role =
-- replica, as when event triggers are disabled or in single-user mode), so
-- that a broken electoral.enforce_eligibility() mapping gets past the DDL
-- check and the row trigger's own check can be tested.
CREATE FUNCTION pg_temp.unchecked_ddl(stmt text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_catalog.set_config('session_replication_role', 'replica', true);
    EXECUTE stmt;
    PERFORM pg_catalog.set_config('session_replication_role', 'origin', true);
END
$$;
