
-- ---------------------------------------------------------------------------
-- Citus (optional).  On a Citus cluster the rule tables become reference
-- tables: a placement on every node, every change committed on all of them
-- together (two-phase commit).  Each node keeps its own rules_version: the
-- triggers fire on the node's placement and bump the node's version in the
-- same distributed transaction, and the rule loader reads the node's own
-- placement with the statement's snapshot (src/pg/ruleload.c), so every node
-- applies exactly the rules the coordinator committed.  Nothing here needs
-- Citus: its objects are looked up by name when the function runs.
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.citus_distribute_rules() RETURNS SETOF pg_catalog.regclass
    LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog AS $$
DECLARE
    t pg_catalog.regclass;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'extension "citus" is not installed in database "%"', pg_catalog.current_database()
            USING ERRCODE = 'feature_not_supported',
                  DETAIL = 'Without Citus the rule tables need nothing: every session sees each change when it commits.';
    END IF;
    IF NOT pg_catalog.citus_is_coordinator() THEN
        RAISE EXCEPTION 'electoral.citus_distribute_rules() must be called on the coordinator'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    -- the coordinator must hold a placement too: it evaluates rules itself
    -- (a query that is not pushed down) and its triggers bump its version
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_dist_node WHERE groupid OPERATOR(pg_catalog.=) 0) THEN
        RAISE EXCEPTION 'the coordinator is not in the Citus metadata'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = 'Reference tables get a placement on the coordinator only once it is in pg_dist_node.',
                  HINT = 'SELECT citus_set_coordinator_host(''<host>'', <port>); then call this function again.';
    END IF;
    -- the rule tables' own triggers (version bump, restore merge) fire on
    -- each placement; Citus refuses to distribute a table with triggers
    -- unless told that they are safe there, which they are
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
    -- Citus would turn a local table referring to a reference table into a
    -- table of its own (recreating it, which an extension's table cannot
    -- be): the foreign key is taken off while the tables are converted, and
    -- put back between the two reference tables, checked anew
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_dist_partition p
                    WHERE p.logicalrelid OPERATOR(pg_catalog.=) 'electoral.requirement'::pg_catalog.regclass) THEN
        ALTER TABLE electoral.requirement DROP CONSTRAINT IF EXISTS requirement_office_fkey;
    END IF;
    FOREACH t IN ARRAY ARRAY['electoral.office', 'electoral.requirement',
                             'electoral.franchise_grant']::pg_catalog.regclass[] LOOP
        CONTINUE WHEN EXISTS (SELECT FROM pg_catalog.pg_dist_partition p
                               WHERE p.logicalrelid OPERATOR(pg_catalog.=) t);
        PERFORM pg_catalog.create_reference_table(t);
        RETURN NEXT t;
    END LOOP;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint c
                    WHERE c.conrelid OPERATOR(pg_catalog.=) 'electoral.requirement'::pg_catalog.regclass
                      AND c.conname OPERATOR(pg_catalog.=) 'requirement_office_fkey') THEN
        -- the workers' tables (their CREATE EXTENSION) still have it: now a
        -- distributed table, the drop reaches them in this transaction
        ALTER TABLE electoral.requirement DROP CONSTRAINT IF EXISTS requirement_office_fkey;
        ALTER TABLE electoral.requirement ADD CONSTRAINT requirement_office_fkey
            FOREIGN KEY (office) REFERENCES electoral.office (code) ON UPDATE CASCADE;
    END IF;
END
$$;
COMMENT ON FUNCTION electoral.citus_distribute_rules() IS
    'on a Citus coordinator: makes electoral.office, requirement and franchise_grant reference tables, so that a '
    'rule change commits on every node together and every node evaluates by the same rules; returns the tables '
    'it converted (none when already done); an error without Citus';
REVOKE ALL ON FUNCTION electoral.citus_distribute_rules() FROM PUBLIC;
