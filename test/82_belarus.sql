-- Belarus: every shipped office, voting and standing; the presidency before
-- and after the constitutional amendments in force from 2022-03-15; the
-- indirectly elected Council of the Republic.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(138);

-- The unsatisfied lines of an explanation, as an array (in explain's order).
CREATE FUNCTION pg_temp.unmet(r electoral.role, o text, d date, c electoral.country[], b date,
                              since date DEFAULT NULL, cbb boolean DEFAULT NULL,
                              ever boolean DEFAULT false)
RETURNS text[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(e.requirement), '{}')
      FROM electoral.explain(r, o, d, c, b, resident_since => since, citizen_by_birth => cbb,
                             ever_foreign => ever) AS e
     WHERE NOT e.satisfied
$$;
-- All lines of an explanation (requirement names, in order).
CREATE FUNCTION pg_temp.lines(r electoral.role, o text, d date, c electoral.country[], b date,
                              since date DEFAULT NULL, cbb boolean DEFAULT NULL)
RETURNS text[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(e.requirement), '{}')
      FROM electoral.explain(r, o, d, c, b, resident_since => since, citizen_by_birth => cbb) AS e
$$;

-- ---------------------------------------------------------------------------
-- Minimum ages, every office and role that anyone votes or stands for:
-- exactly the age on polling day (2025-01-26) is enough, one day short is
-- not, and only the age fails.  Candidates are citizens by birth who have
-- lived in Belarus since birth.
-- ---------------------------------------------------------------------------
SELECT is(got, want, what)
  FROM (SELECT CASE c.role
                 WHEN 'vote' THEN electoral.can_vote(c.office, DATE '2025-01-26', '{BY}', d.born)
                 ELSE electoral.can_stand(c.office, DATE '2025-01-26', '{BY}', d.born,
                                          resident_since => d.born, citizen_by_birth => true)
               END AS got,
               d.want,
               format('%s %s: born %s, %s on 2025-01-26 -> %s', c.office, c.role, d.born,
                      CASE WHEN d.want THEN 'exactly ' || c.age ELSE 'one day short of ' || c.age END,
                      d.want) AS what
          FROM (VALUES (1, 'BY.president', 'vote', 18), (2, 'BY.president', 'stand', 40),
                       (3, 'BY.house_of_representatives', 'vote', 18), (4, 'BY.house_of_representatives', 'stand', 21),
                       (5, 'BY.council_of_the_republic', 'stand', 30),
                       (6, 'BY.local_council', 'vote', 18), (7, 'BY.local_council', 'stand', 18))
                 AS c(n, office, role, age)
         CROSS JOIN LATERAL (VALUES
                 (1, (DATE '2025-01-26' - make_interval(years => c.age))::date, true),
                 (2, (DATE '2025-01-26' - make_interval(years => c.age))::date + 1, false)) AS d(k, born, want)
         ORDER BY c.n, d.k) AS t;

SELECT is(pg_temp.unmet(c.role::electoral.role, c.office, DATE '2025-01-26', '{BY}', c.born, since => c.born, cbb => true),
          ARRAY['min_age ' || c.age],
          format('%s %s, birthday tomorrow: only min_age %s is unmet', c.office, c.role, c.age))
  FROM (SELECT o.*, (DATE '2025-01-26' - make_interval(years => o.age))::date + 1 AS born
          FROM (VALUES (1, 'BY.president', 'vote', 18), (2, 'BY.president', 'stand', 40),
                       (3, 'BY.house_of_representatives', 'vote', 18), (4, 'BY.house_of_representatives', 'stand', 21),
                       (5, 'BY.council_of_the_republic', 'stand', 30),
                       (6, 'BY.local_council', 'vote', 18), (7, 'BY.local_council', 'stand', 18))
                 AS o(n, office, role, age)
         ORDER BY o.n) AS c;

-- 29 February: 40 falls in a leap year (1984 + 40 = 2024)
SELECT is(electoral.can_stand('BY.president', '2024-02-28', '{BY}', '1984-02-29', resident_since => '1984-02-29',
                              citizen_by_birth => true), false,
          'president: born 1984-02-29 is 39 on 2024-02-28 (leap year: the birthday is the 29th)');
SELECT is(electoral.can_stand('BY.president', '2024-02-29', '{BY}', '1984-02-29', resident_since => '1984-02-29',
                              citizen_by_birth => true), true,
          'president: born 1984-02-29 is 40 on 2024-02-29');
SELECT is(electoral.can_stand('BY.president', '2024-02-28', '{BY}', '1970-01-01', resident_since => '2004-02-29',
                              citizen_by_birth => true), false,
          'president: resident since 2004-02-29, 19 years on 2024-02-28');
SELECT is(electoral.can_stand('BY.president', '2024-02-29', '{BY}', '1970-01-01', resident_since => '2004-02-29',
                              citizen_by_birth => true), true,
          'president: resident since 2004-02-29, 20 years on 2024-02-29');
SELECT is(electoral.can_vote('BY.local_council', '2026-02-28', '{BY}', '2008-02-29'), true,
          'local council: born 2008-02-29 is 18 on 2026-02-28 (common year)');
SELECT is(electoral.can_vote('BY.local_council', '2026-02-27', '{BY}', '2008-02-29'), false,
          'local council: born 2008-02-29 is 17 on 2026-02-27');

-- ---------------------------------------------------------------------------
-- The presidency before and after 2022-03-15
-- ---------------------------------------------------------------------------
-- 2020-08-09: 35 years of age and 10 years' residence
SELECT is(electoral.can_stand('BY.president', '2020-08-09', '{BY}', '1984-08-09', resident_since => '2010-08-09',
                              citizen_by_birth => true), true,
          '2020-08-09: aged 36, resident exactly 10 years, citizen by birth -> may stand');
SELECT is(electoral.can_stand('BY.president', '2020-08-09', '{BY}', '1984-08-09', resident_since => '2010-08-10',
                              citizen_by_birth => true), false,
          '2020-08-09: resident one day short of 10 years -> may not');
SELECT is(electoral.can_stand('BY.president', '2020-08-09', '{BY}', '1985-08-10', resident_since => '1985-08-10',
                              citizen_by_birth => true), false,
          '2020-08-09: aged 34 -> may not');
SELECT is(electoral.can_stand('BY.president', '2020-08-09', '{BY}', '1985-08-09', resident_since => '1985-08-09',
                              citizen_by_birth => true), true,
          '2020-08-09: aged exactly 35 -> may stand');
SELECT is(pg_temp.lines('stand', 'BY.president', '2020-08-09', '{BY}', '1984-08-09', '2010-08-09', true),
          ARRAY['min_age 35', 'citizen', 'citizen_by_birth', 'residence_years 10 (continuous)',
                'not_incapacitated', 'not_imprisoned'],
          '2020-08-09: the requirements then in force (no never_foreign yet)');
SELECT is(pg_temp.lines('stand', 'BY.president', '2025-01-26', '{BY}', '1984-08-09', '2010-08-09', true),
          ARRAY['min_age 40', 'citizen', 'citizen_by_birth', 'residence_years 20 (continuous)', 'never_foreign',
                'not_incapacitated', 'not_imprisoned', 'no_foreign_benefit_document'],
          '2025-01-26: the requirements in force since 2022-03-15');
-- the same person on 2025-01-26: 40, but only 14 years' residence
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY}', '1984-08-09', resident_since => '2010-08-09',
                              citizen_by_birth => true), false,
          '2025-01-26: the 2020 candidate, 40 but resident only 14 years -> may not');
SELECT is(pg_temp.unmet('stand', 'BY.president', '2025-01-26', '{BY}', '1984-08-09', '2010-08-09', true),
          ARRAY['residence_years 20 (continuous)'], '2025-01-26: only the 20 years'' residence is unmet');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY}', '1984-08-09', resident_since => '1984-08-09',
                              citizen_by_birth => true), true,
          '2025-01-26: 40 and resident since birth -> may stand');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY}', '1985-01-27', resident_since => '1985-01-27',
                              citizen_by_birth => true), false,
          '2025-01-26: 39 (would have been enough before 2022) -> may not');
-- the day the amendments took effect
SELECT is(electoral.can_stand('BY.president', '2022-03-14', '{BY}', '1985-01-01', resident_since => '2007-01-01',
                              citizen_by_birth => true), true,
          'aged 37, resident 15 years: may stand on 2022-03-14 (old rules)');
SELECT is(electoral.can_stand('BY.president', '2022-03-15', '{BY}', '1985-01-01', resident_since => '2007-01-01',
                              citizen_by_birth => true), false,
          'aged 37, resident 15 years: may not stand on 2022-03-15 (new rules)');
SELECT is(pg_temp.unmet('stand', 'BY.president', '2022-03-15', '{BY}', '1985-01-01', '2007-01-01', true),
          ARRAY['min_age 40', 'residence_years 20 (continuous)'], '2022-03-15: both the new age and the new residence are unmet');
-- never_foreign, from 2022
SELECT is(electoral.can_stand('BY.president', '2020-08-09', '{BY}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true, ever_foreign => true), true,
          '2020-08-09: a former foreign citizen may stand (no never_foreign rule yet)');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true, ever_foreign => true), false,
          '2025-01-26: a former foreign citizen may not stand');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true, ever_foreign => NULL), false,
          '2025-01-26: ever_foreign not known -> may not');
SELECT is(electoral.can_stand('BY.president', '2020-08-09', '{BY}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true, ever_foreign => NULL), true,
          '2020-08-09: ever_foreign not known does not matter (no rule)');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY,RU}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true), false,
          '2025-01-26: a BY+RU dual citizen may not stand');
SELECT is(electoral.can_stand('BY.president', '2020-08-09', '{BY,RU}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true), true,
          '2020-08-09: a BY+RU dual citizen by birth could stand under the old rules');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true, foreign_residence_permit => true), false,
          '2025-01-26: holding a foreign residence permit now -> may not (never held one is required)');
-- citizen by birth: NULL is not proven
SELECT is(electoral.can_stand('BY.president', d, '{BY}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => cbb), false,
          format('%s: citizen_by_birth %s -> may not', d, coalesce(cbb::text, 'NULL')))
  FROM (VALUES (1, DATE '2020-08-09', NULL::boolean), (2, DATE '2020-08-09', false),
               (3, DATE '2025-01-26', NULL), (4, DATE '2025-01-26', false)) AS v(n, d, cbb);
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{BY}', '1970-01-01', resident_since => '1970-01-01'), false,
          'citizen_by_birth defaults to not known -> may not');
SELECT is(pg_temp.unmet('stand', 'BY.president', '2025-01-26', '{BY}', '1970-01-01', '1970-01-01', NULL),
          ARRAY['citizen_by_birth'], 'only citizen_by_birth is unmet when it is not known');
SELECT is((SELECT detail FROM electoral.explain('stand', 'BY.president', '2025-01-26', '{BY}', '1970-01-01',
                                                resident_since => '1970-01-01')
            WHERE requirement = 'citizen_by_birth'),
          'citizenship by birth not known', 'explain says citizenship by birth is not known');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', '{RU}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true, residence => 'permanent', registered => true), false,
          'a Russian permanently resident and registered in Belarus may not stand for president');
SELECT is(electoral.can_vote('BY.president', '2025-01-26', '{RU}', '1970-01-01', residence => 'permanent',
                             registered => true), false,
          'nor vote for president (the protocol is local only)');

-- ---------------------------------------------------------------------------
-- House of Representatives: 21, a citizen
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand('BY.house_of_representatives', '2024-02-25', '{BY,RU}', '1990-01-01'), false,
          'house: a BY+RU dual citizen may not stand (no foreign citizenship since the Electoral Code of 2023; test 82b)');
SELECT is(electoral.can_stand('BY.house_of_representatives', '2024-02-25', '{BY}', '1990-01-01', citizen_by_birth => false,
                              ever_foreign => true, foreign_residence_permit => true), true,
          'house: neither citizenship by birth nor a foreign past matters');
SELECT is(electoral.can_stand('BY.house_of_representatives', '2026-02-25', '{RU}', '1990-01-01',
                              residence => 'permanent', registered => true), false,
          'house: a Russian resident in Belarus may not stand (reserved)');
SELECT is(electoral.can_vote('BY.house_of_representatives', '2026-02-25', '{RU}', '1990-01-01',
                             residence => 'permanent', registered => true), false,
          'house: nor vote (national level)');

-- ---------------------------------------------------------------------------
-- Council of the Republic: elected indirectly, no one votes for it
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_vote('BY.council_of_the_republic', d, '{BY}', '1970-01-01'), false,
          'council: a Belarusian citizen aged ' || extract(year FROM age(d, '1970-01-01')) || ' may not vote on ' || d)
  FROM unnest(ARRAY[DATE '2019-11-07', DATE '2024-02-25', DATE '2028-01-01']) AS d;
SELECT results_eq(
    $$SELECT * FROM electoral.explain('vote', 'BY.council_of_the_republic', '2024-02-25', '{BY}', '1970-01-01')$$,
    $$VALUES ('direct election'::text, false,
              'BY.council_of_the_republic is not elected by popular vote'::text,
              'Constitution of the Republic of Belarus; elected indirectly by local councils'::text)$$,
    'council: explain gives the single line ''direct election''');
SELECT is(electoral.can_vote('BY.council_of_the_republic', '2024-02-25', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), false,
          'council: can_vote false with every fact unknown too');
-- standing: 30, 5 years' residence, no foreign citizenship
SELECT is(electoral.can_stand('BY.council_of_the_republic', '2024-04-04', '{BY}', '1994-04-04',
                              resident_since => '2019-04-04'), true,
          'council: aged 30, resident exactly 5 years -> may stand');
SELECT is(electoral.can_stand('BY.council_of_the_republic', '2024-04-04', '{BY}', '1994-04-04',
                              resident_since => '2019-04-05'), false,
          'council: resident one day short of 5 years -> may not');
SELECT is(electoral.can_stand('BY.council_of_the_republic', '2024-04-04', '{BY}', '1994-04-04'), false,
          'council: residence date not known -> may not');
SELECT is(electoral.can_stand('BY.council_of_the_republic', '2024-04-04', '{BY}', '1994-04-05',
                              resident_since => '1994-04-05'), false,
          'council: aged 29 -> may not');
SELECT is(electoral.can_stand('BY.council_of_the_republic', '2024-04-04', '{BY,RU}', '1970-01-01',
                              resident_since => '1970-01-01'), false,
          'council: a BY+RU dual citizen may not stand');
SELECT is(pg_temp.unmet('stand', 'BY.council_of_the_republic', '2026-04-04', '{BY,RU}', '1970-01-01', '1970-01-01'),
          ARRAY['no_foreign_citizenship'], 'council: only no_foreign_citizenship is unmet (not waived by the protocol)');
SELECT is(electoral.can_stand('BY.council_of_the_republic', '2026-04-04', '{RU}', '1970-01-01',
                              resident_since => '1970-01-01', residence => 'permanent', registered => true), false,
          'council: a Russian resident in Belarus may not stand');

-- ---------------------------------------------------------------------------
-- Local Councils of Deputies: 18
-- ---------------------------------------------------------------------------
-- A BY+RU dual citizen: the Electoral Code's admission of Russians permanently
-- residing in Belarus (grant 3, attested since 2014) is a grant reaching the
-- local councils, so the waivable bar of 2023 (row 5531) is waived for the
-- Russian citizenship, as for the Protocol's Russians (a host citizen is not
-- asked for a residence permit).  Outside local
-- councils nothing waives it (the House row 5512 is not waivable: test 82b).
SELECT is(electoral.can_stand('BY.local_council', '2024-02-25', '{BY,RU}', '2000-01-01'), true,
          'local council: a BY+RU dual citizen may stand in 2024 (the grant to Russians waives the Russian citizenship)');
SELECT is(electoral.can_stand('BY.local_council', '2024-02-25', '{BY,KZ}', '2000-01-01'), false,
          'local council: a BY+KZ dual citizen may not stand (no foreign citizenship since the Electoral Code of 2023)');

-- ---------------------------------------------------------------------------
-- Bars, every office and role: a Belarusian citizen by birth, born 1970,
-- living in Belarus since birth, on 2025-01-26.  Pre-trial detention no
-- longer bars anything (it barred voting only, until 2022-03-15: below).
-- 1.0 barred both voting and standing in detention at every date.
-- ---------------------------------------------------------------------------
SELECT is(got, want, what)
  FROM (SELECT CASE o.role
                 WHEN 'vote' THEN electoral.can_vote(o.code, DATE '2025-01-26', '{BY}', DATE '1970-01-01',
                                                     incapacitated => v.incap, imprisoned => v.impr,
                                                     detained => v.det)
                 ELSE electoral.can_stand(o.code, DATE '2025-01-26', '{BY}', DATE '1970-01-01',
                                          resident_since => DATE '1970-01-01', citizen_by_birth => true,
                                          incapacitated => v.incap, imprisoned => v.impr, detained => v.det)
               END AS got,
               v.want,
               format('%s %s, %s', o.code, o.role, v.what) AS what
          FROM (VALUES (1, 'BY.president', 'vote'), (2, 'BY.president', 'stand'),
                       (3, 'BY.house_of_representatives', 'vote'), (4, 'BY.house_of_representatives', 'stand'),
                       (5, 'BY.council_of_the_republic', 'stand'),
                       (6, 'BY.local_council', 'vote'), (7, 'BY.local_council', 'stand')) AS o(n, code, role)
         CROSS JOIN (VALUES
                 (1, false, false, false, true,  'no bar -> true'),
                 (2, true,  false, false, false, 'declared incapable -> false'),
                 (3, false, true,  false, false, 'imprisoned under a sentence -> false'),
                 (4, false, false, true,  true,  'in pre-trial detention -> true (no bar since 2022-03-15)'),
                 (5, NULL,  false, false, false, 'capacity not known -> false'),
                 (6, false, NULL,  false, false, 'imprisonment not known -> false'),
                 (7, false, false, NULL,  true,  'detention not known -> true (not asked since 2022-03-15)'))
                 AS v(n, incap, impr, det, want, what)
         ORDER BY o.n, v.n) AS t;

-- Before the 2022 amendments (in force 2022-03-15), art. 64 part 2: persons
-- held in custody as a preventive measure do not take part in VOTING; it
-- never barred standing.
SELECT is((SELECT detail FROM electoral.explain('vote', 'BY.local_council', '2022-03-14', '{BY}', '1970-01-01',
                                                detained => true)
            WHERE requirement = 'not_detained'),
          'held in pre-trial detention', 'explain says the voter is in pre-trial detention (2022-03-14)');
SELECT is(electoral.can_vote(o, '2022-03-14', '{BY}', '1970-01-01', detained => true), false,
          o || ': a detained voter may not vote on 2022-03-14, the day before the amendments')
  FROM unnest(ARRAY['BY.president', 'BY.house_of_representatives', 'BY.local_council']) AS o;
SELECT is(electoral.can_vote(o, '2022-03-15', '{BY}', '1970-01-01', detained => true), true,
          o || ': a detained voter may vote from 2022-03-15')
  FROM unnest(ARRAY['BY.president', 'BY.house_of_representatives', 'BY.local_council']) AS o;
SELECT is(electoral.can_stand(o, '2022-03-14', '{BY}', '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true, detained => true), true,
          o || ': detention never barred standing (2022-03-14)')
  FROM unnest(ARRAY['BY.house_of_representatives', 'BY.council_of_the_republic', 'BY.local_council']) AS o;
SELECT is((SELECT legal_basis FROM electoral.explain('vote', 'BY.local_council', '2022-03-14', '{BY}', '1970-01-01')
            WHERE requirement = 'not_detained'),
          'Constitution of the Republic of Belarus art. 64 part 2 (before the 2022 amendments): no voting in pre-trial detention',
          'explain cites art. 64 part 2 before the 2022 amendments');

-- ---------------------------------------------------------------------------
-- Missing facts count as not proven
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_vote('BY.local_council', '2025-01-26', '{BY}', NULL), false, 'vote: birth date not known -> false');
SELECT is(electoral.can_stand('BY.local_council', '2025-01-26', NULL, '1970-01-01'), false, 'stand: citizenships not known -> false');
SELECT is(electoral.can_stand('BY.president', '2025-01-26', NULL, '1970-01-01', resident_since => '1970-01-01',
                              citizen_by_birth => true), false,
          'president: citizenships not known -> false (never_foreign cannot be proven either)');
SELECT is(pg_temp.unmet('stand', 'BY.president', '2025-01-26', NULL, '1970-01-01', '1970-01-01', true),
          ARRAY['citizen', 'never_foreign'], 'president: citizen and never_foreign are unmet when citizenships are not known');

SELECT * FROM finish();
ROLLBACK;
