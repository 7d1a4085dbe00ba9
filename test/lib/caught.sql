-- Shared by the trigger suites (included with \ir; not a suite itself).
-- Run a statement; return the error it raised (state '00000' when none).
CREATE FUNCTION pg_temp.caught(stmt text, OUT state text, OUT msg text, OUT det text, OUT hnt text,
                               OUT sch text, OUT tbl text, OUT cons text, OUT ctx text)
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    state := '00000';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL,
                            hnt = PG_EXCEPTION_HINT, sch = SCHEMA_NAME, tbl = TABLE_NAME,
                            cons = CONSTRAINT_NAME, ctx = PG_EXCEPTION_CONTEXT;
END
$$;
