#!/usr/bin/env bash
# Reliability: what a client driver sends.  examples/psycopg_example.py
# (psycopg2, Debian's python3-psycopg2) inserts typed values, calls can_vote
# with parameters and reads explain; its output must be
# examples/psycopg_example.expected, so the example cannot rot.  Then the
# call a driver makes: psycopg2 sends a Python list of str as ARRAY['..'], a
# text[]; 1.0 refuses it (42883, no can_vote takes text[]), 1.1 takes it
# (the implicit cast text[] -> electoral.country[]).  An empty list and a
# list holding None work; a bare str for the citizenships is an untyped
# literal read as an array and refused (22P02) -- the documented limit.
#
# Run from the repository root, with the extension installed:
#     bash test/reliability/client_example.sh
# It makes its own throwaway cluster (pg_virtualenv, loopback only), prints
# TAP on stdout, exits non-zero on any failure and removes what it made.
set -uo pipefail

. "$(dirname "$0")/lib/throwaway_cluster.bash"
run_in_throwaway_cluster "$0" "$@"

# ---------------------------------------------------------------------------
# Inside the cluster.
# ---------------------------------------------------------------------------
. "$(dirname "$0")/lib/scenario.bash"
python=/usr/bin/python3     # Debian's, with python3-psycopg2 (tools/ensure-deps)
"$python" -c 'import psycopg2' 2>/dev/null || bail "python3-psycopg2 is missing (tools/ensure-deps installs it)"

createdb example
got=$(PGDATABASE=example "$python" examples/psycopg_example.py 2>&1)
is "$got" "$(cat examples/psycopg_example.expected)" "examples/psycopg_example.py prints examples/psycopg_example.expected"

# call DATABASE PYTHON-EXPRESSION-FOR-CITIZENSHIPS: can_vote's answer, or the SQLSTATE raised
call() {
  PGDATABASE=$1 "$python" - "$2" <<'PY'
import sys, datetime, psycopg2
conn = psycopg2.connect("")
cur = conn.cursor()
try:
    cur.execute("SELECT electoral.can_vote(%s, %s, %s, %s, %s, %s, %s)",
                ("RU.municipal_council", datetime.date(2026, 9, 13), eval(sys.argv[1]),
                 datetime.date(1990, 1, 1), "permanent", datetime.date(2010, 1, 1), True))
    print(cur.fetchone()[0])
except psycopg2.Error as e:
    print(e.pgcode)
PY
}
createdb v10
q v10 "CREATE EXTENSION electoral VERSION '1.0'"
is "$(call v10 "['BY']")" 42883 "1.0: can_vote with a Python list is 42883 (text[] has no cast to country[])"
q v10 "ALTER EXTENSION electoral UPDATE"
is "$(call v10 "['BY']")" True "after ALTER EXTENSION UPDATE the same call answers"
is "$(call example "['BY']")" True "1.1: can_vote with a Python list ['BY']"
is "$(call example "['by', 'RUS']")" True "a list in any spelling the type reads (['by', 'RUS'])"
is "$(call example "[]")" False "an empty list: no citizenship, no vote"
is "$(call example "['KZ', None]")" False "a list holding None: the NULL element is no citizenship"
is "$(call example "['UK']")" 22P02 "a bad code in the list is refused by country's input (22P02)"
is "$(call example "'BY'")" 22P02 "a bare str is an untyped literal read as an array: refused (22P02), pass a list"

out "1..$n"
[ "$failed" -eq 0 ]
