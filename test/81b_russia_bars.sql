-- Russia, the bars on standing that convictions, banned organisations and
-- foreign-agent status set (src/sql/71_law_bars.sql, ids 5011-5066), on the
-- boundary dates: the day before and the day a row comes into force, the
-- last day a term after expungement or a court's decision still bars (the
-- same date N years on: Civil Code RF art. 191-192) and the day after.
-- Also: NULL facts are not proven; the setting electoral.unsupplied_bars;
-- explain citing the amending law; the trigger mapping the new facts (reject
-- and flag, wrong types); a PL/pgSQL caller with variables.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(91);

\ir lib/caught.sql

-- A citizen of Russia aged 50, living there since birth, with a conviction.
CREATE FUNCTION pg_temp.stand(o text, d date, conv electoral.conviction, impr boolean, expunged date,
                              listed boolean DEFAULT false) RETURNS boolean LANGUAGE sql AS $$
    SELECT electoral.can_stand(o, d, '{RU}', DATE '1970-01-01', resident_since => DATE '1970-01-01',
                               conviction => conv, conviction_imprisonment => impr,
                               conviction_listed => listed, conviction_expunged => expunged)
$$;
-- The same, involved in a banned organisation.
CREATE FUNCTION pg_temp.stand_org(o text, d date, r electoral.org_role, decided date) RETURNS boolean
LANGUAGE sql AS $$
    SELECT electoral.can_stand(o, d, '{RU}', DATE '1970-01-01', resident_since => DATE '1970-01-01',
                               extremist_org => r, extremist_org_decided => decided)
$$;
CREATE TEMP TABLE offices(n int, code text);
INSERT INTO offices VALUES (1, 'RU.president'), (2, 'RU.state_duma'), (3, 'RU.governor'),
                           (4, 'RU.regional_legislature'), (5, 'RU.municipal_council'), (6, 'RU.municipal_head');

-- ---------------------------------------------------------------------------
-- Imprisonment for a grave crime, expunged 2016-09-20: barred to 2026-09-20
-- inclusive (10 years), free on 2026-09-21; at every office.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.stand(o.code, d.day, 'grave', true, DATE '2016-09-20'), d.want,
          format('%s: grave, expunged 2016-09-20, polling %s -> %s', o.code, d.day, d.want))
  FROM offices AS o,
       (VALUES (1, DATE '2026-09-20', false), (2, DATE '2026-09-21', true)) AS d(k, day, want)
 ORDER BY o.n, d.k;

-- Especially grave: 15 years (to 2031-09-20 inclusive); unexpunged: barred.
SELECT is(pg_temp.stand('RU.state_duma', DATE '2026-09-21', 'especially_grave', true, DATE '2016-09-20'), false,
          'especially grave, expunged 2016-09-20: still barred on 2026-09-21 (15 years, not 10)');
SELECT is(pg_temp.stand('RU.state_duma', DATE '2031-09-20', 'especially_grave', true, DATE '2016-09-20'), false,
          'especially grave, expunged 2016-09-20: barred on 2031-09-20, the last day of 15 years');
SELECT is(pg_temp.stand('RU.state_duma', DATE '2031-09-21', 'especially_grave', true, DATE '2016-09-20'), true,
          'especially grave, expunged 2016-09-20: free on 2031-09-21');
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2026-09-20', 'grave', true, NULL), false,
          'grave, not expunged: barred');
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2026-09-20', 'grave', true, DATE '2026-09-21'), false,
          'grave, expunged the day after polling day: not expunged on polling day, barred');
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2026-09-20', 'grave', false, NULL), true,
          'grave, unexpunged, but not sentenced to imprisonment (a fine): not barred');
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2026-09-20', 'minor', true, NULL), true,
          'a minor crime, imprisonment, unexpunged: not barred');
-- A 29 February expungement: the term ends on 28 February in a common year.
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2034-02-28', 'grave', true, DATE '2024-02-29'), false,
          'grave, expunged 2024-02-29: barred on 2034-02-28');
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2034-03-01', 'grave', true, DATE '2024-02-29'), true,
          'grave, expunged 2024-02-29: free on 2034-03-01');

-- The 10- and 15-year rows are in force from 2014-02-21 (19-FZ): the day
-- before, an unexpunged grave conviction is not checked by them.
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2014-02-20', 'grave', true, NULL), true,
          'grave, unexpunged, polling 2014-02-20: no shipped row in force yet');
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2014-02-21', 'grave', true, NULL), false,
          'grave, unexpunged, polling 2014-02-21: barred (19-FZ of 21.02.2014)');
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2014-02-21', 'especially_grave', true, NULL), false,
          'especially grave, unexpunged, polling 2014-02-21: barred');

-- ---------------------------------------------------------------------------
-- A listed medium-gravity crime (153-FZ, from 2020-05-23): 5 years after
-- expungement.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.stand('RU.regional_legislature', DATE '2020-05-22', 'medium', true, NULL, true), true,
          'listed medium, unexpunged, polling 2020-05-22: not yet a bar');
SELECT is(pg_temp.stand('RU.regional_legislature', DATE '2020-05-23', 'medium', true, NULL, true), false,
          'listed medium, unexpunged, polling 2020-05-23: barred (153-FZ)');
SELECT is(pg_temp.stand('RU.regional_legislature', DATE '2027-01-10', 'medium', true, DATE '2022-01-10', true), false,
          'listed medium, expunged 2022-01-10: barred on 2027-01-10');
SELECT is(pg_temp.stand('RU.regional_legislature', DATE '2027-01-11', 'medium', true, DATE '2022-01-10', true), true,
          'listed medium, expunged 2022-01-10: free on 2027-01-11');
SELECT is(pg_temp.stand('RU.regional_legislature', DATE '2026-09-20', 'medium', true, NULL, false), true,
          'a medium-gravity crime the law does not list: not barred');
SELECT is(pg_temp.stand('RU.regional_legislature', DATE '2026-09-20', 'medium', true, NULL, NULL), false,
          'medium, whether listed not known (NULL): not proven');

-- ---------------------------------------------------------------------------
-- Organisations banned as extremist or terrorist (157-FZ, from 2021-06-04):
-- founders and leaders 5 years, others 3, from the decision taking effect.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.stand_org(o.code, d.day, d.r, DATE '2022-03-01'), d.want,
          format('%s: %s, decision in force 2022-03-01, polling %s -> %s', o.code, d.r, d.day, d.want))
  FROM offices AS o,
       (VALUES (1, 'participant'::electoral.org_role, DATE '2025-03-01', false),
               (2, 'participant', DATE '2025-03-02', true),
               (3, 'leader', DATE '2025-03-02', false),
               (4, 'leader', DATE '2027-03-01', false),
               (5, 'leader', DATE '2027-03-02', true)) AS d(k, r, day, want)
 WHERE o.n IN (2, 5)
 ORDER BY o.n, d.k;
SELECT is(pg_temp.stand_org('RU.governor', DATE '2021-06-03', 'leader', DATE '2021-05-01'), true,
          'a leader, decision 2021-05-01, polling 2021-06-03: 157-FZ not yet in force');
SELECT is(pg_temp.stand_org('RU.governor', DATE '2021-06-04', 'leader', DATE '2021-05-01'), false,
          'a leader, decision 2021-05-01, polling 2021-06-04: barred');
SELECT is(pg_temp.stand_org('RU.governor', DATE '2026-09-20', 'leader', NULL), false,
          'a leader, the decision''s date not known: not proven');
SELECT is(pg_temp.stand_org('RU.governor', DATE '2026-09-20', NULL, NULL), false,
          'involvement not known (NULL): not proven');
SELECT is(pg_temp.stand_org('RU.governor', DATE '2026-09-20', 'none', NULL), true,
          'not involved: not barred');

-- ---------------------------------------------------------------------------
-- Foreign agents (99-FZ, from 2024-05-15), every office.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand(o.code, d.day, '{RU}', DATE '1970-01-01', resident_since => DATE '1970-01-01',
                              foreign_agent => true), d.want,
          format('%s: a foreign agent, polling %s -> %s', o.code, d.day, d.want))
  FROM offices AS o,
       (VALUES (1, DATE '2024-05-14', true), (2, DATE '2024-05-15', false)) AS d(k, day, want)
 ORDER BY o.n, d.k;
SELECT is(electoral.can_stand('RU.municipal_head', DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                              foreign_agent => NULL), false,
          'foreign-agent status not known (NULL): not proven');
SELECT is(electoral.can_vote('RU.municipal_head', DATE '2026-09-20', '{RU}', DATE '1970-01-01'), true,
          'voting is not touched by the bars on standing');

-- The State Duma: permanent residence in Russia (Constitution art. 97 as
-- amended 2020, from 2020-07-04).
SELECT is(electoral.can_stand('RU.state_duma', d.day, '{RU}', DATE '1970-01-01', not_permanently_resident => true),
          d.want, format('State Duma: a citizen living abroad, polling %s -> %s', d.day, d.want))
  FROM (VALUES (1, DATE '2020-07-03', true), (2, DATE '2020-07-04', false)) AS d(k, day, want) ORDER BY d.k;
SELECT is(electoral.can_stand('RU.municipal_council', DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                              not_permanently_resident => true),
          true, 'a municipal council does not ask for permanent residence in Russia');

-- ---------------------------------------------------------------------------
-- Facts not supplied: as electoral.unsupplied_bars says.
-- ---------------------------------------------------------------------------
SELECT is(pg_temp.stand('RU.municipal_council', DATE '2026-09-20', NULL, true, NULL), false,
          'conviction NULL: not proven');
SELECT is(electoral.can_stand('RU.municipal_council', DATE '2026-09-20', '{RU}', DATE '1970-01-01'), true,
          'no bar supplied, setting met: eligible');
SET LOCAL electoral.unsupplied_bars = 'not_proven';
SELECT is(electoral.can_stand('RU.municipal_council', DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                              incapacitated => false, imprisoned => false, foreign_residence_permit => false),
          false, 'not_proven: conviction and the rest not supplied, not eligible');
SELECT is(electoral.can_stand('RU.municipal_council', DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                              incapacitated => false, imprisoned => false, foreign_residence_permit => false,
                              conviction => 'none', extremist_org => 'none', foreign_agent => false),
          true, 'not_proven: every bar of the office supplied as clear: eligible');
SELECT is(electoral.unsupplied_conviction(), NULL, 'unsupplied_conviction() under not_proven: NULL');
SET LOCAL electoral.unsupplied_bars = 'met';
SELECT is(electoral.unsupplied_conviction(), 'none', 'unsupplied_conviction() under met: none');
SELECT is(electoral.unsupplied_org_role(), 'none', 'unsupplied_org_role() under met: none');

-- ---------------------------------------------------------------------------
-- explain: the line of each bar cites the amending law and says why.
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT requirement, satisfied, detail, legal_basis LIKE '%19-FZ of 21.02.2014%'
        FROM electoral.explain('stand', 'RU.state_duma', DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                               conviction => 'grave', conviction_imprisonment => true,
                               conviction_expunged => DATE '2016-09-20')
       WHERE requirement LIKE 'no_grave%'$$,
    $$VALUES ('no_grave_conviction 10', false,
              'sentenced to imprisonment for a grave crime, expunged on 2016-09-20: barred 10 years, to 2026-09-20 inclusive',
              true)$$,
    'explain: the grave-crime bar, its term and its basis');
SELECT results_eq(
    $$SELECT requirement, satisfied, detail, legal_basis LIKE '%157-FZ of 04.06.2021%'
        FROM electoral.explain('stand', 'RU.municipal_council', DATE '2025-03-01', '{RU}', DATE '1970-01-01',
                               extremist_org => 'participant', extremist_org_decided => DATE '2022-03-01')
       WHERE requirement LIKE 'no_extremist_org%' ORDER BY requirement$$,
    $$VALUES ('no_extremist_org_leadership 5', true,
              'not a founder or leader of an organisation banned as extremist or terrorist', true),
             ('no_extremist_org_participation 3', false,
              'involved in the work of an organisation banned by a court decision in force on 2022-03-01: barred 3 years, to 2025-03-01 inclusive', true)$$,
    'explain: the organisation bars, by role');
SELECT results_eq(
    $$SELECT satisfied, detail, legal_basis LIKE '%99-FZ of 15.05.2024%'
        FROM electoral.explain('stand', 'RU.president', DATE '2030-03-17', '{RU}', DATE '1970-01-01',
                               foreign_agent => true)
       WHERE requirement = 'not_foreign_agent'$$,
    $$VALUES (false, 'has the status of a foreign agent', true)$$,
    'explain: the foreign-agent bar');
SELECT is((SELECT detail FROM electoral.explain('stand', 'RU.state_duma', DATE '2026-09-20', '{RU}', DATE '1970-01-01')
            WHERE requirement = 'no_grave_conviction 10'),
          'conviction not supplied by the caller: counted as never convicted',
          'explain: a conviction not supplied counts as none under the setting met');
SELECT is((SELECT count(*)::int FROM electoral.explain('stand', 'RU.state_duma', DATE '2026-09-20', '{RU}',
                                                       DATE '1970-01-01', conviction => 'grave',
                                                       conviction_imprisonment => true) AS e
            WHERE NOT e.satisfied), 1,
          'explain: an unexpunged grave conviction is one unmet line (the grave row), not three');
-- can_stand and explain agree on every combination of the conviction facts.
SELECT is(count(*)::int, 0, 'can_stand = (explain has no unsatisfied line), over every conviction combination')
  FROM (VALUES ('none'::electoral.conviction), ('minor'), ('medium'), ('grave'), ('especially_grave'), (NULL)) AS c(conv),
       (VALUES (true), (false), (NULL::boolean)) AS i(impr),
       (VALUES (true), (false), (NULL::boolean)) AS l(listed),
       (VALUES (DATE '2010-01-01'), (DATE '2022-01-01'), (NULL::date)) AS x(expunged),
       offices AS o
 WHERE electoral.can_stand(o.code, DATE '2026-09-20', '{RU}', DATE '1970-01-01', resident_since => DATE '1970-01-01',
                           conviction => c.conv, conviction_imprisonment => i.impr, conviction_listed => l.listed,
                           conviction_expunged => x.expunged)
       IS DISTINCT FROM
       NOT EXISTS (SELECT 1 FROM electoral.explain('stand', o.code, DATE '2026-09-20', '{RU}', DATE '1970-01-01',
                                                  resident_since => DATE '1970-01-01', conviction => c.conv,
                                                  conviction_imprisonment => i.impr, conviction_listed => l.listed,
                                                  conviction_expunged => x.expunged) AS e
                    WHERE NOT e.satisfied);

-- ---------------------------------------------------------------------------
-- The trigger maps the new facts to a registry's columns.
-- ---------------------------------------------------------------------------
CREATE TABLE pg_temp.kandidat (
    id          serial PRIMARY KEY,
    dolzhnost   text,
    den         date,
    grazhd      electoral.country[],
    rozhd       date,
    sudimost    electoral.conviction,
    lishenie    boolean,
    pogashena   date,
    inoagent    boolean,
    org         electoral.org_role,
    org_reshenie date,
    problemy    jsonb
);
CREATE TRIGGER kandidat_eligible BEFORE INSERT OR UPDATE ON pg_temp.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd',
        'conviction=sudimost', 'conviction_imprisonment=lishenie', 'conviction_expunged=pogashena',
        'foreign_agent=inoagent', 'extremist_org=org', 'extremist_org_decided=org_reshenie');
SELECT is((pg_temp.caught($$INSERT INTO pg_temp.kandidat (dolzhnost, den, grazhd, rozhd, sudimost, lishenie, pogashena, inoagent, org)
                           VALUES ('RU.municipal_council', '2026-09-20', '{RU}', '1970-01-01', 'grave', true, '2016-09-20', false, 'none')$$)).state,
          '23514', 'trigger: a grave conviction expunged 2016-09-20 rejects a 2026-09-20 candidacy');
SELECT alike((pg_temp.caught($$INSERT INTO pg_temp.kandidat (dolzhnost, den, grazhd, rozhd, sudimost, lishenie, pogashena, inoagent, org)
                             VALUES ('RU.municipal_council', '2026-09-20', '{RU}', '1970-01-01', 'grave', true, '2016-09-20', false, 'none')$$)).det,
            'Unmet: no_grave_conviction 10: sentenced to imprisonment for a grave crime, expunged on 2016-09-20%19-FZ%',
            'trigger: the DETAIL names the bar, its term and the law');
SELECT lives_ok($$INSERT INTO pg_temp.kandidat (dolzhnost, den, grazhd, rozhd, sudimost, lishenie, pogashena, inoagent, org)
                  VALUES ('RU.municipal_council', '2026-09-21', '{RU}', '1970-01-01', 'grave', true, '2016-09-20', false, 'none')$$,
                'trigger: the same conviction, polling 2026-09-21: accepted');
SELECT is((pg_temp.caught($$INSERT INTO pg_temp.kandidat (dolzhnost, den, grazhd, rozhd, sudimost, inoagent, org)
                           VALUES ('RU.state_duma', '2026-09-20', '{RU}', '1970-01-01', 'none', true, 'none')$$)).state,
          '23514', 'trigger: a foreign agent is rejected');
SELECT is((pg_temp.caught($$INSERT INTO pg_temp.kandidat (dolzhnost, den, grazhd, rozhd, sudimost, inoagent, org, org_reshenie)
                           VALUES ('RU.state_duma', '2026-09-20', '{RU}', '1970-01-01', 'none', false, 'leader', '2022-03-01')$$)).state,
          '23514', 'trigger: a leader of a banned organisation within 5 years is rejected');
SELECT is((pg_temp.caught($$UPDATE pg_temp.kandidat SET inoagent = true$$)).state, '23514',
          'trigger: an UPDATE making an accepted candidate a foreign agent is rejected');
-- Unmapped, the bars count as the setting says: conviction_listed has no column.
SELECT lives_ok($$INSERT INTO pg_temp.kandidat (dolzhnost, den, grazhd, rozhd, sudimost, lishenie, inoagent, org)
                  VALUES ('RU.municipal_council', '2026-09-20', '{RU}', '1970-01-01', 'medium', true, false, 'none')$$,
                'trigger: a medium-gravity conviction with listed unmapped (met): accepted');

-- Flag mode: the row is kept, the unmet bars recorded.
DROP TRIGGER kandidat_eligible ON pg_temp.kandidat;
CREATE TRIGGER kandidat_flag BEFORE INSERT OR UPDATE ON pg_temp.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd',
        'conviction=sudimost', 'conviction_imprisonment=lishenie', 'conviction_expunged=pogashena',
        'foreign_agent=inoagent', 'extremist_org=org', 'extremist_org_decided=org_reshenie', 'flag=problemy');
INSERT INTO pg_temp.kandidat (id, dolzhnost, den, grazhd, rozhd, sudimost, lishenie, inoagent, org)
VALUES (100, 'RU.governor', '2026-09-20', '{RU}', '1970-01-01', 'especially_grave', true, true, 'none'),
       (101, 'RU.governor', '2026-09-20', '{RU}', '1970-01-01', 'none', NULL, false, 'none'),
       (102, 'RU.governor', '2026-09-20', '{RU}', '1970-01-01', NULL, NULL, false, 'none');
SELECT is((SELECT array_agg(e->>'requirement' ORDER BY e->>'requirement')
             FROM pg_temp.kandidat, jsonb_array_elements(problemy) AS e WHERE id = 100),
          '{no_especially_grave_conviction 15,not_foreign_agent}',
          'flag: an unexpunged especially grave conviction and a foreign agent, both recorded');
SELECT is((SELECT problemy FROM pg_temp.kandidat WHERE id = 101), '[]'::jsonb, 'flag: a clear record, nothing recorded');
SELECT is((SELECT jsonb_array_length(problemy) FROM pg_temp.kandidat WHERE id = 102), 3,
          'flag: a NULL conviction is not proven for each of the three conviction rows');

-- Wrong column types are refused when the trigger is created.
CREATE TABLE pg_temp.bad (dolzhnost text, den date, sudimost text, pogashena timestamp);
SELECT is((pg_temp.caught($$CREATE TRIGGER b BEFORE INSERT ON pg_temp.bad FOR EACH ROW EXECUTE FUNCTION
                           electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=den', 'conviction=sudimost')$$)).state,
          '42804', 'trigger: conviction mapped to a text column is refused');
SELECT is((pg_temp.caught($$CREATE TRIGGER b BEFORE INSERT ON pg_temp.bad FOR EACH ROW EXECUTE FUNCTION
                           electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=den', 'conviction_expunged=pogashena')$$)).state,
          '42804', 'trigger: conviction_expunged mapped to a timestamp column is refused');

-- ---------------------------------------------------------------------------
-- A PL/pgSQL caller: one call site, variables changing from call to call.
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.count_eligible(d date) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    n int := 0;
    c electoral.conviction;
    x date;
    agent boolean;
BEGIN
    FOR c, x, agent IN VALUES ('none'::electoral.conviction, NULL::date, false),
                              ('grave', DATE '2016-09-20', false),
                              ('especially_grave', DATE '2016-09-20', false),
                              ('none', NULL, true),
                              ('minor', NULL, false)
    LOOP
        IF electoral.can_stand('RU.municipal_council', d, '{RU}', DATE '1970-01-01',
                               conviction => c, conviction_imprisonment => true,
                               conviction_expunged => x, foreign_agent => agent) THEN
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END
$$;
SELECT is(pg_temp.count_eligible(DATE '2026-09-20'), 2, 'PL/pgSQL: on 2026-09-20, the clear record and the minor crime');
SELECT is(pg_temp.count_eligible(DATE '2026-09-21'), 3, 'PL/pgSQL: on 2026-09-21, the grave conviction''s term is over too');
SELECT is(pg_temp.count_eligible(DATE '2024-05-14'), 3, 'PL/pgSQL: on 2024-05-14 the foreign agent too (99-FZ not yet in force), not the grave conviction');

-- The planner support function drops the new facts when left to their defaults.
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q;
END
$$;
SELECT unalike((SELECT string_agg(l, E'\n') FROM (SELECT * FROM pg_temp.plan_of(
                    $$SELECT electoral.can_stand('RU.state_duma', DATE '2026-09-20', '{RU}', DATE '1970-01-01')$$)) AS p(l)),
               '%unsupplied%', 'the default facts are dropped from the call (no unsupplied_*() per row)');

SELECT * FROM finish();
ROLLBACK;
