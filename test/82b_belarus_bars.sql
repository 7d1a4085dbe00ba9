-- Belarus, the bars on standing of the Electoral Code as amended by Law
-- 252-Z of 16.02.2023, in force 03.03.2023 (src/sql/71_law_bars.sql, ids
-- 5511-5532): for the House of Representatives no conviction, no foreign
-- citizenship, no Pole's Card or like document; for a local council no
-- foreign citizenship and no such document unless a treaty provides
-- otherwise (the Russia-Belarus protocol's grant: grant_may_waive).  The
-- day before and the day the rows apply; explain citing the law; the
-- trigger mapping the facts.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(23);

\ir lib/caught.sql

-- ---------------------------------------------------------------------------
-- House of Representatives.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand('BY.house_of_representatives', d.day, '{BY}', DATE '1980-01-01',
                              conviction => 'minor', conviction_expunged => DATE '2010-01-01'),
          d.want, format('House: an expunged minor conviction, polling %s -> %s', d.day, d.want))
  FROM (VALUES (1, DATE '2023-03-02', true), (2, DATE '2023-03-03', false)) AS d(k, day, want) ORDER BY d.k;
SELECT is(electoral.can_stand('BY.house_of_representatives', d.day, '{BY,PL}', DATE '1980-01-01'),
          d.want, format('House: a citizen of Belarus and Poland, polling %s -> %s', d.day, d.want))
  FROM (VALUES (1, DATE '2023-03-02', true), (2, DATE '2023-03-03', false)) AS d(k, day, want) ORDER BY d.k;
SELECT is(electoral.can_stand('BY.house_of_representatives', d.day, '{BY}', DATE '1980-01-01',
                              foreign_benefit_document => true),
          d.want, format('House: a Pole''s Card, polling %s -> %s', d.day, d.want))
  FROM (VALUES (1, DATE '2023-03-02', true), (2, DATE '2023-03-03', false)) AS d(k, day, want) ORDER BY d.k;
SELECT is(electoral.can_stand('BY.house_of_representatives', DATE '2024-02-25', '{BY}', DATE '1980-01-01',
                              conviction => 'none', foreign_benefit_document => false),
          true, 'House 2024-02-25: never convicted, no foreign document: eligible');
SELECT is(electoral.can_stand('BY.house_of_representatives', DATE '2024-02-25', '{BY}', DATE '1980-01-01',
                              conviction => NULL),
          false, 'House: conviction not known: not proven');
SELECT results_eq(
    $$SELECT requirement, detail, legal_basis LIKE '%252-Z of 16.02.2023%'
        FROM electoral.explain('stand', 'BY.house_of_representatives', DATE '2024-02-25', '{BY,PL}', DATE '1980-01-01',
                               conviction => 'medium', conviction_expunged => DATE '2015-01-01',
                               foreign_benefit_document => true)
       WHERE NOT satisfied ORDER BY requirement$$,
    $$VALUES ('no_conviction',
              'convicted (the gravest crime: medium) (the conviction is expunged, which this office does not look past)', true),
             ('no_foreign_benefit_document',
              'holds a document of a foreign state giving benefits (a Pole''s Card or the like)', true),
             ('no_foreign_citizenship', 'also a citizen of PL', true)$$,
    'explain: the House''s three bars, each citing Law 252-Z');

-- ---------------------------------------------------------------------------
-- Local councils: the bars, and the treaty's exception for Russians.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand('BY.local_council', d.day, '{BY}', DATE '1980-01-01', foreign_benefit_document => true),
          d.want, format('local council: a citizen of Belarus with a Pole''s Card, polling %s -> %s', d.day, d.want))
  FROM (VALUES (1, DATE '2023-03-02', true), (2, DATE '2023-03-03', false)) AS d(k, day, want) ORDER BY d.k;
SELECT is(electoral.can_stand('BY.local_council', d.day, '{BY,LT}', DATE '1980-01-01'),
          d.want, format('local council: a citizen of Belarus and Lithuania, polling %s -> %s', d.day, d.want))
  FROM (VALUES (1, DATE '2023-03-02', true), (2, DATE '2023-03-03', false)) AS d(k, day, want) ORDER BY d.k;
SELECT is(electoral.can_stand('BY.local_council', DATE '2026-09-20', '{BY,RU}', DATE '1980-01-01',
                              residence => 'permanent', registered => true),
          true, 'local council: a citizen of Belarus and Russia: Russian citizenship waived by the protocol');
SELECT is(electoral.can_stand('BY.local_council', DATE '2026-09-20', '{RU}', DATE '1980-01-01',
                              residence => 'permanent', registered => true, foreign_benefit_document => true),
          true, 'local council: a Russian entitled by the protocol, with a foreign benefit document: the treaty''s exception');
SELECT is(electoral.can_stand('BY.local_council', DATE '2026-09-20', '{BY,PL}', DATE '1980-01-01',
                              residence => 'permanent', registered => true, foreign_benefit_document => true),
          false, 'local council: a Pole''s Card on a Belarus-Poland dual citizen: no treaty reaches Poland');
SELECT is((SELECT detail FROM electoral.explain('stand', 'BY.local_council', DATE '2026-09-20', '{RU}', DATE '1980-01-01',
                                                residence => 'permanent', registered => true,
                                                foreign_benefit_document => true)
            WHERE requirement = 'no_foreign_benefit_document'),
          'holds a document of a foreign state giving benefits, allowed under the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights',
          'explain: the exception names the treaty');
SELECT is(electoral.can_stand('BY.local_council', DATE '2026-09-20', '{BY}', DATE '1980-01-01',
                              conviction => 'grave', conviction_imprisonment => true),
          true, 'local council: a conviction is not one of the shipped bars (unexpunged conviction not verified: notes)');

-- The President: no document of a foreign state giving benefits, from 2022-03-15.
SELECT is(electoral.can_stand('BY.president', d.day, '{BY}', DATE '1970-01-01', resident_since => DATE '1970-01-01',
                              citizen_by_birth => true, foreign_benefit_document => true),
          d.want, format('President: a citizen by birth holding a Pole''s Card, polling %s -> %s', d.day, d.want))
  FROM (VALUES (1, DATE '2022-03-14', true), (2, DATE '2022-03-15', false)) AS d(k, day, want) ORDER BY d.k;

-- ---------------------------------------------------------------------------
-- The trigger: a registry column for the foreign document.
-- ---------------------------------------------------------------------------
CREATE TABLE pg_temp.kandydat (pasada text, dzen date, gramadzianstva electoral.country[], naradzhenne date,
                               karta_palyaka boolean, sudzimasts electoral.conviction);
CREATE TRIGGER kandydat_eligible BEFORE INSERT ON pg_temp.kandydat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=pasada', 'on_date=dzen', 'citizenships=gramadzianstva', 'birth_date=naradzhenne',
        'foreign_benefit_document=karta_palyaka', 'conviction=sudzimasts');
SELECT is((pg_temp.caught($$INSERT INTO pg_temp.kandydat VALUES
                           ('BY.house_of_representatives', '2024-02-25', '{BY}', '1980-01-01', true, 'none')$$)).state,
          '23514', 'trigger: a candidate for the House with a Pole''s Card is rejected');
SELECT is((pg_temp.caught($$INSERT INTO pg_temp.kandydat VALUES
                           ('BY.house_of_representatives', '2024-02-25', '{BY}', '1980-01-01', false, 'minor')$$)).state,
          '23514', 'trigger: a candidate for the House with a conviction is rejected');
SELECT lives_ok($$INSERT INTO pg_temp.kandydat VALUES
                  ('BY.house_of_representatives', '2023-03-02', '{BY}', '1980-01-01', true, 'minor')$$,
                'trigger: the same on 2023-03-02, before the amendments: accepted');

SELECT * FROM finish();
ROLLBACK;
