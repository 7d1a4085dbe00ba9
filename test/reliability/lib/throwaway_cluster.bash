# Sourced by reliability scenarios that run inside one throwaway cluster.
#
#   . "$(dirname "$0")/lib/throwaway_cluster.bash"
#   run_in_throwaway_cluster "$0" "$@"     # returns only inside the cluster
#
# Outside, it makes a cluster with pg_virtualenv and runs the script again
# inside it, then exits with its status.  TAP goes to fd 3 (the caller's
# stdout); pg_virtualenv's own chatter goes to stderr.  pg_virtualenv can
# lose a race for a port with another cluster starting at the same moment,
# so it tries again (a few times) when the cluster never came up; the inner
# run marks "up" by creating the file ELECTORAL_CLUSTER_UP names.

run_in_throwaway_cluster() {
  local script=$1 attempt rc
  shift
  if [ -n "${ELECTORAL_CLUSTER_UP:-}" ]; then
    : > "$ELECTORAL_CLUSTER_UP"   # inside: the cluster is up
    unset ELECTORAL_CLUSTER_UP    # a scenario's own child scripts start afresh
    return 0
  fi
  if ! command -v pg_virtualenv > /dev/null; then
    echo "Bail out! pg_virtualenv (postgresql-common) is needed to make a throwaway cluster"
    exit 1
  fi
  local major
  major=$(pg_config --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
  # Never a server named from outside: only the throwaway one.
  unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGPASSWORD PGSERVICE PGSERVICEFILE PGOPTIONS
  ELECTORAL_CLUSTER_UP=$(mktemp "${TMPDIR:-/tmp}/electoral_started.XXXXXX")
  export ELECTORAL_CLUSTER_UP
  trap 'rm -f "$ELECTORAL_CLUSTER_UP"' EXIT
  for attempt in 1 2 3; do
    rm -f "$ELECTORAL_CLUSTER_UP"
    pg_virtualenv -t -v "$major" bash "$script" "$@" 3>&1 1>&2
    rc=$?
    [ -e "$ELECTORAL_CLUSTER_UP" ] && exit $rc
    echo "# pg_virtualenv failed before the tests started (attempt $attempt, exit $rc)" >&2
    sleep $((attempt * 2 + RANDOM % 3))
  done
  echo "Bail out! could not start a throwaway cluster with pg_virtualenv"
  exit 1
}
