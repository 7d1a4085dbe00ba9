-- Shared by the pgTAP suites (included with \ir; not a suite itself).
-- The text of EXPLAIN (COSTS OFF) for q, one line per plan line.
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    all_lines text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        all_lines := all_lines || line || E'\n';
    END LOOP;
    RETURN all_lines;
END $$;
