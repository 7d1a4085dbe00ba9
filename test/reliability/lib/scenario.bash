# Sourced by the reliability scenarios that run inside a throwaway cluster
# (lib/throwaway_cluster.bash): TAP on fd 3, and psql helpers.

n=0
failed=0
out() { printf '%s\n' "$*" >&3; }
diag() { printf '%s\n' "$@" | sed 's/^/# /' >&3; }
pass() { n=$((n + 1)); out "ok $n - $1"; }
skip() { n=$((n + 1)); out "ok $n # SKIP $1"; }
fail() {
  n=$((n + 1)); failed=$((failed + 1)); out "not ok $n - $1"; shift
  [ $# -gt 0 ] && diag "$@"
  return 0
}
# is GOT EXPECTED DESCRIPTION
is() {
  if [ "$1" == "$2" ]; then pass "$3"; else fail "$3" "got:      $1" "expected: $2"; fi
}
bail() { out "Bail out! $*"; out "1..$n"; exit 1; }

export PGOPTIONS="-c client_min_messages=warning"
# psql on database $1, script on stdin; unaligned, tuples only, stop on error.
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -f - ; }
# One query on database $1.
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
