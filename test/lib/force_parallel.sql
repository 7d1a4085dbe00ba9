-- Included with \ir inside a transaction (not a suite itself): run every query
-- in parallel workers for the rest of the transaction.  16 renamed
-- force_parallel_mode to debug_parallel_query.
DO $$ BEGIN
    PERFORM set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                            THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', true);
END $$;
