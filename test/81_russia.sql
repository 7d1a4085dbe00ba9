-- Russia: every shipped office, voting and standing.  Ages count in full
-- years on polling day; someone born on 29 February comes of age on
-- 28 February in a common year (Civil Code RF art. 192 p. 3).
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(179);

-- The unsatisfied lines of an explanation, as an array (in explain's order).
CREATE FUNCTION pg_temp.unmet(r electoral.role, o text, d date, c electoral.country[], b date,
                              res electoral.residence DEFAULT 'none', since date DEFAULT NULL,
                              reg boolean DEFAULT false, incap boolean DEFAULT false,
                              impr boolean DEFAULT false, det boolean DEFAULT false,
                              cbb boolean DEFAULT NULL, frp boolean DEFAULT false,
                              ever boolean DEFAULT false)
RETURNS text[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(e.requirement), '{}')
      FROM electoral.explain(r, o, d, c, b, res, since, reg, incap, impr, det, cbb, frp, ever) AS e
     WHERE NOT e.satisfied
$$;
-- The detail of one line of an explanation.
CREATE FUNCTION pg_temp.detail(r electoral.role, o text, d date, c electoral.country[], b date,
                               req text, since date DEFAULT NULL, frp boolean DEFAULT false,
                               ever boolean DEFAULT false)
RETURNS text LANGUAGE sql AS $$
    SELECT e.detail
      FROM electoral.explain(r, o, d, c, b, resident_since => since,
                             foreign_residence_permit => frp, ever_foreign => ever) AS e
     WHERE e.requirement = req
$$;

-- ---------------------------------------------------------------------------
-- Minimum ages, every office and role: exactly the age on polling day is
-- enough; one day short (birthday tomorrow) is not, and only the age fails.
-- Polling day 2026-09-20; a candidate for president has lived in Russia
-- since birth.
-- ---------------------------------------------------------------------------
SELECT is(got, want, what)
  FROM (SELECT CASE c.role
                 WHEN 'vote' THEN electoral.can_vote(c.office, DATE '2026-09-20', '{RU}', d.born)
                 ELSE electoral.can_stand(c.office, DATE '2026-09-20', '{RU}', d.born,
                                          resident_since => d.born)
               END AS got,
               d.want,
               format('%s %s: born %s, %s on 2026-09-20 -> %s', c.office, c.role, d.born,
                      CASE WHEN d.want THEN 'exactly ' || c.age ELSE 'one day short of ' || c.age END,
                      d.want) AS what
          FROM (VALUES (1, 'RU.president', 'vote', 18), (2, 'RU.president', 'stand', 35),
                       (3, 'RU.state_duma', 'vote', 18), (4, 'RU.state_duma', 'stand', 21),
                       (5, 'RU.governor', 'vote', 18), (6, 'RU.governor', 'stand', 30),
                       (7, 'RU.regional_legislature', 'vote', 18), (8, 'RU.regional_legislature', 'stand', 21),
                       (9, 'RU.municipal_council', 'vote', 18), (10, 'RU.municipal_council', 'stand', 18),
                       (11, 'RU.municipal_head', 'vote', 18), (12, 'RU.municipal_head', 'stand', 21))
                 AS c(n, office, role, age)
         CROSS JOIN LATERAL (VALUES
                 (1, (DATE '2026-09-20' - make_interval(years => c.age))::date, true),
                 (2, (DATE '2026-09-20' - make_interval(years => c.age))::date + 1, false)) AS d(k, born, want)
         ORDER BY c.n, d.k) AS t;

SELECT is(pg_temp.unmet(c.role::electoral.role, c.office, DATE '2026-09-20', '{RU}', c.born, since => c.born),
          ARRAY['min_age ' || c.age],
          format('%s %s, birthday tomorrow: only min_age %s is unmet', c.office, c.role, c.age))
  FROM (SELECT o.*, (DATE '2026-09-20' - make_interval(years => o.age))::date + 1 AS born
          FROM (VALUES (1, 'RU.president', 'vote', 18), (2, 'RU.president', 'stand', 35),
                       (3, 'RU.state_duma', 'vote', 18), (4, 'RU.state_duma', 'stand', 21),
                       (5, 'RU.governor', 'vote', 18), (6, 'RU.governor', 'stand', 30),
                       (7, 'RU.regional_legislature', 'vote', 18), (8, 'RU.regional_legislature', 'stand', 21),
                       (9, 'RU.municipal_council', 'vote', 18), (10, 'RU.municipal_council', 'stand', 18),
                       (11, 'RU.municipal_head', 'vote', 18), (12, 'RU.municipal_head', 'stand', 21))
                 AS o(n, office, role, age)
         ORDER BY o.n) AS c;

SELECT is(pg_temp.detail('stand', 'RU.governor', '2026-09-20', '{RU}', '1996-09-21', 'min_age 30'),
          'aged 29 on polling day, 30 required', 'the age line says how old and how old one must be');

-- ---------------------------------------------------------------------------
-- 29 February
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_vote('RU.municipal_council', '2026-02-28', '{RU}', '2008-02-29'), true,
          'born 2008-02-29: 18 on 2026-02-28 (common year), may vote');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-02-27', '{RU}', '2008-02-29'), false,
          'born 2008-02-29: still 17 on 2026-02-27');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-02-28', '{RU}', '2008-02-29'), true,
          'born 2008-02-29: may stand for a municipal council on 2026-02-28');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-02-27', '{RU}', '2008-02-29'), false,
          'born 2008-02-29: may not stand on 2026-02-27');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-02-28', '{RU}', '2008-03-01'), false,
          'born 2008-03-01: still 17 on 2026-02-28');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-03-01', '{RU}', '2008-03-01'), true,
          'born 2008-03-01: 18 on 2026-03-01');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-02-27', '{RU}', '2008-02-28'), false,
          'born 2008-02-28: still 17 on 2026-02-27');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-02-28', '{RU}', '2008-02-28'), true,
          'born 2008-02-28: 18 on 2026-02-28');
SELECT is(pg_temp.detail('vote', 'RU.municipal_council', '2028-02-28', '{RU}', '2008-02-29', 'min_age 18'),
          'aged 19 on polling day, 18 required',
          'born 2008-02-29: in leap 2028 the birthday is 29 February, so 19 on 2028-02-28');
SELECT is(pg_temp.detail('vote', 'RU.municipal_council', '2028-02-29', '{RU}', '2008-02-29', 'min_age 18'),
          'aged 20 on polling day, 18 required',
          'born 2008-02-29: 20 on 2028-02-29');
SELECT is(electoral.can_stand('RU.state_duma', '2025-02-28', '{RU}', '2004-02-29'), true,
          'born 2004-02-29: 21 on 2025-02-28, may stand for the State Duma');
SELECT is(electoral.can_stand('RU.state_duma', '2025-02-27', '{RU}', '2004-02-29'), false,
          'born 2004-02-29: 20 on 2025-02-27');
SELECT is(electoral.can_stand('RU.president', '2025-02-28', '{RU}', '1980-01-01', resident_since => '2000-02-29'), true,
          'resident since 2000-02-29: 25 years on 2025-02-28');
SELECT is(electoral.can_stand('RU.president', '2025-02-27', '{RU}', '1980-01-01', resident_since => '2000-02-29'), false,
          'resident since 2000-02-29: 24 years on 2025-02-27');

-- ---------------------------------------------------------------------------
-- President (Constitution art. 81): 35, 25 years' residence, never foreign.
-- Polling day 2024-03-17.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{RU}', '1989-03-17', resident_since => '1999-03-17'), true,
          'president: 35 today, resident exactly 25 years, never foreign');
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{RU}', '1989-03-17', resident_since => '1999-03-18'), false,
          'president: resident one day short of 25 years');
SELECT is(pg_temp.unmet('stand', 'RU.president', '2024-03-17', '{RU}', '1989-03-17', since => '1999-03-18'),
          ARRAY['residence_years 25'], 'president: only the residence line is unmet');
SELECT is(pg_temp.detail('stand', 'RU.president', '2024-03-17', '{RU}', '1989-03-17', 'residence_years 25', since => '1999-03-18'),
          'resident since 1999-03-18: 24 full years on polling day, 25 required', 'president: the residence line explains');
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{RU}', '1989-03-17'), false,
          'president: date residence began not known -> false');
SELECT is(pg_temp.detail('stand', 'RU.president', '2024-03-17', '{RU}', '1989-03-17', 'residence_years 25'),
          'date residence began not known', 'president: explain names the missing residence date');
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{RU}', '1989-03-17', resident_since => '1989-03-17',
                              ever_foreign => true), false,
          'president: once held a foreign citizenship or residence permit -> false');
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{RU}', '1989-03-17', resident_since => '1989-03-17',
                              ever_foreign => NULL), false,
          'president: ever_foreign not known -> false');
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{RU,BY}', '1989-03-17', resident_since => '1989-03-17'), false,
          'president: a dual RU+BY citizen may not stand');
SELECT is(pg_temp.detail('stand', 'RU.president', '2024-03-17', '{RU,BY}', '1989-03-17', 'never_foreign', since => '1989-03-17'),
          'holds citizenship of BY', 'president: the never_foreign line names the other citizenship');
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{RU}', '1989-03-17', resident_since => '1989-03-17',
                              foreign_residence_permit => true), false,
          'president: holding a foreign residence permit now bars standing');
SELECT is(electoral.can_stand('RU.president', '2024-03-17', '{BY}', '1989-03-17', resident_since => '1989-03-17'), false,
          'president: a Belarusian may not stand');
SELECT is(pg_temp.detail('stand', 'RU.president', '2024-03-17', '{BY}', '1989-03-17', 'citizen', since => '1989-03-17'),
          'not a citizen of RU (holds BY); the office is reserved to citizens', 'president: reserved to citizens');

-- ---------------------------------------------------------------------------
-- State Duma (Constitution art. 97): 21, no foreign citizenship or permit.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU}', '2005-09-20'), true,
          'duma: a Russian citizen aged 21, nothing foreign');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU,BY}', '2005-09-20'), false,
          'duma: also a citizen of Belarus -> false (no treaty waiver for the Duma)');
SELECT is(pg_temp.unmet('stand', 'RU.state_duma', '2026-09-20', '{RU,BY}', '2005-09-20'),
          ARRAY['no_foreign_citizenship'], 'duma: only no_foreign_citizenship is unmet for RU+BY');
SELECT is(pg_temp.detail('stand', 'RU.state_duma', '2026-09-20', '{RU,BY}', '2005-09-20', 'no_foreign_citizenship'),
          'also a citizen of BY', 'duma: the line names the other citizenship');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU,KZ}', '2005-09-20'), false,
          'duma: also a citizen of Kazakhstan -> false');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU}', '2005-09-20', foreign_residence_permit => NULL), false,
          'duma: foreign residence permit not known -> false');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU}', '2005-09-20', ever_foreign => NULL), true,
          'duma: the past does not matter (no never_foreign requirement)');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU}', '2005-09-20', ever_foreign => true), true,
          'duma: a former dual citizen may stand');

-- ---------------------------------------------------------------------------
-- A dual citizen of Russia and Belarus (born 1970, permanently living in
-- Russia since birth).  Voting needs nothing more: a citizen.  Standing for
-- a municipal office needs the Protocol to waive the Belarusian citizenship,
-- and it does so on its conditions (since 1.1): residence in the
-- municipality (left out here: counted as met); no residence status, which a
-- citizen of Russia does not hold there.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_vote(o, '2026-09-20', '{RU,BY}', '1970-01-01'), true,
          'RU+BY citizen may vote for ' || o)
  FROM unnest(ARRAY['RU.president', 'RU.state_duma', 'RU.governor', 'RU.regional_legislature',
                    'RU.municipal_council', 'RU.municipal_head']) AS o;
SELECT is(electoral.can_stand(o.code, '2026-09-20', '{RU,BY}', '1970-01-01', 'permanent', resident_since => '1970-01-01'), o.want,
          format('RU+BY citizen %s stand for %s on 2026-09-20', CASE WHEN o.want THEN 'may' ELSE 'may not' END, o.code))
  FROM (VALUES ('RU.president', false), ('RU.state_duma', false), ('RU.governor', false),
               ('RU.regional_legislature', false), ('RU.municipal_council', true),
               ('RU.municipal_head', true)) AS o(code, want);
SELECT is((SELECT e.detail FROM electoral.explain('stand', 'RU.municipal_council', '2026-09-20', '{RU,BY}', '1970-01-01',
                                                  'permanent') AS e
            WHERE e.requirement = 'no_foreign_citizenship'),
          'also a citizen of BY, allowed under the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights',
          'municipal council: the Belarusian citizenship is allowed under the protocol');
SELECT is(electoral.can_stand('RU.municipal_council', '2025-09-14', '{RU,BY}', '1970-01-01'), false,
          'RU+BY citizen may not stand for a municipal council before the protocol (2025-09-14)');
SELECT is(electoral.can_stand('RU.municipal_head', '2025-10-28', '{RU,BY}', '1970-01-01'), false,
          'RU+BY citizen may not stand for municipal head on 2025-10-28');
SELECT is(electoral.can_stand('RU.municipal_head', '2025-10-29', '{RU,BY}', '1970-01-01', 'permanent'), true,
          'RU+BY citizen, permanently resident, may stand for municipal head from 2025-10-29');
SELECT is(electoral.can_vote('RU.municipal_council', '2025-09-14', '{RU,BY}', '1970-01-01'), true,
          'RU+BY citizen may vote before the protocol too');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-09-20', '{RU,KZ}', '1970-01-01'), false,
          'RU+KZ citizen may not stand for a municipal council (no treaty with Kazakhstan)');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-09-20', '{RU,BY,KZ}', '1970-01-01'), false,
          'RU+BY+KZ citizen may not stand: the protocol waives only the Belarusian citizenship');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU,KZ}', '1970-01-01'), true,
          'RU+KZ citizen may vote for the State Duma');

-- ---------------------------------------------------------------------------
-- Bars, every office and role: a Russian citizen born 1970, living in
-- Russia since birth, on 2026-09-20.
-- ---------------------------------------------------------------------------
SELECT is(got, want, what)
  FROM (SELECT CASE r.role
                 WHEN 'vote' THEN electoral.can_vote(o.code, DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                                                     incapacitated => v.incap, imprisoned => v.impr,
                                                     detained => v.det)
                 ELSE electoral.can_stand(o.code, DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                                          resident_since => DATE '1970-01-01',
                                          incapacitated => v.incap, imprisoned => v.impr, detained => v.det,
                                          foreign_residence_permit => v.frp)
               END AS got,
               v.want,
               format('%s %s, %s', o.code, r.role, v.what) AS what
          FROM (VALUES (1, 'RU.president'), (2, 'RU.state_duma'), (3, 'RU.governor'),
                       (4, 'RU.regional_legislature'), (5, 'RU.municipal_council'),
                       (6, 'RU.municipal_head')) AS o(n, code)
         CROSS JOIN (VALUES (1, 'vote'), (2, 'stand')) AS r(n, role)
         CROSS JOIN (VALUES
                 (1, false, false, false, false, true,  'no bar -> true'),
                 (2, true,  false, false, false, false, 'declared incapable -> false'),
                 (3, false, true,  false, false, false, 'imprisoned under a sentence -> false'),
                 (4, NULL,  false, false, false, false, 'capacity not known -> false'),
                 (5, false, NULL,  false, false, false, 'imprisonment not known -> false'),
                 (6, false, false, true,  false, true,  'pre-trial detention is no bar in Russia -> true'))
                 AS v(n, incap, impr, det, frp, want, what)
         ORDER BY o.n, r.n, v.n) AS t;

SELECT is(electoral.can_stand(o, '2026-09-20', '{RU}', '1970-01-01', resident_since => '1970-01-01',
                              foreign_residence_permit => true), false,
          o || ': a foreign residence permit bars standing')
  FROM unnest(ARRAY['RU.president', 'RU.state_duma', 'RU.governor', 'RU.regional_legislature',
                    'RU.municipal_council', 'RU.municipal_head']) AS o;

SELECT is(pg_temp.detail('stand', 'RU.governor', '2026-09-20', '{RU}', '1970-01-01', 'no_foreign_residence_permit',
                         frp => true),
          'holds a foreign residence permit', 'governor: the permit line explains');
SELECT is(pg_temp.unmet('vote', 'RU.state_duma', '2026-09-20', '{RU}', '1970-01-01', incap => true, impr => true),
          ARRAY['not_incapacitated', 'not_imprisoned'], 'both bars are listed when both apply');

-- ---------------------------------------------------------------------------
-- Missing facts count as not proven
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', NULL), false, 'vote: birth date not known -> false');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-09-20', '{RU}', NULL), false, 'stand: birth date not known -> false');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', NULL, '1970-01-01'), false, 'vote: citizenships not known -> false');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-09-20', NULL, '1970-01-01'), false, 'stand: citizenships not known -> false');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{}', '1970-01-01'), false, 'vote: no citizenship at all -> false');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1970-01-01', residence => NULL), true,
          'a citizen needs no residence status: residence NULL does not matter');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1970-01-01', registered => NULL), true,
          'a citizen needs no registration: registered NULL does not matter');

SELECT * FROM finish();
ROLLBACK;
