#!/usr/bin/env bash
# Reliability: rule changes under concurrent load.
#
# Several clients (pgbench over 127.0.0.1) insert candidacies through
# electoral.enforce_eligibility() in reject mode while one more session changes
# the minimum age for standing for a municipal council (requirement 2041,
# shipped as 18): three changes committed (25, then 21, then 18 again), two
# rolled back (25 while 18 is in force; 18 while 25 is), and one rolled back
# to a savepoint (30) in a transaction that then commits an unrelated edit of
# the same row.  Claims checked:
#   - after a COMMIT returns, no row is accepted under the old rule (no slack:
#     an insert that began after the COMMIT returned must be decided by the
#     new rule), and none is decided by it before the COMMIT was sent;
#   - a rolled-back change never takes effect, in other sessions or in its own;
#   - no deadlock, no error other than the intended rejections (23514, with
#     the min_age requirement alone in the DETAIL), no client aborted;
#   - every attempted insert is accounted for: accepted (a row in the table)
#     or rejected, none lost, none twice.
# Each insert goes through try_candidate(), which catches check_violation and
# logs the attempt (clock before and after the INSERT, outcome, DETAIL), so
# a rejection never aborts a pgbench client; any other error does, and fails
# the test.
#
# Run from the repository root: bash test/reliability/concurrency.sh
# Makes its own throwaway cluster (pg_virtualenv -t), loopback only; prints
# TAP; exits non-zero on any failure.  About 45 s (35 s of load).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

PGMAJOR=$(pg_config --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
BINDIR=$(pg_config --bindir)
CLIENTS=${CONCURRENCY_CLIENTS:-6}
THREADS=2

# ---------------------------------------------------------------------------
# Outside: make a cluster of our own (whatever PGHOST says: the test reads the
# server's log and counters) and run this script again inside it.  TAP goes
# to fd 3, the caller's stdout; pg_virtualenv's own chatter to stderr.
# ---------------------------------------------------------------------------
if [ -z "${ELECTORAL_CONCURRENCY_MARK:-}" ]; then
  unset PGHOST PGHOSTADDR PGPORT PGUSER PGPASSWORD PGDATABASE PGSERVICE PGSERVICEFILE PGOPTIONS
  mark=$(mktemp)
  rm -f "$mark"
  # a socket directory of our own: no one else's client wanders in through the shared one
  sockdir=$(mktemp -d)
  [ "$(id -u)" = 0 ] && chown postgres "$sockdir"
  exec 3>&1
  ELECTORAL_CONCURRENCY_MARK=$mark pg_virtualenv -t -v "$PGMAJOR" \
    -o "unix_socket_directories=$sockdir" -o "log_line_prefix=%m [%p] %r %q%u@%d " \
    bash "$0" "$@" >&2
  rc=$?
  rm -rf "$sockdir"
  if [ ! -e "$mark" ]; then
    echo "1..1"
    echo "not ok 1 - a throwaway PostgreSQL $PGMAJOR cluster could not be made (pg_virtualenv exited $rc)"
    exit 1
  fi
  rm -f "$mark"
  exit "$rc"
fi

# ---------------------------------------------------------------------------
# Inside the cluster.
# ---------------------------------------------------------------------------
exec 1>&3 3>&-
touch "$ELECTORAL_CONCURRENCY_MARK"
started=$(date +%s)

tmp=$(mktemp -d)
pgbench_pid=
cleanup() {
  [ -n "$pgbench_pid" ] && kill "$pgbench_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

export PGHOST=127.0.0.1 PGDATABASE=electoral_concurrency   # loopback TCP for every session
LOGFILE="${PG_CLUSTER_CONF_ROOT%/postgresql}/log/postgresql-$PGMAJOR-regress.log"

n=0
nfailed=0
tap() { # tap STATUS DESCRIPTION [DIAGNOSTIC...]: STATUS 0 is ok
  local status=$1 desc=$2 line
  shift 2
  n=$((n + 1))
  if [ "$status" -eq 0 ]; then echo "ok $n - $desc"; else echo "not ok $n - $desc"; nfailed=$((nfailed + 1)); fi
  for line in "$@"; do [ -n "$line" ] && printf '%s\n' "$line" | sed 's/^/# /'; done
}
q() { psql -X -A -t -q -v ON_ERROR_STOP=1 -c "$1" 2>&1; }

echo "1..15"

# --------------------------------------------------------------- 1. setup
psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE electoral_concurrency" > "$tmp/setup.out" 2>&1
psql -X -q -v ON_ERROR_STOP=1 >> "$tmp/setup.out" 2>&1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION electoral;

-- the registry: candidates for a municipal council, all Russian citizens,
-- so a rejection can only be for age
CREATE TABLE candidacy (
    id           bigint PRIMARY KEY,
    full_name    text NOT NULL,
    office       text NOT NULL DEFAULT 'RU.municipal_council',
    polling_day  date NOT NULL DEFAULT '2026-09-13',
    citizenship  electoral.country[] NOT NULL DEFAULT '{RU}',
    born         date NOT NULL,
    written_at   timestamptz NOT NULL DEFAULT statement_timestamp(),
    written_by   int NOT NULL DEFAULT pg_backend_pid()
);
CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON candidacy
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=office', 'on_date=polling_day', 'citizenships=citizenship', 'birth_date=born');

-- every attempt, whatever its outcome
CREATE TABLE attempt (
    id        bigint PRIMARY KEY,
    age       int NOT NULL,            -- full years on polling day
    born      date NOT NULL,
    pid       int NOT NULL,
    stmt_at   timestamptz NOT NULL,    -- statement_timestamp() of the client's statement
    t_before  timestamptz NOT NULL,    -- clock just before the INSERT began
    t_after   timestamptz NOT NULL,    -- clock just after it ended (or was rejected)
    accepted  boolean NOT NULL,
    state     text,                    -- SQLSTATE of a rejection
    detail    text                     -- its DETAIL
);
CREATE SEQUENCE attempt_id;

-- One candidate aged p_age on polling day (born p_days days before the
-- birthday).  A rejection (23514) is caught and logged; any other error
-- propagates and aborts the client.
CREATE FUNCTION try_candidate(p_age int, p_days int) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    my_id bigint := nextval('attempt_id');
    b     date := (date '2026-09-13' - make_interval(years => p_age))::date - p_days;
    t0    timestamptz;
    ok    boolean;
    st    text;
    det   text;
BEGIN
    t0 := clock_timestamp();
    BEGIN
        INSERT INTO candidacy (id, full_name, born) VALUES (my_id, 'candidate ' || my_id, b);
        ok := true;
    EXCEPTION WHEN check_violation THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, det = PG_EXCEPTION_DETAIL;
        ok := false;
    END;
    INSERT INTO attempt VALUES (my_id, p_age, b, pg_backend_pid(), statement_timestamp(), t0,
                                clock_timestamp(), ok, st, det);
    RETURN ok;
END
$$;

-- the same question through can_stand, for the changing session's probes
CREATE FUNCTION may_stand(p_age int) RETURNS boolean LANGUAGE sql AS $$
    SELECT electoral.can_stand('RU.municipal_council', '2026-09-13', '{RU}',
                               (date '2026-09-13' - make_interval(years => p_age))::date)
$$;

-- the rule changes, as the changing session saw them
CREATE TABLE change (
    seq        int PRIMARY KEY,
    name       text NOT NULL,
    kind       text NOT NULL,          -- shipped | commit | rollback | savepoint
    years      int NOT NULL,           -- the min_age the UPDATE wrote
    probe_age  int,
    began      timestamptz,            -- before BEGIN
    updated    timestamptz,            -- after the UPDATE
    end_begin  timestamptz,            -- just before COMMIT / ROLLBACK was sent
    end_end    timestamptz,            -- just after it returned (the next statement)
    inside     boolean,                -- may_stand(probe_age) in the transaction, after the UPDATE
    after      boolean,                -- may_stand(probe_age) in the session's next statement
    own_try    boolean,                -- try_candidate(probe_age) right after that
    pid        int                     -- the changing session's backend
);
INSERT INTO change (seq, name, kind, years, end_begin, end_end)
SELECT 0, 'shipped', 'shipped', years, '-infinity', '-infinity' FROM electoral.requirement WHERE id = 2041;

-- The rule in force: each committed min_age, from just before its COMMIT was
-- sent (lo) until the next COMMIT returned (hi).  Across a COMMIT either rule
-- may decide; anywhere else only one.
CREATE VIEW phase AS
SELECT seq, name, years AS threshold,
       end_begin AS lo,
       coalesce(lead(end_end) OVER (ORDER BY seq), 'infinity') AS hi
  FROM change WHERE kind IN ('shipped', 'commit');

SQL
setup_rc=$?
addr=$(q "SELECT inet_server_addr()")
if [ "$setup_rc" -eq 0 ] && [ "$addr" = 127.0.0.1 ]; then
  tap 0 "a throwaway PostgreSQL $PGMAJOR cluster on 127.0.0.1: candidacy table with enforce_eligibility('stand', ...) in reject mode"
else
  tap 1 "setup of the cluster, extension, table and trigger" "server address: $addr" "$(cat "$tmp/setup.out")"
  echo "# giving up"
  exit 1
fi

# ---------------------------------------------------------------------------
# The changing session: one psql script, one session.
# change SEQ NAME KIND YEARS PROBE_AGE HOLD_SECONDS GAP_SECONDS
# ---------------------------------------------------------------------------
change() {
  local seq=$1 name=$2 kind=$3 years=$4 probe=$5 hold=$6 gap=$7 finish
  case $kind in
    commit) finish="COMMIT;" ;;
    rollback) finish="ROLLBACK;" ;;
    savepoint) finish="ROLLBACK TO SAVEPOINT before_change;
UPDATE electoral.requirement SET legal_basis = legal_basis WHERE id = 2041;
COMMIT;" ;;
  esac
  cat <<SQL
SELECT clock_timestamp() AS began \gset c_
BEGIN;
$([ "$kind" = savepoint ] && echo "SAVEPOINT before_change;")
UPDATE electoral.requirement SET years = $years WHERE id = 2041;
SELECT clock_timestamp() AS updated, may_stand($probe) AS inside \gset c_
SELECT pg_sleep($hold);
SELECT clock_timestamp() AS end_begin \gset c_
$finish
SELECT clock_timestamp() AS end_end, may_stand($probe) AS after \gset c_
SELECT try_candidate($probe, 0) AS own_try \gset c_
INSERT INTO change VALUES ($seq, '$name', '$kind', $years, $probe, :'c_began', :'c_updated',
                           :'c_end_begin', :'c_end_end', :'c_inside', :'c_after', :'c_own_try', pg_backend_pid());
SELECT pg_sleep($gap);
SQL
}
{
  echo '\set ON_ERROR_STOP 1'
  echo 'SELECT pg_sleep(2);'
  #      seq name              kind      years probe hold gap
  change 1   rolled-back-25    rollback  25    20    3    2
  change 2   committed-25      commit    25    20    1    3
  change 3   rolled-back-18    rollback  18    20    3    2
  change 4   committed-21      commit    21    22    1    3
  change 5   savepoint-30      savepoint 30    22    3    2
  change 6   committed-18      commit    18    19    1    3
} > "$tmp/changer.sql"
# expected (inside, after, own_try) of each change's probes
declare -A want=(
  [1]="f|t|t"   # 25 real inside (20 may not stand), gone after ROLLBACK
  [2]="f|f|f"   # 25 committed: the committing session's next statement rejects 20
  [3]="t|f|f"   # 18 real inside, gone after ROLLBACK: 20 still may not stand
  [4]="t|t|t"   # 21 committed: 22 may stand
  [5]="f|t|t"   # 30 real inside, gone with its savepoint though the transaction committed
  [6]="t|t|t"   # 18 committed: 19 may stand
)
changer_seconds=$(( 2 + (3+2) + (1+3) + (3+2) + (1+3) + (3+2) + (1+3) ))
DURATION=$((changer_seconds + 6))   # the clients start first and outlast the changer

cat > "$tmp/insert.pgbench" <<'PGB'
\set age random(17, 30)
\set days random(0, 360)
SELECT try_candidate(:age, :days);
PGB

# --------------------------------------------------------------- the run
"$BINDIR/pgbench" -n -h 127.0.0.1 -c "$CLIENTS" -j "$THREADS" -T "$DURATION" -f "$tmp/insert.pgbench" \
  > "$tmp/pgbench.out" 2>&1 &
pgbench_pid=$!
# wait (bounded) until every client is inserting
for _ in $(seq 1 300); do
  [ "$(q "SELECT count(DISTINCT pid) FROM attempt")" -ge "$CLIENTS" ] 2>/dev/null && break
  kill -0 "$pgbench_pid" 2>/dev/null || break
  sleep 0.1
done
clients_seen=$(q "SELECT count(DISTINCT pid) FROM attempt")
psql -X -q -o /dev/null -f "$tmp/changer.sql" > "$tmp/changer.out" 2>&1
changer_rc=$?
own=$(q "SELECT count(*) FROM change WHERE seq > 0")   # one try_candidate each
wait "$pgbench_pid"
pgbench_rc=$?
pgbench_pid=

# let the clients' backends exit (their statistics are flushed then)
for _ in $(seq 1 100); do
  [ "$(q "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")" = 0 ] && break
  sleep 0.1
done

run_ended=$(date +%s)
# judge every attempt once: the phases as they were, then each outcome against them
psql -X -q -v ON_ERROR_STOP=1 > "$tmp/judge.out" 2>&1 <<'SQL'
CREATE TABLE phase_now AS SELECT * FROM phase;
-- Each attempt and whether its outcome is the one a rule in force during it
-- gives; a rejection's DETAIL must be exactly the min_age line for this age,
-- citing that rule.  (No regexp with capture groups: PostgreSQL's engine takes
-- about a millisecond a row on those.)
CREATE TABLE judged AS
SELECT x.*,
       EXISTS (SELECT 1 FROM phase_now p
                WHERE p.lo <= x.t_after AND p.hi >= x.t_before
                  AND CASE WHEN x.accepted THEN x.age >= p.threshold
                           ELSE x.age < p.threshold AND x.cited = p.threshold END) AS consistent
  FROM (SELECT a.*, c.cited,
               (a.accepted OR (a.state = '23514'
                               AND a.detail = format('Unmet: min_age %s: aged %s on polling day, %s required (%s).',
                                                     c.cited, a.age, c.cited,
                                                     (SELECT legal_basis FROM electoral.requirement WHERE id = 2041)))) AS intended
          FROM attempt a,
               LATERAL (SELECT CASE WHEN split_part(a.detail, ' ', 3) ~ '^[0-9]+:$'
                                    THEN rtrim(split_part(a.detail, ' ', 3), ':')::int END) c(cited)
        OFFSET 0) x;
CREATE INDEX ON judged (t_before);
CREATE INDEX ON judged (t_after);
ANALYZE judged;
SQL
judge_rc=$?
[ "$judge_rc" -eq 0 ] || { echo "# judging the attempts failed:"; sed 's/^/#   /' "$tmp/judge.out"; }  # the checks below then fail

# --------------------------------------------------------------- 2. pgbench
processed=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$tmp/pgbench.out")
failed_tx=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$tmp/pgbench.out")
tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$tmp/pgbench.out" | head -1)
aborted=$(grep -cE 'aborted|Run was aborted' "$tmp/pgbench.out")
if [ "$pgbench_rc" -eq 0 ] && [ -n "$processed" ] && [ "$processed" -gt 0 ] && [ "${failed_tx:-x}" = 0 ] \
   && [ "$aborted" -eq 0 ] && [ "$clients_seen" -ge "$CLIENTS" ]; then
  tap 0 "pgbench: $CLIENTS clients, $THREADS threads, ${DURATION} s over 127.0.0.1: $processed transactions (${tps:-?} tps), 0 failed, no client aborted"
else
  tap 1 "pgbench: $CLIENTS clients ran to the end without a failed transaction or an aborted client" \
    "exit status $pgbench_rc; processed ${processed:-?}; failed ${failed_tx:-?}; clients seen inserting $clients_seen" \
    "$(grep -vE '^(transaction type|scaling factor|query mode|number of clients|number of threads|maximum number of tries|duration|initial connection)' "$tmp/pgbench.out" | head -20 | sed 's/^/  /')"
fi

# --------------------------------------------------------------- 3. the changer
got=$(q "SELECT string_agg(seq || '=' || inside || '|' || after || '|' || own_try, ' ' ORDER BY seq) FROM change WHERE seq > 0")
expect=$(for s in 1 2 3 4 5 6; do printf '%s=%s ' "$s" "${want[$s]}"; done | sed 's/ $//')
got_tf=$(echo "$got" | sed -e 's/true/t/g' -e 's/false/f/g')
[ "$changer_rc" -eq 0 ] && [ "$got_tf" = "$expect" ]
tap $? "the changing session: 3 committed changes, 2 rolled back, 1 rolled back to a savepoint; each was in effect inside its own transaction, and in that session afterwards only if committed" \
  "probes (inside|after|own insert): got $got_tf" "expected $expect" \
  "$( [ "$changer_rc" -ne 0 ] && sed 's/^/  /' "$tmp/changer.out" | head -20)"

# --------------------------------------------------------------- 4. accounting
IFS='|' read -r total accepted rejected max_id rows missing_rows extra_rows dup_ids < <(q "
  SELECT (SELECT count(*) FROM attempt),
         (SELECT count(*) FROM attempt WHERE accepted),
         (SELECT count(*) FROM attempt WHERE NOT accepted),
         (SELECT coalesce(max(id), 0) FROM attempt),
         (SELECT count(*) FROM candidacy),
         (SELECT count(*) FROM attempt a WHERE a.accepted AND NOT EXISTS (SELECT FROM candidacy c WHERE c.id = a.id)),
         (SELECT count(*) FROM candidacy c WHERE NOT EXISTS (SELECT FROM attempt a WHERE a.id = c.id AND a.accepted)),
         (SELECT count(*) - count(DISTINCT id) FROM attempt)")
lost=$(( ${processed:-0} + own - ${total:-0} ))
[ -n "$total" ] && [ "$total" -gt 0 ] && [ "$total" = "$max_id" ] && [ "$lost" -eq 0 ] \
  && [ "$rows" = "$accepted" ] && [ "$missing_rows" = 0 ] && [ "$extra_rows" = 0 ] && [ "$dup_ids" = 0 ] \
  && [ $((accepted + rejected)) -eq "$total" ]
tap $? "every attempted insert is accounted for: $total attempted = $accepted accepted + $rejected rejected, $rows rows in the table, 0 lost" \
  "attempts: ${processed:-?} by pgbench + $own by the changing session = $total logged (ids 1..$max_id, $dup_ids duplicated); lost $lost" \
  "accepted without a row: $missing_rows; rows without an accepted attempt: $extra_rows"

# --------------------------------------------------------------- 5. only the intended rejections
IFS='|' read -r unintended sample < <(q "
  SELECT count(*), coalesce(min(state || ' ' || coalesce(detail, '(no detail)') || ' [age ' || age || ']'), '')
    FROM judged WHERE NOT intended")
[ "$unintended" = 0 ]
tap $? "every rejection is the intended one: SQLSTATE 23514, its DETAIL the min_age requirement alone, for the candidate's age ($rejected rejections, $unintended other)" \
  "$( [ "$unintended" != 0 ] && echo "e.g. $sample")"

# --------------------------------------------------------------- 6-8. rolled back
for seq in 1 3 5; do
  IFS='|' read -r name years inforce during clients_in wrong sample < <(q "
    SELECT c.name, c.years,
           (SELECT threshold FROM phase_now p WHERE p.seq < c.seq ORDER BY p.seq DESC LIMIT 1),
           count(j.id), count(DISTINCT j.pid) FILTER (WHERE j.pid <> c.pid),
           count(j.id) FILTER (WHERE NOT j.consistent),
           coalesce(min(format('id %s age %s %s %s', j.id, j.age, CASE WHEN j.accepted THEN 'accepted' ELSE 'rejected' END, j.detail))
                    FILTER (WHERE NOT j.consistent), '')
      FROM change c
      LEFT JOIN judged j ON j.t_after >= c.updated AND j.t_before <= c.end_end
     WHERE c.seq = $seq
     GROUP BY c.seq, c.name, c.years, c.pid")
  what="rolled back"
  [ "$seq" = 5 ] && what="rolled back to its savepoint (the transaction committed another edit of the row)"
  [ -n "$during" ] && [ "$during" -gt 0 ] && [ "$wrong" = 0 ] && [ "$clients_in" -ge "$CLIENTS" ]
  tap $? "change $seq, min_age $years while $inforce was in force, $what: never took effect ($during inserts by $clients_in clients while it was pending, every one decided by min_age $inforce)" \
    "$( [ "${wrong:-1}" != 0 ] && echo "$wrong decided otherwise, e.g. $sample")"
done

# --------------------------------------------------------------- 9-11. committed
for seq in 2 4 6; do
  IFS='|' read -r name years old before_n before_wrong after_n old_accepted new_rejected new_accepted after_wrong straddle clients_in first_us sample < <(q "
    WITH c AS (SELECT * FROM change WHERE seq = $seq),
         nxt AS (SELECT coalesce((SELECT end_begin FROM change WHERE kind = 'commit' AND seq > $seq ORDER BY seq LIMIT 1), 'infinity') AS t),
         old AS (SELECT threshold FROM phase_now WHERE seq < $seq ORDER BY seq DESC LIMIT 1),
         b AS (SELECT j.* FROM judged j, c WHERE j.t_before >= c.began AND j.t_after < c.end_begin),
         a AS (SELECT j.* FROM judged j, c, nxt WHERE j.t_before > c.end_end AND j.t_after < nxt.t)
    SELECT c.name, c.years, (SELECT threshold FROM old),
           (SELECT count(*) FROM b),
           (SELECT count(*) FROM b WHERE NOT (CASE WHEN accepted THEN age >= (SELECT threshold FROM old)
                                                   ELSE age < (SELECT threshold FROM old) AND cited = (SELECT threshold FROM old) END)),
           (SELECT count(*) FROM a),
           (SELECT count(*) FROM a WHERE accepted AND age < c.years),
           (SELECT count(*) FROM a WHERE NOT accepted AND cited = c.years),
           (SELECT count(*) FROM a WHERE accepted AND age >= c.years),
           (SELECT count(*) FROM a WHERE NOT (CASE WHEN accepted THEN age >= c.years ELSE age < c.years AND cited = c.years END)),
           (SELECT count(*) FROM attempt j WHERE j.t_after >= c.end_begin AND j.t_before <= c.end_end),
           (SELECT count(DISTINCT pid) FROM a WHERE pid <> c.pid),
           (SELECT round(extract(epoch FROM min(t_before) - c.end_end) * 1e6) FROM a),
           coalesce((SELECT min(format('id %s age %s began %s (COMMIT returned %s) %s %s', id, age, t_before, c.end_end,
                                      CASE WHEN accepted THEN 'accepted' ELSE 'rejected' END, detail))
                       FROM a WHERE NOT (CASE WHEN accepted THEN age >= c.years ELSE age < c.years AND cited = c.years END)), '')
      FROM c")
  [ "$before_n" -gt 0 ] && [ "$before_wrong" = 0 ] && [ "$after_n" -gt 0 ] && [ "$old_accepted" = 0 ] \
    && [ "$after_wrong" = 0 ] && [ "$new_rejected" -gt 0 ] && [ "$new_accepted" -gt 0 ] && [ "$clients_in" -ge "$CLIENTS" ]
  tap $? "change $seq, min_age $old -> $years, committed: after the COMMIT returned no row was accepted under the old rule ($after_n inserts by $clients_in clients: $old_accepted accepted under min_age $old, $new_rejected rejected and $new_accepted accepted under $years); before it was sent none was decided by the new one ($before_n inserts)" \
    "$straddle inserts overlapped the COMMIT itself (either rule may decide those); the first after it began ${first_us} µs after the COMMIT returned" \
    "$( [ "${before_wrong:-1}" != 0 ] && echo "before the COMMIT: $before_wrong decided by another rule than min_age $old")" \
    "$( [ "${after_wrong:-1}" != 0 ] && echo "after the COMMIT: $after_wrong decided by another rule than min_age $years, e.g. $sample")"
done

# --------------------------------------------------------------- 12. overall
IFS='|' read -r all inconsistent sample < <(q "
  SELECT count(*), count(*) FILTER (WHERE NOT consistent),
         coalesce(min(format('id %s age %s pid %s [%s, %s] %s %s', id, age, pid, t_before, t_after,
                             CASE WHEN accepted THEN 'accepted' ELSE 'rejected' END, detail)) FILTER (WHERE NOT consistent), '')
    FROM judged")
[ "$all" -gt 0 ] && [ "$inconsistent" = 0 ]
tap $? "every one of the $all decisions is the one a committed rule in force during its INSERT gives ($inconsistent others)" \
  "$( [ "${inconsistent:-1}" != 0 ] && echo "e.g. $sample")"

# --------------------------------------------------------------- 13. deadlocks
deadlocks=$(q "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
log_deadlocks="?"
[ -r "$LOGFILE" ] && log_deadlocks=$(grep -c 'deadlock detected' "$LOGFILE")
[ "$deadlocks" = 0 ] && [ "$log_deadlocks" = 0 ]
tap $? "no deadlock (pg_stat_database.deadlocks = $deadlocks; 'deadlock detected' in the server log: $log_deadlocks)"

# --------------------------------------------------------------- 14. server log
if [ -r "$LOGFILE" ]; then
  # every session of the test comes over TCP; a line from a [local] client is someone else's
  log_errors=$(grep -E '(ERROR|FATAL|PANIC):' "$LOGFILE" | grep -cv ' \[local\] ')
  log_foreign=$(grep -E '(ERROR|FATAL|PANIC):' "$LOGFILE" | grep -c ' \[local\] ')
  [ "$log_errors" = 0 ]
  tap $? "the server log has no ERROR, FATAL or PANIC line ($log_errors)" \
    "$(grep -E '(ERROR|FATAL|PANIC):' "$LOGFILE" | grep -v ' \[local\] ' | head -5 | sed 's/^/  /')" \
    "$( [ "$log_foreign" != 0 ] && echo "not counted: $log_foreign from clients on the Unix socket, not this test's")"
else
  tap 1 "the server log can be read" "not found: $LOGFILE"
fi

# --------------------------------------------------------------- 15. end state
IFS='|' read -r years_now fresh < <(q "SELECT (SELECT years FROM electoral.requirement WHERE id = 2041), may_stand(18)")
[ "$years_now" = 18 ] && [ "$fresh" = t ]
tap $? "the rule ends where it began (min_age $years_now) and a fresh session agrees (18 may stand: $fresh)"

elapsed=$(( $(date +%s) - started ))
echo "# figures: $CLIENTS clients + 1 changing session; ${processed:-?} pgbench transactions (one INSERT each) + $own by the changer in ${DURATION} s;"
echo "#          rule changes: 3 committed, 2 rolled back, 1 rolled back to a savepoint; $rejected rejections, $accepted accepted; rows lost: ${lost:-?}"
echo "#          ${elapsed} s in the cluster, of which $(( $(date +%s) - run_ended )) s checking"
[ "$nfailed" -eq 0 ]
