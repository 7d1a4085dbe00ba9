-- The shipped rule data (offices, requirements, the Russia-Belarus grants),
-- the catalog properties of the eligibility functions, and who may read and
-- who may change the rules.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(61);

-- ---------------------------------------------------------------------------
-- Offices
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT code, country::text, level::text, direct_vote
        FROM electoral.office ORDER BY code COLLATE "C"$$,
    $$VALUES ('BY.council_of_the_republic',  'BY', 'national', false),
             ('BY.house_of_representatives', 'BY', 'national', true),
             ('BY.local_council',            'BY', 'local',    true),
             ('BY.president',                'BY', 'national', true),
             ('RU.governor',                 'RU', 'regional', true),
             ('RU.municipal_council',        'RU', 'local',    true),
             ('RU.municipal_head',           'RU', 'local',    true),
             ('RU.president',                'RU', 'national', true),
             ('RU.regional_legislature',     'RU', 'regional', true),
             ('RU.state_duma',               'RU', 'national', true)$$,
    'the ten shipped offices, with their country, level and manner of election');

SELECT is((SELECT count(*) FROM electoral.office
            WHERE legal_basis IS NULL OR btrim(legal_basis) = ''),
          0::bigint, 'every shipped office has a legal basis');

-- ---------------------------------------------------------------------------
-- Requirements
-- ---------------------------------------------------------------------------
-- 102 in 1.0: less the four rows that barred standing in pre-trial detention
-- in Belarus (it never did), plus the President's 10 years before 2020, plus
-- the 43 bars on standing of src/sql/71 (convictions, organisations, foreign
-- agents, foreign documents)
SELECT is((SELECT count(*) FROM electoral.requirement), 142::bigint,
          'the extension ships 142 requirements');
SELECT is((SELECT count(*) FROM electoral.requirement WHERE id >= 100000), 0::bigint,
          'shipped requirement ids are below 100000');
SELECT is((SELECT count(*) FROM electoral.requirement
            WHERE legal_basis IS NULL OR btrim(legal_basis) = ''),
          0::bigint, 'every requirement has a non-empty legal basis');

SELECT results_eq(
    $$SELECT office, role::text, count(*)::int
        FROM electoral.requirement GROUP BY office, requirement.role
       ORDER BY office COLLATE "C", requirement.role$$,
    $$VALUES ('BY.council_of_the_republic',  'stand', 6),
             ('BY.house_of_representatives', 'vote',  5),
             ('BY.house_of_representatives', 'stand', 7),
             ('BY.local_council',            'vote',  5),
             ('BY.local_council',            'stand', 6),
             ('BY.president',                'vote',  5),
             ('BY.president',                'stand', 10),
             ('RU.governor',                 'vote',  4),
             ('RU.governor',                 'stand', 12),
             ('RU.municipal_council',        'vote',  4),
             ('RU.municipal_council',        'stand', 12),
             ('RU.municipal_head',           'vote',  4),
             ('RU.municipal_head',           'stand', 12),
             ('RU.president',                'vote',  4),
             ('RU.president',                'stand', 13),
             ('RU.regional_legislature',     'vote',  4),
             ('RU.regional_legislature',     'stand', 12),
             ('RU.state_duma',               'vote',  4),
             ('RU.state_duma',               'stand', 13)$$,
    'requirements per office and role (no one votes for the Council of the Republic)');

-- the ages, as law.md gives them, in force today
SELECT results_eq(
    $$SELECT office, role::text, years
        FROM electoral.requirement
       WHERE kind = 'min_age' AND in_force @> DATE '2026-01-01'
       ORDER BY office COLLATE "C", requirement.role$$,
    $$VALUES ('BY.council_of_the_republic',  'stand', 30),
             ('BY.house_of_representatives', 'vote',  18),
             ('BY.house_of_representatives', 'stand', 21),
             ('BY.local_council',            'vote',  18),
             ('BY.local_council',            'stand', 18),
             ('BY.president',                'vote',  18),
             ('BY.president',                'stand', 40),
             ('RU.governor',                 'vote',  18),
             ('RU.governor',                 'stand', 30),
             ('RU.municipal_council',        'vote',  18),
             ('RU.municipal_council',        'stand', 18),
             ('RU.municipal_head',           'vote',  18),
             ('RU.municipal_head',           'stand', 21),
             ('RU.president',                'vote',  18),
             ('RU.president',                'stand', 35),
             ('RU.regional_legislature',     'vote',  18),
             ('RU.regional_legislature',     'stand', 21),
             ('RU.state_duma',               'vote',  18),
             ('RU.state_duma',               'stand', 21)$$,
    'minimum ages in force in 2026');

SELECT results_eq(
    $$SELECT kind::text, years, continuous, in_force::text
        FROM electoral.requirement
       WHERE office = 'BY.president' AND role = 'stand'
         AND kind IN ('min_age', 'residence_years', 'never_foreign')
       ORDER BY id$$,
    $$VALUES ('min_age',         35,   false, '(,2022-03-15)'),
             ('min_age',         40,   false, '[2022-03-15,)'),
             ('residence_years', 10,   true,  '(,2022-03-15)'),
             ('residence_years', 20,   true,  '[2022-03-15,)'),
             ('never_foreign',   NULL, false, '[2022-03-15,)')$$,
    'the Belarusian presidency changed on 2022-03-15');

-- Which citizenship requirements a treaty may waive: local offices only.
-- Foreigners may not vote or stand at federal or regional level (Russia:
-- Constitution art. 32, 67-FZ art. 4 p. 10, 115-FZ art. 12; the dual-national
-- exception of 67-FZ art. 4 p. 3.1 is local only); Belarus opens its local
-- councils only.  (1.0 let a grant waive voting citizenship at every level
-- and standing for regional legislatures.)
SELECT results_eq(
    $$SELECT office, role::text, kind::text
        FROM electoral.requirement
       WHERE grant_may_waive
       ORDER BY office COLLATE "C", requirement.role, kind$$,
    $$VALUES ('BY.local_council',            'vote',  'citizen'),
             ('BY.local_council',            'stand', 'citizen'),
             ('BY.local_council',            'stand', 'no_foreign_benefit_document'),
             ('BY.local_council',            'stand', 'no_foreign_citizenship'),
             ('RU.municipal_council',        'vote',  'citizen'),
             ('RU.municipal_council',        'stand', 'citizen'),
             ('RU.municipal_council',        'stand', 'no_foreign_citizenship'),
             ('RU.municipal_head',           'vote',  'citizen'),
             ('RU.municipal_head',           'stand', 'citizen'),
             ('RU.municipal_head',           'stand', 'no_foreign_citizenship')$$,
    'waivable requirements: local offices only; national and regional offices are reserved to citizens');

SELECT is((SELECT count(*) FROM electoral.requirement r JOIN electoral.office o ON o.code = r.office
            WHERE o.level = 'national' AND r.role = 'stand' AND r.grant_may_waive),
          0::bigint, 'no national office lets a grant waive a standing requirement');

-- ---------------------------------------------------------------------------
-- The Russia-Belarus protocol
-- ---------------------------------------------------------------------------
SELECT results_eq(
    $$SELECT id, host::text, nationals::text[], roles::text[], levels::text[], except_offices,
             in_force, permanent_residence, min_residence_years, registration, resident_since_before,
             min_residence::text, resides_in_territory
        FROM electoral.franchise_grant ORDER BY id$$,
    $$VALUES (1, 'RU', '{BY}'::text[], '{vote,stand}'::text[], '{local}'::text[], '{}'::text[],
              daterange('2025-10-29', NULL), true, 0, false, NULL::date, 'permanent', true),
             (2, 'BY', '{RU}'::text[], '{vote,stand}'::text[], '{local}'::text[], '{}'::text[],
              daterange('2025-10-29', NULL), true, 0, false, NULL::date, 'permanent', false),
             (3, 'BY', '{RU}'::text[], '{vote,stand}'::text[], '{local}'::text[], '{}'::text[],
              daterange('2014-03-23', NULL), true, 0, false, NULL::date, 'permanent', false)$$,
    'three grants: the Protocol both ways from 2025-10-29, and Belarus''s Electoral Code from (at least) 2014-03-23; '
    'permanent residence (in Russia, in the municipality), no registration condition');
SELECT is((SELECT count(*) FROM electoral.franchise_grant
            WHERE legal_basis IS NULL OR btrim(legal_basis) = '' OR btrim(treaty) = ''),
          0::bigint, 'every grant names its treaty and legal basis');
SELECT is((SELECT count(*) FROM electoral.franchise_grant WHERE treaty LIKE '%Russia-Belarus%'),
          2::bigint, 'both grants are found by the treaty name');
SELECT ok((SELECT bool_and(legal_basis LIKE '%29.10.2025%' AND legal_basis LIKE '%13.03.2025%')
             FROM electoral.franchise_grant WHERE treaty LIKE '%Protocol%'),
          'the grants cite the protocol of 13.03.2025, in force 29.10.2025');

-- ---------------------------------------------------------------------------
-- Catalog properties of the eligibility functions
-- ---------------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM pg_proc
            WHERE pronamespace = 'electoral'::regnamespace AND proname = f),
          1, 'one electoral.' || f || ' (no ambiguous overloads)')
  FROM unnest(ARRAY['can_vote', 'can_stand', 'explain']) AS f;

SELECT is(have, want, what)
  FROM (SELECT t.have, t.want, p.proname || t.what AS what
          FROM pg_proc p
         CROSS JOIN LATERAL (VALUES
                (1, p.provolatile::text, 's', ' is STABLE'),
                (2, p.proparallel::text, 's', ' is PARALLEL SAFE'),
                (3, p.proisstrict::text, 'false', ' is not STRICT (a NULL fact is a fact not proven)')) AS t(n, have, want, what)
         WHERE p.pronamespace = 'electoral'::regnamespace
           AND p.proname IN ('can_vote', 'can_stand', 'explain')
         ORDER BY p.proname, t.n) AS props;

SELECT results_eq(
    $$SELECT p.proname::text COLLATE "default", p.pronargs::int, p.pronargdefaults::int, p.prorettype::regtype::text
        FROM pg_proc p
       WHERE p.pronamespace = 'electoral'::regnamespace
         AND p.proname IN ('can_vote', 'can_stand', 'explain')
       ORDER BY p.proname$$,
    $$VALUES ('can_stand', 26, 22, 'boolean'),
             ('can_vote',  11, 7, 'boolean'),
             ('explain',   27, 22, 'record')$$,
    'signatures: arguments, defaults, result type (1.1: the territory facts and the bars appended)');

SELECT is((SELECT proargnames[28:31] FROM pg_proc
            WHERE pronamespace = 'electoral'::regnamespace AND proname = 'explain'),
          ARRAY['requirement', 'satisfied', 'detail', 'legal_basis']::text[],
          'explain returns (requirement, satisfied, detail, legal_basis)');

-- ---------------------------------------------------------------------------
-- The rule tables are extension configuration (pg_dump keeps users' changes)
-- ---------------------------------------------------------------------------
SELECT ok((SELECT t::regclass::oid = ANY (extconfig) FROM pg_extension WHERE extname = 'electoral'),
          t || ' is registered in pg_extension.extconfig')
  FROM unnest(ARRAY['electoral.office', 'electoral.requirement', 'electoral.franchise_grant',
                    'electoral.requirement_id_seq', 'electoral.franchise_grant_id_seq']) AS t;

-- ---------------------------------------------------------------------------
-- Privileges: everyone reads and evaluates; only the owner changes rules
-- ---------------------------------------------------------------------------
CREATE ROLE electoral_tap_reader;

SELECT is(has_table_privilege('electoral_tap_reader', t, p), p = 'SELECT',
          'electoral_tap_reader ' || CASE WHEN p = 'SELECT' THEN 'has ' ELSE 'lacks ' END || p || ' on ' || t)
  FROM unnest(ARRAY['electoral.office', 'electoral.requirement', 'electoral.franchise_grant']) AS t,
       unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p;

SELECT ok(has_function_privilege('electoral_tap_reader', f, 'EXECUTE'), 'electoral_tap_reader may call ' || f)
  FROM unnest(ARRAY[
    'electoral.can_vote(text,date,electoral.country[],date,electoral.residence,date,boolean,boolean,boolean,boolean,boolean)',
    'electoral.can_stand(text,date,electoral.country[],date,electoral.residence,date,boolean,boolean,boolean,boolean,boolean,boolean,boolean,boolean,boolean,electoral.conviction,boolean,boolean,date,boolean,boolean,electoral.org_role,date,boolean,boolean,boolean)',
    'electoral.explain(electoral.role,text,date,electoral.country[],date,electoral.residence,date,boolean,boolean,boolean,boolean,boolean,boolean,boolean,boolean,boolean,electoral.conviction,boolean,boolean,date,boolean,boolean,electoral.org_role,date,boolean,boolean,boolean)']) AS f;

-- Make every backend's compiled rulebook stale (a statement trigger fires
-- even when no row changes), so the reader's first call rebuilds it with the
-- reader's own privileges.
UPDATE electoral.office SET title = title WHERE false;

SET LOCAL ROLE electoral_tap_reader;

SELECT is(current_user::text, 'electoral_tap_reader', 'now acting as electoral_tap_reader');
SELECT throws_ok(
    $$UPDATE electoral.requirement SET years = 16 WHERE kind = 'min_age'$$,
    '42501', 'permission denied for table requirement',
    'a reader may not UPDATE electoral.requirement');
SELECT throws_ok(
    $$INSERT INTO electoral.franchise_grant (host, nationals, roles, levels, in_force, treaty, legal_basis)
      VALUES ('RU', '{KZ}', '{vote}', '{local}', '[2020-01-01,)', 'x', 'x')$$,
    '42501', 'permission denied for table franchise_grant',
    'a reader may not INSERT into electoral.franchise_grant');
SELECT throws_ok(
    $$DELETE FROM electoral.office WHERE code = 'RU.governor'$$,
    '42501', 'permission denied for table office',
    'a reader may not DELETE from electoral.office');
SELECT throws_ok(
    $$SELECT electoral.grant_reciprocal('RU', 'KZ', '{vote}', '{local}', '[2026-01-01,)', 't', 'b')$$,
    '42501', 'permission denied for table franchise_grant',
    'a reader may not record a treaty through grant_reciprocal');
SELECT is((SELECT count(*) FROM electoral.requirement), 142::bigint, 'a reader may SELECT the requirements');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '2000-01-01'), true,
          'a reader may call can_vote (rulebook rebuilt under the reader)');
SELECT is(electoral.can_stand('BY.local_council', '2026-02-01', '{BY}', '1990-01-01'), true,
          'a reader may call can_stand');
SELECT is((SELECT count(*) FROM electoral.explain('vote', 'RU.municipal_council', '2026-02-01', '{RU}', '2010-01-01')
            WHERE NOT satisfied), 1::bigint,
          'a reader may call explain');

RESET ROLE;
SELECT is((SELECT years FROM electoral.requirement WHERE id = 1011), 18,
          'the reader''s UPDATE changed nothing');

SELECT * FROM finish();
ROLLBACK;
