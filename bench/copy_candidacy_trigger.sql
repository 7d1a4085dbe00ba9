-- copy_candidacy_trigger: COPY of 1M candidacy rows into a table guarded by
-- the C trigger electoral.enforce_eligibility against the same COPY with no
-- trigger and with PL/pgSQL triggers doing the same checks
-- (bench/reference/plpgsql_trigger.sql).
-- Targets (issue):
--   * the C trigger's COPY takes at most 1.5x the COPY with no trigger;
--   * the time it adds over no trigger is at most half of what the PL/pgSQL
--     trigger adds.
-- Any BEFORE ROW trigger turns off COPY's multi-row inserts (one heap insert
-- per row instead of batches of up to 1000), so even an empty C trigger
-- costs something here: row (b) shows how much, and the rule's own cost is
-- what (c) adds over (b).
--
-- Run by bench/run.sh in a fresh database with the extension created; psql
-- variables: reps (timed repetitions), srvdir (server-side directory for the
-- data file), rows (optional, default 1000000).
--
-- The table is a candidacy register with its own column names (the README's
-- example): id, fio, dolzhnost (office code), data_vyborov (polling day),
-- grazhdanstvo (electoral.country[]), data_rozhdeniya, status
-- (electoral.residence), v_spiske (registered).  No index, no constraint:
-- the cheapest COPY, so the trigger's share is the largest it can be (an
-- index or a primary key would make every variant slower by the same amount
-- and every ratio smaller).  The trigger is in reject mode, and every row of
-- the file is eligible (checked before timing), so every COPY loads every row.
--
-- Variants, each on its own table of the same definition:
--   (a) no trigger;
--   (b) an empty C trigger: lo_manage() of contrib's lo extension, which on
--       INSERT looks up its column by name and returns the row (PostgreSQL
--       ships no built-in trigger that accepts INSERT and does nothing:
--       suppress_redundant_updates_trigger() refuses anything but UPDATE);
--       left out when the server has no lo extension;
--   (c) electoral.enforce_eligibility('stand', 'office=dolzhnost', ...);
--   (d) PL/pgSQL calling electoral.can_stand per row (electoral.explain for
--       the message of a rejected row): what a DBA writes without the trigger;
--   (e) PL/pgSQL with the rule hard-coded, no extension function called.
-- (d) and (e) must accept and reject exactly the rows (c) does, and (d) with
-- the same DETAIL: checked on every combination of the facts before timing.
--
-- Every COPY is server-side (COPY t FROM '/file' (FORMAT csv, HEADER match))
-- and timed with clock_timestamp() inside a procedure; each goes into its
-- table just emptied by TRUNCATE (committed), after a CHECKPOINT; the
-- variants run interleaved, a b c d e a b c ..., and the table reports the
-- median of the reps runs.

\if :{?rows}
\else
\set rows 1000000
\endif
\set target_ratio 1.5
\set target_share 0.5
\set data_file :srvdir '/electoral_bench_candidacy.csv'

SELECT format('== copy_candidacy_trigger: COPY of %s candidacy rows with electoral.enforce_eligibility vs no trigger and PL/pgSQL (targets: at most %sx no trigger; adds at most %s of what PL/pgSQL adds) ==',
              :rows, :target_ratio, :target_share) AS title \gset
\echo :title

CREATE FUNCTION bench_assert(ok boolean, what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'copy_candidacy_trigger: %', what;
    END IF;
END $$;

\ir reference/plpgsql_trigger.sql

SELECT EXISTS (SELECT FROM pg_available_extensions WHERE name = 'lo') AS have_lo \gset
\if :have_lo
CREATE EXTENSION lo;
\else
\echo 'note: no lo extension on this server (contrib): the empty C trigger (b) is left out'
\endif

-- ---------------------------------------------------------------------------
-- 1. The tables: one per variant, the same definition.
-- ---------------------------------------------------------------------------
CREATE TABLE candidacy (
    id              bigint NOT NULL,
    fio             text NOT NULL,
    dolzhnost       text NOT NULL,              -- office code
    data_vyborov    date NOT NULL,              -- polling day
    grazhdanstvo    electoral.country[],
    data_rozhdeniya date,
    status          electoral.residence,
    v_spiske        boolean
);

CREATE TABLE cand_none     (LIKE candidacy INCLUDING ALL);
CREATE TABLE cand_empty_c  (LIKE candidacy INCLUDING ALL);
CREATE TABLE cand_electoral (LIKE candidacy INCLUDING ALL);
CREATE TABLE cand_can_stand (LIKE candidacy INCLUDING ALL);
CREATE TABLE cand_rule     (LIKE candidacy INCLUDING ALL);

\if :have_lo
CREATE TRIGGER candidacy_empty BEFORE INSERT OR UPDATE ON cand_empty_c
    FOR EACH ROW EXECUTE FUNCTION lo_manage('id');
\endif
CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON cand_electoral
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhdeniya', 'residence=status', 'registered=v_spiske');
CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON cand_can_stand
    FOR EACH ROW EXECUTE FUNCTION bench_candidacy_can_stand();
CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON cand_rule
    FOR EACH ROW EXECUTE FUNCTION bench_candidacy_rule();

-- ---------------------------------------------------------------------------
-- 2. The triggers agree, checked before timing anything: every combination of
--    two offices, four polling days (the day before and the day the
--    Russia-Belarus protocol came into force, a 28 February, the 2026
--    election), nine citizenship lists, eleven birth dates (a day either side
--    of 18 and of 21 on polling day, exactly 18 and 21, a 29 February, none),
--    four residence statuses and three registration flags, inserted one row
--    at a time into each trigger's table.  The C trigger (c), the PL/pgSQL
--    triggers (d) and (e) must each accept exactly the rows can_stand calls
--    eligible and reject the others with check_violation naming the trigger;
--    (c) and (d) with the same DETAIL.  The empty trigger accepts every row.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE combo AS
SELECT row_number() OVER () AS n, o.office, d.day, c.citizenships, b.born, s.status, r.registered
FROM (VALUES ('RU.municipal_council'), ('RU.municipal_head')) AS o(office),
     (VALUES (date '2025-10-28'), (date '2025-10-29'), (date '2026-02-28'), (date '2026-09-13')) AS d(day),
     (VALUES ('{RU}'::electoral.country[]), ('{BY}'), ('{RU,BY}'), ('{BY,RU}'), ('{KZ}'), ('{BY,KZ}'),
             ('{}'), ('{RU,NULL}'), (NULL)) AS c(citizenships),
     LATERAL (SELECT (d.day - make_interval(years => y) + make_interval(days => k))::date
              FROM (VALUES (18), (21)) AS yy(y), (VALUES (-1), (0), (1)) AS kk(k)
              UNION ALL VALUES (date '2008-02-29'), (date '2005-02-28'), (date '1960-01-01'), (NULL)) AS b(born),
     (VALUES ('permanent'::electoral.residence), ('temporary'), ('none'), (NULL)) AS s(status),
     (VALUES (true), (false), (NULL)) AS r(registered);

CREATE TEMP TABLE combo_outcome (
    n bigint NOT NULL,
    tbl text NOT NULL,
    sqlstate text NOT NULL,             -- '00000' when the row was accepted
    detail text,
    constraint_name text
);

DO $$
DECLARE
    c record;
    t text;
    st text;
    det text;
    con text;
BEGIN
    FOR c IN SELECT * FROM combo ORDER BY n LOOP
        FOREACH t IN ARRAY ARRAY['cand_empty_c', 'cand_electoral', 'cand_can_stand', 'cand_rule'] LOOP
            BEGIN
                EXECUTE format('INSERT INTO %I VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', t)
                    USING c.n, 'Проверка ' || c.n, c.office, c.day, c.citizenships, c.born,
                          c.status, c.registered;
                st := '00000'; det := NULL; con := NULL;
            EXCEPTION WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL,
                                        con = CONSTRAINT_NAME;
            END;
            INSERT INTO combo_outcome VALUES (c.n, t, st, det, con);
        END LOOP;
    END LOOP;
END $$;

SELECT count(*) AS combos,
       count(*) FILTER (WHERE eligible) AS combos_eligible,
       count(*) FILTER (WHERE eligible AND NOT citizenships @> '{RU}') AS combos_eligible_by_treaty,
       count(*) FILTER (WHERE NOT (
           ce.sqlstate = CASE WHEN eligible THEN '00000' ELSE '23514' END
           AND (eligible OR ce.constraint_name = 'candidacy_eligible')))  AS bad_electoral,
       count(*) FILTER (WHERE NOT (
           cs.sqlstate = CASE WHEN eligible THEN '00000' ELSE '23514' END
           AND (eligible OR cs.constraint_name = 'candidacy_eligible')))  AS bad_can_stand,
       count(*) FILTER (WHERE NOT (
           cr.sqlstate = CASE WHEN eligible THEN '00000' ELSE '23514' END
           AND (eligible OR cr.constraint_name = 'candidacy_eligible')))  AS bad_rule,
       count(*) FILTER (WHERE ce.detail IS DISTINCT FROM cs.detail) AS detail_differs,
       count(*) FILTER (WHERE ec.sqlstate IS DISTINCT FROM '00000') AS bad_empty_c
FROM (SELECT combo.*, electoral.can_stand(office, day, citizenships, born, status,
                                          registered => registered) AS eligible
      FROM combo) AS k
JOIN combo_outcome ce ON ce.n = k.n AND ce.tbl = 'cand_electoral'
JOIN combo_outcome cs ON cs.n = k.n AND cs.tbl = 'cand_can_stand'
JOIN combo_outcome cr ON cr.n = k.n AND cr.tbl = 'cand_rule'
LEFT JOIN combo_outcome ec ON ec.n = k.n AND ec.tbl = 'cand_empty_c' \gset

\o /dev/null
SELECT bench_assert(:combos_eligible > 0 AND :combos_eligible < :combos AND :combos_eligible_by_treaty > 0,
                    'the combinations do not cover both outcomes and the treaty');
SELECT bench_assert(:bad_electoral = 0, format('enforce_eligibility disagrees with can_stand on %s combinations', :bad_electoral));
SELECT bench_assert(:bad_can_stand = 0, format('the PL/pgSQL can_stand trigger disagrees with can_stand on %s combinations', :bad_can_stand));
SELECT bench_assert(:bad_rule = 0, format('the hard-coded PL/pgSQL trigger disagrees with can_stand on %s combinations', :bad_rule));
SELECT bench_assert(:detail_differs = 0, format('the PL/pgSQL can_stand trigger gives another DETAIL than enforce_eligibility on %s combinations', :detail_differs));
\if :have_lo
SELECT bench_assert(:bad_empty_c = 0, 'the empty C trigger rejected a row');
\endif
\o
DROP TABLE combo, combo_outcome;
TRUNCATE cand_none, cand_empty_c, cand_electoral, cand_can_stand, cand_rule;

SELECT format('check: %s combinations of the facts, %s eligible (%s by the treaty): the C trigger, both PL/pgSQL triggers and can_stand agree on every one',
              :combos, :combos_eligible, :combos_eligible_by_treaty) AS line1,
       '       (rejections: 23514 naming the trigger; the C and the can_stand trigger give the same DETAIL)' AS line2 \gset
\echo :line1
\echo :line2

-- ---------------------------------------------------------------------------
-- 3. The data: rows candidacies for the 2026-09-13 elections, 90% for a
--    municipal council (18 and over), 10% for head of a municipality (21 and
--    over); everyone born 1951-1-1 .. 2005-09-12, so at least 21.
--    Citizenships: {RU} 90%, {BY} 8% (permanently resident and registered:
--    the protocol's conditions), {RU,BY} 2%; the citizens' residence mostly
--    permanent, some temporary, a few none or unknown; registration mostly
--    true.  Every row is eligible; checked before timing.
-- ---------------------------------------------------------------------------
SELECT clock_timestamp() AS gen_start \gset

COPY (
    WITH g AS (
        SELECT i, (i * 7919) % 100 AS c, (i * 104729) % 1000 AS s
        FROM generate_series(1::bigint, :rows) AS i
    )
    SELECT i AS id,
           (ARRAY['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов',
                  'Михайлов', 'Новиков', 'Фёдоров', 'Морозов'])[1 + i % 11]
             || ' ' || (ARRAY['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим',
                              'Евгений', 'Иван', 'Михаил'])[1 + i % 9]
             || ' ' || (ARRAY['Александрович', 'Сергеевич', 'Дмитриевич', 'Андреевич', 'Алексеевич',
                              'Викторович', 'Игоревич'])[1 + i % 7] AS fio,
           CASE WHEN i % 10 = 0 THEN 'RU.municipal_head' ELSE 'RU.municipal_council' END AS dolzhnost,
           date '2026-09-13' AS data_vyborov,
           CASE WHEN c < 90 THEN '{RU}' WHEN c < 98 THEN '{BY}' ELSE '{RU,BY}' END::electoral.country[]
             AS grazhdanstvo,
           date '1951-01-01' + ((i * 2654435761) % (date '2005-09-12' - date '1951-01-01' + 1))::integer
             AS data_rozhdeniya,
           CASE WHEN c BETWEEN 90 AND 97 THEN 'permanent'
                WHEN s < 800 THEN 'permanent'
                WHEN s < 950 THEN 'temporary'
                WHEN s < 980 THEN 'none'
                ELSE NULL END::electoral.residence AS status,
           CASE WHEN c BETWEEN 90 AND 97 THEN true ELSE s % 10 <> 3 END AS v_spiske
    FROM g ORDER BY i
) TO :'data_file' (FORMAT csv, HEADER);

CREATE TEMP TABLE file_rows (LIKE candidacy);
COPY file_rows FROM :'data_file' (FORMAT csv, HEADER match);
SELECT count(*) AS file_rows,
       count(DISTINCT id) AS file_ids,
       count(*) FILTER (WHERE electoral.can_stand(dolzhnost, data_vyborov, grazhdanstvo, data_rozhdeniya,
                                                  status, registered => v_spiske)) AS file_eligible,
       count(*) FILTER (WHERE dolzhnost = 'RU.municipal_head') AS n_head,
       count(*) FILTER (WHERE grazhdanstvo = '{RU}') AS n_ru,
       count(*) FILTER (WHERE grazhdanstvo = '{BY}') AS n_by,
       count(*) FILTER (WHERE grazhdanstvo = '{RU,BY}') AS n_ru_by,
       count(*) FILTER (WHERE status IS DISTINCT FROM 'permanent') AS n_not_permanent,
       count(*) FILTER (WHERE v_spiske IS NOT TRUE) AS n_not_registered,
       min(data_rozhdeniya) AS oldest, max(data_rozhdeniya) AS youngest
FROM file_rows \gset
DROP TABLE file_rows;

\o /dev/null
SELECT bench_assert(:file_rows = :rows AND :file_ids = :rows,
                    format('expected %s distinct rows in the file, found %s (%s distinct)', :rows, :file_rows, :file_ids));
SELECT bench_assert(:file_eligible = :rows, format('only %s of %s rows are eligible', :file_eligible, :rows));
SELECT bench_assert(:n_head > 0 AND :n_by > 0 AND :n_ru_by > 0 AND :n_not_permanent > 0 AND :n_not_registered > 0,
                    'the data does not mix offices, citizenships, residence and registration as intended');
\o

SELECT format('data: %s candidacies (%s for head of a municipality; {RU} %s, {BY} %s, {RU,BY} %s; %s not permanently resident, %s not registered),',
              :rows, :n_head, :n_ru, :n_by, :n_ru_by, :n_not_permanent, :n_not_registered) AS line1,
       format('  born %s .. %s, generated and checked in %s s; %s (%s), CSV with a header of the table''s column names;',
              :'oldest', :'youngest',
              round(extract(epoch FROM clock_timestamp() - :'gen_start'::timestamptz)::numeric, 1),
              :'data_file', pg_size_pretty((pg_stat_file(:'data_file')).size)) AS line2,
       '  every row eligible by electoral.can_stand' AS line3 \gset
\echo :line1
\echo :line2
\echo :line3

-- ---------------------------------------------------------------------------
-- 4. Time the COPYs.
-- ---------------------------------------------------------------------------
CREATE TABLE copy_case (
    ord integer PRIMARY KEY,
    label text NOT NULL,
    trig text NOT NULL,
    tbl text NOT NULL
);
INSERT INTO copy_case VALUES
    (1, 'a', 'none',                                      'cand_none'),
    (2, 'b', 'empty C (lo_manage)',                       'cand_empty_c'),
    (3, 'c', 'C electoral.enforce_eligibility',           'cand_electoral'),
    (4, 'd', 'PL/pgSQL calling electoral.can_stand',      'cand_can_stand'),
    (5, 'e', 'PL/pgSQL, rule hard-coded',                 'cand_rule');
\if :have_lo
\else
DELETE FROM copy_case WHERE label = 'b';
\endif

CREATE TABLE copy_timing (
    rep integer NOT NULL,
    ord integer NOT NULL REFERENCES copy_case,
    ms double precision NOT NULL,
    copied bigint NOT NULL
);

-- A procedure, so that it can COMMIT: each TRUNCATE and each COPY is its own
-- transaction, as when a DBA runs them one by one.
CREATE PROCEDURE run_copies(reps integer, file text) LANGUAGE plpgsql AS $$
DECLARE
    r integer;
    c record;
    t0 timestamptz;
    t1 timestamptz;
    n bigint;
BEGIN
    FOR r IN 1 .. reps LOOP
        FOR c IN SELECT * FROM copy_case ORDER BY ord LOOP
            EXECUTE format('TRUNCATE %I', c.tbl);
            COMMIT;
            CHECKPOINT;
            t0 := clock_timestamp();
            EXECUTE format('COPY %I FROM %L (FORMAT csv, HEADER match)', c.tbl, file);
            GET DIAGNOSTICS n = ROW_COUNT;
            t1 := clock_timestamp();
            INSERT INTO copy_timing VALUES (r, c.ord, extract(epoch FROM t1 - t0) * 1000, n);
            COMMIT;
        END LOOP;
    END LOOP;
    -- leave the tables empty, not 5 x rows of dead weight
    FOR c IN SELECT * FROM copy_case LOOP
        EXECUTE format('TRUNCATE %I', c.tbl);
    END LOOP;
END $$;

CALL run_copies(:reps, :'data_file');

SELECT bench_assert(bool_and(copied = :rows), 'a COPY did not load every row') FROM copy_timing \gset

-- ---------------------------------------------------------------------------
-- 5. Report.
-- ---------------------------------------------------------------------------
CREATE TEMP VIEW copy_result AS
WITH per_case AS (
    SELECT t.ord,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms) AS median_ms,
           min(t.ms) AS min_ms,
           max(t.ms) AS max_ms,
           -- each run against the no-trigger run of the same round: drift in
           -- the machine's load between rounds cancels out of these two
           percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms / a.ms) AS paired_ratio,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY t.ms - a.ms) AS paired_added_ms,
           string_agg(round(t.ms::numeric)::text, ' ' ORDER BY t.rep) AS runs
    FROM copy_timing t JOIN copy_timing a ON a.rep = t.rep AND a.ord = 1
    GROUP BY t.ord
)
SELECT c.ord, c.label, c.trig, p.median_ms, p.min_ms, p.max_ms, p.runs,
       p.median_ms / b.median_ms AS ratio, p.paired_ratio,
       p.median_ms - b.median_ms AS added_ms, p.paired_added_ms,
       (p.median_ms - b.median_ms) * 1e6 / :rows AS added_ns_per_row
FROM per_case p
JOIN copy_case c USING (ord)
CROSS JOIN (SELECT median_ms FROM per_case WHERE ord = 1) AS b;

\echo
\echo 'COPY FROM a server-side CSV file into a table with no index, TRUNCATE + CHECKPOINT before each;'
\echo 'runs interleaved a b c d e a b ..., median of' :reps 'runs.  x none: median / median of (a);'
\echo 'paired: median of each run / the (a) run of its round; added: the median''s excess over (a), in ms and per row'
SELECT label AS " ",
       trig AS "BEFORE INSERT trigger",
       round(median_ms::numeric, 1) AS "median ms",
       round(min_ms::numeric, 1) AS "min ms",
       round(max_ms::numeric, 1) AS "max ms",
       round(ratio::numeric, 2) AS "x none",
       round(paired_ratio::numeric, 2) AS "paired",
       round(added_ms::numeric, 1) AS "added ms",
       round(added_ns_per_row::numeric) AS "added ns/row",
       runs AS "each run, ms"
FROM copy_result ORDER BY ord;

SELECT format('verdict: %s the targets: electoral.enforce_eligibility (c) takes %sx no trigger (a) (paired %sx; target at most %sx) and adds %s of what the PL/pgSQL can_stand trigger (d) adds (target at most %s)',
              CASE WHEN c.ratio <= :target_ratio AND c.added_ms <= :target_share * d.added_ms THEN 'MEETS both'
                   WHEN c.ratio <= :target_ratio THEN 'MISSES the second of'
                   WHEN c.added_ms <= :target_share * d.added_ms THEN 'MISSES the first of'
                   ELSE 'MISSES both' END,
              round(c.ratio::numeric, 3), round(c.paired_ratio::numeric, 3), :target_ratio,
              round((c.added_ms / nullif(d.added_ms, 0))::numeric, 3), :target_share) AS v1,
       format('         added over (a): (c) %s ms, (d) %s ms, (e) %s ms; (c) adds %s of what the hard-coded PL/pgSQL rule (e) adds (%s the same bound; reported)',
              round(c.added_ms::numeric), round(d.added_ms::numeric), round(e.added_ms::numeric),
              round((c.added_ms / nullif(e.added_ms, 0))::numeric, 3),
              CASE WHEN c.added_ms <= :target_share * e.added_ms THEN 'within' ELSE 'above' END) AS v2
FROM copy_result c, copy_result d, copy_result e
WHERE c.label = 'c' AND d.label = 'd' AND e.label = 'e' \gset
\echo :v1
\echo :v2
\if :have_lo
-- what no C trigger can go below: (b) is the price of a BEFORE ROW trigger itself
SELECT format('         floor: the empty C trigger (b) takes %sx no trigger (paired %sx) and adds %s of what (d) adds; the rule itself, (c) over (b): %s ns/row',
              round(b.ratio::numeric, 3), round(b.paired_ratio::numeric, 3),
              round((b.added_ms / nullif(d.added_ms, 0))::numeric, 3),
              CASE WHEN c.added_ns_per_row >= b.added_ns_per_row THEN '+' ELSE '' END
                || round((c.added_ns_per_row - b.added_ns_per_row)::numeric)) AS v3
FROM copy_result b, copy_result c, copy_result d
WHERE b.label = 'b' AND c.label = 'c' AND d.label = 'd' \gset
\echo :v3
\endif

-- The data file is large; leave it empty (the data directory goes with a
-- throwaway cluster anyway, but not with a long-lived one named by PGHOST).
COPY (SELECT WHERE false) TO :'data_file';
