#!/usr/bin/env bash
# bench/run.sh: run benchmark cases against the server the libpq environment
# names (tools/run-bench provides one), print each case's table, and keep the
# whole output in bench/out/latest.txt plus a timestamped copy beside it.
#
# Usage: bench/run.sh [CASE...]    CASE is a file name under bench/ without .sql;
#                                  default: every bench/*.sql, in name order.
# Environment:
#   BENCH_REPS        timed repetitions of each measurement (default 5; cases take the median)
#   BENCH_ROWS        data size for cases that take one (each case has its default)
#   BENCH_SERVER_DIR  server-side directory for generated data files
#                     (default: the server's data directory)
#   BENCH_DB          scratch database, dropped and re-created for each case
#                     (default electoral_bench)
#
# A benchmark, not a test: no timing ever fails it.  It exits non-zero only
# when something errors (bad data, a failed COPY, no server, ...).
#
# A case is a psql script run with ON_ERROR_STOP in a fresh database where the
# extension is created, with psql variables reps, srvdir (and rows when
# BENCH_ROWS is set); it prints its own table and verdict.  See bench/README.md.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

reps=${BENCH_REPS:-5}
rows=${BENCH_ROWS:-}
db=${BENCH_DB:-electoral_bench}
out=bench/out

die() { echo "bench: $*" >&2; exit 2; }
[[ $reps =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPS must be a positive integer, not '$reps'"
[[ -z $rows || $rows =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROWS must be a positive integer, not '$rows'"

cases=()
if [ $# -eq 0 ]; then
  for f in bench/*.sql; do [ -e "$f" ] && cases+=("$(basename "$f" .sql)"); done
else
  for c in "$@"; do
    c=$(basename "$c" .sql)
    [ -f "bench/$c.sql" ] || die "no case bench/$c.sql"
    cases+=("$c")
  done
fi
[ ${#cases[@]} -gt 0 ] || die "no cases under bench/"

# -X: no ~/.psqlrc; notices (DROP ... IF EXISTS and the like) would only clutter the tables
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
psql_cmd=(psql -X -q -v ON_ERROR_STOP=1 -P footer=off)

header() {
  local q
  q=$("${psql_cmd[@]}" -d postgres -At -F '|' -c "
    SELECT current_setting('server_version'),
           coalesce((SELECT default_version FROM pg_available_extensions WHERE name = 'electoral'), '-'),
           current_setting('data_directory'),
           (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)") || return 1
  IFS='|' read -r server_version ext_version data_dir superuser <<< "$q"
  [ "$ext_version" != - ] || { echo "bench: the electoral extension is not installed on the server (make install)" >&2; return 1; }
  [ "$superuser" = t ] || echo "bench: warning: not a superuser; server-side COPY needs pg_read_server_files and pg_write_server_files" >&2
  srvdir=${BENCH_SERVER_DIR:-$data_dir}

  echo "electoral benchmarks, $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
  echo "git:     $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(
           [ -n "$(GIT_OPTIONAL_LOCKS=0 git status --porcelain 2>/dev/null)" ] && echo ' with local changes')"
  echo "server:  PostgreSQL $server_version at ${PGHOST:-local socket}:${PGPORT:-5432}, electoral $ext_version"
  local so
  so="$(pg_config --pkglibdir 2>/dev/null)/electoral.so"
  [ -f "$so" ] && echo "library: $so, installed $(date -u -r "$so" '+%Y-%m-%d %H:%M:%S UTC') (local install)"
  "${psql_cmd[@]}" -d postgres -At -c "
    SELECT 'settings: ' || string_agg(name || '=' || current_setting(name), ', ' ORDER BY name)
    FROM pg_settings
    WHERE name IN ('shared_buffers', 'wal_level', 'fsync', 'synchronous_commit', 'max_wal_size',
                   'wal_buffers', 'jit')" || return 1
  echo "host:    $(nproc) CPU(s), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "reps:    $reps (median reported)"
}

run_case() {
  local name=$1 t0 rc
  echo
  t0=$(date +%s)
  "${psql_cmd[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || return 1
  "${psql_cmd[@]}" -d "$db" -c "CREATE EXTENSION electoral" || return 1
  "${psql_cmd[@]}" -d "$db" -v reps="$reps" -v srvdir="$srvdir" ${rows:+-v rows="$rows"} \
    -f "bench/$name.sql"
  rc=$?
  "${psql_cmd[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" || rc=1
  echo "($name: $(( $(date +%s) - t0 )) s)"
  return $rc
}

main() {
  local failed=()
  header || return 1
  for c in "${cases[@]}"; do
    run_case "$c" || failed+=("$c")
  done
  echo
  if [ ${#failed[@]} -gt 0 ]; then
    echo "bench: ${#cases[@]} case(s), FAILED: ${failed[*]}"
    return 1
  fi
  echo "bench: ${#cases[@]} case(s) run: ${cases[*]}"
}

mkdir -p "$out" || exit 1
tmp=$(mktemp "$out/.run.XXXXXX") || exit 1
main 2>&1 | tee "$tmp"
rc=${PIPESTATUS[0]}
cp "$tmp" "$out/run-$(date -u +%Y%m%d-%H%M%S).txt"
mv "$tmp" "$out/latest.txt"
chmod 644 "$out/latest.txt" "$out"/run-*.txt 2>/dev/null
echo "(output kept in $out/latest.txt)"
exit "$rc"
