# Sourced by scenarios that change the system's PostgreSQL install (shared
# by everyone on this machine): hold /tmp/electoral-pg.lock while they do.
#
#   with_pg_lock COMMAND [ARG...]
#
# Runs COMMAND holding the lock.  When an ancestor of this shell already
# holds it (`flock /tmp/electoral-pg.lock make test`), taking it again would
# wait for ourselves forever, so COMMAND runs as it is.  flock(1) records its
# own pid as the holder in /proc/locks, and that pid is our ancestor.

ELECTORAL_PG_LOCK=${ELECTORAL_PG_LOCK:-/tmp/electoral-pg.lock}

pg_lock_held_by_ancestor() {
  local inode holders pid
  [ -e "$ELECTORAL_PG_LOCK" ] || return 1
  inode=$(stat -c %i "$ELECTORAL_PG_LOCK")
  # /proc/locks: "N: FLOCK  ADVISORY  WRITE PID MAJ:MIN:INODE START END"
  holders=$(awk -v ino="$inode" '$2 == "FLOCK" { split($6, f, ":"); if (f[3] == ino) print $5 }' /proc/locks)
  [ -n "$holders" ] || return 1
  pid=$$
  while [ -n "$pid" ] && [ "$pid" -gt 1 ]; do
    grep -qx "$pid" <<< "$holders" && return 0
    pid=$(awk '/^PPid:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
  done
  return 1
}

with_pg_lock() {
  local fd rc
  if pg_lock_held_by_ancestor; then
    "$@"
    return
  fi
  exec {fd}>>"$ELECTORAL_PG_LOCK"
  flock "$fd"
  "$@"
  rc=$?
  flock -u "$fd"
  exec {fd}>&-
  return $rc
}
