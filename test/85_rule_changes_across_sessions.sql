-- A committed rule change is seen by the next statement of every session; a
-- rolled-back change by none.  Three other sessions (dblink) on a scratch
-- database of their own, where the extension is committed: session a
-- changes rules, session b evaluates, session c holds an advisory lock to
-- order the two deterministically.  The scratch database is dropped at the
-- end.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
CREATE EXTENSION IF NOT EXISTS dblink;
SELECT plan(37);

-- How to reach this server, and the scratch database.
CREATE TEMP TABLE scratch AS
SELECT format('host=%s port=%s user=%s',
              split_part(current_setting('unix_socket_directories'), ',', 1),
              current_setting('port'), current_user) AS server,
       current_database() || '_sessions' AS db;

-- (re)create the scratch database; CREATE DATABASE runs in its own session
SELECT is(dblink_exec((SELECT server || ' dbname=postgres' FROM scratch),
                      format('DROP DATABASE IF EXISTS %I WITH (FORCE)', (SELECT db FROM scratch))),
          'DROP DATABASE', 'no scratch database is left from an earlier run');
SELECT is(dblink_exec((SELECT server || ' dbname=postgres' FROM scratch),
                      format('CREATE DATABASE %I', (SELECT db FROM scratch))),
          'CREATE DATABASE', 'the scratch database is created');
SELECT is(dblink_connect(s, (SELECT format('%s dbname=%s', server, db) FROM scratch)), 'OK',
          'session ' || s || ' connects')
  FROM unnest(ARRAY['a', 'b', 'c']) AS s;
SELECT is(dblink_exec('a', 'CREATE EXTENSION electoral'), 'CREATE EXTENSION', 'session a installs the extension (committed)');

-- May a Russian aged 16 (born 2010-01-01) vote for a municipal council on
-- 2026-09-20, in session s?  (Shipped rule: 18.)
CREATE FUNCTION pg_temp.sixteen(s text) RETURNS boolean LANGUAGE sql AS $$
    SELECT v FROM dblink(s, $q$SELECT electoral.can_vote('RU.municipal_council', '2026-09-20', '{RU}', '2010-01-01')$q$)
             AS t(v boolean)
$$;
CREATE FUNCTION pg_temp.set_age(s text, years int) RETURNS text LANGUAGE sql AS $$
    SELECT dblink_exec(s, format($q$UPDATE electoral.requirement SET years = %s
                                    WHERE office = 'RU.municipal_council' AND role = 'vote' AND kind = 'min_age'$q$, years))
$$;

-- ---------------------------------------------------------------------------
-- committed: seen by the next statement of another session
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.sixteen('b'), false, 'session b: shipped rules, a 16-year-old may not vote (rulebook now cached)');
SELECT is(pg_temp.set_age('a', 16), 'UPDATE 1', 'session a lowers the voting age to 16 and commits');
SELECT is(pg_temp.sixteen('b'), true, 'session a committed voting at 16: session b''s next statement sees it');
SELECT is(pg_temp.sixteen('a'), true, 'and so does session a');

-- ---------------------------------------------------------------------------
-- rolled back: seen by none
-- ---------------------------------------------------------------------------
SELECT is(dblink_exec('a', 'BEGIN'), 'BEGIN', 'session a begins a transaction');
SELECT is(pg_temp.set_age('a', 18), 'UPDATE 1', 'session a sets the voting age back to 18, uncommitted');
SELECT is(pg_temp.sixteen('a'), false, 'session a, inside its transaction, sees its own change (18 again)');
SELECT is(pg_temp.sixteen('b'), true, 'session b does not see the uncommitted change');
SELECT is(dblink_exec('a', 'ROLLBACK'), 'ROLLBACK', 'session a rolls back');
SELECT is(pg_temp.sixteen('a'), true, 'after ROLLBACK, session a is back to 16');
SELECT is(pg_temp.sixteen('b'), true, 'session b never saw the rolled-back change');

-- ---------------------------------------------------------------------------
-- a change committed while a statement of session b is running: that
-- statement may use either version, but b's next statement must see it
-- ---------------------------------------------------------------------------
SELECT ok(v, 'session c takes an advisory lock')
  FROM dblink('c', 'SELECT true FROM (SELECT pg_advisory_lock(815)) AS l') AS t(v boolean);
-- b's statement takes its snapshot, waits for the lock, then evaluates
SELECT is(dblink_send_query('b', $q$
    WITH l AS MATERIALIZED (SELECT pg_advisory_lock(815))
    SELECT electoral.can_vote('RU.municipal_council', '2026-09-20', '{RU}', '2010-01-01') FROM l$q$),
    1, 'session b starts a statement that waits for the lock');
SELECT is(pg_temp.set_age('a', 18), 'UPDATE 1', 'session a sets the voting age to 18 and commits while b waits');
SELECT ok(v, 'session c releases the lock') FROM dblink('c', 'SELECT pg_advisory_unlock(815)') AS t(v boolean);
SELECT ok(v IS NOT NULL, 'session b''s waiting statement finishes') FROM dblink_get_result('b') AS t(v boolean);
SELECT * FROM dblink_get_result('b') AS t(v boolean);   -- end of b's async query
SELECT ok(v, 'session b releases the lock') FROM dblink('b', 'SELECT pg_advisory_unlock(815)') AS t(v boolean);
SELECT is(pg_temp.sixteen('b'), false,
          'session b''s next statement sees the change committed during its previous one (18)');
SELECT is((SELECT years FROM dblink('b', $q$SELECT years FROM electoral.requirement
                                           WHERE office = 'RU.municipal_council' AND role = 'vote' AND kind = 'min_age'$q$)
                             AS t(years int)), 18,
          'session b reads 18 from the table too');

-- ---------------------------------------------------------------------------
-- a REPEATABLE READ transaction of session b: within it the old rules may
-- hold, but after it ends the next statement must see the committed change
-- ---------------------------------------------------------------------------
-- start afresh: a committed statement on a rule table (no row changes)
-- makes every session rebuild its rulebook
SELECT is(dblink_exec('a', 'UPDATE electoral.office SET title = title WHERE false'), 'UPDATE 0',
          'session a touches the rule tables');
SELECT is(pg_temp.sixteen('b'), false, 'session b now sees 18');
SELECT is(dblink_exec('b', 'BEGIN ISOLATION LEVEL REPEATABLE READ'), 'BEGIN', 'session b begins a repeatable-read transaction');
SELECT is(pg_temp.sixteen('b'), false, 'session b, repeatable read: 18');
SELECT is(pg_temp.set_age('a', 16), 'UPDATE 1', 'session a sets the voting age to 16 and commits during b''s transaction');
SELECT ok(pg_temp.sixteen('b') IS NOT NULL,
          'session b evaluates again inside its transaction (its snapshot predates the change: either answer will do)');
SELECT is(dblink_exec('b', 'COMMIT'), 'COMMIT', 'session b commits');
SELECT is(pg_temp.sixteen('b'), true,
          'after its repeatable-read transaction, session b''s next statement sees the change (16)');

-- ---------------------------------------------------------------------------
-- clean up
-- ---------------------------------------------------------------------------
SELECT is(dblink_disconnect(s), 'OK', 'session ' || s || ' disconnects') FROM unnest(ARRAY['a', 'b', 'c']) AS s;
SELECT is(dblink_exec((SELECT server || ' dbname=postgres' FROM scratch),
                      format('DROP DATABASE %I WITH (FORCE)', (SELECT db FROM scratch))),
          'DROP DATABASE', 'the scratch database is dropped');

SELECT * FROM finish();
ROLLBACK;
