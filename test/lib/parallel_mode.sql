-- Included with \ir inside a transaction (not a suite itself), after
--     \set parallel_mode on        (or off)
-- forces every query into parallel workers, or stops forcing, until the
-- transaction ends.  16 renamed force_parallel_mode to debug_parallel_query.
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
                       THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END,
                  :'parallel_mode', true) AS parallel_mode \gset
