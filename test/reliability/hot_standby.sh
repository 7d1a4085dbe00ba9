#!/usr/bin/env bash
# Reliability: a hot standby answers eligibility queries and reports, and
# nothing on the read path writes.
#
# Builds a primary (wal_level=replica) and a streaming replica made with
# pg_basebackup -R, both listening only on 127.0.0.1 and on a socket in a
# temporary directory, on free ports.  The primary holds a small registry
# (5000 people with citizenships, birth dates, residence, registration, Russian
# passports, SNILS as typed, machine-readable zones; a candidacy table guarded
# by electoral.enforce_eligibility in flag mode) and a rule that is not shipped
# (a Russia-Kazakhstan grant recorded with electoral.grant_reciprocal).
#
# Checks:
#   - every eligibility query and report gives, on the standby, exactly the
#     primary's answer (md5 of the result text);
#   - on the standby they all run in one read-only session without an error
#     (a write would fail there with 25006; a control INSERT shows it does);
#   - on the primary, inside BEGIN TRANSACTION READ ONLY, they give the same
#     answers and no transaction id is assigned (nothing wrote);
#   - a rule change committed on the primary (a requirement, then a grant)
#     reaches the standby through WAL replay of the relcache invalidation:
#     a new session and a session kept open across the change (a psql
#     coprocess) both answer by the new rule; a rolled-back change reaches
#     neither.
#
# Run from the repository root, as root (the servers then run as postgres) or
# as a user who may run initdb:  bash test/reliability/hot_standby.sh
# Prints TAP; exits non-zero on failure.
set -uo pipefail

PLAN=31
BINDIR=$(pg_config --bindir)
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGSERVICE PGOPTIONS PGPASSWORD PGSSLMODE
# no statement may hang the run
export PGOPTIONS='-c statement_timeout=120000'
export PGCONNECT_TIMEOUT=10

POLL='2026-09-13'

T=0
FAILS=0
ok() { T=$((T + 1)); echo "ok $T - $1"; }
not_ok() { T=$((T + 1)); FAILS=$((FAILS + 1)); echo "not ok $T - $1"; }
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
# check DESCRIPTION COMMAND...: ok when the command succeeds
check() {
  local desc=$1
  shift
  if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}
# is GOT EXPECTED DESCRIPTION
is() {
  if [ "$1" = "$2" ]; then
    ok "$3"
  else
    not_ok "$3"
    diag "     got: $1" "expected: $2"
  fi
}

TMP=$(mktemp -d "${TMPDIR:-/tmp}/electoral_hot_standby.XXXXXX") || exit 1
SOCK=$TMP/sock
mkdir -p "$SOCK"
LL_PID=
if [ "$(id -u)" = 0 ]; then
  chown -R postgres:postgres "$TMP"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

cleanup() {
  local rc=$?
  if [ -n "$LL_PID" ]; then
    kill "$LL_PID" 2>/dev/null
    wait "$LL_PID" 2>/dev/null
  fi
  for d in "$TMP/replica" "$TMP/primary"; do
    if [ -f "$d/postmaster.pid" ]; then
      as_pg "$BINDIR/pg_ctl" -D "$d" -m immediate -w stop >/dev/null 2>&1
    fi
  done
  if [ "$FAILS" -ne 0 ] || [ "$rc" -ne 0 ]; then
    for l in "$TMP/primary.log" "$TMP/replica.log"; do
      [ -f "$l" ] && { diag "--- tail of $(basename "$l")"; tail -n 25 "$l" | sed 's/^/# /'; }
    done
  fi
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bail() {
  echo "Bail out! $*"
  FAILS=$((FAILS + 1))
  exit 1
}

# A TCP port on 127.0.0.1 nobody listens on (and not the one in $1).
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$((20000 + RANDOM % 40000))
    [ "$p" = "${1:-}" ] && continue
    if command -v ss >/dev/null 2>&1; then
      [ -n "$(ss -Htln "sport = :$p" 2>/dev/null)" ] && continue
    fi
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

# psql against the primary (socket) or the replica (TCP on loopback).
psql_p() { "$BINDIR/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PPORT" -U postgres -d registry "$@"; }
psql_r() { "$BINDIR/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$RPORT" -U postgres -d registry "$@"; }

start_server() { # DATADIR LOG
  as_pg "$BINDIR/pg_ctl" -D "$1" -l "$2" -w -t 60 start >/dev/null
}

echo "1..$PLAN"

# ---------------------------------------------------------------------------
# Primary
# ---------------------------------------------------------------------------
PPORT=$(free_port) || bail "no free port"
as_pg "$BINDIR/initdb" -D "$TMP/primary" -U postgres --auth=trust --encoding=UTF8 --locale=C -N \
  >"$TMP/initdb.log" 2>&1 || { cat "$TMP/initdb.log" | sed 's/^/# /'; bail "initdb failed"; }
cat >>"$TMP/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PPORT
unix_socket_directories = '$SOCK'
wal_level = replica
max_wal_senders = 4
wal_keep_size = '128MB'
hot_standby = on
fsync = off
datestyle = 'ISO, YMD'
max_worker_processes = 8
max_parallel_workers = 4
EOF
cat >"$TMP/primary/pg_hba.conf" <<EOF
local   all          all                       trust
host    all          all          127.0.0.1/32 trust
host    replication  replicator   127.0.0.1/32 trust
EOF
[ "$(id -u)" = 0 ] && chown postgres:postgres "$TMP/primary/pg_hba.conf"
started=false
for _ in 1 2 3; do
  if start_server "$TMP/primary" "$TMP/primary.log"; then started=true; break; fi
  PPORT=$(free_port) || break
  sed -i "s/^port = .*/port = $PPORT/" "$TMP/primary/postgresql.conf"
done
if $started && "$BINDIR/psql" -X -q -h "$SOCK" -p "$PPORT" -U postgres -d postgres \
     -c "CREATE DATABASE registry" -c "CREATE ROLE replicator REPLICATION LOGIN" >/dev/null; then
  ok "primary initialised and started on 127.0.0.1:$PPORT"
else
  not_ok "primary initialised and started"
  bail "no primary"
fi

# ---------------------------------------------------------------------------
# The registry, and a rule that is not shipped
# ---------------------------------------------------------------------------
LOAD_SQL=$(cat <<'EOSQL'
SET client_min_messages = warning;
CREATE EXTENSION electoral;
ALTER DATABASE registry SET search_path = "$user", public, electoral;
SET search_path = public, electoral;
CREATE SCHEMA reg;

-- ICAO 9303 check digit: '<' = 0, digits as is, A..Z = 10..35, weights 7 3 1.
CREATE FUNCTION reg.cd(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT (coalesce(sum(CASE WHEN c = '<' THEN 0
                             WHEN c ~ '^[0-9]$' THEN ascii(c) - 48
                             ELSE ascii(c) - 55 END
                        * (ARRAY[7, 3, 1])[(i - 1) % 3 + 1]), 0) % 10)::text
      FROM unnest(string_to_array(s, NULL)) WITH ORDINALITY AS u(c, i)
$$;
-- A TD3 passport MRZ with every check digit computed; dates YYMMDD.
CREATE FUNCTION reg.td3(state text, name text, num text, nat text, birth text, sex text, expiry text)
RETURNS electoral.mrz LANGUAGE sql IMMUTABLE AS $$
    WITH p AS (
        SELECT rpad(num, 9, '<') || reg.cd(rpad(num, 9, '<')) AS a,
               birth || reg.cd(birth) AS b,
               expiry || reg.cd(expiry) || rpad('', 14, '<') || reg.cd(rpad('', 14, '<')) AS c
    )
    SELECT ('P<' || rpad(state, 3, '<') || rpad(left(name, 39), 39, '<') || E'\n'
            || a || rpad(nat, 3, '<') || b || sex || c || reg.cd(a || b || c))::electoral.mrz
      FROM p
$$;
-- A SNILS with its check number, from 9 digits.
CREATE FUNCTION reg.snils(n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    WITH d AS (SELECT lpad(n::text, 9, '0') AS t),
         s AS (SELECT t, (SELECT sum(substr(t, i, 1)::int * (10 - i)) FROM generate_series(1, 9) i) AS s FROM d)
    SELECT format('%s-%s-%s %s', substr(t, 1, 3), substr(t, 4, 3), substr(t, 7, 3),
                  lpad((CASE WHEN s < 100 THEN s WHEN s <= 101 THEN 0
                             WHEN s % 101 = 100 THEN 0 ELSE s % 101 END)::text, 2, '0'))
      FROM s
$$;

CREATE TABLE reg.person (
    id                 int PRIMARY KEY,
    surname            text NOT NULL,
    given_name         text NOT NULL,
    patronymic         text,
    full_name          text NOT NULL,
    sex                text NOT NULL,
    birth_date         date,
    citizenships       electoral.country[] NOT NULL,
    residence          electoral.residence NOT NULL,
    resident_since     date,
    registered         boolean NOT NULL,
    incapacitated      boolean NOT NULL,
    snils_raw          text,            -- as typed at import: some bad
    country_raw        text,            -- country of birth as typed: some bad
    passport           electoral.ru_passport,
    passport_issued_on date,
    mrz                electoral.mrz
);

SELECT setseed(0.2026);
INSERT INTO reg.person
SELECT g, surname, given_name, patronymic,
       surname || ' ' || given_name || coalesce(' ' || patronymic, ''),
       sex, birth_date, citizenships, residence, resident_since, registered, incapacitated,
       snils_raw, country_raw, passport, passport_issued_on, NULL
  FROM (
    SELECT g, sex, birth_date, citizenships,
           CASE WHEN sex = 'F' AND s ~ '(ов|ев|ёв|ин)$' THEN s || 'а'
                WHEN sex = 'F' AND s ~ 'ский$' THEN regexp_replace(s, 'ий$', 'ая')
                ELSE s END AS surname,
           CASE WHEN sex = 'M' THEN (ARRAY['Иван','Сергей','Алексей','Дмитрий','Андрей','Игорь','Юрий',
                                           'Николай','Пётр','Артём','Ержан','Айдар','Максим','Вячеслав'])[1 + (r3 * 14)::int % 14]
                ELSE (ARRAY['Анна','Мария','Елена','Ольга','Наталья','Татьяна','Юлия','Дарья','Айгерим',
                            'Светлана','Ксения','Алёна'])[1 + (r3 * 12)::int % 12] END AS given_name,
           CASE WHEN r4 < 0.1 THEN NULL
                WHEN sex = 'M' THEN (ARRAY['Иванович','Сергеевич','Петрович','Николаевич','Юрьевич','Александрович'])[1 + (r4 * 6)::int % 6]
                ELSE (ARRAY['Ивановна','Сергеевна','Петровна','Николаевна','Юрьевна','Александровна'])[1 + (r4 * 6)::int % 6] END AS patronymic,
           CASE WHEN 'RU' = ANY (citizenships) AND cardinality(citizenships) = 1 THEN 'none'
                WHEN r5 < 0.6 THEN 'permanent' WHEN r5 < 0.9 THEN 'temporary' ELSE 'none' END::electoral.residence AS residence,
           CASE WHEN 'RU' = ANY (citizenships) AND cardinality(citizenships) = 1 THEN NULL
                WHEN r6 < 0.05 THEN NULL
                ELSE date '1995-01-01' + (r6 * 11000)::int END AS resident_since,
           r7 < 0.7 AS registered,
           r8 < 0.01 AS incapacitated,
           CASE WHEN r9 < 0.85 THEN reg.snils(100000000 + (r10 * 899999999)::int)
                WHEN r9 < 0.93 THEN left(reg.snils(100000000 + (r10 * 899999999)::int), 12)
                                    || lpad((((right(reg.snils(100000000 + (r10 * 899999999)::int), 2))::int + 1) % 100)::text, 2, '0')
                WHEN r9 < 0.97 THEN replace(reg.snils(100000000 + (r10 * 899999999)::int), '-', '')
                ELSE (ARRAY['', 'n/a', '123', '000-000-000 00'])[1 + (r10 * 4)::int % 4] END AS snils_raw,
           (ARRAY['RUS','BY','643','blr','KZ','kaz','UK','SU','AM','Ru','398','XX','UKR','DE'])[1 + (r11 * 14)::int % 14] AS country_raw,
           CASE WHEN citizenships[1] OPERATOR(electoral.=) 'RU' AND birth_date < date '2012-01-01' AND r12 > 0.03
                THEN format('%s %s %s', (ARRAY['45','40','46','65','77','50'])[1 + (r12 * 6)::int % 6],
                            to_char(least(greatest(birth_date + 14 * 365 + (r13 * 4000)::int, date '1997-10-01'), date '2025-12-31'), 'YY'),
                            lpad(((r12 * 999999)::int)::text, 6, '0'))::electoral.ru_passport END AS passport,
           CASE WHEN citizenships[1] OPERATOR(electoral.=) 'RU' AND birth_date < date '2012-01-01' AND r12 > 0.03
                THEN least(greatest(birth_date + 14 * 365 + (r13 * 4000)::int, date '1997-10-01'), date '2025-12-31') END AS passport_issued_on
      FROM (
        SELECT g, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13,
               CASE WHEN r1 < 0.52 THEN 'M' ELSE 'F' END AS sex,
               CASE WHEN r2 < 0.005 THEN NULL ELSE date '1940-01-01' + (r2 * 25500)::int END AS birth_date,
               CASE WHEN r0 < 0.62 THEN '{RU}' WHEN r0 < 0.78 THEN '{BY}' WHEN r0 < 0.88 THEN '{KZ}'
                    WHEN r0 < 0.93 THEN '{RU,BY}' WHEN r0 < 0.96 THEN '{AM}' ELSE '{UA}' END::electoral.country[] AS citizenships,
               (ARRAY['Иванов','Петров','Смирнов','Ковалёв','Кузнецов','Попов','Васильев','Соколов','Цветков',
                      'Новиков','Фёдоров','Морозов','Волков','Лебедев','Семёнов','Шевченко','Ахметов','Жумабаев',
                      'Сулейменов','Жук','Мельник','Дубровский','Ковалевич','Саргсян','Тер-Петросян','Щукин'])[1 + (rs * 26)::int % 26] AS s
          FROM (SELECT g, random() r0, random() r1, random() r2, random() r3, random() r4, random() r5,
                       random() r6, random() r7, random() r8, random() r9, random() r10, random() r11,
                       random() r12, random() r13, random() rs
                  FROM generate_series(1, 5000) g) AS rnd
      ) AS a
  ) AS b;

-- Passports: the MRZ of the first citizenship's passport.  A few disagree
-- with the record (birth date, nationality, name); some have expired.
UPDATE reg.person p
   SET mrz = reg.td3(
        electoral.alpha3(p.citizenships[1]),
        CASE WHEN p.id % 47 = 0 THEN 'PETROV<<PAVEL'
             ELSE translate(electoral.translit(p.surname, sc), ' -', '<<') || '<<'
                  || translate(electoral.translit(p.given_name, sc), ' -', '<<') END,
        'N' || lpad(((p.id * 7919) % 100000000)::text, 8, '0'),
        CASE WHEN p.id % 53 = 0 THEN 'KAZ' ELSE electoral.alpha3(p.citizenships[1]) END,
        to_char(CASE WHEN p.id % 31 = 0 THEN p.birth_date + 1 ELSE p.birth_date END, 'YYMMDD'),
        p.sex,
        to_char(date '2021-01-01' + ((p.id * 37) % 3650), 'YYMMDD'))
  FROM (SELECT id, CASE WHEN citizenships[1] OPERATOR(electoral.=) 'BY' THEN 'by' ELSE 'ru' END AS sc
          FROM reg.person) AS s
 WHERE s.id = p.id AND p.birth_date IS NOT NULL AND p.id % 19 <> 0;

-- Candidacies, checked by the C trigger in flag mode.
CREATE TABLE reg.candidacy (
    id             serial PRIMARY KEY,
    person_id      int NOT NULL REFERENCES reg.person,
    office         text NOT NULL,
    polling_day    date NOT NULL,
    citizenships   electoral.country[] NOT NULL,
    birth_date     date,
    residence      electoral.residence,
    resident_since date,
    registered     boolean NOT NULL DEFAULT false,
    problems       jsonb
);
CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON reg.candidacy
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=office', 'on_date=polling_day', 'citizenships=citizenships',
        'birth_date=birth_date', 'residence=residence', 'resident_since=resident_since',
        'registered=registered', 'flag=problems');

-- A rule that is not shipped: Russia and Kazakhstan open local elections to
-- each other's permanently resident, registered nationals.
SELECT count(*) FROM electoral.grant_reciprocal('RU', 'KZ', '{vote,stand}', '{local}', '[2026-01-01,)',
                                                'a Russia-Kazakhstan agreement (test)', 'its article 1',
                                                registration => true);

INSERT INTO reg.candidacy (person_id, office, polling_day, citizenships, birth_date, residence, resident_since, registered)
SELECT p.id, o.office, date '2026-09-13', p.citizenships, p.birth_date, p.residence, p.resident_since, p.registered
  FROM reg.person p
  JOIN (VALUES ('RU.municipal_council', 7), ('RU.municipal_head', 11), ('RU.state_duma', 29)) AS o(office, every)
    ON p.id % o.every = 0
 WHERE p.birth_date IS NOT NULL
 ORDER BY p.id, o.office;

VACUUM ANALYZE reg.person;
VACUUM ANALYZE reg.candidacy;
EOSQL
)
if out=$(psql_p -c "SELECT 1" >/dev/null && printf '%s\n' "$LOAD_SQL" | psql_p 2>&1); then
  counts=$(psql_p -c "SELECT (SELECT count(*) FROM reg.person) || ' people, '
                           || (SELECT count(*) FROM reg.person WHERE mrz IS NOT NULL) || ' MRZs, '
                           || (SELECT count(*) FROM reg.candidacy) || ' candidacies, '
                           || (SELECT count(*) FROM electoral.franchise_grant WHERE treaty LIKE '%Kazakhstan%') || ' RU-KZ grants'")
  diag "registry: $counts"
  case $counts in
    "5000 people, "*" 2 RU-KZ grants") ok "registry loaded on the primary, RU-KZ grant recorded" ;;
    *) not_ok "registry loaded on the primary, RU-KZ grant recorded" ;;
  esac
else
  not_ok "registry loaded on the primary"
  diag "$out"
  bail "no registry"
fi

# ---------------------------------------------------------------------------
# Replica
# ---------------------------------------------------------------------------
wait_replay() { # wait until the replica has replayed everything the primary has written
  local target i r
  target=$(psql_p -c "SELECT pg_current_wal_lsn()") || return 1
  for i in $(seq 1 600); do
    r=$(psql_r -c "SELECT pg_last_wal_replay_lsn() >= '$target'::pg_lsn" 2>/dev/null)
    [ "$r" = t ] && return 0
    sleep 0.1
  done
  diag "replica did not replay up to $target in 60 s"
  return 1
}

RPORT=$(free_port "$PPORT") || bail "no free port"
if as_pg "$BINDIR/pg_basebackup" -D "$TMP/replica" -h 127.0.0.1 -p "$PPORT" -U replicator \
     -R -X stream -c fast -N >"$TMP/basebackup.log" 2>&1; then
  cat >>"$TMP/replica/postgresql.conf" <<EOF
port = $RPORT
EOF
  started=false
  for _ in 1 2 3; do
    if start_server "$TMP/replica" "$TMP/replica.log"; then started=true; break; fi
    RPORT=$(free_port "$PPORT") || break
    echo "port = $RPORT" >>"$TMP/replica/postgresql.conf"
  done
else
  sed 's/^/# /' "$TMP/basebackup.log"
  started=false
fi
if $started && [ -f "$TMP/replica/standby.signal" ]; then
  ok "replica made with pg_basebackup -R over 127.0.0.1 and started on 127.0.0.1:$RPORT"
else
  not_ok "replica made with pg_basebackup -R and started"
  bail "no replica"
fi

state=$(psql_r -c "SELECT pg_is_in_recovery(), current_setting('transaction_read_only'),
                          (SELECT status FROM pg_stat_wal_receiver)" 2>&1)
if [ "$state" = "t|on|streaming" ] && wait_replay; then
  ok "replica is a streaming hot standby (in recovery, read-only) and has replayed the primary's WAL"
else
  not_ok "replica is a streaming hot standby and has replayed the primary's WAL"
  diag "state: $state"
fi

# ---------------------------------------------------------------------------
# The read path: eligibility queries and reports
# ---------------------------------------------------------------------------
PERSON_ARGS="p.citizenships, p.birth_date, p.residence, p.resident_since, p.registered, p.incapacitated"
QNAME=()
QSQL=()
q() { QNAME+=("$1"); QSQL+=("$2"); }

q "can_vote count over the registry (literal office)" \
  "SELECT count(*), md5(string_agg(p.id::text, ',' ORDER BY p.id))
     FROM reg.person p WHERE electoral.can_vote('RU.municipal_council', '$POLL', $PERSON_ARGS)"
q "can_vote per office (office from a column)" \
  "SELECT o.office, count(*) FILTER (WHERE electoral.can_vote(o.office, '$POLL', $PERSON_ARGS))
     FROM reg.person p
    CROSS JOIN unnest(ARRAY['RU.president','RU.state_duma','RU.municipal_council','RU.municipal_head',
                            'BY.president','BY.local_council']) AS o(office)
    GROUP BY o.office ORDER BY o.office"
q "can_stand per office" \
  "SELECT o.office, count(*) FILTER (WHERE electoral.can_stand(o.office, '$POLL', $PERSON_ARGS,
                                                              citizen_by_birth => p.id % 3 <> 0))
     FROM reg.person p
    CROSS JOIN unnest(ARRAY['RU.president','RU.state_duma','RU.governor','RU.municipal_council',
                            'RU.municipal_head','BY.president','BY.local_council']) AS o(office)
    GROUP BY o.office ORDER BY o.office"
q "explain for one person of each nationality" \
  "SELECT p.id, r.role, e.requirement, e.satisfied, e.detail, e.legal_basis
     FROM reg.person p
    CROSS JOIN (VALUES ('vote'::electoral.role), ('stand')) AS r(role),
          LATERAL electoral.explain(r.role, 'RU.municipal_council', '$POLL', $PERSON_ARGS) AS e
    WHERE p.id IN (SELECT min(id) FROM reg.person
                    GROUP BY citizenships::text, residence, registered)
    ORDER BY p.id, r.role"
q "is_valid / validation_error over text columns" \
  "SELECT count(*) FILTER (WHERE NOT electoral.is_valid(snils_raw, 'electoral.ru_snils')),
          count(*) FILTER (WHERE NOT electoral.is_valid(country_raw, 'electoral.country')),
          md5(string_agg(id || ':' || coalesce(electoral.validation_error(snils_raw, 'electoral.ru_snils'), 'valid')
                         || ':' || coalesce(electoral.validation_error(country_raw, 'electoral.country'), 'valid'),
                         E'\n' ORDER BY id))
     FROM reg.person"
q "mrz_fields over every document" \
  "SELECT count(*), count(DISTINCT f.nationality), md5(string_agg(f::text, E'\n' ORDER BY p.id))
     FROM reg.person p, LATERAL electoral.mrz_fields(p.mrz) AS f"
q "identity_mismatches by finding" \
  "SELECT m.code, count(*), md5(string_agg(p.id || ':' || m.detail, E'\n' ORDER BY p.id))
     FROM reg.person p,
          LATERAL electoral.identity_mismatches(full_name => p.full_name, birth_date => p.birth_date, sex => p.sex,
                                                citizenships => p.citizenships, mrz => p.mrz,
                                                ru_passport => p.passport, ru_passport_issued_on => p.passport_issued_on,
                                                on_date => '$POLL') AS m
    GROUP BY m.code ORDER BY m.code"
q "translit / name_matches" \
  "SELECT count(*) FILTER (WHERE electoral.name_matches(full_name, electoral.mrz_name_field(mrz))),
          count(*) FILTER (WHERE NOT electoral.name_matches(full_name, electoral.mrz_name_field(mrz))),
          md5(string_agg(electoral.translit(full_name, CASE WHEN citizenships[1] OPERATOR(electoral.=) 'BY'
                                                            THEN 'by' ELSE 'ru' END), '|' ORDER BY id))
     FROM reg.person"
q "report: eligible foreign voters by nationality" \
  "SELECT n AS nationality, electoral.country_name(n), count(*) AS foreigners,
          count(*) FILTER (WHERE electoral.can_vote('RU.municipal_council', '$POLL', $PERSON_ARGS)) AS may_vote,
          count(*) FILTER (WHERE electoral.can_stand('RU.municipal_council', '$POLL', $PERSON_ARGS)) AS may_stand
     FROM reg.person p, unnest(p.citizenships) AS n
    WHERE NOT ('RU' OPERATOR(electoral.=) ANY (p.citizenships))
    GROUP BY n ORDER BY n"
q "report: candidacies by office, flags at entry and re-check now" \
  "SELECT c.office, count(*),
          count(*) FILTER (WHERE jsonb_array_length(c.problems) = 0) AS clean_at_entry,
          count(*) FILTER (WHERE electoral.can_stand(c.office, c.polling_day, c.citizenships, c.birth_date,
                                                     c.residence, c.resident_since, c.registered)) AS eligible_now,
          md5(string_agg(c.problems::text, E'\n' ORDER BY c.id))
     FROM reg.candidacy c GROUP BY c.office ORDER BY c.office"
q "report: unmet requirements across candidacies" \
  "SELECT pr->>'requirement', count(*)
     FROM reg.candidacy c, jsonb_array_elements(c.problems) AS pr
    GROUP BY 1 ORDER BY 1"
PAR_SETS="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
   SET max_parallel_workers_per_gather = 2;"
PAR_Q="SELECT count(*) FROM reg.person p
    WHERE electoral.can_vote('RU.municipal_council', '$POLL', $PERSON_ARGS)
      AND electoral.can_vote('RU.municipal_head', '$POLL', $PERSON_ARGS)"
q "can_vote in a parallel scan" "$PAR_SETS $PAR_Q"
NQ=${#QNAME[@]}
PARALLEL_PLAN=$(psql_r -c "$PAR_SETS EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) $PAR_Q" 2>&1 | grep -E 'Gather|Workers' | tr -s ' \n' ' ')
diag "standby plan of the parallel query: ${PARALLEL_PLAN:-no Gather}"

declare -a OUT_P OUT_R
for i in $(seq 0 $((NQ - 1))); do
  OUT_P[$i]=$(psql_p -c "${QSQL[$i]}" 2>"$TMP/err_p") || OUT_P[$i]="ERROR(primary): $(cat "$TMP/err_p")"
  OUT_R[$i]=$(psql_r -c "${QSQL[$i]}" 2>"$TMP/err_r") || OUT_R[$i]="ERROR(replica): $(cat "$TMP/err_r")"
  mp=$(printf '%s' "${OUT_P[$i]}" | md5sum | cut -c1-32)
  mr=$(printf '%s' "${OUT_R[$i]}" | md5sum | cut -c1-32)
  if [ "$mp" = "$mr" ] && [ -n "${OUT_P[$i]}" ] && [[ "${OUT_P[$i]}" != ERROR* ]]; then
    ok "standby answers like the primary: ${QNAME[$i]} (md5 $mr)"
  else
    not_ok "standby answers like the primary: ${QNAME[$i]}"
    diag "primary ($mp):" "$(printf '%s' "${OUT_P[$i]}" | head -n 8)" \
         "replica ($mr):" "$(printf '%s' "${OUT_R[$i]}" | head -n 8)"
  fi
done
diag "can_vote RU.municipal_council: $(cut -d'|' -f1 <<<"${OUT_P[0]}") of 5000" \
     "foreign voters (nationality|name|foreigners|may vote|may stand):" "${OUT_P[8]}" \
     "identity findings:" "$(cut -d'|' -f1,2 <<<"${OUT_P[6]}")"

# The answers are not vacuous: voters, Kazakh voters by the non-shipped grant,
# bad SNILS, every kind of document finding planted.
kz_voters=$(awk -F'|' '$1 == "KZ" { print $4 }' <<<"${OUT_P[8]}")
bad_snils=$(cut -d'|' -f1 <<<"${OUT_P[4]}")
codes=$(cut -d'|' -f1 <<<"${OUT_P[6]}" | tr '\n' ' ')
if [ "${kz_voters:-0}" -gt 0 ] && [ "${bad_snils:-0}" -gt 0 ] \
   && [[ "$codes" == *mrz_birth_date* && "$codes" == *mrz_nationality* && "$codes" == *mrz_name* \
         && "$codes" == *document_expired* ]]; then
  ok "the answers are not trivial ($kz_voters Kazakh voters by the RU-KZ grant, $bad_snils bad SNILS, findings: $codes)"
else
  not_ok "the answers are not trivial"
  diag "kz_voters=$kz_voters bad_snils=$bad_snils codes=$codes"
fi

# One script with every query, separated by markers.
script_of_queries() {
  local i
  for i in $(seq 0 $((NQ - 1))); do
    printf '%s;\n\\echo @@END@@\n' "${QSQL[$i]}"
  done
}
# Split a script's output at the markers and compare each part with OUT_P.
same_as_primary() { # OUTPUT
  local i=0 part="" line bad=0
  while IFS= read -r line; do
    if [ "$line" = "@@END@@" ]; then
      part=${part%$'\n'}
      if [ "$part" != "${OUT_P[$i]}" ]; then
        diag "differs: ${QNAME[$i]}"
        bad=1
      fi
      i=$((i + 1))
      part=""
    else
      part+="$line"$'\n'
    fi
  done <<<"$1"
  [ "$i" -eq "$NQ" ] || { diag "$i of $NQ parts"; bad=1; }
  return $bad
}

# On the standby: all of them in one session, stopping at the first error.
script="SELECT 'in_recovery=' || pg_is_in_recovery() || ' read_only=' || current_setting('transaction_read_only');
$(script_of_queries)"
if out=$(printf '%s\n' "$script" | psql_r 2>"$TMP/err_r"); then rc=0; else rc=$?; fi
first=$(head -n 1 <<<"$out")
if [ "$rc" = 0 ] && [ ! -s "$TMP/err_r" ] && [ "$first" = "in_recovery=true read_only=on" ] \
   && same_as_primary "$(tail -n +2 <<<"$out")"; then
  ok "standby: all $NQ queries ran in one read-only session with no error (nothing tried to write: no 25006)"
else
  not_ok "standby: all $NQ queries ran in one read-only session with no error"
  diag "psql exit $rc; $first" "$(head -n 5 "$TMP/err_r")"
fi

# Control: a write on the standby does fail with 25006.
err=$(psql_r -v VERBOSITY=verbose \
        -c "INSERT INTO reg.candidacy (person_id, office, polling_day, citizenships) VALUES (7, 'RU.municipal_council', '$POLL', '{RU}')" 2>&1)
if [[ "$err" == *"ERROR:  25006:"* ]]; then
  ok "control: a write on the standby fails with 25006"
else
  not_ok "control: a write on the standby fails with 25006"
  diag "$err"
fi

# On the primary: the same queries inside one READ ONLY transaction, in a fresh
# session (so the rulebook is compiled inside it), assign no transaction id.
script="BEGIN TRANSACTION READ ONLY;
$(script_of_queries)
SELECT 'xid=' || coalesce(pg_current_xact_id_if_assigned()::text, 'none');
COMMIT;"
if out=$(printf '%s\n' "$script" | psql_p 2>"$TMP/err_p"); then rc=0; else rc=$?; fi
if [ "$rc" = 0 ] && [ ! -s "$TMP/err_p" ] && same_as_primary "$(sed '$d' <<<"$out")"; then
  ok "primary: all $NQ queries ran inside BEGIN TRANSACTION READ ONLY with no error and the same answers"
else
  not_ok "primary: all $NQ queries ran inside BEGIN TRANSACTION READ ONLY with no error and the same answers"
  diag "psql exit $rc" "$(head -n 5 "$TMP/err_p")"
fi
is "$(tail -n 1 <<<"$out")" "xid=none" \
  "primary: no transaction id was assigned by the read path (pg_current_xact_id_if_assigned() IS NULL)"

# ---------------------------------------------------------------------------
# Rule changes reach the standby's backends by WAL replay of the invalidation
# ---------------------------------------------------------------------------
PROBE="SELECT 'probe=' || electoral.can_vote('RU.municipal_council', '$POLL', '{RU}', '2006-01-01')"
COUNT_MUNI="SELECT 'voters=' || count(*) FROM reg.person p
             WHERE electoral.can_vote('RU.municipal_council', '$POLL', $PERSON_ARGS)"
COUNT_KZ="SELECT 'kz=' || count(*) FROM reg.person p
           WHERE 'KZ' OPERATOR(electoral.=) ANY (p.citizenships)
             AND electoral.can_vote('RU.municipal_council', '$POLL', $PERSON_ARGS)"
EXPLAIN_AGE="SELECT 'age=' || requirement FROM electoral.explain('vote', 'RU.municipal_council', '$POLL', '{RU}', '2006-01-01')
              WHERE requirement LIKE 'min_age%'"

# A session on the standby that stays open across the changes: psql as a
# coprocess, each request followed by a marker line.
if command -v stdbuf >/dev/null 2>&1; then LINEBUF=(stdbuf -oL -eL); else LINEBUF=(); fi
coproc LL { exec "${LINEBUF[@]}" "$BINDIR/psql" -X -q -A -t -h 127.0.0.1 -p "$RPORT" -U postgres -d registry 2>&1; }
LL_IN=${LL[1]}
LL_OUT=${LL[0]}
ll_raw() { # SCRIPT: run in the long-lived session, print its output
  local line out=""
  printf '%s\n\\echo @@LL@@\n' "$1" >&"$LL_IN"
  while IFS= read -r -t 120 line <&"$LL_OUT"; do
    if [ "$line" = "@@LL@@" ]; then
      printf '%s' "${out%$'\n'}"
      return 0
    fi
    out+="$line"$'\n'
  done
  printf '%s' "${out}TIMEOUT"
  return 1
}
ll() { # SQL...: each statement (without its semicolon) in the long-lived session
  local s script=""
  for s in "$@"; do script+="$s;"$'\n'; done
  ll_raw "$script"
}
# (not in a pipeline: a pipeline's subshell does not get the coprocess's descriptors)
ll_state() {
  local s
  s=$(ll "SELECT 'pid=' || pg_backend_pid()" "$PROBE" "$COUNT_MUNI" "$COUNT_KZ" "$EXPLAIN_AGE")
  tr '\n' ' ' <<<"$s"
}
new_state() { psql_r -c "SELECT 'pid=' || pg_backend_pid()" -c "$PROBE" -c "$COUNT_MUNI" -c "$COUNT_KZ" -c "$EXPLAIN_AGE" 2>&1 | tr '\n' ' '; }
prim_state() { psql_p -c "SELECT 'pid=' || pg_backend_pid()" -c "$PROBE" -c "$COUNT_MUNI" -c "$COUNT_KZ" -c "$EXPLAIN_AGE" 2>&1 | tr '\n' ' '; }
nopid() { sed -E 's/pid=[0-9]+ //' <<<"$1"; }

ll0=$(ll_state)
ll_pid=$(grep -oE 'pid=[0-9]+' <<<"$ll0")
p0=$(prim_state)
diag "before: long-lived standby session: $ll0" "before: primary: $p0"
if [[ "$ll0" == *"probe=true"* && "$ll0" == *"age=min_age 18"* ]] && [ "$(nopid "$ll0")" = "$(nopid "$p0")" ]; then
  ok "long-lived standby session ($ll_pid) compiled its rulebook: a Russian aged 20 may vote, answers equal the primary's"
else
  not_ok "long-lived standby session compiled its rulebook and answers like the primary"
fi

# Change 1: the voting age for municipal councils becomes 21.
chg=$(psql_p -c "UPDATE electoral.requirement SET years = 21
                  WHERE office = 'RU.municipal_council' AND role = 'vote' AND kind = 'min_age'" -c "SELECT 'updated'" 2>&1)
if [ "$chg" = updated ] && wait_replay; then
  ok "primary: RU.municipal_council vote min_age set to 21, committed; the standby replayed it"
else
  not_ok "primary: RU.municipal_council vote min_age set to 21; the standby replayed it"
  diag "$chg"
fi
p1=$(prim_state)
n1=$(new_state)
diag "after min_age 21: primary: $p1" "after min_age 21: new standby session: $n1"
if [[ "$n1" == *"probe=false"* && "$n1" == *"age=min_age 21"* ]] && [ "$(nopid "$n1")" = "$(nopid "$p1")" ]; then
  ok "a new standby session answers by the new rule (aged 20: may not vote; same counts as the primary)"
else
  not_ok "a new standby session answers by the new rule"
fi
ll1=$(ll_state)
diag "after min_age 21: long-lived standby session: $ll1"
if [[ "$ll1" == *"probe=false"* && "$ll1" == *"age=min_age 21"* && "$ll1" == *"$ll_pid "* ]] \
   && [ "$(nopid "$ll1")" = "$(nopid "$p1")" ]; then
  ok "the long-lived standby session ($ll_pid) answers by the new rule too: the invalidation came through WAL replay"
else
  not_ok "the long-lived standby session answers by the new rule (invalidation through WAL replay)"
  diag "REPRODUCE: keep a psql session open on the standby, run $PROBE; then on the primary" \
       "UPDATE electoral.requirement SET years = 21 WHERE office = 'RU.municipal_council' AND role = 'vote' AND kind = 'min_age';" \
       "wait for replay and rerun the probe in the same standby session."
fi

# Change 2: the Russia-Kazakhstan grant ends before the polling day (a
# different rule table).
chg=$(psql_p -c "UPDATE electoral.franchise_grant SET in_force = '[2026-01-01,2026-06-01)'
                  WHERE treaty LIKE '%Kazakhstan%'" -c "SELECT 'updated'" 2>&1)
wait_replay || diag "replay wait failed"
p2=$(prim_state)
ll2=$(ll_state)
n2=$(new_state)
diag "after the grant ends: primary: $p2" "long-lived: $ll2" "new session: $n2"
if [ "$chg" = updated ] && [[ "$p2" == *"kz=0 "* ]] && [[ "$ll2" == *"$ll_pid "* ]] \
   && [ "$(nopid "$ll2")" = "$(nopid "$p2")" ] && [ "$(nopid "$n2")" = "$(nopid "$p2")" ]; then
  ok "grant ended on the primary: the long-lived and a new standby session count no Kazakh voters, like the primary"
else
  not_ok "grant ended on the primary: standby sessions follow"
fi

# A change that rolls back reaches no one; a later commit is replayed past it.
chg=$(psql_p -c "BEGIN" -c "UPDATE electoral.requirement SET years = 30
                  WHERE office = 'RU.municipal_council' AND role = 'vote' AND kind = 'min_age'" -c "ROLLBACK" \
             -c "CREATE TABLE reg.marker (x int)" -c "SELECT 'done'" 2>&1)
wait_replay || diag "replay wait failed"
ll3=$(ll_state)
if [ "$chg" = "done" ] && [[ "$ll3" == *"age=min_age 21"* ]] && [ "$(nopid "$ll3")" = "$(nopid "$p2")" ]; then
  ok "a rolled-back change on the primary leaves the long-lived standby session at min_age 21"
else
  not_ok "a rolled-back change on the primary leaves the long-lived standby session at min_age 21"
  diag "$chg" "long-lived: $ll3"
fi

# Change 3, then back: the office table; and the long-lived session, having
# rebuilt several times, still agrees with the primary on every query.
chg=$(psql_p -c "UPDATE electoral.office SET direct_vote = false WHERE code = 'RU.municipal_head'" \
             -c "SELECT 'updated'" 2>&1)
wait_replay || diag "replay wait failed"
head_ll=$(ll "SELECT 'head=' || count(*) FROM reg.person p WHERE electoral.can_vote('RU.municipal_head', '$POLL', $PERSON_ARGS)")
head_p=$(psql_p -c "SELECT 'head=' || count(*) FROM reg.person p WHERE electoral.can_vote('RU.municipal_head', '$POLL', $PERSON_ARGS)")
if [ "$chg" = updated ] && [ "$head_ll" = "head=0" ] && [ "$head_p" = "head=0" ]; then
  ok "office made indirect on the primary: the long-lived standby session finds no voters for it"
else
  not_ok "office made indirect on the primary: the long-lived standby session finds no voters for it"
  diag "$chg" "long-lived: $head_ll" "primary: $head_p"
fi
psql_p -c "UPDATE electoral.office SET direct_vote = true WHERE code = 'RU.municipal_head'" >/dev/null
wait_replay || diag "replay wait failed"

for i in $(seq 0 $((NQ - 1))); do
  OUT_P[$i]=$(psql_p -c "${QSQL[$i]}" 2>&1)
done
ll_out=$(ll_raw "$(script_of_queries)")
if same_as_primary "$ll_out"; then
  ok "after the changes the long-lived standby session ($ll_pid) answers all $NQ queries like the primary"
else
  not_ok "after the changes the long-lived standby session answers all $NQ queries like the primary"
fi
out=$(printf '%s\n' "$(script_of_queries)" | psql_r 2>&1)
if same_as_primary "$out"; then
  ok "after the changes a new standby session answers all $NQ queries like the primary"
else
  not_ok "after the changes a new standby session answers all $NQ queries like the primary"
fi
still=$(ll "SELECT 'pid=' || pg_backend_pid()")
is "$still" "$ll_pid" "the long-lived standby session was the same backend throughout"

if [ "$T" -ne "$PLAN" ]; then
  echo "# planned $PLAN tests, ran $T"
  exit 1
fi
[ "$FAILS" -eq 0 ]
