#!/usr/bin/env bash
# Reliability: the Debian package.  A copy of the working tree is built with
# Debian's PostgreSQL extension tooling (dpkg-buildpackage -us -uc -b:
# debian/rules runs pg_buildext for every major in debian/pgversions this
# system supports), giving postgresql-NN-electoral for each; the package of
# the running major is installed with dpkg, and a fresh database of a
# throwaway cluster runs CREATE EXTENSION, a smoke query and the 1.0 -> 1.1
# update from the installed files only.  Then the package is purged and the
# system's electoral files are put back byte for byte as they were (under
# `make test`, the working tree's build), so the other scenarios test the
# tree, not the package.
#
# The system PostgreSQL install is shared: from the snapshot of its files to
# their restoration this holds /tmp/electoral-pg.lock (lib/pg_lock.bash; not
# again when `flock /tmp/electoral-pg.lock make test` already holds it).
# When postgresql-NN-electoral was installed before the run, the scenario
# leaves it alone and skips.  The build skips the package's own installcheck
# (the nocheck build option and profile: make test runs those suites on the
# tree, and the profile drops the postgresql-all build dependency).
#
# Run from the repository root, as root (dpkg):
#     bash test/reliability/deb_package.sh
# It makes its own throwaway cluster (pg_virtualenv, loopback only), prints
# TAP on stdout, exits non-zero on any failure and removes what it made.
set -uo pipefail

. "$(dirname "$0")/lib/throwaway_cluster.bash"
run_in_throwaway_cluster "$0" "$@"

# ---------------------------------------------------------------------------
# Inside the cluster.
# ---------------------------------------------------------------------------
. "$(dirname "$0")/lib/scenario.bash"
. "$(dirname "$0")/lib/pg_lock.bash"

started=$(date +%s)
repo=$(pwd)
major=$(pg_config --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
pkg="postgresql-$major-electoral"
libdir=$(pg_config --pkglibdir)
sharedir=$(pg_config --sharedir)
work=$(mktemp -d "${TMPDIR:-/tmp}/electoral_deb.XXXXXX")
# If the run dies between install and restore, the exit still purges the
# package and puts the system's files back (the lock is still held then).
restore_system() {
  if [ -e "$work/installed" ]; then
    dpkg --purge "$pkg" > "$work/purge.log" 2>&1
    [ -s "$work/before.list" ] && (cd / && tar -xf "$work/before.tar")
    rm -f "$work/installed"
  fi
}
trap 'restore_system; rm -rf "$work"' EXIT

for tool in dpkg-buildpackage pg_buildext dh; do
  command -v "$tool" > /dev/null || bail "$tool is missing (tools/ensure-deps installs debhelper and postgresql-server-dev-all)"
done
[ "$(id -u)" -eq 0 ] || { skip "dpkg -i needs root"; out "1..$n"; exit 0; }
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
  skip "$pkg is installed on this system already: left alone"
  out "1..$n"; exit 0
fi

# ---- build, in a copy of the working tree (tracked and new files) ----
mkdir "$work/src"
if git -C "$repo" rev-parse --git-dir > /dev/null 2>&1; then
  git -C "$repo" ls-files -co --exclude-standard -z \
    | (cd "$repo" && tar --null -T - -cf -) | tar -xf - -C "$work/src"
else
  # not a git checkout (tools/test-major's copy in a chroot): the files as
  # they are, less what make test built in them
  cp -a "$repo/." "$work/src/" && make -s -C "$work/src" clean > /dev/null 2>&1
fi
# debian/control is generated from control.in for the majors the system
# supports (committed for Debian 12's 15): regenerate it for this system's, as
# a build for other majors does (on Debian 12 it is unchanged).
if (cd "$work/src" && pg_buildext updatecontrol > /dev/null &&
    DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b -Pnocheck) > "$work/build.log" 2>&1; then
  pass "dpkg-buildpackage -us -uc -b builds the packages"
else
  fail "dpkg-buildpackage -us -uc -b builds the packages" "$(tail -30 "$work/build.log")"
  bail "no package to install"
fi
want=$(cd "$work/src" && pg_buildext supported-versions | sed 's/.*/postgresql-&-electoral/' | sort | tr "\n" " " | sed "s/ $//")
got=$(cd "$work" && ls ./*.deb | sed -nE 's|^\./(postgresql-[0-9]+-electoral)_.*|\1|p' | sort | tr "\n" " " | sed "s/ $//")
is "$got" "$want" "one postgresql-NN-electoral for each major pg_buildext supports here ($want)"
deb=$(ls "$work/${pkg}"_*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then   # pg_config's major is not one postgresql-common supports here: nothing to install
  skip "no $pkg: PostgreSQL $major is not in pg_buildext supported-versions here"
  out "1..$n"; exit "$((failed > 0))"
fi
version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$repo/electoral.control")
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=""
for f in "./usr/lib/postgresql/$major/lib/electoral.so" "./usr/share/postgresql/$major/extension/electoral.control" \
         "./usr/share/postgresql/$major/extension/electoral--$version.sql" \
         $(cd "$repo/src/sql" && ls released/*.sql upgrade/*.sql | sed "s|^[a-z]*/|./usr/share/postgresql/$major/extension/|"); do
  grep -qx "$f" <<< "$contents" || missing+=" $f"
done
is "${missing:-none}" none "$pkg holds the module, the control file, the $version install script and every released and update script"
is "$(dpkg-deb -f "$deb" Depends | grep -o "postgresql-$major\b" | head -1)" "postgresql-$major" \
   "$pkg depends on postgresql-$major (pg_buildext's postgresql:Depends)"

# ---- install, test, restore: one critical section over the shared install ----
ours() {   # the system's electoral files, relative to /
  (cd / && ls -d "${libdir#/}"/electoral.so "${libdir#/}"/bitcode/electoral "${libdir#/}"/bitcode/electoral.index.bc \
                 "${sharedir#/}"/extension/electoral.control "${sharedir#/}"/extension/electoral--*.sql 2>/dev/null)
}
sums() { (cd / && ours | xargs -r find | sort | xargs -r md5sum 2>/dev/null); }

installed_session() {
  sums > "$work/before.md5"
  ours > "$work/before.list"
  [ -s "$work/before.list" ] && (cd / && tar -cf "$work/before.tar" -T "$work/before.list")

  : > "$work/installed"
  if dpkg -i "$deb" > "$work/dpkg.log" 2>&1 \
     && dpkg-query -W -f='${Status}' "$pkg" | grep -q 'install ok installed'; then
    pass "dpkg -i installs $pkg"
  else
    fail "dpkg -i installs $pkg" "$(tail -20 "$work/dpkg.log")"
  fi
  is "$(dpkg -S "$libdir/electoral.so" 2>/dev/null | cut -d: -f1)" "$pkg" "electoral.so on the system is the package's"
  dpkg-deb -x "$deb" "$work/unpacked"
  is "$(md5sum < "$libdir/electoral.so")" "$(md5sum < "$work/unpacked$libdir/electoral.so")" \
     "the module the server will load is the one in the package"

  createdb deb_smoke
  is "$(q deb_smoke "CREATE EXTENSION electoral; SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'electoral'")" \
     "$version" "CREATE EXTENSION electoral from the package gives $version"
  is "$(q deb_smoke "SELECT '7707083893'::electoral.ru_inn, '112 233 445 95'::electoral.ru_snils, 'blr'::electoral.country,
                            electoral.can_vote('RU.municipal_council', '2026-09-13', ARRAY['BY'], '1990-01-01',
                                               'permanent', '2010-01-01', true),
                            electoral.validation_error('1234567895', 'electoral.ru_inn') IS NOT NULL")" \
     "7707083893|112-233-445 95|BY|t|t" "a smoke query: identity types, can_vote with a text[], validation_error"
  is "$(q deb_smoke "SELECT count(*) > 0 FROM electoral.explain('stand', 'RU.state_duma', '2026-09-20', ARRAY['RU'], '1990-01-01')")" \
     t "explain answers from the package's rule tables"
  createdb deb_update
  is "$(q deb_update "CREATE EXTENSION electoral VERSION '1.0'; ALTER EXTENSION electoral UPDATE;
                      SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'electoral'")" \
     "$version" "1.0 from the package updates to $version with ALTER EXTENSION electoral UPDATE"
  dropdb deb_smoke; dropdb deb_update

  restore_system
  is "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -c 'install ok installed')" 0 "dpkg --purge removes $pkg"
  is "$(sums | md5sum)" "$(md5sum < "$work/before.md5")" "the system's electoral files are back as they were before the package"
}
with_pg_lock installed_session

diag "run time $(( $(date +%s) - started ))s"
out "1..$n"
[ "$failed" -eq 0 ]
