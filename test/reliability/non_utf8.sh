#!/usr/bin/env bash
# Reliability: databases whose encoding is not UTF-8.  The core reads and
# writes UTF-8; the glue converts.  In a WIN1251 and an EUC_JP database:
# Cyrillic look-alikes still normalise, error details that echo an offending
# character arrive in the database's encoding (an EUC_JP database used to
# get raw UTF-8 bytes, 22021 instead of 22P02), validation_error's text is
# valid there, and country names that the encoding cannot hold fold to ASCII.
# identity_mismatches reads the record's sex (Ж, м) there, and a character
# the database holds but UTF-8 lacks (0x98 in WIN1251) is refused like any
# other bad character: is_valid false, 22P02, name_matches false.
#
# Run from the repository root, with the extension installed:
#     bash test/reliability/non_utf8.sh
# It makes its own throwaway cluster (pg_virtualenv, loopback only), prints
# TAP on stdout, exits non-zero on any failure and removes what it made.
set -uo pipefail

. "$(dirname "$0")/lib/throwaway_cluster.bash"
run_in_throwaway_cluster "$0" "$@"

. "$(dirname "$0")/lib/scenario.bash"
# q8 DB SQL: one value, the client speaking UTF-8 whatever the database's encoding
q8() { PGCLIENTENCODING=UTF8 psql -X -q -At -d "$1" -c "$2" 2>&1; }
# qw DB SQL: SQL sent as WIN1251 bytes (ASCII and 0x98 here), the answer as the server gives it; errors with their SQLSTATE
qw() { PGCLIENTENCODING=WIN1251 psql -X -q -At -v VERBOSITY=verbose -d "$1" -c "$2" 2>&1; }
# check DESCRIPTION GOT WANT (lib/scenario.bash's is, description first: the values are long)
check() { is "$2" "$3" "$1"; }

for enc in WIN1251 EUC_JP; do
  db="electoral_${enc,,}"
  psql -X -q -d postgres -c "CREATE DATABASE $db ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" >/dev/null
  q8 "$db" "CREATE EXTENSION electoral" >/dev/null
  check "$enc: the database has that encoding" "$(q8 "$db" "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()")" "$enc"
  if [ "$enc" = WIN1251 ]; then
    # Cyrillic А Р В typed into a Belarusian number (WIN1251 holds Cyrillic)
    check "$enc: Cyrillic look-alikes normalise" \
       "$(q8 "$db" "SELECT '3270287А012РВ2'::electoral.by_personal_number")" "3270287A012PB2"
    check "$enc: the detail echoes the offending Cyrillic letter in the database's encoding" \
       "$(q8 "$db" "SELECT electoral.validation_error('3270287Ж012PB2', 'electoral.by_personal_number')")" \
       'invalid input syntax for type electoral.by_personal_number: "3270287Ж012PB2": unexpected character "Ж" at position 8'
    check "$enc: the input error is 22P02 with that detail" \
       "$(PGCLIENTENCODING=UTF8 psql -X -q -d "$db" -v VERBOSITY=verbose -c "\\set VERBOSITY verbose" -c "SELECT '3270287Ж012PB2'::electoral.by_personal_number" 2>&1 | grep -E '^(ERROR|DETAIL)' | sed -E 's/^(ERROR|DETAIL): +//; s/ +$//' | tr '\n' '|')" \
       '22P02: invalid input syntax for type electoral.by_personal_number: "3270287Ж012PB2"|Unexpected character "Ж" at position 8.|'
  else
    # EUC_JP holds Cyrillic too (JIS X 0208), but not every Latin letter with diacritics
    check "$enc: the input error is 22P02, not an encoding error" \
       "$(PGCLIENTENCODING=UTF8 psql -X -q -d "$db" -c "\\set VERBOSITY verbose" -c "SELECT '3270287Ж012PB2'::electoral.by_personal_number" 2>&1 | grep -E '^ERROR' | sed -E 's/^ERROR: +//' | cut -d: -f1)" \
       "22P02"
    check "$enc: validation_error's text can be stored and read back" \
       "$(q8 "$db" "CREATE TEMP TABLE r AS SELECT electoral.validation_error('3270287Ж012PB2', 'electoral.by_personal_number') AS e; SELECT e FROM r")" \
       'invalid input syntax for type electoral.by_personal_number: "3270287Ж012PB2": unexpected character "Ж" at position 8'
  fi
  check "$enc: a name the encoding cannot hold folds to ASCII (TR)" "$(q8 "$db" "SELECT electoral.country_name('TR')")" "Turkiye"
  check "$enc: and another (CI)" "$(q8 "$db" "SELECT electoral.country_name('CI')")" "Cote d'Ivoire"
  check "$enc: eligibility works" \
     "$(q8 "$db" "SELECT electoral.can_vote('RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'permanent', '2015-01-01', true)")" "t"
  check "$enc: translit reads Cyrillic in the database's encoding" "$(q8 "$db" "SELECT electoral.translit('Ковалёв', 'by')")" "KOVALIOV"
  # identity_mismatches reads the record's sex in the database's encoding
  # (it matched the UTF-8 bytes of М and Ж, so missed this in both encodings)
  check "$enc: a sex mismatch written Ж against a male number is found" \
     "$(q8 "$db" "SELECT code || ': ' || detail FROM electoral.identity_mismatches(sex => 'Ж', by_personal_number => '3270287A012PB2')")" \
     "by_number_sex: personal number 3270287A012PB2 encodes sex M, the record says F"
  check "$enc: and м against a female number" \
     "$(q8 "$db" "SELECT code || ': ' || detail FROM electoral.identity_mismatches(sex => 'м', kz_iin => '871008401427')")" \
     "kz_iin_sex: IIN 871008401427 encodes sex F, the record says M (a discrepancy to check, not proof of a wrong record: since Government Decree No. 853 of 26.08.2013 an IIN need not match its holder's birth date and sex)"
  [ "$enc" = WIN1251 ] &&  # Рњ is D0 9C in WIN1251: the UTF-8 bytes of М
  check "$enc: a sex that is neither M nor F (Рњ) is not read as M" \
     "$(q8 "$db" "SELECT count(*) FROM electoral.identity_mismatches(sex => 'Рњ', kz_iin => '871008401427')")" "0"
  if [ "$enc" = WIN1251 ]; then
    # 0x98 is a WIN1251 byte with no UTF-8 equivalent: a refusal like any
    # other bad character, not 22P05 from the conversion (so is_valid is false)
    x=$'\x98'
    check "$enc: is_valid is false for a character UTF-8 lacks" \
       "$(qw "$db" "SELECT electoral.is_valid('RU$x', 'electoral.country')")" "f"
    check "$enc: validation_error names it" \
       "$(qw "$db" "SELECT electoral.validation_error('RU$x', 'electoral.country')")" \
       "invalid input syntax for type electoral.country: \"RU$x\": character with byte sequence 0x98 in encoding \"WIN1251\" at position 3 has no equivalent in UTF-8"
    check "$enc: the input functions refuse it with 22P02" \
       "$(for t in country kz_iin mrz; do qw "$db" "SELECT '7$x'::electoral.$t" | head -1 | cut -d: -f2 | tr -d ' '; done | tr '\n' ' ')" \
       "22P02 22P02 22P02 "
    check "$enc: translit refuses it with 22P02" \
       "$(qw "$db" "SELECT electoral.translit('IVAN$x')" | head -1 | cut -d: -f2 | tr -d ' ')" "22P02"
    check "$enc: name_matches is false for it" \
       "$(qw "$db" "SELECT electoral.name_matches('IVAN$x', 'IVAN')")" "f"
    check "$enc: identity_mismatches reads it as no sex, and a name holding it as no match" \
       "$(qw "$db" "SELECT string_agg(code, ' ') FROM electoral.identity_mismatches(sex => '$x', kz_iin => '871008401427', full_name => 'KAVALIOU$x IHAR', mrz => E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\\nMP12345677BLR8702274M30051433270287A012PB282', on_date => '2026-09-13')")" \
       "mrz_name"
  fi
  check "$enc: name_matches reads Cyrillic in the database's encoding" \
     "$(q8 "$db" "SELECT electoral.name_matches('Ковалев Игорь', 'KOVALEV<<IGOR')")" "t"
  [ "$enc" = WIN1251 ] &&  # Ў and І are not in JIS X 0208
  check "$enc: a Belarusian name against the MRZ, the sex agreeing: no findings" \
     "$(q8 "$db" "SELECT count(*) FROM electoral.identity_mismatches(full_name => 'Кавалёў Ігар', sex => 'М', birth_date => '1987-02-27', by_personal_number => '3270287A012PB2', mrz => E'P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\\nMP12345677BLR8702274M30051433270287A012PB282', on_date => '2026-09-13')")" \
     "0"
done

out "1..$n"
[ "$failed" -eq 0 ]
