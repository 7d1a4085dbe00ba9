#!/usr/bin/env bash
# Reliability: the release tarball.  `make dist` makes electoral-X.Y.tar.gz
# with every file under electoral-X.Y/ (from the work tree's tracked files as
# committed or changed: DIST_REF is a `git stash create` commit when the tree
# has changes, HEAD otherwise); the tarball holds what a release needs, its
# META.json passes tools/check-meta (the PGXN Meta Spec v1), and it builds
# with PGXS on its own (warnings as errors) and installs into a private
# DESTDIR the module and every install and update script.  tools/check-meta
# must also refuse broken META.json files, one fault each, so a pass means
# something.
#
# Run from the repository root:   bash test/reliability/dist_tarball.sh
# Needs no cluster and touches no system install.  Prints TAP on stdout.
set -uo pipefail

exec 3>&1
. "$(dirname "$0")/lib/scenario.bash"

repo=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/electoral_dist.XXXXXX")
trap 'rm -rf "$work"' EXIT
version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" electoral.control)
name="electoral-$version"

# ---- make dist ----
# make dist archives a git commit: a copy of the tree without its history
# (tools/test-major's copy into a chroot, an unpacked tarball) has none.
if ! git rev-parse --git-dir >/dev/null 2>&1; then
  echo "1..0 # SKIP not a git checkout: make dist archives a git commit"
  exit 0
fi
ref=$(git stash create 2>/dev/null)
if make -s dist DIST_REF="${ref:-HEAD}" > "$work/dist.log" 2>&1 && [ -f "$name.tar.gz" ]; then
  mv "$name.tar.gz" "$work/"
  pass "make dist makes $name.tar.gz"
else
  fail "make dist makes $name.tar.gz" "$(tail -20 "$work/dist.log")"
  bail "no tarball"
fi
entries=$(tar -tzf "$work/$name.tar.gz")
is "$(grep -cv "^$name/" <<< "$entries")" 0 "every entry of the tarball is under $name/"
missing=""
for f in META.json LICENSE CHANGELOG.md README.md electoral.control Makefile debian/control debian/rules \
         src/sql/fixed_type.sql.in $(git ls-files src/sql/released src/sql/upgrade); do
  grep -qx "$name/$f" <<< "$entries" || missing+=" $f"
done
is "${missing:-none}" none "the tarball holds META.json, LICENSE, CHANGELOG.md, the sources, debian/ and every released and update script"

tar -xzf "$work/$name.tar.gz" -C "$work"
problems=$("$repo/tools/check-meta" "$work/$name" 2>&1)
is "${problems:-none}" none "the tarball's META.json passes tools/check-meta (PGXN Meta Spec v1, version = electoral.control's)"

# ---- it builds and installs on its own ----
if make -s -C "$work/$name" > "$work/build.log" 2>&1; then
  pass "the tarball builds with PGXS (-Wall -Wextra -Werror)"
else
  fail "the tarball builds with PGXS (-Wall -Wextra -Werror)" "$(tail -20 "$work/build.log")"
fi
make -s -C "$work/$name" install DESTDIR="$work/root" > "$work/install.log" 2>&1
extdir="$work/root$(pg_config --sharedir)/extension"
missing=""
for f in "$work/root$(pg_config --pkglibdir)/electoral.so" "$extdir/electoral.control" "$extdir/electoral--$version.sql" \
         $(cd src/sql && ls released/*.sql upgrade/*.sql | sed "s|^[a-z]*/|$extdir/|"); do
  [ -s "$f" ] || missing+=" ${f#"$work/root"}"
done
is "${missing:-none}" none "make install DESTDIR= installs the module, the control file and every install and update script"

# ---- tools/check-meta refuses what the spec refuses ----
refuses() {   # DESCRIPTION PYTHON-EDIT EXPECTED-PROBLEM-SUBSTRING
  local d="$work/bad$n"
  mkdir -p "$d" && cp "$repo/electoral.control" "$repo/README.md" "$d/"
  python3 -c "import json,sys; m=json.load(open(sys.argv[1])); $2; json.dump(m, open(sys.argv[2],'w'))" \
    "$repo/META.json" "$d/META.json"
  local got
  got=$("$repo/tools/check-meta" "$d")
  if [ $? -ne 0 ] && grep -qF "$3" <<< "$got"; then pass "check-meta refuses $1"; else fail "check-meta refuses $1" "got: $got"; fi
}
refuses "a META.json without provides" "del m['provides']" "missing required key 'provides'"
refuses "a version that is not semantic (1.1)" "m['version'] = '1.1'" "'1.1' is not a semantic version"
refuses "a licence that is no short name" "m['license'] = 'PostgreSQL'" "not a licence short name"
refuses "a version other than electoral.control's" "m['version'] = m['provides']['electoral']['version'] = '9.9.0'" \
        "is not electoral.control's default_version"
refuses "an unknown key" "m['homepage'] = 'https://example.org'" "unknown key 'homepage'"
refuses "a tag with a slash" "m['tags'].append('a/b')" "is not a tag"
refuses "a provided file that is not there" "m['provides']['electoral']['file'] = 'sql/electoral.sql'" "names no file"
refuses "a bad prereq range" "m['prereqs']['runtime']['requires']['PostgreSQL'] = '>= 15'" "is not a version range"
refuses "meta-spec 2.0.0" "m['meta-spec']['version'] = '2.0.0'" "must be 1.0.x"

out "1..$n"
[ "$failed" -eq 0 ]
