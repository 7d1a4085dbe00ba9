-- Check digits and birth dates over thousands of generated numbers, against
-- counts and md5 fingerprints computed by an independent implementation of
-- the published algorithms (Python, from /work/shared/domain/documents.md).
-- The generators are plain arithmetic on n, written identically on both sides.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(20);
-- The operators live in schema electoral, like the types.
SET search_path = public, electoral;

CREATE TEMP TABLE sweep(kind text, n int, s text) ON COMMIT DROP;
INSERT INTO sweep
SELECT 'inn10', n, lpad(((n::numeric * 982451653) % 10000000000)::text, 10, '0') FROM generate_series(1, 20000) n
UNION ALL
SELECT 'inn12', n, lpad(((n::numeric * 982451653 * 1000003) % 1000000000000)::text, 12, '0') FROM generate_series(1, 20000) n
UNION ALL
SELECT 'snils', n, lpad(((n::numeric * 982451653) % 100000000000)::text, 11, '0') FROM generate_series(1, 20000) n
UNION ALL
SELECT 'bypn', n, lpad(((n * 7919) % 10000000)::text, 7, '0') || chr(65 + n % 26) || lpad((n % 1000)::text, 3, '0')
                  || chr(65 + (n / 26) % 26) || chr(65 + (n / 676) % 26) || (n % 10)::text
  FROM generate_series(1, 20000) n
UNION ALL
SELECT 'kz', n, lpad(((n::numeric * 982451653) % 1000000000000)::text, 12, '0') FROM generate_series(1, 20000) n;

CREATE TEMP TABLE sweep_kind(kind text, typ regtype) ON COMMIT DROP;
INSERT INTO sweep_kind VALUES ('inn10', 'electoral.ru_inn'), ('inn12', 'electoral.ru_inn'),
    ('snils', 'electoral.ru_snils'), ('bypn', 'electoral.by_personal_number'), ('kz', 'electoral.kz_iin');

CREATE TEMP TABLE sweep_valid ON COMMIT DROP AS
SELECT kind, n, s FROM sweep JOIN sweep_kind USING (kind) WHERE electoral.is_valid(s, typ);

-- count | md5 of the valid numbers joined by ',' in order of n
CREATE FUNCTION pg_temp.fingerprint(k text) RETURNS text LANGUAGE sql AS $$
    SELECT count(*) || ' ' || md5(string_agg(s, ',' ORDER BY n)) FROM sweep_valid WHERE kind = k
$$;

SELECT is(pg_temp.fingerprint('inn10'), '1983 290bc2921aa5cffc0e06d5d8e9de2f8e', '10-digit INN: the valid ones among 20000');
SELECT is(pg_temp.fingerprint('inn12'), '184 58d48f93587ab05016ecebe6de592ea4', '12-digit INN: the valid ones among 20000');
SELECT is(pg_temp.fingerprint('snils'), '211 a7d22dfc22620968a7aa3dafb42a8683', 'SNILS: the valid ones among 20000');
SELECT is(pg_temp.fingerprint('bypn'), '2009 608bbb928afde6f2cd1450618a92a12f', 'Belarusian personal number: the valid ones among 20000');
SELECT is(pg_temp.fingerprint('kz'), '2047 f890929c249a875146965a597b3659c9', 'Kazakh IIN: the valid ones among 20000');

SELECT is_empty($$
    SELECT kind, s FROM sweep JOIN sweep_kind USING (kind)
     WHERE (electoral.validation_error(s, typ) IS NULL) IS DISTINCT FROM electoral.is_valid(s, typ)
$$, 'validation_error is NULL exactly when is_valid is true (100000 numbers)');
SELECT is_empty($$SELECT s FROM sweep_valid WHERE kind IN ('inn10', 'inn12') AND s::electoral.ru_inn::text <> s$$,
    'every valid INN of the sweep casts and prints back unchanged');
SELECT is_empty($$
    SELECT s FROM sweep_valid WHERE kind = 'snils'
       AND s::electoral.ru_snils::text <> format('%s-%s-%s %s', substr(s, 1, 3), substr(s, 4, 3), substr(s, 7, 3), substr(s, 10, 2))
$$, 'every valid SNILS of the sweep casts and prints as NNN-NNN-NNN NN');
SELECT is_empty($$SELECT s FROM sweep_valid WHERE kind = 'bypn' AND s::electoral.by_personal_number::text <> s$$,
    'every valid personal number of the sweep casts and prints back unchanged');
SELECT is_empty($$SELECT s FROM sweep_valid WHERE kind = 'kz' AND s::electoral.kz_iin::text <> s$$,
    'every valid IIN of the sweep casts and prints back unchanged');
SELECT is_empty($$
    SELECT s FROM sweep_valid WHERE kind = 'bypn'
       AND lower(s)::electoral.by_personal_number <> s::electoral.by_personal_number
$$, 'every valid personal number of the sweep is also valid in lower case, and equal');

-- Birth dates: prefixes with plausible and impossible dates and every century
-- digit; of the ten possible check digits, keep the valid ones.
CREATE TEMP TABLE dates ON COMMIT DROP AS
SELECT n, lpad(((n * 37) % 100)::text, 2, '0') || lpad(((n * 11) % 14)::text, 2, '0')
          || lpad(((n * 7) % 32)::text, 2, '0') || ((n * 3) % 10)::text
          || lpad(((n * 13) % 10000)::text, 4, '0') AS kz_prefix,
          ((n * 3) % 10)::text || lpad(((n * 7) % 32)::text, 2, '0') || lpad(((n * 11) % 14)::text, 2, '0')
          || lpad(((n * 37) % 100)::text, 2, '0') || chr(65 + n % 26) || lpad((n % 1000)::text, 3, '0') || 'PB' AS by_prefix
  FROM generate_series(1, 5000) n;
CREATE TEMP TABLE kz_dates ON COMMIT DROP AS
SELECT n, d, (kz_prefix || d)::electoral.kz_iin AS v FROM dates, generate_series(0, 9) d
 WHERE electoral.is_valid(kz_prefix || d, 'electoral.kz_iin');
CREATE TEMP TABLE by_dates ON COMMIT DROP AS
SELECT n, d, (by_prefix || d)::electoral.by_personal_number AS v FROM dates, generate_series(0, 9) d
 WHERE electoral.is_valid(by_prefix || d, 'electoral.by_personal_number');

SELECT is((SELECT count(*) || ' ' || md5(string_agg(v::text, ',' ORDER BY n, d)) FROM kz_dates),
    '4959 427c85d39ed55048c6ab0c1ca1d41cca', 'IIN date sweep: the valid numbers');
SELECT is((SELECT count(*) || ' ' || md5(string_agg(format('%s:%s:%s', v, electoral.birth_date(v), electoral.sex(v)), ',' ORDER BY n, d))
             FROM kz_dates WHERE electoral.birth_date(v) IS NOT NULL),
    '2427 69223f16d9128f3c2ab73496e24d00bc', 'IIN date sweep: birth dates and sexes');
SELECT is((SELECT count(*) FROM kz_dates WHERE electoral.sex(v) = 'M' AND electoral.birth_date(v) IS NOT NULL), 1248::bigint,
    'IIN date sweep: males');
SELECT is((SELECT count(*) FROM kz_dates WHERE (electoral.sex(v) IS NULL) <> (electoral.birth_date(v) IS NULL)), 0::bigint,
    'IIN date sweep: sex and birth date are NULL together');
SELECT is((SELECT count(*) || ' ' || md5(string_agg(v::text, ',' ORDER BY n, d)) FROM by_dates),
    '5000 6b4ebc26da4faa71946a4c9881f6ea56', 'personal number date sweep: exactly one check digit per prefix');
SELECT is((SELECT count(*) || ' ' || md5(string_agg(format('%s:%s:%s', v, electoral.birth_date(v), electoral.sex(v)), ',' ORDER BY n, d))
             FROM by_dates WHERE electoral.birth_date(v) IS NOT NULL),
    '2451 6ed441def0afc173f8b9298a390b9193', 'personal number date sweep: birth dates and sexes');
SELECT is((SELECT count(*) FROM by_dates WHERE electoral.sex(v) = 'M' AND electoral.birth_date(v) IS NOT NULL), 1260::bigint,
    'personal number date sweep: males');
SELECT is((SELECT count(*) FROM by_dates WHERE (electoral.sex(v) IS NULL) <> (electoral.birth_date(v) IS NULL)), 0::bigint,
    'personal number date sweep: sex and birth date are NULL together');
SELECT is((SELECT count(*) FROM kz_dates WHERE electoral.birth_date(v) IS NOT NULL
              AND (electoral.birth_date(v) < '1800-01-01' OR electoral.birth_date(v) > '2099-12-31')), 0::bigint,
    'IIN date sweep: every birth date lies in 1800-2099');

SELECT * FROM finish();
ROLLBACK;
