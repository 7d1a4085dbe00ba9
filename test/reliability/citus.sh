#!/usr/bin/env bash
# Reliability: electoral on a Citus cluster gives exactly the answers of one
# node on the same data.
#
# Needs Citus: either installed for this PostgreSQL (citus.so in pkglibdir),
# or CITUS_SRC naming its source (a directory holding citus-*.tar.gz and its
# *.patch files, or the tarball itself), which is then built and installed
# (about 2 minutes on 2 cores; as root it installs the build dependencies
# liblz4-dev libzstd-dev libkrb5-dev when missing).  With neither, a TAP skip
# with the reason.
#
# Builds, on loopback and free ports, a coordinator and two workers (a third
# worker is added later) and one plain PostgreSQL node without Citus, and
# loads the same registry into both (COPY through the coordinator; the
# registry distributed by municipality, candidacy tables co-located, the rule
# tables made reference tables by electoral.citus_distribute_rules()).
#
# Checks, each against the plain node on the same data and the same changes:
#   - reports (can_vote / can_stand per office and municipality, joined to the
#     reference table electoral.office, and without it) and explain() rows,
#     with can_vote evaluated on the workers (pushed down);
#   - the rule tables hold the same rows on every node;
#   - rule changes: committed (a treaty by grant_reciprocal, a grant's period
#     changed), rolled back, made inside the reading transaction, seen by a
#     coordinator session kept open across them (its worker connections
#     reused); a change typed on a worker is refused (ids cannot collide);
#   - the eligibility trigger on distributed tables: INSERT and UPDATE rejected
#     with 23514 and the user's table and trigger named (not the shard's); COPY
#     rejected as a whole (Citus reports XX000); flag mode keeps every reason;
#   - a worker added and the shards rebalanced: the same answers, before and
#     after a further rule change;
#   - pg_dump of the coordinator restored into a fresh Citus database by the
#     documented procedure (notes/citus.md): the same rules and answers;
#   - DROP EXTENSION by the documented procedure leaves no placement behind.
# And prints (diagnostics, never asserted) the report's time on one node and
# on the cluster.
#
# Run from the repository root, as root (servers run as postgres) or as a user
# who may run initdb:  bash test/reliability/citus.sh
# Environment: CITUS_SRC (see above), CITUS_ROWS (registry size, default 40000),
# PG_BINDIR (a PostgreSQL other than pg_config's).  Prints TAP.
set -uo pipefail

BINDIR=${PG_BINDIR:-$(pg_config --bindir)}
PGCONFIG=$BINDIR/pg_config
[ -x "$PGCONFIG" ] || PGCONFIG=$(command -v pg_config)
ROWS=${CITUS_ROWS:-40000}
POLL='2026-09-13'
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE PGOPTIONS PGPASSWORD PGSSLMODE
export PGOPTIONS='-c statement_timeout=300000 -c client_min_messages=warning'
export PGCONNECT_TIMEOUT=10

T=0
FAILS=0
ok() { T=$((T + 1)); echo "ok $T - $1"; }
not_ok() { T=$((T + 1)); FAILS=$((FAILS + 1)); echo "not ok $T - $1"; }
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
is() { # GOT EXPECTED DESCRIPTION
  if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3"; diag "     got: ${1:0:2000}" "expected: ${2:0:2000}"; fi
}
isnt() { # GOT UNEXPECTED DESCRIPTION
  if [ "$1" != "$2" ]; then ok "$3"; else not_ok "$3"; diag "got the same: ${1:0:500}"; fi
}

# ---------------------------------------------------------------------------
# Citus: installed, or built from CITUS_SRC, or a skip
# ---------------------------------------------------------------------------
LIBDIR=$("$PGCONFIG" --pkglibdir)
SHAREDIR=$("$PGCONFIG" --sharedir)
have_citus() { [ -f "$LIBDIR/citus.so" ] && [ -f "$SHAREDIR/extension/citus.control" ]; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/electoral_citus.XXXXXX") || exit 1
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$TMP"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
NODES=()
COPROC_PID=
cleanup() {
  local rc=$? d
  if [ -n "${CITUS_KEEP:-}" ]; then diag "kept: $TMP"; for d in "${!PORT[@]}"; do diag "$d=${PORT[$d]}"; done; return; fi
  if [ -n "$COPROC_PID" ]; then kill "$COPROC_PID" 2>/dev/null; wait "$COPROC_PID" 2>/dev/null; fi
  for d in "${NODES[@]}"; do
    [ -f "$TMP/$d/postmaster.pid" ] && as_pg "$BINDIR/pg_ctl" -D "$TMP/$d" -m immediate -w stop >/dev/null 2>&1
  done
  if [ "$FAILS" -ne 0 ]; then
    for d in "${NODES[@]}"; do
      [ -f "$TMP/$d.log" ] && { diag "--- tail of $d.log"; grep -E 'ERROR|FATAL|PANIC' "$TMP/$d.log" | tail -n 8 | sed 's/^/# /'; }
    done
  fi
  rm -rf "$TMP"
  [ "$T" -gt 0 ] && echo "1..$T"
  [ "$FAILS" -eq 0 ] && exit "$rc"
  exit 1
}
trap cleanup EXIT
trap 'exit 130' INT TERM
bail() { echo "Bail out! $*"; FAILS=$((FAILS + 1)); exit 1; }

build_citus() {
  local src tarball dir patches=() p log=$TMP/citus-build.log
  src=$(realpath -e "$CITUS_SRC")
  if [ -d "$src" ]; then
    tarball=$(ls "$src"/citus-*.tar.gz 2>/dev/null | sort | tail -n 1)
    dir=$src
  else
    tarball=$src
    dir=$(dirname "$src")
  fi
  [ -f "$tarball" ] || { not_ok "CITUS_SRC ($CITUS_SRC) holds a citus-*.tar.gz"; exit 1; }
  for p in "$dir"/citus-*.patch; do [ -f "$p" ] && patches+=("$p"); done
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    local want=() pkg
    for pkg in liblz4-dev libzstd-dev libkrb5-dev; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || want+=("$pkg")
    done
    if [ ${#want[@]} -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${want[@]}" >>"$log" 2>&1 ||
        { DEBIAN_FRONTEND=noninteractive apt-get update -qq >>"$log" 2>&1 &&
          DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${want[@]}" >>"$log" 2>&1; }
    fi
  fi
  mkdir -p "$TMP/citus-build"
  if tar xzf "$tarball" -C "$TMP/citus-build" >>"$log" 2>&1 &&
     cd "$TMP/citus-build"/citus-* &&
     for p in "${patches[@]}"; do patch -p1 <"$p" >>"$log" 2>&1 || exit 1; done &&
     ./configure --without-libcurl PG_CONFIG="$PGCONFIG" >>"$log" 2>&1 &&
     make -j"$(nproc)" >>"$log" 2>&1 &&
     make install >>"$log" 2>&1; then
    cd - >/dev/null || exit 1
    ok "Citus built from $(basename "$tarball") (${#patches[@]} patch(es)) and installed"
  else
    tail -n 30 "$log" | sed 's/^/# /'
    not_ok "Citus builds from $tarball"
    exit 1
  fi
}

if ! have_citus; then
  if [ -z "${CITUS_SRC:-}" ] || ! [ -e "$CITUS_SRC" ]; then
    echo "1..0 # SKIP Citus is not installed ($LIBDIR/citus.so) and CITUS_SRC (${CITUS_SRC:-unset}) names no source to build it from"
    trap - EXIT
    rm -rf "$TMP"
    exit 0
  fi
  build_citus
fi

# ---------------------------------------------------------------------------
# Nodes
# ---------------------------------------------------------------------------
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    if command -v ss >/dev/null 2>&1; then [ -n "$(ss -Htln "sport = :$p" 2>/dev/null)" ] && continue; fi
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
    echo "$p"
    return 0
  done
  return 1
}
declare -A PORT
# start_node NAME CITUS(yes|no)
start_node() {
  local name=$1 citus=$2 port try
  NODES+=("$name")
  as_pg "$BINDIR/initdb" -D "$TMP/$name" -U postgres --auth=trust --encoding=UTF8 --locale=C -N >"$TMP/initdb.log" 2>&1 ||
    { sed 's/^/# /' "$TMP/initdb.log"; return 1; }
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "unix_socket_directories = '$TMP'"
    echo "fsync = off"
    echo "datestyle = 'ISO, YMD'"
    echo "max_prepared_transactions = 40"
    echo "max_connections = 60"
    [ "$citus" = yes ] && echo "shared_preload_libraries = 'citus'"
  } >>"$TMP/$name/postgresql.conf"
  for try in 1 2 3; do
    port=$(free_port) || return 1
    echo "port = $port" >>"$TMP/$name/postgresql.conf"
    if as_pg "$BINDIR/pg_ctl" -D "$TMP/$name" -l "$TMP/$name.log" -w -t 60 start >/dev/null; then
      PORT[$name]=$port
      "$BINDIR/psql" -X -q -h "$TMP" -p "$port" -U postgres -d postgres -c "CREATE DATABASE registry" >/dev/null || return 1
      [ "$citus" = no ] || "$BINDIR/psql" -X -q -h "$TMP" -p "$port" -U postgres -d registry -c "CREATE EXTENSION citus" >/dev/null
      return $?
    fi
  done
  return 1
}
# on NODE [DB] -- psql options: unaligned, tuples only, stop on error
on() { local n=$1; shift; "$BINDIR/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$TMP" -p "${PORT[$n]}" -U postgres -d "${DB:-registry}" "$@"; }

if start_node one no && start_node coord yes && start_node w1 yes && start_node w2 yes &&
   on coord -c "SELECT pg_catalog.citus_set_coordinator_host('127.0.0.1', ${PORT[coord]})" \
            -c "SELECT pg_catalog.citus_add_node('127.0.0.1', ${PORT[w1]})" \
            -c "SELECT pg_catalog.citus_add_node('127.0.0.1', ${PORT[w2]})" >/dev/null; then
  ok "one plain node (${PORT[one]}) and a Citus coordinator (${PORT[coord]}) with two workers (${PORT[w1]}, ${PORT[w2]}) on loopback"
else
  bail "could not start the nodes"
fi
CITUS_VERSION=$(on coord -c "SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'citus'")
diag "Citus $CITUS_VERSION, $(on coord -c 'SELECT pg_catalog.version()' | cut -d, -f1)"

# ---------------------------------------------------------------------------
# The registry: the same schema on both; distributed on the cluster
# ---------------------------------------------------------------------------
SCHEMA_SQL=$(cat <<'EOSQL'
CREATE EXTENSION electoral;
CREATE SCHEMA reg;
CREATE TABLE reg.person (
    id bigint NOT NULL, municipality int NOT NULL, born date, citizenships electoral.country[],
    residence electoral.residence, resident_since date, registered bool, incapacitated bool, imprisoned bool,
    PRIMARY KEY (municipality, id));
CREATE TABLE reg.candidacy (
    id bigint NOT NULL, municipality int NOT NULL, office text, poll date, born date,
    citizenships electoral.country[], residence electoral.residence, resident_since date,
    PRIMARY KEY (municipality, id));
CREATE TABLE reg.candidacy_flag (LIKE reg.candidacy INCLUDING ALL, problems text[]);
-- the error a statement raises, or 'ok': sqlstate | message | detail | hint
CREATE FUNCTION reg.try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE s text; m text; d text; h text;
BEGIN
    EXECUTE q;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT;
    RETURN concat_ws(' | ', s, m, d, h);
END $$;
EOSQL
)
DISTRIBUTE_SQL=$(cat <<'EOSQL'
SELECT count(*) FROM electoral.citus_distribute_rules();
SELECT create_distributed_table('reg.person', 'municipality');
SELECT create_distributed_table('reg.candidacy', 'municipality', colocate_with => 'reg.person');
SELECT create_distributed_table('reg.candidacy_flag', 'municipality', colocate_with => 'reg.person');
EOSQL
)
TRIGGER_SQL=$(cat <<'EOSQL'
SET citus.enable_unsafe_triggers = on;
CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON reg.candidacy FOR EACH ROW
    EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=office', 'on_date=poll',
        'citizenships=citizenships', 'birth_date=born', 'residence=residence', 'resident_since=resident_since');
CREATE TRIGGER candidacy_flagged BEFORE INSERT OR UPDATE ON reg.candidacy_flag FOR EACH ROW
    EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=office', 'on_date=poll',
        'citizenships=citizenships', 'birth_date=born', 'residence=residence', 'resident_since=resident_since',
        'flag=problems');
EOSQL
)
# Deterministic people: ages 3 to 96 on polling day (some turn 18 or 21 near
# it), citizens of Russia, Belarus, Kazakhstan, Armenia, some dual; residence
# and registration varied; a few incapacitated or imprisoned.
DATA_SQL="INSERT INTO reg.person
SELECT g, g % 40, date '1930-01-01' + (g::bigint * 7919 % 34000)::int,
       (ARRAY['{RU}','{RU}','{RU}','{RU}','{RU,KZ}','{BY}','{KZ}','{BY,RU}','{AM}','{RU}'])[1 + g % 10]::electoral.country[],
       (ARRAY['none','permanent','permanent','temporary'])[1 + (g / 10) % 4]::electoral.residence,
       date '2000-01-01' + ((g * 31) % 9000), (g % 3) <> 0, (g % 211) = 0, (g % 173) = 0
  FROM generate_series(1, $ROWS) AS g;"

if on one -c "$SCHEMA_SQL" >/dev/null 2>"$TMP/err" &&
   on one -f - <<<"$(sed '/citus.enable_unsafe_triggers/d' <<<"$TRIGGER_SQL")" >/dev/null 2>>"$TMP/err" &&
   on one -c "$DATA_SQL" >/dev/null 2>>"$TMP/err"; then
  ok "plain node: electoral and a registry of $ROWS people"
else
  not_ok "plain node: electoral and a registry"; diag "$(cat "$TMP/err")"
fi
if on coord -c "$SCHEMA_SQL" >/dev/null 2>"$TMP/err" && on coord -f - <<<"$DISTRIBUTE_SQL" >/dev/null 2>>"$TMP/err" &&
   on coord -f - <<<"$TRIGGER_SQL" >/dev/null 2>>"$TMP/err" &&
   on one -c "COPY reg.person TO STDOUT" | on coord -c "COPY reg.person FROM STDIN" 2>>"$TMP/err"; then
  ok "cluster: CREATE EXTENSION, electoral.citus_distribute_rules(), registry distributed by municipality, loaded by COPY through the coordinator"
else
  not_ok "cluster: electoral, rules distributed, registry loaded"; diag "$(cat "$TMP/err")"
fi
is "$(on coord -c "SELECT string_agg(logicalrelid::text || ':' || partmethod::text, ' ' ORDER BY logicalrelid::text)
                    FROM pg_catalog.pg_dist_partition WHERE logicalrelid::text LIKE 'electoral.%'")" \
   "electoral.franchise_grant:n electoral.office:n electoral.requirement:n" \
   "the rule tables are reference tables (partmethod n)"
is "$(on coord -c "SELECT count(*) FROM reg.person")" "$ROWS" "the cluster holds the $ROWS people"

# ---------------------------------------------------------------------------
# Reports, compared as text (md5) between the plain node and the cluster
# ---------------------------------------------------------------------------
ARGS="p.citizenships, p.born, p.residence, p.resident_since, p.registered, p.incapacitated, p.imprisoned"
REPORT_JOIN="SELECT o.code, p.municipality,
       count(*) FILTER (WHERE electoral.can_vote(o.code, DATE '$POLL', $ARGS)) AS voters,
       count(*) FILTER (WHERE electoral.can_stand(o.code, DATE '$POLL', $ARGS)) AS candidates
  FROM reg.person AS p CROSS JOIN electoral.office AS o
 GROUP BY 1, 2 ORDER BY 1, 2"
REPORT_MUNI="SELECT p.municipality, count(*) FILTER (WHERE electoral.can_vote('RU.municipal_council', DATE '$POLL', $ARGS))
  FROM reg.person AS p GROUP BY 1 ORDER BY 1"
REPORT_EXPLAIN="SELECT p.id, e.requirement, e.satisfied, e.detail, e.legal_basis
  FROM reg.person AS p,
       LATERAL electoral.explain('vote', 'RU.municipal_council', DATE '$POLL', $ARGS) AS e
 WHERE p.id % 97 = 0 ORDER BY 1, 2, 4"
TOTALS="SELECT sum(CASE WHEN electoral.can_vote('RU.municipal_council', DATE '$POLL', $ARGS) THEN 1 ELSE 0 END)
  FROM reg.person AS p"
# state NODE: the md5 of every report, then the municipal voters in total
state() { on "$1" -c "SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_JOIN) AS r" \
                  -c "SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_MUNI) AS r" \
                  -c "SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_EXPLAIN) AS r" \
                  -c "$TOTALS" 2>&1 | tr '\n' ' '; }
RULES="SELECT md5(string_agg(t, ';' ORDER BY t)) FROM (
    SELECT o::text AS t FROM electoral.office AS o UNION ALL
    SELECT r::text FROM electoral.requirement AS r UNION ALL SELECT g::text FROM electoral.franchise_grant AS g) AS s"
# rules_everywhere: the rule rows as each node of the cluster sees them, and the plain node's
rules_everywhere() { local n; for n in coord w1 w2 "$@"; do printf '%s=%s ' "$n" "$(on "$n" -c "$RULES" 2>&1)"; done; }
rules_expected() { local n m; m=$(on one -c "$RULES"); for n in coord w1 w2 "$@"; do printf '%s=%s ' "$n" "$m"; done; }

S0=$(state one)
is "$(state coord)" "$S0" "before any change: reports (per office and municipality, per municipality, explain rows) equal one node's"
diag "municipal council voters: $(awk '{print $4}' <<<"$S0") of $ROWS"
plan=$(on coord -c "EXPLAIN (VERBOSE, COSTS OFF) $REPORT_MUNI")
if grep -q 'Task Count: 32' <<<"$plan" && grep -qE 'Query: SELECT .*electoral\.can_vote' <<<"$plan"; then
  ok "the report is pushed down whole: can_vote runs on the workers' shards (32 tasks)"
else
  not_ok "the report is pushed down whole"; diag "$plan"
fi
is "$(rules_everywhere)" "$(rules_expected)" "the rule tables hold the same rows on every node"

# A coordinator session kept open across the rule changes: its connections to
# the workers (and the workers' rulebooks) are reused.
if command -v stdbuf >/dev/null 2>&1; then LINEBUF=(stdbuf -oL -eL); else LINEBUF=(); fi
coproc KEPT { exec "${LINEBUF[@]}" "$BINDIR/psql" -X -q -A -t -h "$TMP" -p "${PORT[coord]}" -U postgres -d registry 2>&1; }
COPROC_PID=$KEPT_PID
KEPT_IN=${KEPT[1]}
KEPT_OUT=${KEPT[0]}
kept() { # SQL: run in the kept session, print its output on one line
  local line out=""
  printf '%s\n\\echo @@KEPT@@\n' "$1" >&"$KEPT_IN"
  while IFS= read -r -t 300 line <&"$KEPT_OUT"; do
    [ "$line" = "@@KEPT@@" ] && { printf '%s' "$out"; return 0; }
    out+="$line "
  done
  printf '%s' "${out}TIMEOUT"
}
kept_state() {
  kept "SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_JOIN) AS r;
        SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_MUNI) AS r;
        SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_EXPLAIN) AS r;
        $TOTALS;"
}
is "$(kept_state)" "$S0" "a coordinator session kept open: the same answers before the changes"

# both SQL: the same change on the plain node and the coordinator
both() { on one -c "$1" >/dev/null 2>"$TMP/err1" && on coord -c "$1" >/dev/null 2>"$TMP/err2" ||
           { diag "$(cat "$TMP/err1" "$TMP/err2")"; return 1; }; }

# ---------------------------------------------------------------------------
# Rule changes
# ---------------------------------------------------------------------------
# 1. A treaty recorded by grant_reciprocal (Russia-Kazakhstan, local votes of
#    permanent residents), committed.
if both "SELECT electoral.grant_reciprocal('RU', 'KZ', '{vote}', '{local}', '[2026-01-01,)',
            'test treaty RU-KZ', 'test basis')"; then
  ok "grant_reciprocal records a two-sided treaty on the cluster (PL/pgSQL: no SQL-function parameters for Citus)"
else
  not_ok "grant_reciprocal records a two-sided treaty on the cluster"
fi
is "$(on coord -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM electoral.franchise_grant WHERE treaty LIKE 'test treaty%'")" \
   "$(on one -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM electoral.franchise_grant WHERE treaty LIKE 'test treaty%'")" \
   "users' grants take the same ids as on one node (the coordinator's sequence)"
S1=$(state one)
isnt "$S1" "$S0" "control: the treaty changes the answers (KZ residents may vote locally)"
is "$(state coord)" "$S1" "after a committed change: new sessions on the cluster answer as one node"
is "$(kept_state)" "$S1" "after a committed change: the kept session (reused worker connections) answers as one node"
is "$(rules_everywhere)" "$(rules_expected)" "after a committed change: the same rule rows on every node"

# 2. A change rolled back.
CHANGE_GRANT="UPDATE electoral.franchise_grant SET in_force = '[2026-10-01,)' WHERE treaty = 'test treaty RU-KZ'"
on coord -c "BEGIN" -c "$CHANGE_GRANT" -c "ROLLBACK" >/dev/null 2>&1
is "$(state coord)" "$S1" "after a rolled-back change: the cluster's answers are unchanged"
is "$(kept_state)" "$S1" "after a rolled-back change: the kept session's too"
is "$(rules_everywhere)" "$(rules_expected)" "after a rolled-back change: no node kept any of it"

# 3. A change inside the reading transaction, then rolled back.
inside() { on "$1" -c "BEGIN" -c "$CHANGE_GRANT" \
             -c "SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_JOIN) AS r" \
             -c "SELECT md5(string_agg(r::text, ';' ORDER BY r::text)) FROM ($REPORT_MUNI) AS r" -c "$TOTALS" -c "ROLLBACK" 2>&1 | tr '\n' ' '; }
IN1=$(inside one)
isnt "$IN1" "$S1" "control: inside its transaction the change to the grant's period changes one node's answers"
is "$(inside coord)" "$IN1" "a change inside the reading transaction: the cluster's reports in it equal one node's"
is "$(state coord)" "$S1" "and after its rollback the cluster answers as before"

# 4. The measured divergence: UPDATE electoral.franchise_grant, committed.
both "UPDATE electoral.franchise_grant SET in_force = '[2026-10-01,)' WHERE id = 1"
S2=$(state one)
isnt "$S2" "$S1" "control: the Russia-Belarus grant now starts after polling day on one node"
is "$(state coord)" "$S2" "after UPDATE electoral.franchise_grant committed on the coordinator: the cluster answers as one node"
is "$(kept_state)" "$S2" "and so does the kept session"

# 5. A change typed on a worker is refused: its ids would collide.
WORKER_INSERT="INSERT INTO electoral.franchise_grant (host, nationals, roles, levels, in_force, treaty, legal_basis)
               VALUES ('RU', '{AM}', '{vote}', '{local}', '[2026-01-01,)', 'typed on a worker', 'test basis')"
got=$(on w1 -c "SELECT reg.try(\$q\$$WORKER_INSERT\$q\$)" 2>&1)
is "${got%% | *}" "0A000" "a rule change made on a worker is refused (0A000): rules change on the coordinator only"
diag "$got"
is "$(rules_everywhere)" "$(rules_expected)" "nothing of it reached any node (no row overwritten by a colliding id)"

# ---------------------------------------------------------------------------
# The eligibility trigger on distributed tables
# ---------------------------------------------------------------------------
BAD_ROW="INSERT INTO reg.candidacy VALUES (1, 7, 'RU.municipal_head', '$POLL', '2007-01-01', '{RU,KZ}', 'permanent', '2010-01-01')"
is "$(on coord -c "SELECT reg.try(\$q\$$BAD_ROW\$q\$)")" "$(on one -c "SELECT reg.try(\$q\$$BAD_ROW\$q\$)")" \
   "INSERT of an ineligible candidate: the same SQLSTATE (23514), message (naming table candidacy), detail and hint (naming trigger candidacy_eligible)"
both "INSERT INTO reg.candidacy VALUES (2, 7, 'RU.municipal_head', '$POLL', '1980-01-01', '{RU}', 'permanent', '2010-01-01')"
BAD_UPDATE="UPDATE reg.candidacy SET born = '2009-01-01' WHERE id = 2"
is "$(on coord -c "SELECT reg.try(\$q\$$BAD_UPDATE\$q\$)")" "$(on one -c "SELECT reg.try(\$q\$$BAD_UPDATE\$q\$)")" \
   "UPDATE making a candidate ineligible: the same error as one node"
CANDIDATES="1	7	RU.municipal_council	$POLL	1980-05-05	{RU}	permanent	2000-01-01
2	8	RU.municipal_council	$POLL	2010-05-05	{RU}	permanent	2000-01-01
3	9	RU.municipal_head	$POLL	1990-05-05	{BY,RU}	permanent	2000-01-01
4	10	RU.municipal_council	$POLL	1970-05-05	{KZ}	permanent	2000-01-01
5	11	RU.no_such_office	$POLL	1970-05-05	{RU}	permanent	2000-01-01
6	12	RU.state_duma	$POLL	1990-05-05	{RU}	none	\N"
copy_reject() { printf '%s\n' "$CANDIDATES" | on "$1" -v VERBOSITY=verbose -c "COPY reg.candidacy (id, municipality, office, poll, born, citizenships, residence, resident_since) FROM STDIN" 2>&1 | head -n 1; }
c1=$(copy_reject one)
c2=$(copy_reject coord)
diag "COPY on one node: $c1" "COPY on the cluster: $c2"
if [[ "$c1" == *"rejected"* && "$c2" == *"rejected"* && "$c2" == *'"candidacy"'* ]] &&
   [ "$(on coord -c "SELECT count(*) FROM reg.candidacy")" = "$(on one -c "SELECT count(*) FROM reg.candidacy")" ]; then
  ok "COPY with ineligible rows into a rejecting table fails as a whole on both (Citus reports it as XX000, without the hint)"
else
  not_ok "COPY with ineligible rows into a rejecting table fails as a whole on both"
fi
FLAGGED="SELECT md5(string_agg(c::text, ';' ORDER BY id)) FROM reg.candidacy_flag AS c"
printf '%s\n' "$CANDIDATES" | on one -c "COPY reg.candidacy_flag (id, municipality, office, poll, born, citizenships, residence, resident_since) FROM STDIN" >/dev/null 2>&1
printf '%s\n' "$CANDIDATES" | on coord -c "COPY reg.candidacy_flag (id, municipality, office, poll, born, citizenships, residence, resident_since) FROM STDIN" >/dev/null 2>&1
is "$(on coord -c "$FLAGGED")" "$(on one -c "$FLAGGED")" \
   "flag mode: COPY through the coordinator keeps every row with exactly one node's recorded reasons"
diag "$(on coord -c "SELECT id || ': ' || coalesce(array_to_string(problems, '; '), 'NULL') FROM reg.candidacy_flag ORDER BY id")"

# ---------------------------------------------------------------------------
# Performance, side by side (diagnostics only: nothing here is asserted)
# ---------------------------------------------------------------------------
# best NODE [SETTING]: the best of 3 runs of the per-office report, in ms (server side)
best() {
  on "$1" -c "${2:-SELECT 1}" -c "DO \$\$ DECLARE t0 timestamptz; best float8 := 'infinity'; n bigint; BEGIN
      FOR i IN 1..3 LOOP
        t0 := clock_timestamp();
        EXECUTE \$r\$SELECT sum(voters + candidates) FROM ($REPORT_JOIN) AS r\$r\$ INTO n;
        best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
      END LOOP;
      RAISE WARNING 'best=%', round(best::numeric, 1); END \$\$" 2>&1 | sed -nE 's/.*best=([0-9.]+).*/\1/p'
}
CALLS=$((ROWS * $(on one -c "SELECT count(*) FROM electoral.office") * 2))
T_SERIAL=$(best one "SET max_parallel_workers_per_gather = 0")
T_ONE=$(best one)
T_TWO=$(best coord)
diag "performance: per office and municipality report ($CALLS can_vote/can_stand calls), best of 3, $(nproc) cores shared by all nodes:" \
     "  one node, serial:              ${T_SERIAL} ms" \
     "  one node, parallel (default):  ${T_ONE} ms" \
     "  coordinator + 2 workers:       ${T_TWO} ms"

# ---------------------------------------------------------------------------
# A worker added, the shards rebalanced
# ---------------------------------------------------------------------------
if start_node w3 yes &&
   on coord -c "SELECT pg_catalog.citus_add_node('127.0.0.1', ${PORT[w3]})" \
            -c "SELECT pg_catalog.rebalance_table_shards(shard_transfer_mode => 'block_writes')" >/dev/null 2>"$TMP/err"; then
  ok "a third worker (${PORT[w3]}) added and the shards rebalanced"
else
  not_ok "a third worker added and the shards rebalanced"; diag "$(cat "$TMP/err")"
fi
n3=$(on coord -c "SELECT count(*) FROM pg_catalog.citus_shards WHERE nodeport = ${PORT[w3]} AND table_name::text = 'reg.person'")
if [ "${n3:-0}" -gt 0 ]; then ok "the new worker holds $n3 shards of the registry"; else not_ok "the new worker holds shards of the registry"; fi
is "$(rules_everywhere w3)" "$(rules_expected w3)" "the new worker holds the rules, users' changes included"
is "$(state coord)" "$S2" "after the rebalance: the cluster answers as one node"
both "UPDATE electoral.requirement SET years = 19 WHERE office = 'RU.municipal_council' AND role = 'vote' AND kind = 'min_age'"
S3=$(state one)
isnt "$S3" "$S2" "control: a voting age of 19 changes one node's answers"
is "$(state coord)" "$S3" "a rule change after the rebalance: the cluster (new worker included) answers as one node"
is "$(kept_state)" "$S3" "and so does the kept session"

diag "  coordinator + 3 workers:       $(best coord) ms (after the rebalance)"

# ---------------------------------------------------------------------------
# pg_dump of the coordinator, restored into a fresh Citus database
# ---------------------------------------------------------------------------
"$BINDIR/pg_dump" -Fc -h "$TMP" -p "${PORT[coord]}" -U postgres -d registry -f "$TMP/registry.dump" 2>"$TMP/err" ||
  diag "$(cat "$TMP/err")"
restore() {
  local n
  for n in coord w1 w2 w3; do
    on "$n" -d postgres -c "CREATE DATABASE restored" >/dev/null || return 1
    DB=restored on "$n" -c "CREATE EXTENSION citus" >/dev/null || return 1
  done
  DB=restored on coord -c "SELECT pg_catalog.citus_set_coordinator_host('127.0.0.1', ${PORT[coord]})" \
     -c "SELECT pg_catalog.citus_add_node('127.0.0.1', ${PORT[w1]})" -c "SELECT pg_catalog.citus_add_node('127.0.0.1', ${PORT[w2]})" \
     -c "SELECT pg_catalog.citus_add_node('127.0.0.1', ${PORT[w3]})" >/dev/null || return 1
  # the documented procedure: schema (but not Citus itself), distribute, data
  "$BINDIR/pg_restore" -l "$TMP/registry.dump" | grep -vE ' EXTENSION - citus$| COMMENT - EXTENSION citus$' >"$TMP/list"
  "$BINDIR/pg_restore" -h "$TMP" -p "${PORT[coord]}" -U postgres -d restored --section=pre-data -L "$TMP/list" --exit-on-error "$TMP/registry.dump" || return 1
  DB=restored on coord -f - <<<"$DISTRIBUTE_SQL" >/dev/null || return 1
  # the eligibility triggers of the post-data section are created on distributed tables
  PGOPTIONS="$PGOPTIONS -c citus.enable_unsafe_triggers=on" \
  "$BINDIR/pg_restore" -h "$TMP" -p "${PORT[coord]}" -U postgres -d restored --section=data --section=post-data \
    -L "$TMP/list" --exit-on-error "$TMP/registry.dump" 2>"$TMP/restore.err" ||
    { cat "$TMP/restore.err"; return 1; }
}
if restore >"$TMP/err" 2>&1; then
  ok "pg_dump of the coordinator restored into a fresh Citus database: schema, citus_distribute_rules(), create_distributed_table, data"
else
  not_ok "pg_dump of the coordinator restored into a fresh Citus database"; diag "$(tail -n 20 "$TMP/err")"
fi
is "$(DB=restored rules_everywhere w3)" "$(rules_everywhere w3)" "restored: every node holds the rules of the dump, users' changes included, nothing doubled"
is "$(DB=restored state coord)" "$S3" "restored: the reports equal one node's"

# ---------------------------------------------------------------------------
# DROP EXTENSION, by the documented procedure
# ---------------------------------------------------------------------------
PLACEMENTS="SELECT count(*) FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
             WHERE n.nspname = 'electoral' AND c.relname ~ '^(office|requirement|franchise_grant)_[0-9]+$'"
placements() { local n; for n in coord w1 w2 w3; do printf '%s=%s ' "$n" \
  "$(DB=restored on "$n" -c "SET citus.override_table_visibility = off" -c "$PLACEMENTS" -c "SELECT count(*) FROM pg_catalog.pg_extension WHERE extname = 'electoral'" | tr '\n' '/')"; done; }
DB=restored on coord -c "ALTER TABLE reg.person DROP COLUMN citizenships, DROP COLUMN residence" >/dev/null 2>&1
DB=restored on coord -c "DROP TABLE reg.candidacy, reg.candidacy_flag" >/dev/null 2>&1
if DB=restored on coord >/dev/null 2>"$TMP/err" <<'EOSQL'
CREATE TEMP TABLE electoral_placements AS
    SELECT pg_catalog.string_agg(pg_catalog.format('electoral.%I', c.relname || '_' || s.shardid), ', ') AS placements
      FROM pg_catalog.pg_dist_shard AS s JOIN pg_catalog.pg_class AS c ON c.oid = s.logicalrelid
     WHERE c.relnamespace = 'electoral'::regnamespace;
-- CASCADE reaches only what Citus leaves behind: the placements' columns and
-- triggers (the registry's own columns of electoral types were dropped above)
DROP EXTENSION electoral CASCADE;
SELECT r.nodeid, r.success, r.result
  FROM electoral_placements AS p,
       LATERAL pg_catalog.run_command_on_all_nodes('DROP TABLE IF EXISTS ' || p.placements) AS r;
EOSQL
then
  ok "DROP EXTENSION electoral on the coordinator, then the placements Citus leaves dropped on every node"
else
  not_ok "DROP EXTENSION electoral by the documented procedure"; diag "$(cat "$TMP/err")"
fi
is "$(placements)" "coord=0/0/ w1=0/0/ w2=0/0/ w3=0/0/ " "after DROP EXTENSION: no placement of a rule table and no electoral on any node"
if DB=restored on coord -c "CREATE EXTENSION electoral" -c "SELECT count(*) FROM electoral.citus_distribute_rules()" >/dev/null 2>"$TMP/err"; then
  ok "electoral installs and distributes its rules again afterwards"
else
  not_ok "electoral installs and distributes its rules again afterwards"; diag "$(cat "$TMP/err")"
fi

# ---------------------------------------------------------------------------
# Without Citus: the function says so
# ---------------------------------------------------------------------------
got=$(on one -c "SELECT reg.try('SELECT electoral.citus_distribute_rules()')")
is "${got%% | *}" "0A000" "on plain PostgreSQL electoral.citus_distribute_rules() refuses with 0A000, and nothing else needs Citus"
