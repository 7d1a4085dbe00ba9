-- electoral.enforce_eligibility(), flag mode: with 'flag=column' naming a
-- jsonb or text[] column the row is kept and the column receives the unmet
-- requirements ('[]' / '{}' when eligible); a value written into the flag
-- column by hand is replaced; UPDATE re-evaluates and rewrites the flag;
-- an unknown office is flagged and the row kept; a NULL office or polling
-- day is still an error; a flag column of a domain over jsonb or text[] has
-- the domain's constraints checked on what the trigger writes.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SET search_path = public, electoral;
SELECT plan(85);

\ir lib/caught.sql

-- The flags the trigger should write, built from electoral.explain for the same facts.
CREATE FUNCTION pg_temp.want_jsonb(r electoral.role, o text, d date, c electoral.country[], b date,
                                   res electoral.residence DEFAULT 'none', reg boolean DEFAULT false)
RETURNS jsonb LANGUAGE sql AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('requirement', e.requirement, 'detail', e.detail,
                                                 'legal_basis', e.legal_basis) ORDER BY e.n), '[]')
      FROM electoral.explain(r, o, d, c, b, res, NULL, reg) WITH ORDINALITY AS e(requirement, satisfied, detail, legal_basis, n)
     WHERE NOT e.satisfied
$$;
CREATE FUNCTION pg_temp.want_text(r electoral.role, o text, d date, c electoral.country[], b date,
                                  res electoral.residence DEFAULT 'none', reg boolean DEFAULT false)
RETURNS text[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(format('%s: %s (%s)', e.requirement, e.detail, e.legal_basis) ORDER BY e.n), '{}')
      FROM electoral.explain(r, o, d, c, b, res, NULL, reg) WITH ORDINALITY AS e(requirement, satisfied, detail, legal_basis, n)
     WHERE NOT e.satisfied
$$;

CREATE SCHEMA reestr;

-- ---------------------------------------------------------------------------
-- jsonb flag: applications to vote, every one recorded
-- ---------------------------------------------------------------------------
CREATE TABLE reestr.zayavka (
    nomer    int PRIMARY KEY,
    okrug    text NOT NULL,
    den      date NOT NULL,
    grazhd   electoral.country[],
    rozhd    date,
    status   electoral.residence NOT NULL DEFAULT 'none',
    v_spiske boolean NOT NULL DEFAULT false,
    problemy jsonb
);
CREATE TRIGGER zayavka_proverka BEFORE INSERT OR UPDATE ON reestr.zayavka
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'vote', 'office=okrug', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd',
        'residence=status', 'registered=v_spiske', 'flag=problemy');

SELECT lives_ok($$INSERT INTO reestr.zayavka (nomer, okrug, den, grazhd, rozhd) VALUES
                      (1, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01'),
                      (2, 'RU.municipal_council', '2026-09-13', '{RU}', '2010-01-01'),
                      (3, 'RU.municipal_council', '2026-09-13', '{BY}', '1980-01-01'),
                      (4, 'RU.state_duma', '2026-09-13', '{RU}', '2008-09-14'),
                      (5, 'BY.local_council', '2026-09-13', '{BY}', '1980-01-01')$$,
                'five applications, three ineligible, in one INSERT: no error');
SELECT is((SELECT count(*) FROM reestr.zayavka), 5::bigint, 'flag mode: every row is kept');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 1), '[]'::jsonb, 'eligible: the flag is an empty array');
SELECT is((SELECT jsonb_typeof(problemy) FROM reestr.zayavka WHERE nomer = 1), 'array', 'an array, not NULL or an object');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 2),
          '[{"requirement": "min_age 18", "detail": "aged 16 on polling day, 18 required",
             "legal_basis": "Constitution of the Russian Federation art. 32; 67-FZ art. 4"}]'::jsonb,
          'a 16-year-old: exactly one item, the voting age with its legal basis');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 3),
          '[{"requirement": "citizen",
             "detail": "citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights entitles them only on its conditions, see the grant lines",
             "legal_basis": "Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 (foreign citizens permanently residing in the municipality, under international treaties)"},
            {"requirement": "grant: permanent residence",
             "detail": "residence is none, permanent residence required",
             "legal_basis": "Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10"}]'::jsonb,
          'an unregistered, non-resident Belarusian: exactly two items, in explain''s order (no registration condition)');
SELECT is(z.problemy, pg_temp.want_jsonb('vote', z.okrug, z.den, z.grazhd, z.rozhd, z.status, z.v_spiske),
          format('application %s: the flag agrees with electoral.explain', z.nomer))
  FROM reestr.zayavka AS z ORDER BY z.nomer;
SELECT is((SELECT jsonb_array_length(problemy) FROM reestr.zayavka WHERE nomer = 4), 1,
          'a 17-year-old voting for the Duma, in a row after a council row: one item');
SELECT is((SELECT problemy -> 0 ->> 'detail' FROM reestr.zayavka WHERE nomer = 4), 'aged 17 on polling day, 18 required',
          'the Duma row is judged for the Duma');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 5), '[]'::jsonb,
          'a Belarusian voting in Belarus: eligible, empty array');
SELECT is((SELECT array_agg(nomer ORDER BY nomer) FROM reestr.zayavka WHERE problemy = '[]'), '{1,5}'::int[],
          'the eligible applications are found by problemy = ''[]''');

-- a value written into the flag column is replaced
SELECT lives_ok($$INSERT INTO reestr.zayavka (nomer, okrug, den, grazhd, rozhd, problemy)
                  VALUES (6, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01', '["forged"]')$$,
                'an eligible row inserted with a forged flag');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 6), '[]'::jsonb, 'the forged flag is replaced by []');
SELECT lives_ok($$INSERT INTO reestr.zayavka (nomer, okrug, den, grazhd, rozhd, problemy)
                  VALUES (7, 'RU.municipal_council', '2026-09-13', '{RU}', '2010-01-01', '[]')$$,
                'an ineligible row inserted with an empty flag');
SELECT is((SELECT jsonb_array_length(problemy) FROM reestr.zayavka WHERE nomer = 7), 1,
          'the empty flag is replaced by the unmet requirement');

-- ---------------------------------------------------------------------------
-- UPDATE re-evaluates and rewrites the flag
-- ---------------------------------------------------------------------------
SELECT lives_ok($$UPDATE reestr.zayavka SET rozhd = '1990-01-01' WHERE nomer = 2$$, 'UPDATE making the 16-year-old 36');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 2), '[]'::jsonb, 'the flag is now empty');
SELECT lives_ok($$UPDATE reestr.zayavka SET status = 'permanent' WHERE nomer = 3$$,
                'UPDATE: the Belarusian becomes a permanent resident');
SELECT is((SELECT array_agg(e ->> 'requirement' ORDER BY o) FROM reestr.zayavka, jsonb_array_elements(problemy) WITH ORDINALITY AS x(e, o)
            WHERE nomer = 3),
          NULL::text[],
          'the flag is empty once the Belarusian is a permanent resident (the Protocol asks no registration)');
SELECT lives_ok($$UPDATE reestr.zayavka SET v_spiske = true WHERE nomer = 3$$, 'UPDATE: and registers');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 3), '[]'::jsonb, 'the flag is now empty');
SELECT lives_ok($$UPDATE reestr.zayavka SET okrug = 'RU.state_duma' WHERE nomer = 3$$,
                'UPDATE: the same Belarusian applies to vote for the State Duma');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 3),
          pg_temp.want_jsonb('vote', 'RU.state_duma', '2026-09-13', '{BY}', '1980-01-01', 'permanent', true),
          'the flag is rewritten for the Duma');
SELECT is((SELECT problemy -> 0 ->> 'detail' FROM reestr.zayavka WHERE nomer = 3),
          'not a citizen of RU (holds BY); the office is reserved to citizens',
          'the Duma vote is reserved to citizens');
SELECT lives_ok($$UPDATE reestr.zayavka SET problemy = '[]' WHERE nomer = 7$$,
                'UPDATE clearing the flag of an ineligible row by hand');
SELECT is((SELECT jsonb_array_length(problemy) FROM reestr.zayavka WHERE nomer = 7), 1,
          'the trigger writes the unmet requirement back');
SELECT lives_ok($$UPDATE reestr.zayavka SET den = '2028-09-17'$$, 'UPDATE of every row: a later polling day');
SELECT is((SELECT array_agg(nomer ORDER BY nomer) FROM reestr.zayavka WHERE problemy = '[]'), '{1,2,4,5,6,7}'::int[],
          'by 2028-09-17 applications 4 and 7 come of age and their flags are emptied; 3 (a Belarusian, Duma) keeps its flag');
SELECT is(z.problemy, pg_temp.want_jsonb('vote', z.okrug, z.den, z.grazhd, z.rozhd, z.status, z.v_spiske),
          format('after the UPDATE of every row, application %s: the flag agrees with explain', z.nomer))
  FROM reestr.zayavka AS z ORDER BY z.nomer;

-- an unknown office is flagged, the row kept
SELECT lives_ok($$INSERT INTO reestr.zayavka (nomer, okrug, den, grazhd, rozhd) VALUES (20, 'RU.duma', '2026-09-13', '{RU}', '1980-01-01')$$,
                'flag mode: a row with an unknown office is kept');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 20),
          '[{"requirement": "office", "legal_basis": null,
             "detail": "unknown office \"RU.duma\"; the offices are listed by SELECT code, title FROM electoral.office ORDER BY code"}]'::jsonb,
          'flag mode: its flag says the office is unknown and where the offices are listed');
SELECT lives_ok($$UPDATE reestr.zayavka SET okrug = 'RU.municipal_council' WHERE nomer = 20$$,
                'the office corrected by UPDATE');
SELECT is((SELECT problemy FROM reestr.zayavka WHERE nomer = 20), '[]'::jsonb, 'the flag is emptied');
-- the data must still make sense: NULL office, NULL polling day
SELECT throws_ok($$UPDATE reestr.zayavka SET okrug = NULL WHERE nomer = 1$$,
                 '23502', 'office is NULL in a row of table "zayavka"',
                 'flag mode: a NULL office is an error (the trigger runs before the column''s NOT NULL)');
CREATE TEMP TABLE err AS SELECT * FROM pg_temp.caught($$UPDATE reestr.zayavka SET den = NULL WHERE nomer = 1$$);
SELECT is(state || ': ' || msg, '22004: polling day is NULL in a row of table "zayavka"',
          'flag mode: a NULL polling day is an error naming the table') FROM err;
SELECT is(det, 'Trigger "zayavka_proverka" decides eligibility by the rules in force on polling day.',
          'its detail names the trigger') FROM err;
SELECT is(sch || '.' || tbl, 'reestr.zayavka', 'the table is in the error fields') FROM err;
DROP TABLE err;
SELECT is((SELECT count(*) FROM reestr.zayavka), 8::bigint, 'eight rows');

-- ---------------------------------------------------------------------------
-- text[] flag: candidates
-- ---------------------------------------------------------------------------
CREATE TABLE reestr.vydvizhenie (
    nomer       int PRIMARY KEY,
    dolzhnost   text,
    data        date,
    grazhdanin  electoral.country,
    rodilsya    date,
    zamechaniya text[] NOT NULL DEFAULT '{}'
);
CREATE TRIGGER vydvizhenie_proverka BEFORE INSERT OR UPDATE ON reestr.vydvizhenie
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data', 'citizenships=grazhdanin', 'birth_date=rodilsya',
        'flag=zamechaniya');

SELECT lives_ok($$INSERT INTO reestr.vydvizhenie (nomer, dolzhnost, data, grazhdanin, rodilsya) VALUES
                      (1, 'RU.state_duma', '2026-09-20', 'RU', '1980-01-01'),
                      (2, 'RU.state_duma', '2026-09-20', 'RU', '2007-05-01'),
                      (3, 'RU.municipal_council', '2026-09-20', 'BY', '2010-01-01'),
                      (4, 'RU.municipal_council', '2026-09-20', 'RU', '2007-05-01')$$,
                'four nominations, two ineligible: no error');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 1), '{}'::text[], 'eligible: the flag is {}');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 2),
          ARRAY['min_age 21: aged 19 on polling day, 21 required (Constitution of the Russian Federation art. 97)'],
          'a 19-year-old for the Duma: exactly one item, requirement, detail and legal basis');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 3),
          ARRAY['min_age 18: aged 16 on polling day, 18 required (67-FZ art. 4, as amended by 250-FZ (2009))',
                'citizen: citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights entitles them '
                'only on its conditions, see the grant lines (67-FZ art. 4 (foreign citizens permanently residing in the '
                'municipality, under international treaties))',
                'grant: permanent residence: residence is none, permanent residence required (Protocol of 13.03.2025 '
                'amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10)',
                'no_foreign_citizenship: a citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral '
                'rights allows it only on its conditions (67-FZ art. 4 p. 3.1 (unless a treaty provides otherwise))'],
          'a 16-year-old Belarusian, single country column, default residence: exactly four items '
          '(the Protocol waives the Belarusian citizenship only on its conditions)');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 4), '{}'::text[],
          'a 19-year-old for a council, after a Duma row: eligible');
SELECT is(v.zamechaniya, pg_temp.want_text('stand', v.dolzhnost, v.data, ARRAY[v.grazhdanin], v.rodilsya),
          format('nomination %s: the flag agrees with electoral.explain', v.nomer))
  FROM reestr.vydvizhenie AS v ORDER BY v.nomer;
SELECT is((SELECT array_ndims(zamechaniya) FROM reestr.vydvizhenie WHERE nomer = 3), 1, 'a one-dimensional text[]');

-- UPDATE rewrites it
SELECT lives_ok($$UPDATE reestr.vydvizhenie SET dolzhnost = 'RU.municipal_council' WHERE nomer = 2$$,
                'UPDATE moving the 19-year-old to a council');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 2), '{}'::text[], 'the flag is now {}');
SELECT lives_ok($$UPDATE reestr.vydvizhenie SET rodilsya = '2009-09-21' WHERE nomer = 1$$,
                'UPDATE making the Duma candidate one day short of 17');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 1),
          ARRAY['min_age 21: aged 16 on polling day, 21 required (Constitution of the Russian Federation art. 97)'],
          'the flag now holds the age requirement');
SELECT lives_ok($$UPDATE reestr.vydvizhenie SET grazhdanin = 'RU', rodilsya = '1990-01-01' WHERE nomer = 3$$,
                'UPDATE: the Belarusian is now a 36-year-old Russian');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 3), '{}'::text[], 'all four items are gone');
SELECT lives_ok($$UPDATE reestr.vydvizhenie SET zamechaniya = '{"хорошо"}' WHERE nomer = 1$$,
                'UPDATE writing a comment over the flag of an ineligible row');
SELECT is((SELECT cardinality(zamechaniya) FROM reestr.vydvizhenie WHERE nomer = 1), 1,
          'the trigger writes the unmet requirement back');
SELECT is((SELECT zamechaniya[1] FROM reestr.vydvizhenie WHERE nomer = 1),
          'min_age 21: aged 16 on polling day, 21 required (Constitution of the Russian Federation art. 97)',
          'the comment is replaced by the requirement');
SELECT throws_ok($$INSERT INTO reestr.vydvizhenie (nomer, dolzhnost, data, grazhdanin, rodilsya) VALUES
                       (10, 'RU.state_duma', '2026-09-20', 'RU', '1980-01-01'),
                       (11, NULL, '2026-09-20', 'RU', '1980-01-01')$$,
                 '23502', 'office is NULL in a row of table "vydvizhenie"',
                 'flag mode: a NULL office is still an error, and the whole statement fails');
SELECT is((SELECT count(*) FROM reestr.vydvizhenie), 4::bigint, 'nothing of it was written');
SELECT lives_ok($$INSERT INTO reestr.vydvizhenie (nomer, dolzhnost, data, grazhdanin, rodilsya) VALUES
                      (12, 'RU.duma', '2026-09-20', 'RU', '1980-01-01')$$,
                'text[] flag: a row with an unknown office is kept');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 12),
          ARRAY['office: unknown office "RU.duma"; the offices are listed by SELECT code, title FROM electoral.office ORDER BY code'],
          'text[] flag: its flag says the office is unknown');
DELETE FROM reestr.vydvizhenie WHERE nomer = 12;

-- ---------------------------------------------------------------------------
-- two triggers on one table: a jsonb flag for voting, a text[] flag for standing
-- ---------------------------------------------------------------------------
CREATE TABLE reestr.grazhdanin (
    id      int PRIMARY KEY,
    okrug   text NOT NULL,
    den     date NOT NULL,
    grazhd  electoral.country[] NOT NULL,
    rozhd   date,
    golos   jsonb,
    vydv    text[]
);
CREATE TRIGGER grazhdanin_golos BEFORE INSERT OR UPDATE ON reestr.grazhdanin
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'vote', 'office=okrug', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd', 'flag=golos');
CREATE TRIGGER grazhdanin_vydv BEFORE INSERT OR UPDATE ON reestr.grazhdanin
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=okrug', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd', 'flag=vydv');
SELECT lives_ok($$INSERT INTO reestr.grazhdanin (id, okrug, den, grazhd, rozhd) VALUES
                      (1, 'RU.state_duma', '2026-09-20', '{RU}', '2007-05-01'),
                      (2, 'RU.state_duma', '2026-09-20', '{RU}', '1980-01-01'),
                      (3, 'RU.state_duma', '2026-09-20', '{RU}', '2010-01-01')$$,
                'two flag triggers on one table');
SELECT results_eq($$SELECT id, jsonb_array_length(golos), cardinality(vydv) FROM reestr.grazhdanin ORDER BY id$$,
                  $$VALUES (1, 0, 1), (2, 0, 0), (3, 1, 1)$$,
                  'each flag records its own role: 19 may vote but not stand; 36 both; 16 neither');
SELECT is((SELECT vydv FROM reestr.grazhdanin WHERE id = 1),
          ARRAY['min_age 21: aged 19 on polling day, 21 required (Constitution of the Russian Federation art. 97)'],
          'the standing flag of the 19-year-old');
SELECT lives_ok($$UPDATE reestr.grazhdanin SET okrug = 'RU.municipal_council' WHERE id = 1$$,
                'UPDATE to a council: both triggers re-evaluate');
SELECT results_eq($$SELECT golos, vydv FROM reestr.grazhdanin WHERE id = 1$$,
                  $$VALUES ('[]'::jsonb, '{}'::text[])$$,
                  'both flags empty after the UPDATE');

-- ---------------------------------------------------------------------------
-- a rule change rewrites the flag of the next row written
-- ---------------------------------------------------------------------------
UPDATE electoral.requirement SET years = 21
 WHERE office = 'RU.municipal_council' AND role = 'stand' AND kind = 'min_age';
SELECT lives_ok($$UPDATE reestr.vydvizhenie SET data = data WHERE nomer = 4$$,
                'after raising the council age to 21: an UPDATE of the 19-year-old''s row that changes nothing');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 4),
          ARRAY['min_age 21: aged 19 on polling day, 21 required (67-FZ art. 4, as amended by 250-FZ (2009))'],
          'the flag now records the new age');
SELECT is((SELECT zamechaniya FROM reestr.vydvizhenie WHERE nomer = 2), '{}'::text[],
          'rows not written since keep their old flag');

-- ---------------------------------------------------------------------------
-- a flag column of a domain: the domain's CHECK applies to what the trigger writes
-- ---------------------------------------------------------------------------
-- at most one problem per row (jsonb), no problem about an office (text[])
CREATE DOMAIN reestr.odna_problema AS jsonb CHECK (jsonb_array_length(VALUE) <= 1);
CREATE DOMAIN reestr.zamechaniya AS text[] CHECK (NOT (VALUE[1] LIKE 'office:%'));
CREATE TABLE reestr.anketa (
    nomer   int PRIMARY KEY,
    okrug   text,
    den     date,
    grazhd  electoral.country[],
    rozhd   date,
    ocenka  reestr.odna_problema,
    zametki reestr.zamechaniya
);
CREATE TRIGGER anketa_json BEFORE INSERT OR UPDATE ON reestr.anketa
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'vote', 'office=okrug', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd', 'flag=ocenka');
CREATE TRIGGER anketa_text BEFORE INSERT OR UPDATE ON reestr.anketa
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'vote', 'office=okrug', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd', 'flag=zametki');
SELECT lives_ok($$INSERT INTO reestr.anketa (nomer, okrug, den, grazhd, rozhd) VALUES
                      (1, 'RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01'),
                      (2, 'RU.municipal_council', '2026-09-13', '{RU}', '2010-01-01')$$,
                'domain flags: an eligible row and a row with one unmet requirement satisfy both domains');
SELECT is((SELECT array_agg(jsonb_array_length(ocenka) ORDER BY nomer) FROM reestr.anketa), '{0,1}'::int[],
          'domain flags: written');
SELECT throws_ok($$INSERT INTO reestr.anketa (nomer, okrug, den, grazhd, rozhd)
                   VALUES (3, 'RU.municipal_council', '2026-09-13', '{KZ}', '2010-01-01')$$,
                 '23514', 'value for domain reestr.odna_problema violates check constraint "odna_problema_check"',
                 'a jsonb domain''s CHECK that the flag violates (two unmet requirements) rejects the row, as an INSERT of that value would');
SELECT throws_ok($$INSERT INTO reestr.anketa (nomer, okrug, den, grazhd, rozhd)
                   VALUES (4, 'RU.duma', '2026-09-13', '{RU}', '1980-01-01')$$,
                 '23514', 'value for domain reestr.zamechaniya violates check constraint "zamechaniya_check"',
                 'a text[] domain''s CHECK that the flag violates (an unknown office) rejects the row');
SELECT throws_ok($$UPDATE reestr.anketa SET grazhd = '{KZ}' WHERE nomer = 2$$,
                 '23514', 'value for domain reestr.odna_problema violates check constraint "odna_problema_check"',
                 'on UPDATE too');
SELECT is((SELECT count(*) FROM reestr.anketa), 2::bigint, 'the rows the domains refused are not there');

SELECT * FROM finish();
ROLLBACK;
