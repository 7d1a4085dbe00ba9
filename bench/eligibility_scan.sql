-- eligibility_scan: count the voters of a registry with electoral.can_vote,
-- every person argument read from a column, against the same scan with a
-- trivial filter, a PL/pgSQL function and an inlined SQL expression that
-- hard-code the same rule (bench/reference/), and with 2 parallel workers.
-- Targets (issue): on 5M people (citizens, Belarusians, other foreigners),
-- measured in one run,
--   * count(*) ... WHERE electoral.can_vote(...) takes at most 1.25x the same
--     scan with a trivial filter on two of those columns;
--   * it is at least 8x faster than the PL/pgSQL reference;
--   * it is no slower than the inlined SQL expression;
--   * with 2 parallel workers it scales (read here as: at least 1.5x faster
--     than serial; 2 workers and the leader share the machine's CPUs).
--
-- Run by bench/run.sh in a fresh database with the extension created; psql
-- variables: reps (timed repetitions), rows (optional, default 5000000).
--
-- The rule: voting for RU.municipal_council on 2026-09-13: 18 on polling day,
-- not declared incapable, not imprisoned, and a citizen of Russia or a
-- citizen of Belarus permanently resident and registered (the 2025 protocol).
-- A NULL fact is not proven.  Every variant is SELECT count(*) FROM registry
-- WHERE <predicate>, run by EXECUTE in a procedure and timed there with
-- clock_timestamp(); one untimed round of every variant first (so that every
-- one reads the table from the same warm caches), then reps rounds
-- interleaved a b c d e f g h i a b c ..., medians reported.  JIT is off
-- except in the two rows that show it (g, h); parallel workers only in e and f.
-- Row i is a floor, for reading the others: a C function with can_vote's nine
-- parameters that does nothing with them (bench/floor/, installed by
-- tools/run-bench on a local server; the row is left out where it is
-- missing), i.e. what the executor spends handing any C function the
-- arguments of a row before the function does any work.
-- At 5M rows the table (about 480 MB) is larger than a quarter of
-- shared_buffers on a default server, so every sequential scan reads it
-- through PostgreSQL's small ring of buffers, from the OS page cache (warm
-- after round 0): the same for every variant.
-- Correctness is checked, not assumed: the references against can_vote on a
-- table of every combination of facts and on every polling day of 13 years
-- around the 18th birthday; can_vote against the SQL reference row by row on
-- the registry; and every timed run of b, c, d, e, h must count the same.

\if :{?rows}
\else
\set rows 5000000
\endif
\set target_ratio 1.25
\set target_plpgsql 8
\set target_parallel 1.5
\set polling_day 2026-09-13
\set adult_cutoff 2008-09-13
\set office RU.municipal_council

SELECT format('== eligibility_scan: count(*) WHERE electoral.can_vote(...) over %s people (targets: at most %sx a trivial filter, at least %sx faster than PL/pgSQL, no slower than inlined SQL, scales with 2 workers) ==',
              :rows, :target_ratio, :target_plpgsql) AS title \gset
\echo :title

CREATE FUNCTION bench_assert(ok boolean, what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'eligibility_scan: %', what;
    END IF;
END $$;

\ir reference/plpgsql_can_vote.sql
\ir reference/sql_can_vote.sql

-- ---------------------------------------------------------------------------
-- 1. The references are the same rule as can_vote, or the comparison means
--    nothing: every combination of facts (NULLs included) for four Russian
--    offices on three polling days around the protocol's entry into force,
--    and every polling day from 2024 to 2036 for births within 3 days of the
--    18th birthday (29 February included).
-- ---------------------------------------------------------------------------
SELECT clock_timestamp() AS check_start \gset

CREATE TEMP TABLE truth AS
SELECT o.office, d.on_date, c.citizenships, b.birth_date, r.residence, g.registered,
       i.incapacitated, p.imprisoned
FROM (VALUES ('RU.municipal_council'), ('RU.municipal_head'), ('RU.state_duma'),
             ('RU.regional_legislature')) AS o(office),
     (VALUES (date '2025-10-28'), (date '2025-10-29'), (date :'polling_day')) AS d(on_date),
     (VALUES (NULL::electoral.country[]), ('{}'), ('{RU}'), ('{BY}'), ('{RU,BY}'), ('{BY,RU}'),
             ('{KZ}'), ('{BY,KZ}'), ('{KZ,BY}'), ('{UA,RU}'), ('{BY,NULL}')) AS c(citizenships),
     (VALUES (date '1990-05-05'), (date '2010-01-01'), (NULL::date)) AS b(birth_date),
     (VALUES ('none'::electoral.residence), ('temporary'), ('permanent'), (NULL)) AS r(residence),
     (VALUES (true), (false), (NULL::boolean)) AS g(registered),
     (VALUES (true), (false), (NULL::boolean)) AS i(incapacitated),
     (VALUES (true), (false), (NULL::boolean)) AS p(imprisoned);

SELECT count(*) AS truth_rows,
       count(*) FILTER (WHERE v) AS truth_yes,
       count(*) FILTER (WHERE v AND NOT citizenships @> '{RU}') AS truth_yes_foreign,
       count(*) FILTER (WHERE v IS DISTINCT FROM p) AS truth_plpgsql_differs,
       count(*) FILTER (WHERE v IS DISTINCT FROM s) AS truth_sql_differs
FROM (SELECT citizenships,
             electoral.can_vote(office, on_date, citizenships, birth_date, residence, NULL,
                                registered, incapacitated, imprisoned) AS v,
             bench_plpgsql_can_vote(office, on_date, citizenships, birth_date, residence, NULL,
                                    registered, incapacitated, imprisoned) AS p,
             bench_sql_can_vote(office, on_date, citizenships, birth_date, residence, NULL,
                                registered, incapacitated, imprisoned) AS s
      FROM truth) AS t \gset

SELECT count(*) AS edge_rows,
       count(*) FILTER (WHERE v) AS edge_yes,
       count(*) FILTER (WHERE v IS DISTINCT FROM p) AS edge_plpgsql_differs,
       count(*) FILTER (WHERE v IS DISTINCT FROM s) AS edge_sql_differs
FROM (SELECT electoral.can_vote(:'office', d, '{RU}', b) AS v,
             bench_plpgsql_can_vote(:'office', d, '{RU}', b) AS p,
             bench_sql_can_vote(:'office', d, '{RU}', b) AS s
      FROM generate_series(date '2024-01-01', date '2036-12-31', interval '1 day') AS dd(dd),
           LATERAL (SELECT dd::date AS d) AS d1,
           LATERAL generate_series(d - interval '18 years' - interval '3 days',
                                   d - interval '18 years' + interval '3 days',
                                   interval '1 day') AS bb(bb),
           LATERAL (SELECT bb::date AS b) AS b1) AS t \gset

\o /dev/null
SELECT bench_assert(:truth_yes > 0 AND :truth_yes_foreign > 0 AND :truth_yes < :truth_rows,
                    'the table of facts does not exercise both answers and the protocol');
SELECT bench_assert(:truth_plpgsql_differs = 0,
                    format('the PL/pgSQL reference differs from can_vote on %s of %s combinations of facts',
                           :truth_plpgsql_differs, :truth_rows));
SELECT bench_assert(:truth_sql_differs = 0,
                    format('the SQL reference differs from can_vote on %s of %s combinations of facts',
                           :truth_sql_differs, :truth_rows));
SELECT bench_assert(:edge_plpgsql_differs = 0 AND :edge_sql_differs = 0,
                    format('a reference differs from can_vote around the 18th birthday (PL/pgSQL %s, SQL %s of %s)',
                           :edge_plpgsql_differs, :edge_sql_differs, :edge_rows));
\o
DROP TABLE truth;

SELECT format('references: agree with electoral.can_vote on all %s combinations of facts (%s eligible, %s of them by the protocol)',
              :truth_rows, :truth_yes, :truth_yes_foreign) AS line1,
       format('            and on all %s polling days x births around the 18th birthday, 2024-2036; checked in %s s',
              :edge_rows, round(extract(epoch FROM clock_timestamp() - :'check_start'::timestamptz)::numeric, 1)) AS line2 \gset
\echo :line1
\echo :line2

-- ---------------------------------------------------------------------------
-- 2. The registry.  Deterministic: every attribute comes from a hash of the
--    row number (hashint8extended, the same on every platform).
--      citizenships  85% {RU}, 8% {BY}, 2% {RU,BY}, 2% {KZ}, 1.5% {UA},
--                    1% {AM}, 0.3% {BY,KZ}, 0.1% {} (stateless), 0.1% NULL
--      birth_date    ages 0 to 101 on polling day, uniform; 0.1% each born
--                    exactly 18 years before (2008-09-13), a day later
--                    (2008-09-14), on 2008-02-29, and unknown (NULL)
--      residence     citizens of Russia permanent; foreigners 80% permanent,
--                    15% temporary, 4% none, 1% NULL
--      resident_since a date up to 33 years back, 2% NULL
--      registered    citizens of Russia 90%; foreigners 60% true, 38% false, 2% NULL
--      incapacitated 0.3% true, 0.1% NULL; imprisoned 0.4% true, 0.1% NULL
--    office is 'RU.municipal_council' on every row: can_vote reads it from
--    the column like every other argument.
-- ---------------------------------------------------------------------------
SELECT clock_timestamp() AS gen_start \gset

CREATE TABLE registry (
    id             bigint NOT NULL,
    office         text NOT NULL,
    citizenships   electoral.country[],
    birth_date     date,
    residence      electoral.residence,
    resident_since date,
    registered     boolean,
    incapacitated  boolean,
    imprisoned     boolean
);

INSERT INTO registry
SELECT i,
       :'office',
       CASE WHEN c < 850 THEN '{RU}'::electoral.country[]
            WHEN c < 930 THEN '{BY}'
            WHEN c < 950 THEN '{RU,BY}'
            WHEN c < 970 THEN '{KZ}'
            WHEN c < 985 THEN '{UA}'
            WHEN c < 995 THEN '{AM}'
            WHEN c < 998 THEN '{BY,KZ}'
            WHEN c < 999 THEN '{}'
            ELSE NULL END,
       CASE e WHEN 0 THEN date :'adult_cutoff'
              WHEN 1 THEN date :'adult_cutoff' + 1
              WHEN 2 THEN date '2008-02-29'
              WHEN 3 THEN NULL
              ELSE date :'polling_day' - (h2 % 36890)::int END,
       CASE WHEN citizen THEN 'permanent'
            WHEN r < 800 THEN 'permanent'
            WHEN r < 950 THEN 'temporary'
            WHEN r < 990 THEN 'none'
            ELSE NULL END::electoral.residence,
       CASE WHEN r % 50 = 0 THEN NULL ELSE date :'polling_day' - (h3 % 12000)::int END,
       CASE WHEN citizen THEN r < 900
            WHEN r % 100 < 60 THEN true
            WHEN r % 100 < 98 THEN false
            ELSE NULL END,
       CASE WHEN f < 3 THEN true WHEN f = 3 THEN NULL ELSE false END,
       CASE WHEN g < 4 THEN true WHEN g = 4 THEN NULL ELSE false END
FROM (SELECT i, c, c < 850 OR (c >= 930 AND c < 950) AS citizen, e, h2, h3, r, f, g
      FROM (SELECT i,
                   (h1 % 1000)::int AS c,
                   (h1 / 1000 % 1000)::int AS e,
                   h2, h3,
                   (h3 / 12000 % 1000)::int AS r,
                   (h4 % 1000)::int AS f,
                   (h4 / 1000 % 1000)::int AS g
            FROM (SELECT i,
                         hashint8extended(i, 1) & x'7fffffffffffffff'::bigint AS h1,
                         hashint8extended(i, 2) & x'7fffffffffffffff'::bigint AS h2,
                         hashint8extended(i, 3) & x'7fffffffffffffff'::bigint AS h3,
                         hashint8extended(i, 4) & x'7fffffffffffffff'::bigint AS h4
                  FROM generate_series(0::bigint, :rows - 1) AS i) AS hashes) AS buckets) AS facts;

-- all-visible and frozen: no scan sets hint bits or writes anything
VACUUM (FREEZE, ANALYZE) registry;
CHECKPOINT;

-- what is in it, and that can_vote and the SQL reference agree row by row
SELECT count(*) AS reg_rows,
       count(*) FILTER (WHERE citizenships = '{RU}') AS reg_ru,
       count(*) FILTER (WHERE citizenships = '{BY}') AS reg_by,
       count(*) FILTER (WHERE citizenships = '{RU,BY}') AS reg_ruby,
       count(*) FILTER (WHERE NOT citizenships && '{RU,BY}') AS reg_other,
       count(*) FILTER (WHERE citizenships IS NULL OR birth_date IS NULL OR residence IS NULL
                          OR registered IS NULL OR incapacitated IS NULL OR imprisoned IS NULL) AS reg_some_null,
       count(*) FILTER (WHERE birth_date = date :'adult_cutoff') AS reg_just_18,
       count(*) FILTER (WHERE birth_date = date :'adult_cutoff' + 1) AS reg_day_short,
       count(*) FILTER (WHERE birth_date > date :'adult_cutoff') AS reg_minors,
       count(*) FILTER (WHERE s) AS reg_eligible,
       count(*) FILTER (WHERE s AND NOT citizenships @> '{RU}') AS reg_eligible_by,
       count(*) FILTER (WHERE s AND birth_date = date :'adult_cutoff') AS reg_eligible_just_18,
       count(*) FILTER (WHERE s AND birth_date = date :'adult_cutoff' + 1) AS reg_eligible_day_short,
       count(*) FILTER (WHERE v IS DISTINCT FROM s) AS reg_differs,
       pg_size_pretty(pg_table_size('registry')) AS reg_size,
       pg_relation_size('registry') / current_setting('block_size')::int AS reg_pages
FROM (SELECT citizenships, birth_date, residence, registered, incapacitated, imprisoned,
             electoral.can_vote(office, date :'polling_day', citizenships, birth_date, residence,
                                resident_since, registered, incapacitated, imprisoned) AS v,
             bench_sql_can_vote(office, date :'polling_day', citizenships, birth_date, residence,
                                resident_since, registered, incapacitated, imprisoned) AS s
      FROM registry) AS t \gset

\o /dev/null
SELECT bench_assert(:reg_rows = :rows, format('expected %s rows, found %s', :rows, :reg_rows));
SELECT bench_assert(:reg_ru > 0 AND :reg_by > 0 AND :reg_ruby > 0 AND :reg_other > 0 AND :reg_some_null > 0,
                    'the registry lacks a group of people');
SELECT bench_assert(:reg_eligible_by > 0 AND :reg_eligible_just_18 > 0 AND :reg_eligible_day_short = 0
                    AND :reg_eligible < :reg_rows - :reg_minors,
                    'the registry does not exercise the rule (protocol, 18th birthday, bars)');
SELECT bench_assert(:reg_differs = 0,
                    format('electoral.can_vote and the SQL reference differ on %s rows of the registry', :reg_differs));
\o

SELECT format('data: %s people (%s, %s pages), generated and checked in %s s: {RU} %s%%, {BY} %s%%, {RU,BY} %s%%, other %s%%;',
              :reg_rows, :'reg_size', :reg_pages,
              round(extract(epoch FROM clock_timestamp() - :'gen_start'::timestamptz)::numeric, 1),
              round(100.0 * :reg_ru / :reg_rows, 1), round(100.0 * :reg_by / :reg_rows, 1),
              round(100.0 * :reg_ruby / :reg_rows, 1),
              round(100.0 * (:reg_rows - :reg_ru - :reg_by - :reg_ruby) / :reg_rows, 1)) AS line1,
       format('      %s minors, %s exactly 18 on polling day, %s a day short, %s with a NULL fact;',
              :reg_minors, :reg_just_18, :reg_day_short, :reg_some_null) AS line2,
       format('      %s eligible (%s of them by the protocol); can_vote and the SQL reference agree on every row',
              :reg_eligible, :reg_eligible_by) AS line3 \gset
\echo :line1
\echo :line2
\echo :line3

-- ---------------------------------------------------------------------------
-- 3. The variants, and their plans checked before timing.
-- ---------------------------------------------------------------------------
CREATE TABLE scan_case (
    ord integer PRIMARY KEY,
    label text NOT NULL,
    what text NOT NULL,
    workers integer NOT NULL,
    jit boolean NOT NULL,
    pred text NOT NULL,
    eligible boolean NOT NULL      -- counts the voters: must agree with the others that do
);

SELECT format('birth_date <= date %L AND registered', :'adult_cutoff') AS pred_trivial,
       format('electoral.can_vote(office, date %L, citizenships, birth_date, residence, resident_since, registered, incapacitated, imprisoned)',
              :'polling_day') AS pred_can_vote,
       format('bench_plpgsql_can_vote(office, date %L, citizenships, birth_date, residence, resident_since, registered, incapacitated, imprisoned)',
              :'polling_day') AS pred_plpgsql,
       format('bench_sql_can_vote(office, date %L, citizenships, birth_date, residence, resident_since, registered, incapacitated, imprisoned)',
              :'polling_day') AS pred_sql,
       format('bench_noop(office, date %L, citizenships, birth_date, residence, resident_since, registered, incapacitated, imprisoned)',
              :'polling_day') AS pred_floor \gset

-- the floor, where bench/floor's module is installed on the server
DO $$
BEGIN
    CREATE FUNCTION bench_noop(text, date, electoral.country[], date, electoral.residence, date,
                               boolean, boolean, boolean)
        RETURNS boolean LANGUAGE c STABLE PARALLEL SAFE
        AS '$libdir/electoral_bench_noop', 'electoral_bench_noop';
EXCEPTION WHEN undefined_file THEN
    NULL;
END $$;
SELECT EXISTS (SELECT FROM pg_proc WHERE proname = 'bench_noop') AS have_floor \gset

INSERT INTO scan_case VALUES
    (1, 'a', 'trivial filter on 2 columns',   0, false, :'pred_trivial',  false),
    (2, 'b', 'electoral.can_vote',             0, false, :'pred_can_vote', true),
    (3, 'c', 'PL/pgSQL reference',             0, false, :'pred_plpgsql',  true),
    (4, 'd', 'inlined SQL reference',          0, false, :'pred_sql',      true),
    (5, 'e', 'electoral.can_vote, 2 workers',  2, false, :'pred_can_vote', true),
    (6, 'f', 'trivial filter, 2 workers',      2, false, :'pred_trivial',  false);
-- JIT rows where the server can load a JIT provider (whatever its jit default)
SET jit = on;
INSERT INTO scan_case
SELECT 7, 'g', 'trivial filter, JIT',          0, true,  :'pred_trivial',  false WHERE pg_jit_available()
UNION ALL
SELECT 8, 'h', 'electoral.can_vote, JIT',      0, true,  :'pred_can_vote', true  WHERE pg_jit_available();
INSERT INTO scan_case
SELECT 9, 'i', 'floor: a no-op C function',     0, false, :'pred_floor',    false WHERE :'have_floor'::boolean;

-- parallel plans whenever workers are allowed, with 2 workers whatever the
-- table's size (the planner would give a small one fewer)
ALTER TABLE registry SET (parallel_workers = 2);
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;

CREATE FUNCTION use_settings(c scan_case) RETURNS void LANGUAGE sql AS $$
    SELECT set_config('max_parallel_workers_per_gather', c.workers::text, false),
           set_config('jit', CASE WHEN c.jit THEN 'on' ELSE 'off' END, false)
$$;
-- JIT, where on, whatever the size (a 1M-row scan costs less than the default
-- jit_above_cost); optimisation and inlining at the server's thresholds
SET jit_above_cost = 0;

CREATE FUNCTION plan_of(c scan_case, options text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    plan text := '';
BEGIN
    PERFORM use_settings(c);
    FOR line IN EXECUTE format('EXPLAIN (%s) SELECT count(*) FROM registry WHERE %s', options, c.pred) LOOP
        plan := plan || line || E'\n';
    END LOOP;
    RETURN plan;
END $$;

CREATE TEMP TABLE scan_plan AS
SELECT c.ord, c.label,
       CASE WHEN c.workers > 0 OR c.jit
            THEN plan_of(c, 'ANALYZE, VERBOSE, TIMING OFF')
            ELSE plan_of(c, 'VERBOSE, COSTS OFF') END AS plan
FROM scan_case c;

\o /dev/null
SELECT bench_assert(bool_and(CASE WHEN c.workers = 0
                                  THEN p.plan NOT LIKE '%Gather%' AND p.plan LIKE '%Seq Scan on public.registry%'
                                  ELSE p.plan LIKE '%Parallel Seq Scan on public.registry%'
                                       AND p.plan LIKE '%Workers Launched: ' || c.workers || E'\n%' END),
                    'a plan is not the intended (parallel) sequential scan, or fewer workers were launched')
FROM scan_case c JOIN scan_plan p USING (ord);
SELECT bench_assert(bool_and(p.plan LIKE '%JIT:%'), 'JIT was not used where it was to be')
FROM scan_case c JOIN scan_plan p USING (ord) WHERE c.jit;
SELECT bench_assert(plan LIKE '%electoral.can_vote(registry.office, ''' || :'polling_day' || '''::date, registry.citizenships%',
                    'the can_vote plan does not call electoral.can_vote on the columns')
FROM scan_plan WHERE label = 'b';
SELECT bench_assert(plan NOT LIKE '%bench_sql_can_vote%'
                    AND plan LIKE '%(registry.birth_date <= ''' || :'adult_cutoff' || '''::date)%',
                    'the SQL reference is not inlined with its age test folded to a constant')
FROM scan_plan WHERE label = 'd';
\o

SELECT 'plans: (a) to (d) and (i) a Seq Scan, (e) and (f) a Parallel Seq Scan with 2 workers launched'
       || CASE WHEN EXISTS (SELECT FROM scan_case WHERE jit) THEN ', (g) and (h) JIT-compiled'
               ELSE ' (no JIT provider on this server: no g, h)' END
       AS line1,
       '       (d) inlined: ' || trim(substring(plan FROM 'Filter: ([^\n]*)')) AS line2
FROM scan_plan WHERE label = 'd' \gset
\echo :line1
\echo :line2

-- ---------------------------------------------------------------------------
-- 4. Time the scans.  Round 0 is the untimed warm-up (its counts are checked
--    all the same).
-- ---------------------------------------------------------------------------
CREATE TABLE scan_timing (
    rep integer NOT NULL,
    ord integer NOT NULL REFERENCES scan_case,
    ms double precision NOT NULL,
    counted bigint NOT NULL
);

CREATE PROCEDURE run_scans(first_rep integer, last_rep integer) LANGUAGE plpgsql AS $$
DECLARE
    r integer;
    c scan_case;
    t0 timestamptz;
    t1 timestamptz;
    n bigint;
BEGIN
    FOR r IN first_rep .. last_rep LOOP
        FOR c IN SELECT * FROM scan_case ORDER BY ord LOOP
            PERFORM use_settings(c);
            t0 := clock_timestamp();
            EXECUTE 'SELECT count(*) FROM registry WHERE ' || c.pred INTO n;
            t1 := clock_timestamp();
            INSERT INTO scan_timing VALUES (r, c.ord, extract(epoch FROM t1 - t0) * 1000, n);
            COMMIT;
        END LOOP;
    END LOOP;
END $$;

CALL run_scans(0, 0);
CALL run_scans(1, :reps);
RESET max_parallel_workers_per_gather;
RESET jit;
RESET jit_above_cost;

\o /dev/null
SELECT bench_assert(count(DISTINCT t.counted) = 1 AND min(t.counted) = :reg_eligible,
                    format('the variants that count the voters disagree: %s (expected %s)',
                           string_agg(DISTINCT c.label || '=' || t.counted, ', '), :reg_eligible))
FROM scan_timing t JOIN scan_case c USING (ord) WHERE c.eligible;
SELECT bench_assert(bool_and(n = 1), 'a variant counts differently from run to run')
FROM (SELECT count(DISTINCT t.counted) AS n
      FROM scan_timing t JOIN scan_case c USING (ord) WHERE NOT c.eligible GROUP BY c.ord) AS per_case;
\o

-- ---------------------------------------------------------------------------
-- 5. Report.
-- ---------------------------------------------------------------------------
CREATE TEMP VIEW scan_result AS
WITH per_case AS (
    SELECT t.ord,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms) AS median_ms,
           min(t.ms) AS min_ms,
           max(t.ms) AS max_ms,
           -- each run against the (a) run of the same round
           percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms / a.ms) AS paired_ratio,
           max(t.counted) AS counted,
           string_agg(round(t.ms::numeric)::text, ' ' ORDER BY t.rep) AS runs
    FROM scan_timing t JOIN scan_timing a ON a.rep = t.rep AND a.ord = 1
    WHERE t.rep > 0
    GROUP BY t.ord
)
SELECT c.ord, c.label, c.what, c.workers, c.jit, p.median_ms, p.min_ms, p.max_ms, p.runs, p.counted,
       p.median_ms / b.median_ms AS ratio, p.paired_ratio,
       CASE WHEN c.workers = 0 THEN (p.median_ms - b.median_ms) * 1e6 / :rows END AS extra_ns_per_row
FROM per_case p
JOIN scan_case c USING (ord)
CROSS JOIN (SELECT median_ms FROM per_case WHERE ord = 1) AS b;

\echo
\echo 'SELECT count(*) FROM registry WHERE <variant>; one untimed round, then runs interleaved'
\echo 'a b c d e f g h i a b ..., median of' :reps 'runs.  x (a): median / median of (a);'
\echo 'paired: median of each run / the (a) run of its round; +ns/row: the median''s excess over (a), per row'
SELECT label AS " ",
       what AS "variant",
       workers AS "workers",
       CASE WHEN jit THEN 'on' ELSE 'off' END AS "jit",
       round(median_ms::numeric, 1) AS "median ms",
       round(min_ms::numeric, 1) AS "min ms",
       round(max_ms::numeric, 1) AS "max ms",
       round(ratio::numeric, 2) AS "x (a)",
       round(paired_ratio::numeric, 2) AS "paired",
       round(extra_ns_per_row::numeric) AS "+ns/row",
       counted AS "count",
       runs AS "each run, ms"
FROM scan_result ORDER BY ord;

SELECT format('verdict: %s the target: electoral.can_vote (b) takes %sx the trivial filter (a) (paired %sx); target at most %sx',
              CASE WHEN b.median_ms / a.median_ms <= :target_ratio THEN 'MEETS' ELSE 'MISSES' END,
              round((b.median_ms / a.median_ms)::numeric, 3), round(b.paired_ratio::numeric, 3),
              :target_ratio) AS v1,
       format('verdict: %s the target: the PL/pgSQL reference (c) takes %sx electoral.can_vote (b); target at least %sx',
              CASE WHEN c.median_ms / b.median_ms >= :target_plpgsql THEN 'MEETS' ELSE 'MISSES' END,
              round((c.median_ms / b.median_ms)::numeric, 2), :target_plpgsql) AS v2,
       format('verdict: %s the target: electoral.can_vote (b) takes %sx the inlined SQL reference (d); target no slower (at most 1x)',
              CASE WHEN b.median_ms <= d.median_ms THEN 'MEETS' ELSE 'MISSES' END,
              round((b.median_ms / d.median_ms)::numeric, 3)) AS v3,
       format('verdict: %s the target: with 2 workers electoral.can_vote runs %sx as fast ((b)/(e)); target at least %sx (trivial filter: %sx, (a)/(f))',
              CASE WHEN b.median_ms / e.median_ms >= :target_parallel THEN 'MEETS' ELSE 'MISSES' END,
              round((b.median_ms / e.median_ms)::numeric, 2), :target_parallel,
              round((a.median_ms / f.median_ms)::numeric, 2)) AS v4
FROM scan_result a, scan_result b, scan_result c, scan_result d, scan_result e, scan_result f
WHERE a.label = 'a' AND b.label = 'b' AND c.label = 'c' AND d.label = 'd' AND e.label = 'e' AND f.label = 'f' \gset
SELECT CASE WHEN max(max_ms / min_ms) > 1.10
            THEN format('warning: noisy machine: the runs of one variant differ by up to %s%% (%s); the medians are unreliable, '
                        'the paired ratios less so: rerun on a quiet machine, or with more BENCH_REPS',
                        round(100 * (max(max_ms / min_ms) - 1)), string_agg(label || ' ' || round(100 * (max_ms / min_ms - 1)) || '%', ', ' ORDER BY ord))
            ELSE format('runs steady: the runs of each variant within %s%% of each other', round(100 * (max(max_ms / min_ms) - 1)))
       END AS noise
FROM scan_result \gset
\echo :noise
\echo :v1
\echo :v2
\echo :v3
\echo :v4

SELECT coalesce((SELECT format('         (with JIT, reported, not the issue''s measure: can_vote (h) takes %sx the trivial filter (g))',
                                 round((h.median_ms / g.median_ms)::numeric, 3))
                  FROM scan_result g, scan_result h WHERE g.label = 'g' AND h.label = 'h'),
                '         (no JIT on this server: nothing to report with it)') AS v5 \gset
\echo :v5
SELECT coalesce((SELECT format('         (floor (i): a C function handed these 9 columns that does nothing costs %sx (a) here, +%s ns/row; can_vote (b) adds %s ns/row to it)',
                                 round((i.median_ms / a.median_ms)::numeric, 3), round(i.extra_ns_per_row::numeric),
                                 round(((b.median_ms - i.median_ms) * 1e6 / :rows)::numeric))
                  FROM scan_result a, scan_result b, scan_result i
                  WHERE a.label = 'a' AND b.label = 'b' AND i.label = 'i'),
                '         (no floor: bench/floor is not installed on this server; tools/run-bench installs it on a local one)') AS v6 \gset
\echo :v6

DROP TABLE registry;
