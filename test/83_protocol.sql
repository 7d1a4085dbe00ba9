-- The Russia-Belarus protocol on equal electoral rights (in force from
-- 2025-10-29, local elections only, permanent residence required; no
-- condition of registration with an election commission, which 1.0 wrongly
-- set); widening it by one UPDATE, which cannot open offices reserved to
-- citizens; a new two-sided treaty through
-- grant_reciprocal(); rule changes seen by the next statement and taken
-- back by ROLLBACK TO SAVEPOINT.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(124);

-- May a foreign national (resident since 2010, born 1980) take the role?
CREATE FUNCTION pg_temp.may(r text, o text, d date, c electoral.country[],
                            res electoral.residence DEFAULT 'permanent', reg boolean DEFAULT true,
                            born date DEFAULT '1980-01-01')
RETURNS boolean LANGUAGE sql AS $$
    SELECT CASE r
             WHEN 'vote' THEN electoral.can_vote(o, d, c, born, res, DATE '2010-01-01', reg)
             ELSE electoral.can_stand(o, d, c, born, res, DATE '2010-01-01', reg)
           END
$$;
-- The unsatisfied lines of the same person's explanation.
CREATE FUNCTION pg_temp.unmet(r electoral.role, o text, d date, c electoral.country[],
                              res electoral.residence DEFAULT 'permanent', reg boolean DEFAULT true)
RETURNS text[] LANGUAGE sql AS $$
    SELECT coalesce(array_agg(e.requirement), '{}')
      FROM electoral.explain(r, o, d, c, DATE '1980-01-01', res, DATE '2010-01-01', reg) AS e
     WHERE NOT e.satisfied
$$;
CREATE FUNCTION pg_temp.detail(r electoral.role, o text, d date, c electoral.country[], req text,
                               res electoral.residence DEFAULT 'permanent', reg boolean DEFAULT true)
RETURNS text LANGUAGE sql AS $$
    SELECT e.detail
      FROM electoral.explain(r, o, d, c, DATE '1980-01-01', res, DATE '2010-01-01', reg) AS e
     WHERE e.requirement = req
$$;

-- ---------------------------------------------------------------------------
-- A Belarusian permanently resident in Russia and registered
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.may(x.role, x.office, x.d, '{BY}'), x.d >= DATE '2025-10-29',
          format('Belarusian in Russia %s %s for %s on %s', CASE WHEN x.d >= DATE '2025-10-29' THEN 'may' ELSE 'may not' END,
                 x.role, x.office, x.d))
  FROM (SELECT o.office, r.role, d.d
          FROM (VALUES (1, 'RU.municipal_council'), (2, 'RU.municipal_head')) AS o(n, office)
         CROSS JOIN (VALUES (1, 'vote'), (2, 'stand')) AS r(n, role)
         CROSS JOIN (VALUES (1, DATE '2025-10-28'), (2, DATE '2025-10-29'), (3, DATE '2026-09-20')) AS d(n, d)
         ORDER BY o.n, r.n, d.n) AS x;

SELECT is(pg_temp.detail('vote', 'RU.municipal_council', '2025-10-28', '{BY}', 'citizen'),
          'not a citizen of RU (holds BY), and no franchise grant in force covers them for this office',
          'on 2025-10-28 no grant is in force');
SELECT is(pg_temp.detail('vote', 'RU.municipal_council', '2025-10-29', '{BY}', 'citizen'),
          'citizen of BY, entitled under the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights',
          'on 2025-10-29 the protocol entitles them');
SELECT results_eq(
    $$SELECT requirement, satisfied FROM electoral.explain('stand', 'RU.municipal_council', '2025-10-29', '{BY}',
                                                           '1980-01-01', 'permanent', '2010-01-01', true)$$,
    $$VALUES ('min_age 18', true), ('citizen', true),
             ('grant: permanent residence', true),
             ('grant: resides in the territory', true),
             ('no_foreign_citizenship', true), ('no_foreign_residence_permit', true),
             ('not_incapacitated', true), ('not_imprisoned', true),
             ('no_grave_conviction 10', true), ('no_especially_grave_conviction 15', true),
             ('no_listed_medium_conviction 5', true), ('no_extremist_org_leadership 5', true),
             ('no_extremist_org_participation 3', true), ('not_foreign_agent', true)$$,
    'standing for a municipal council: the grant''s conditions are listed and met');

-- not above the local level
SELECT is(pg_temp.may(x.role, x.office, '2026-09-20', '{BY}'), false,
          format('Belarusian in Russia may not %s for %s', x.role, x.office))
  FROM (SELECT o.office, r.role
          FROM (VALUES (1, 'RU.state_duma'), (2, 'RU.president'), (3, 'RU.governor'), (4, 'RU.regional_legislature')) AS o(n, office)
         CROSS JOIN (VALUES (1, 'vote'), (2, 'stand')) AS r(n, role)
         ORDER BY o.n, r.n) AS x;
SELECT is(pg_temp.detail('vote', 'RU.state_duma', '2026-09-20', '{BY}', 'citizen'),
          'not a citizen of RU (holds BY); the office is reserved to citizens',
          'the State Duma is reserved to citizens (Constitution art. 32; 67-FZ art. 4 p. 10)');

-- on the same conditions as citizens
SELECT is(pg_temp.may('stand', 'RU.municipal_head', '2026-09-20', '{BY}', born => '2005-09-21'), false,
          'a Belarusian aged 20 may not stand for municipal head (21)');
SELECT is(pg_temp.may('stand', 'RU.municipal_council', '2026-09-20', '{BY}', born => '2008-09-20'), true,
          'a Belarusian aged 18 may stand for a municipal council');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent', '2010-01-01', true,
                             incapacitated => true), false,
          'a Belarusian declared incapable may not vote');

-- the grant's conditions
SELECT is(pg_temp.may(r, 'RU.municipal_council', '2026-09-20', '{BY}', res => 'temporary'), false,
          'temporary residence: may not ' || r)
  FROM unnest(ARRAY['vote', 'stand']) AS r;
SELECT is(pg_temp.may(r, 'RU.municipal_council', '2026-09-20', '{BY}', reg => false), true,
          'not registered with the commission: may ' || r || ' all the same (no such condition in the Protocol)')
  FROM unnest(ARRAY['vote', 'stand']) AS r;
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY}', res => NULL), false,
          'residence status not known: may not vote');
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY}', reg => NULL), true,
          'registration not known: may vote (not asked)');
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY}', res => 'none'), false,
          'no residence in Russia: may not vote');
SELECT is(pg_temp.unmet('vote', 'RU.municipal_council', '2026-09-20', '{BY}', res => 'temporary'),
          ARRAY['citizen', 'grant: permanent residence'], 'temporary residence: explain shows the failing grant line');
SELECT is(pg_temp.detail('vote', 'RU.municipal_council', '2026-09-20', '{BY}', 'grant: permanent residence', res => 'temporary'),
          'residence is temporary, permanent residence required', 'the residence line says why');
SELECT is(pg_temp.unmet('stand', 'RU.municipal_council', '2026-09-20', '{BY}', reg => false),
          '{}'::text[], 'not registered: no line fails');
SELECT is(pg_temp.detail('stand', 'RU.municipal_council', '2026-09-20', '{BY}', 'grant: registered with the local election commission', reg => false),
          NULL, 'no registration line: the shipped grant does not set that condition');
SELECT is(pg_temp.unmet('vote', 'RU.municipal_head', '2026-09-20', '{BY}', res => 'temporary', reg => false),
          ARRAY['citizen', 'grant: permanent residence'],
          'temporary residence and not registered: only the residence line fails');
SELECT is(pg_temp.detail('vote', 'RU.municipal_head', '2026-09-20', '{BY}', 'grant: permanent residence', res => NULL),
          'residence status not known', 'explain names the missing residence status');
SELECT is(pg_temp.detail('vote', 'RU.municipal_head', '2026-09-20', '{BY}', 'grant: registered with the local election commission', reg => NULL),
          NULL, 'registration not known: no line asks for it');

-- other citizenships
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY,KZ}'), true,
          'a BY+KZ citizen resident and registered in Russia may vote locally (as a Belarusian)');
SELECT is(pg_temp.may('stand', 'RU.municipal_council', '2026-09-20', '{BY,KZ}'), false,
          'but may not stand: the Kazakh citizenship is not waived');
SELECT is(pg_temp.may(x.role, x.office, '2026-09-20', '{KZ}'), false,
          format('a Kazakh resident and registered in %s may not %s for %s', left(x.office, 2), x.role, x.office))
  FROM (SELECT o.office, r.role
          FROM (VALUES (1, 'RU.municipal_council'), (2, 'RU.municipal_head'), (3, 'BY.local_council')) AS o(n, office)
         CROSS JOIN (VALUES (1, 'vote'), (2, 'stand')) AS r(n, role)
         ORDER BY o.n, r.n) AS x;
SELECT is(pg_temp.detail('vote', 'RU.municipal_council', '2026-09-20', '{KZ}', 'citizen'),
          'not a citizen of RU (holds KZ), and no franchise grant in force covers them for this office',
          'a Kazakh: no grant covers them');

-- ---------------------------------------------------------------------------
-- A Russian permanently resident in Belarus.  Belarus's Electoral Code let
-- them vote and stand for local councils before the Protocol (grant 3, from
-- the earliest local elections the sources attest it at, 2014-03-23; 1.0
-- started it on 2025-10-29 with the Protocol).
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.may(r.role, 'BY.local_council', d.d, '{RU}'), d.d >= DATE '2014-03-23',
          format('Russian in Belarus %s %s for a local council on %s',
                 CASE WHEN d.d >= DATE '2014-03-23' THEN 'may' ELSE 'may not' END, r.role, d.d))
  FROM (VALUES (1, 'vote'), (2, 'stand')) AS r(n, role)
 CROSS JOIN (VALUES (1, DATE '2014-03-22'), (2, DATE '2014-03-23'), (3, DATE '2025-10-28'),
                    (4, DATE '2025-10-29'), (5, DATE '2028-02-27')) AS d(n, d);
SELECT is((SELECT e.detail FROM electoral.explain('vote', 'BY.local_council', '2025-10-28', '{RU}', '1980-01-01',
                                                  'permanent', '2010-01-01') AS e WHERE e.requirement = 'citizen'),
          'citizen of RU, entitled under the Electoral Code of the Republic of Belarus (citizens of the Russian Federation permanently residing in Belarus)',
          'on 2025-10-28 the entitlement is the Electoral Code''s');
SELECT is(pg_temp.may(x.role, x.office, '2026-02-25', '{RU}'), false,
          format('Russian in Belarus may not %s for %s', x.role, x.office))
  FROM (VALUES ('BY.president', 'vote'), ('BY.president', 'stand'),
               ('BY.house_of_representatives', 'vote'), ('BY.house_of_representatives', 'stand'),
               ('BY.council_of_the_republic', 'stand')) AS x(office, role);
SELECT is(pg_temp.may(r, 'BY.local_council', '2026-02-25', '{RU}', res => 'temporary'), false,
          'Russian in Belarus, temporary residence: may not ' || r)
  FROM unnest(ARRAY['vote', 'stand']) AS r;
SELECT is(pg_temp.may(r, 'BY.local_council', '2026-02-25', '{RU}', reg => false), true,
          'Russian in Belarus, not registered with a commission: may ' || r || ' (no such condition)')
  FROM unnest(ARRAY['vote', 'stand']) AS r;
SELECT is(pg_temp.unmet('stand', 'BY.local_council', '2026-02-25', '{RU}', res => 'temporary', reg => false),
          ARRAY['citizen', 'grant: permanent residence', 'no_foreign_citizenship'],
          'Russian in Belarus, temporary residence: explain shows the failing grant line, and the Russian citizenship '
          'that only a grant whose conditions are met waives (Electoral Code as amended 2023, row 5531)');
SELECT is(electoral.can_stand('BY.local_council', '2026-02-25', '{RU}', '1980-01-01', 'permanent', '2010-01-01', true,
                              imprisoned => true), false,
          'a Russian imprisoned under a sentence in Belarus may not stand (Belarusian bars apply)');

-- ---------------------------------------------------------------------------
-- Widening the protocol by an UPDATE of the grants: the offices reserved to
-- citizens stay reserved (their citizen requirement is not waivable: Russian
-- Constitution art. 32, 67-FZ art. 4 p. 10, 115-FZ art. 12).  What a
-- constitutional change opening federal elections would touch is the
-- requirement rows too: shown below on the Duma vote.  (In 1.0 this UPDATE
-- alone opened the Presidency and the Duma to Belarusian votes.)
-- ---------------------------------------------------------------------------
SAVEPOINT before_widening;

UPDATE electoral.franchise_grant SET levels = '{local,regional,national}' WHERE treaty LIKE '%Russia-Belarus%';

SELECT is((SELECT count(*) FROM electoral.franchise_grant WHERE levels = '{local,regional,national}'),
          2::bigint, 'the widening UPDATE changed both grants');
SELECT is(pg_temp.may('vote', o, '2026-09-20', '{BY}'), false,
          'after widening the grants, a Belarusian in Russia still may not vote for ' || o || ' (reserved)')
  FROM unnest(ARRAY['RU.state_duma', 'RU.president', 'RU.governor', 'RU.regional_legislature']) AS o;
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY}'), true,
          'after widening, the municipal vote is unchanged');
SELECT is(pg_temp.may('stand', o, '2026-09-20', '{BY}'), false,
          'after widening, still may not stand for ' || o || ' (reserved to citizens)')
  FROM unnest(ARRAY['RU.state_duma', 'RU.president', 'RU.governor']) AS o;
SELECT is(pg_temp.detail('vote', 'RU.state_duma', '2026-09-20', '{BY}', 'citizen'),
          'not a citizen of RU (holds BY); the office is reserved to citizens',
          'after widening: the Duma vote is reserved to citizens');
SELECT is(pg_temp.may('stand', 'RU.regional_legislature', '2026-09-20', '{BY}'), false,
          'after widening, may not stand for a regional legislature (reserved: 1.0 let a grant waive it)');
-- the constitutional change: the Duma vote's citizen requirement made waivable
UPDATE electoral.requirement SET grant_may_waive = true
 WHERE office = 'RU.state_duma' AND role = 'vote' AND kind = 'citizen';
SELECT is(pg_temp.may('vote', 'RU.state_duma', '2026-09-20', '{BY}'), true,
          'with the Duma vote''s citizen requirement made waivable too, a Belarusian may vote for the Duma');
SELECT is(pg_temp.may('vote', 'RU.state_duma', '2025-10-28', '{BY}'), false,
          'after widening, still nothing before 2025-10-29');
SELECT is(pg_temp.may('vote', 'RU.state_duma', '2026-09-20', '{BY}', res => 'temporary'), false,
          'after widening, the grant''s conditions still apply');
SELECT is(pg_temp.may('vote', 'RU.state_duma', '2026-09-20', '{KZ}'), false,
          'after widening, a Kazakh still may not vote');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU,BY}', '1980-01-01', 'permanent'), false,
          'after widening, a RU+BY dual citizen still may not stand for the Duma');
SELECT is(pg_temp.may('vote', o, '2026-02-25', '{RU}'), false,
          'after widening, a Russian in Belarus still may not vote for ' || o || ' (reserved)')
  FROM unnest(ARRAY['BY.president', 'BY.house_of_representatives']) AS o;
SELECT is(pg_temp.may('stand', o, '2026-02-25', '{RU}'), false,
          'after widening, a Russian in Belarus still may not stand for ' || o)
  FROM unnest(ARRAY['BY.president', 'BY.house_of_representatives', 'BY.council_of_the_republic']) AS o;
SELECT is(pg_temp.may('vote', 'BY.council_of_the_republic', '2026-02-25', '{RU}'), false,
          'after widening, still no one votes for the Council of the Republic');

ROLLBACK TO SAVEPOINT before_widening;

SELECT is(pg_temp.may('vote', 'RU.state_duma', '2026-09-20', '{BY}'), false,
          'rolled back to the savepoint: the widening is gone');
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY}'), true,
          'rolled back to the savepoint: the local grant is still there');

-- ---------------------------------------------------------------------------
-- A new two-sided treaty through grant_reciprocal(): Russia and Kazakhstan,
-- local, vote only, from 2026-01-01
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{KZ}'), false,
          'before the treaty: a Kazakh may not vote locally');
SELECT is((SELECT count(*) FROM electoral.grant_reciprocal('RU', 'KZ', '{vote}', '{local}', '[2026-01-01,)',
                                                          'a test treaty between Russia and Kazakhstan',
                                                          'test legal basis')),
          2::bigint, 'grant_reciprocal records two grants');
SELECT results_eq(
    $$SELECT host::text, nationals::text[], roles::text[], levels::text[], in_force, permanent_residence,
             min_residence_years, registration, treaty
        FROM electoral.franchise_grant WHERE id >= 100000 ORDER BY id$$,
    $$VALUES ('RU', '{KZ}'::text[], '{vote}'::text[], '{local}'::text[], daterange('2026-01-01', NULL), true, 0, false,
              'a test treaty between Russia and Kazakhstan'),
             ('KZ', '{RU}'::text[], '{vote}'::text[], '{local}'::text[], daterange('2026-01-01', NULL), true, 0, false,
              'a test treaty between Russia and Kazakhstan')$$,
    'the two sides of the treaty, with user ids from 100000');
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{KZ}'), true,
          'the next statement: a Kazakh permanently resident in Russia may vote locally');
SELECT is(pg_temp.may('vote', 'RU.municipal_head', '2026-09-20', '{KZ}', reg => false), true,
          'no registration required by this treaty');
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{KZ}', res => 'temporary'), false,
          'permanent residence required (the default)');
SELECT is(pg_temp.may('stand', 'RU.municipal_council', '2026-09-20', '{KZ}'), false,
          'vote only: a Kazakh may not stand');
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2025-12-31', '{KZ}'), false,
          'not before the treaty is in force');
SELECT is(pg_temp.may('vote', 'RU.state_duma', '2026-09-20', '{KZ}'), false,
          'local only: a Kazakh may not vote for the Duma');
SELECT is(pg_temp.detail('vote', 'RU.municipal_council', '2026-09-20', '{KZ}', 'citizen'),
          'citizen of KZ, entitled under a test treaty between Russia and Kazakhstan',
          'explain cites the new treaty');

-- A treaty with the other conditions a grant can set: Belarus and
-- Kazakhstan, local, vote only, any residence status, 2 full years of
-- residence, residence begun before 2025-01-01.
SELECT is((SELECT count(*) FROM electoral.grant_reciprocal('BY', 'KZ', '{vote}', '{local}', '[2026-01-01,)',
                                                          'a test treaty between Belarus and Kazakhstan', 'test basis',
                                                          permanent_residence => false, min_residence_years => 2,
                                                          resident_since_before => '2025-01-01')),
          2::bigint, 'grant_reciprocal records a treaty with a residence period and a cut-off');
SELECT is(electoral.can_vote('BY.local_council', '2026-09-20', '{KZ}', '1980-01-01', 'temporary', '2024-09-20'), true,
          'a Kazakh in Belarus resident exactly 2 years (since 2024-09-20), temporary status: may vote');
SELECT is(electoral.can_vote('BY.local_council', '2026-09-20', '{KZ}', '1980-01-01', 'temporary', '2024-09-21'), false,
          'resident one day short of 2 years: may not');
SELECT results_eq(
    $$SELECT requirement, satisfied, detail
        FROM electoral.explain('vote', 'BY.local_council', '2026-09-20', '{KZ}', '1980-01-01', 'temporary', '2024-09-21')
       WHERE requirement LIKE 'grant: %'$$,
    $$VALUES ('grant: years of residence', false, 'resident since 2024-09-21: 1 full years on polling day, 2 required'),
             ('grant: residence began before cut-off', true, 'resident since 2024-09-21, must be before 2025-01-01')$$,
    'explain shows the residence-period and cut-off lines');
SELECT is(electoral.can_vote('BY.local_council', '2027-06-01', '{KZ}', '1980-01-01', 'none', '2025-01-01'), false,
          'residence begun on the cut-off day: may not');
SELECT is(electoral.can_vote('BY.local_council', '2027-06-01', '{KZ}', '1980-01-01', 'none', '2024-12-31'), true,
          'residence begun the day before the cut-off: may vote');
SELECT is(pg_temp.unmet('vote', 'BY.local_council', '2027-06-01', '{KZ}', 'none'), '{}'::text[],
          'resident since 2010 without a residence status: every line is met');
SELECT results_eq(
    $$SELECT requirement, detail
        FROM electoral.explain('vote', 'BY.local_council', '2027-06-01', '{KZ}', '1980-01-01', 'none', NULL)
       WHERE NOT satisfied$$,
    $$VALUES ('citizen', 'citizen of KZ; a test treaty between Belarus and Kazakhstan entitles them only on its conditions, see the grant lines'),
             ('grant: years of residence', 'date residence began not known; 2 years required'),
             ('grant: residence began before cut-off', 'date residence began not known; must be before 2025-01-01')$$,
    'residence date not known: explain names it on both grant lines');

-- offices a grant leaves out
SELECT is((SELECT count(*) FROM electoral.grant_reciprocal('RU', 'AM', '{vote,stand}', '{local}', '[2026-01-01,)',
                                                          'a test treaty between Russia and Armenia', 'test basis',
                                                          except_offices => '{RU.municipal_head}')),
          2::bigint, 'grant_reciprocal records a treaty that leaves out an office');
SELECT is(pg_temp.may('stand', 'RU.municipal_council', '2026-09-20', '{AM}'), true,
          'an Armenian permanently resident in Russia may stand for a municipal council');
SELECT is(pg_temp.may('vote', 'RU.municipal_head', '2026-09-20', '{AM}'), false,
          'but may not vote for a municipal head (left out of the treaty)');

-- ---------------------------------------------------------------------------
-- ROLLBACK TO SAVEPOINT takes a rule change back
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{RU}', '2010-01-01'), false,
          'before the change: a 16-year-old may not vote');
SAVEPOINT voting_age;
UPDATE electoral.requirement SET years = 16
 WHERE office = 'RU.municipal_council' AND role = 'vote' AND kind = 'min_age';
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{RU}', '2010-01-01'), true,
          'after the change (next statement): a 16-year-old may vote');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '2010-01-01'), false,
          'the change touched only the municipal council');
ROLLBACK TO SAVEPOINT voting_age;
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{RU}', '2010-01-01'), false,
          'after ROLLBACK TO SAVEPOINT: a 16-year-old may not vote');
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{KZ}'), true,
          'the treaty recorded before the savepoint stays');

-- a removed grant is gone for the next statement, and back after rollback
SAVEPOINT drop_grant;
DELETE FROM electoral.franchise_grant WHERE id = 1;  -- RU <- BY
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY}'), false,
          'after deleting the RU<-BY grant: a Belarusian may not vote');
ROLLBACK TO SAVEPOINT drop_grant;
SELECT is(pg_temp.may('vote', 'RU.municipal_council', '2026-09-20', '{BY}'), true,
          'after ROLLBACK TO SAVEPOINT: the grant is back');

SELECT * FROM finish();
ROLLBACK;
