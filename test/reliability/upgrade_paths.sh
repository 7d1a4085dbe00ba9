#!/usr/bin/env bash
# Reliability: upgrade paths.  A fresh install of the default version and
# ALTER EXTENSION electoral UPDATE from every earlier version must give the
# same extension: the same pg_dump --schema-only, the same member objects
# with the same definitions (pg_dump --binary-upgrade dumps the members),
# the same configuration tables, the same shipped rule rows; and a registry
# using every type, with custom rule rows and the eligibility trigger, must
# come through the update intact.
#
# While only one version ships, the path comparison is reported as skipped
# ("ok N # SKIP"), and what can be checked is: the default version installs;
# every available version has an update path to it; every
# electoral--A--B.sql in the install directory is a path PostgreSQL sees,
# and every one in src/sql/upgrade/ is installed; ALTER EXTENSION UPDATE on
# the default version is a no-op (run through the same checks as a real
# path); DROP + CREATE EXTENSION gives the same extension; and the
# comparison itself is sound (two fresh installs compare equal, a changed
# member is noticed).  As soon as an electoral--1.0--1.1.sql is installed,
# the real path is compared.
#
# Run from the repository root, with the extension installed:
#     bash test/reliability/upgrade_paths.sh
# It makes its own throwaway cluster (pg_virtualenv, loopback only), prints
# TAP on stdout, exits non-zero on any failure and removes what it made.
set -uo pipefail

# Outside, make a throwaway cluster and run this script again inside it.
. "$(dirname "$0")/lib/throwaway_cluster.bash"
run_in_throwaway_cluster "$0" "$@"

# ---------------------------------------------------------------------------
# Inside the cluster.
# ---------------------------------------------------------------------------
started=$(date +%s)
repo=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/electoral_upgrade_paths.XXXXXX")
trap 'rm -rf "$work"' EXIT
extdir="$(pg_config --sharedir)/extension"

. "$(dirname "$0")/lib/scenario.bash"
newdb() { q postgres "DROP DATABASE IF EXISTS $1" > /dev/null && q postgres "CREATE DATABASE $1" > /dev/null; }

# ---------------------------------------------------------------------------
# snapshot DB PREFIX: what "the same extension" means, as files PREFIX.*
#   schema   pg_dump --schema-only (comment lines, blank lines, \restrict keys dropped)
#   members  pg_dump --schema-only --binary-upgrade, which dumps every member
#            object of the extension with its definition, comments and
#            privileges (OIDs, xids and the binary-upgrade OID calls masked;
#            the sequences' setval left to "rules")
#   objects  the member objects (pg_describe_object over pg_depend deptype 'e')
#   config   the configuration tables and their dump conditions, the version,
#            the schema, relocatability
#   rules    the rows of the rule tables and the state of their id sequences
# Schemas named in SNAPSHOT_EXCLUDE (space-separated) are left out of the dumps.
# ---------------------------------------------------------------------------
SNAPSHOT_EXCLUDE=""
snapshot() {
  local db=$1 p=$2 ex=() s
  for s in $SNAPSHOT_EXCLUDE; do ex+=(-N "$s"); done
  pg_dump --schema-only "${ex[@]}" -d "$db" > "$p.schema.raw" 2> "$p.err" || return 1
  grep -vE '^(--|\\restrict |\\unrestrict )' "$p.schema.raw" | grep -v '^[[:space:]]*$' > "$p.schema"
  pg_dump --schema-only --binary-upgrade "${ex[@]}" -d "$db" > "$p.members.raw" 2>> "$p.err" || return 1
  grep -vE '^(--|\\restrict |\\unrestrict )' "$p.members.raw" | grep -v '^[[:space:]]*$' \
    | grep -v 'binary_upgrade_set_next_' | grep -v '^SELECT pg_catalog.setval(' \
    | sed -E "s/relfrozenxid = '[0-9]+', relminmxid = '[0-9]+'/relfrozenxid = 'X', relminmxid = 'X'/;
              s/WHERE oid = '[0-9]+'/WHERE oid = 'OID'/;
              s/(binary_upgrade_create_empty_extension\([^)]*)'\{[0-9,]*\}'/\1'{OIDS}'/" > "$p.members"
  q "$db" "SELECT o FROM (
               SELECT pg_describe_object(d.classid, d.objid, d.objsubid)
                 FROM pg_depend AS d JOIN pg_extension AS e ON d.refclassid = 'pg_extension'::regclass AND d.refobjid = e.oid
                WHERE e.extname = 'electoral' AND d.deptype = 'e') AS m(o)
            ORDER BY o COLLATE \"C\"" > "$p.objects" 2>> "$p.err" || return 1
  q "$db" "SELECT format('version=%s schema=%s relocatable=%s', extversion, extnamespace::regnamespace, extrelocatable)
             FROM pg_extension WHERE extname = 'electoral'
           UNION ALL
           (SELECT l FROM (SELECT format('config %s %L', c.rel::regclass, coalesce(c.cond, ''))
                             FROM pg_extension AS e, unnest(e.extconfig, e.extcondition) AS c(rel, cond)
                            WHERE e.extname = 'electoral') AS cf(l)
             ORDER BY l COLLATE \"C\")" > "$p.config" 2>> "$p.err" || return 1
  q "$db" "SELECT format('%s %s %s', t.name, t.cnt, t.sum) FROM (
      SELECT 'electoral.office' AS name, count(*) AS cnt, md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text), '')) AS sum FROM electoral.office AS x
      UNION ALL SELECT 'electoral.requirement', count(*), md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text), '')) FROM electoral.requirement AS x
      UNION ALL SELECT 'electoral.franchise_grant', count(*), md5(coalesce(string_agg(x::text, E'\n' ORDER BY x::text), '')) FROM electoral.franchise_grant AS x
      UNION ALL SELECT 'sequences', count(*), md5(coalesce(string_agg(format('%s=%s/%s', sequencename, last_value, start_value), ',' ORDER BY sequencename), ''))
        FROM pg_sequences WHERE schemaname = 'electoral'
         AND sequencename <> 'rules_version_seq'  -- counts rule changes, which differ by path
    ) AS t ORDER BY t.name" > "$p.rules" 2>> "$p.err" || return 1
}

# same A B DESCRIPTION: one TAP line per part of the snapshots.
same() {
  local a=$1 b=$2 desc=$3 part
  for part in schema members objects config rules; do
    if diff -u "$a.$part" "$b.$part" > "$work/diff" 2>&1; then
      pass "$desc: same $(label "$part")"
    else
      fail "$desc: same $(label "$part")" "$(head -30 "$work/diff")"
    fi
  done
}
label() {
  case $1 in
    schema)  echo "pg_dump --schema-only" ;;
    members) echo "member definitions (pg_dump --schema-only --binary-upgrade)" ;;
    objects) echo "member objects ($(wc -l < "$work/fresh.objects" 2>/dev/null || echo '?') of pg_depend deptype 'e')" ;;
    config)  echo "version, schema and configuration tables" ;;
    rules)   echo "shipped rule rows and id sequences" ;;
  esac
}

# ---------------------------------------------------------------------------
# What is installed
# ---------------------------------------------------------------------------
default=$(q postgres "SELECT default_version FROM pg_available_extensions WHERE name = 'electoral'")
[ -n "$default" ] || bail "the extension electoral is not installed in $extdir (make install)"
control_default=$(sed -n "s/^[[:space:]]*default_version[[:space:]]*=[[:space:]]*'\(.*\)'.*/\1/p" "$extdir/electoral.control")
is "$default" "$control_default" "the server's default version ($default) is the installed electoral.control's"
if [ -f "$extdir/electoral--$default.sql" ]; then
  pass "the default version has an install script (electoral--$default.sql)"
else
  fail "the default version has an install script (electoral--$default.sql)" "$(ls "$extdir" | grep '^electoral' )"
fi
repo_default=$(sed -n "s/^[[:space:]]*default_version[[:space:]]*=[[:space:]]*'\(.*\)'.*/\1/p" electoral.control 2>/dev/null)
[ -n "$repo_default" ] && [ "$repo_default" != "$default" ] \
  && diag "note: the source tree's electoral.control says $repo_default, the installed one $default (not installed yet?)"

mapfile -t versions < <(q postgres "SELECT version FROM pg_available_extension_versions WHERE name = 'electoral' ORDER BY version")
q postgres "SELECT source, target, path FROM pg_extension_update_paths('electoral') WHERE path IS NOT NULL ORDER BY 1, 2" \
  > "$work/paths"
diag "available versions: ${versions[*]}; default: $default"
diag "update paths: $( [ -s "$work/paths" ] && tr '\n' ';' < "$work/paths" || echo none)"

# path_of A B: the update path from A to B ("A--X--B"), empty when none.
path_of() { awk -F'|' -v a="$1" -v b="$2" '$1 == a && $2 == b { print $3 }' "$work/paths"; }

# Every available version is the default or has a path to it.
missing=()
earlier=()
for v in "${versions[@]}"; do
  [ "$v" == "$default" ] && continue
  if [ -n "$(path_of "$v" "$default")" ]; then
    earlier+=("$v")
  else
    missing+=("$v")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  pass "every available version (${versions[*]}) is the default or has an update path to $default"
else
  fail "every available version (${versions[*]}) is the default or has an update path to $default" \
       "no path to $default from: ${missing[*]}"
fi

# Every update script in the install directory is a direct path PostgreSQL sees.
mapfile -t scripts < <(cd "$extdir" && ls electoral--*--*.sql 2>/dev/null)
if [ ${#scripts[@]} -eq 0 ]; then
  skip "no update script (electoral--A--B.sql) is installed, none to match to a path"
else
  bad=()
  for f in "${scripts[@]}"; do
    ab=${f#electoral--}; ab=${ab%.sql}
    a=${ab%%--*}; b=${ab#*--}
    if [ -z "$a" ] || [ -z "$b" ] || [ "$a" == "$ab" ] || [ "$(path_of "$a" "$b")" != "$a--$b" ]; then
      bad+=("$f")
    fi
  done
  if [ ${#bad[@]} -eq 0 ]; then
    pass "every installed update script (${scripts[*]}) is a direct update path"
  else
    fail "every installed update script is a direct update path" "not a path: ${bad[*]}" "$(cat "$work/paths")"
  fi
fi

# Every update script of the source tree is installed, unchanged.
mapfile -t repo_scripts < <(ls src/sql/upgrade/electoral--*--*.sql 2>/dev/null)
if [ ${#repo_scripts[@]} -eq 0 ]; then
  skip "no update script in src/sql/upgrade/ yet, none to find installed"
else
  bad=()
  for f in "${repo_scripts[@]}"; do
    cmp -s "$f" "$extdir/$(basename "$f")" || bad+=("$(basename "$f")")
  done
  if [ ${#bad[@]} -eq 0 ]; then
    pass "every update script of src/sql/upgrade/ is installed unchanged (${#repo_scripts[@]})"
  else
    fail "every update script of src/sql/upgrade/ is installed unchanged" "missing or different in $extdir: ${bad[*]} (make install?)"
  fi
fi

# ---------------------------------------------------------------------------
# The reference: a fresh install of the default version
# ---------------------------------------------------------------------------
newdb fresh || bail "cannot create a database"
if got=$(q fresh "CREATE EXTENSION electoral; SELECT extversion FROM pg_extension WHERE extname = 'electoral'" 2>&1) \
   && [ "$got" == "$default" ]; then
  pass "CREATE EXTENSION electoral installs the default version $default"
else
  fail "CREATE EXTENSION electoral installs the default version $default" "$got"
  bail "the default version does not install"
fi
snapshot fresh "$work/fresh" || bail "snapshot of a fresh install failed: $(cat "$work/fresh.err")"
diag "a fresh install: $(wc -l < "$work/fresh.objects") member objects, $(wc -l < "$work/fresh.members") lines of member definitions"

# The comparison is sound: two fresh installs (different OIDs) compare
# equal, and a changed member is noticed.
newdb fresh2 && q fresh2 "CREATE TABLE public.before_it (x int); CREATE EXTENSION electoral; DROP TABLE public.before_it" > /dev/null \
  && snapshot fresh2 "$work/fresh2"
if cmp -s "$work/fresh.members" "$work/fresh2.members" && cmp -s "$work/fresh.objects" "$work/fresh2.objects" \
   && cmp -s "$work/fresh.config" "$work/fresh2.config" && cmp -s "$work/fresh.rules" "$work/fresh2.rules"; then
  pass "the comparison is sound: two fresh installs with different OIDs compare equal"
else
  fail "the comparison is sound: two fresh installs with different OIDs compare equal" \
       "$(diff "$work/fresh.members" "$work/fresh2.members" | head -20)" \
       "$(diff "$work/fresh.objects" "$work/fresh2.objects" | head -5)"
fi
q fresh2 "COMMENT ON FUNCTION electoral.alpha3(electoral.country) IS 'changed';
          CREATE FUNCTION electoral.extra() RETURNS int LANGUAGE sql AS 'SELECT 1';
          ALTER EXTENSION electoral ADD FUNCTION electoral.extra();
          UPDATE electoral.requirement SET years = 19 WHERE id = 2041" > /dev/null 2>&1
snapshot fresh2 "$work/fresh2x"
if ! cmp -s "$work/fresh.members" "$work/fresh2x.members" && grep -q "alpha3.*changed" "$work/fresh2x.members" \
   && ! cmp -s "$work/fresh.objects" "$work/fresh2x.objects" && ! cmp -s "$work/fresh.rules" "$work/fresh2x.rules"; then
  pass "the comparison is sound: a changed comment, an added member and a changed rule row are noticed"
else
  fail "the comparison is sound: a changed comment, an added member and a changed rule row are noticed"
fi

# ---------------------------------------------------------------------------
# upgrade_check FROM LABEL: CREATE EXTENSION VERSION FROM, ALTER EXTENSION
# UPDATE, then compare with the fresh install; and the same over a database
# with a registry, custom rules and triggers, whose data must come through.
# ---------------------------------------------------------------------------
cat > "$work/userdata.sql" <<'SQL'
SET search_path = public, electoral;
CREATE SCHEMA userdata;
CREATE TABLE userdata.registry (
    id          int PRIMARY KEY,
    citizenship electoral.country NOT NULL,
    inn         electoral.ru_inn,
    snils       electoral.ru_snils UNIQUE,
    passport    electoral.ru_passport,
    by_number   electoral.by_personal_number,
    by_passport electoral.by_passport,
    iin         electoral.kz_iin,
    doc         electoral.mrz
);
CREATE INDEX ON userdata.registry USING hash (iin);
INSERT INTO userdata.registry VALUES
    (1, 'RU', '7707083893', '112-233-445 95', '4506 123456', NULL, NULL, NULL,
     E'P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n7512345672RUS8503150M3109203<<<<<<<<<<<<<<06'),
    (2, 'BY', NULL, NULL, NULL, '3270287A012PB2', 'MP1234567', NULL,
     E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\nMP12345677BLR8702274M30051433270287A012PB282'),
    (3, 'KZ', NULL, NULL, NULL, NULL, NULL, '901123300258',
     E'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
INSERT INTO electoral.office (code, country, level, title, direct_vote, legal_basis)
VALUES ('RU.test_council', 'RU', 'local', 'Deputy of a test council', true, 'Test Law art. 1');
INSERT INTO electoral.requirement (office, role, kind, years, legal_basis)
VALUES ('RU.test_council', 'stand', 'min_age', 25, 'Test Law art. 3');
SELECT count(*) FROM electoral.grant_reciprocal('RU', 'KZ', '{vote}', '{local}', '[2026-01-01,)', 'a test agreement', 'art. 1');
CREATE TABLE userdata.kandidat (
    id serial PRIMARY KEY, dolzhnost text NOT NULL, den date NOT NULL,
    grazhdanstvo electoral.country[] NOT NULL, rozhd date, problemy jsonb
);
CREATE TRIGGER kandidat_eligible BEFORE INSERT OR UPDATE ON userdata.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=den', 'citizenships=grazhdanstvo', 'birth_date=rozhd');
INSERT INTO userdata.kandidat (dolzhnost, den, grazhdanstvo, rozhd)
VALUES ('RU.test_council', '2026-09-13', '{RU}', '1980-01-01'), ('RU.municipal_council', '2026-09-13', '{RU}', '1990-01-01');
SQL
cat > "$work/userdata_check.sql" <<'SQL'
SET search_path = public, electoral;
SELECT 'registry ' || md5(string_agg(r::text, E'\n' ORDER BY id)) FROM userdata.registry AS r;
SELECT 'kandidat ' || md5(string_agg(k::text, E'\n' ORDER BY id)) FROM userdata.kandidat AS k;
SELECT 'custom rules ' || md5(string_agg(x, E'\n' ORDER BY x)) FROM (
    SELECT o::text AS x FROM electoral.office AS o WHERE code = 'RU.test_council'
    UNION ALL SELECT r::text FROM electoral.requirement AS r WHERE id >= 100000
    -- the columns of 1.0: 1.1 adds min_residence and resides_in_territory (defaults)
    UNION ALL SELECT (g.id, g.host, g.nationals, g.roles, g.levels, g.except_offices, g.in_force,
                      g.permanent_residence, g.min_residence_years, g.registration, g.resident_since_before,
                      g.treaty, g.legal_basis)::text
                FROM electoral.franchise_grant AS g WHERE id >= 100000) AS c;
SELECT 'lookup ' || (SELECT id FROM userdata.registry WHERE snils = '11223344595')
              || (SELECT id FROM userdata.registry WHERE iin = '901123300258');
SQL
cat > "$work/userdata_after.sql" <<'SQL'
SET search_path = public, electoral;
CREATE FUNCTION pg_temp.sqlstate_of(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RETURN '00000';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END $$;
SELECT 'trigger ' || pg_temp.sqlstate_of($$INSERT INTO userdata.kandidat (dolzhnost, den, grazhdanstvo, rozhd)
                                          VALUES ('RU.test_council', '2026-09-13', '{RU}', '2005-01-01')$$)
       || ' ' || pg_temp.sqlstate_of($$INSERT INTO userdata.kandidat (dolzhnost, den, grazhdanstvo, rozhd)
                                        VALUES ('RU.test_council', '2026-09-13', '{RU}', '1970-01-01')$$);
SELECT 'answers ' || electoral.can_stand('RU.test_council', '2026-09-13', '{RU}', '2005-01-01')
       || ' ' || electoral.can_vote('RU.municipal_council', '2026-09-13', '{KZ}', '1990-01-01',
                                    residence => 'permanent', resident_since => '2015-01-01');
SQL

upgrade_check() {
  local from=$1 label=$2 db=up_${n} got
  # a pristine database: the extension alone
  newdb "$db" || { fail "$label: create a database"; return; }
  if got=$(q "$db" "CREATE EXTENSION electoral VERSION '$from'; ALTER EXTENSION electoral UPDATE;
                    SELECT extversion FROM pg_extension WHERE extname = 'electoral'" 2>&1) && [ "$got" == "$default" ]; then
    pass "$label: CREATE EXTENSION electoral VERSION '$from'; ALTER EXTENSION electoral UPDATE gives version $default"
  else
    fail "$label: CREATE EXTENSION electoral VERSION '$from'; ALTER EXTENSION electoral UPDATE gives version $default" "$got"
    return
  fi
  if snapshot "$db" "$work/$db"; then
    same "$work/fresh" "$work/$db" "$label, against a fresh install"
  else
    fail "$label: snapshot" "$(cat "$work/$db.err")"
  fi

  # a database in use: a registry with every type, custom rules, a trigger
  local dbu=${db}_data
  newdb "$dbu" || { fail "$label: create a database"; return; }
  if ! { q "$dbu" "CREATE EXTENSION electoral VERSION '$from'" && sql "$dbu" < "$work/userdata.sql"; } > "$work/$dbu.log" 2>&1; then
    fail "$label: a registry, custom rules and a trigger on version $from" "$(tail -5 "$work/$dbu.log")"
    return
  fi
  sql "$dbu" < "$work/userdata_check.sql" > "$work/$dbu.before" 2>&1
  if got=$(q "$dbu" "ALTER EXTENSION electoral UPDATE; SELECT extversion FROM pg_extension WHERE extname = 'electoral'" 2>&1) \
     && [ "$got" == "$default" ]; then
    pass "$label: ALTER EXTENSION electoral UPDATE succeeds over a registry using every type, custom rules and a trigger"
  else
    fail "$label: ALTER EXTENSION electoral UPDATE succeeds over a registry using every type, custom rules and a trigger" "$got"
    return
  fi
  sql "$dbu" < "$work/userdata_check.sql" > "$work/$dbu.after" 2>&1
  if diff -u "$work/$dbu.before" "$work/$dbu.after" > "$work/diff" && [ "$(wc -l < "$work/$dbu.after")" -eq 4 ]; then
    pass "$label: the registry rows, candidates and custom rule rows are unchanged, the indexes still find them"
  else
    fail "$label: the registry rows, candidates and custom rule rows are unchanged, the indexes still find them" \
         "$(cat "$work/diff" "$work/$dbu.after")"
  fi
  got=$(sql "$dbu" < "$work/userdata_after.sql" 2>&1 | tr '\n' ' ')
  is "$got" "trigger 23514 00000 answers false true " \
     "$label: after the update the trigger refuses and admits by the custom rules, the custom grant applies"
  # and, the user's objects left aside, the same extension as a fresh install
  # (the custom rule rows make the rule tables differ: not compared here)
  SNAPSHOT_EXCLUDE="userdata"
  if snapshot "$dbu" "$work/$dbu"; then
    for part in schema members objects config; do
      if ! diff -u "$work/fresh.$part" "$work/$dbu.$part" > "$work/diff" 2>&1; then
        fail "$label, with user data: same schema, members and configuration as a fresh install" "$part:" "$(head -20 "$work/diff")"
        SNAPSHOT_EXCLUDE=""
        return
      fi
    done
    pass "$label, with user data: same schema, members and configuration as a fresh install"
  else
    fail "$label, with user data: snapshot" "$(cat "$work/$dbu.err")"
  fi
  SNAPSHOT_EXCLUDE=""
}

# ---------------------------------------------------------------------------
# Every earlier version, by its update path
# ---------------------------------------------------------------------------
if [ ${#earlier[@]} -eq 0 ]; then
  skip "no earlier version ships yet: no update path to $default to compare with a fresh install"
else
  for v in "${earlier[@]}"; do
    upgrade_check "$v" "update $v -> $default (path $(path_of "$v" "$default"))"
  done
fi

# ---------------------------------------------------------------------------
# ALTER EXTENSION UPDATE on the default version is a no-op
# ---------------------------------------------------------------------------
newdb noop || bail "cannot create a database"
q noop "CREATE EXTENSION electoral" > /dev/null && snapshot noop "$work/noop.before"
msg=$(PGOPTIONS="-c client_min_messages=notice" psql -X -At -v ON_ERROR_STOP=1 -d noop -c "ALTER EXTENSION electoral UPDATE" 2>&1)
rc=$?
if [ $rc -eq 0 ] && grep -q "version \"$default\" of extension \"electoral\" is already installed" <<< "$msg"; then
  pass "ALTER EXTENSION electoral UPDATE on $default: succeeds, says it is already installed"
else
  fail "ALTER EXTENSION electoral UPDATE on $default: succeeds, says it is already installed" "exit $rc" "$msg"
fi
snapshot noop "$work/noop.after"
same "$work/noop.before" "$work/noop.after" "ALTER EXTENSION UPDATE on $default changes nothing"
# the same checks a real path gets, from the default version itself
upgrade_check "$default" "update $default -> $default (no-op)"

# ---------------------------------------------------------------------------
# DROP EXTENSION + CREATE EXTENSION gives the same extension
# ---------------------------------------------------------------------------
if q noop "DROP EXTENSION electoral; CREATE EXTENSION electoral" > "$work/recreate.log" 2>&1; then
  pass "DROP EXTENSION electoral; CREATE EXTENSION electoral: succeeds"
else
  fail "DROP EXTENSION electoral; CREATE EXTENSION electoral: succeeds" "$(cat "$work/recreate.log")"
fi
snapshot noop "$work/recreated"
same "$work/noop.before" "$work/recreated" "DROP + CREATE EXTENSION"

out "1..$n"
diag "run time $(( $(date +%s) - started ))s"
[ "$failed" -eq 0 ]
