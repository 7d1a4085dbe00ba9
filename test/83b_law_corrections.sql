-- The law as corrected in 1.1 (issue 11, "wrong today"), on the boundary
-- dates, and a real foreign franchise expressed as data alone: the local
-- franchise of EU citizens in England under the Elections Act 2022.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(44);

-- ---------------------------------------------------------------------------
-- President of Russia: until 2020-07-03, 35 years of age and 10 years'
-- permanent residence, no never-foreign rule; from 2020-07-04 (the
-- amendment of 14.03.2020 in force) 25 years and never foreign.
-- A candidate born 1970, resident since 2008-01-01 (12 years), who once
-- held a foreign residence permit.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand('RU.president', '2020-07-03', '{RU}', '1970-01-01', resident_since => '2008-01-01'), true,
          'president, 2020-07-03: 12 years'' residence are enough (10 required)');
SELECT is(electoral.can_stand('RU.president', '2020-07-04', '{RU}', '1970-01-01', resident_since => '2008-01-01'), false,
          'president, 2020-07-04: 12 years'' residence are not (25 required)');
SELECT is(electoral.can_stand('RU.president', '2020-07-03', '{RU}', '1970-01-01', resident_since => '2008-01-01',
                              ever_foreign => true), true,
          'president, 2020-07-03: a former foreign residence permit does not bar');
SELECT is(electoral.can_stand('RU.president', '2020-07-04', '{RU}', '1970-01-01', resident_since => '1970-01-01',
                              ever_foreign => true), false,
          'president, 2020-07-04: a former foreign residence permit bars');
SELECT is(electoral.can_stand('RU.president', '2018-03-18', '{RU}', '1970-01-01', resident_since => '2008-03-18'), true,
          'president, 2018-03-18: exactly 10 years'' residence');
SELECT is(electoral.can_stand('RU.president', '2018-03-18', '{RU}', '1970-01-01', resident_since => '2008-03-19'), false,
          'president, 2018-03-18: one day short of 10 years');
SELECT results_eq(
    $$SELECT requirement, legal_basis FROM electoral.explain('stand', 'RU.president', '2020-07-03', '{RU}', '1970-01-01',
                                                            resident_since => '2008-01-01')
       WHERE requirement LIKE 'residence%' OR requirement = 'never_foreign'$$,
    $$VALUES ('residence_years 10', 'Constitution of the Russian Federation art. 81(2) (before the amendment of 14.03.2020)')$$,
    'explain on 2020-07-03: the 10-year rule, no never_foreign line, and its basis');
SELECT results_eq(
    $$SELECT requirement, legal_basis FROM electoral.explain('stand', 'RU.president', '2020-07-04', '{RU}', '1970-01-01',
                                                            resident_since => '2008-01-01')
       WHERE requirement LIKE 'residence%' OR requirement = 'never_foreign'$$,
    $$VALUES ('residence_years 25', 'Constitution of the Russian Federation art. 81(2) as amended 14.03.2020 (in force 04.07.2020)'),
             ('never_foreign', 'Constitution of the Russian Federation art. 81(2) as amended 14.03.2020 (in force 04.07.2020)')$$,
    'explain on 2020-07-04: the 25-year and never-foreign rules, and their basis');

-- ---------------------------------------------------------------------------
-- Reserved offices: no shipped grant, and no grant a user records, lets a
-- foreigner vote at federal or regional level or stand for a regional
-- legislature (Constitution art. 32; 67-FZ art. 4 p. 10; 115-FZ art. 12).
-- ---------------------------------------------------------------------------
SELECT is((SELECT count(*) FROM electoral.requirement r JOIN electoral.office o ON o.code = r.office
            WHERE o.level <> 'local' AND r.grant_may_waive),
          0::bigint, 'no federal or regional requirement may be waived by a grant');
SELECT is((SELECT legal_basis FROM electoral.explain('vote', 'RU.governor', '2026-09-20', '{RU}', '1980-01-01')
            WHERE requirement = 'citizen'),
          'Constitution of the Russian Federation art. 32; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)',
          'explain cites why the governor''s vote is reserved');
SELECT is((SELECT legal_basis FROM electoral.explain('stand', 'RU.governor', '2026-09-20', '{RU}', '1980-01-01')
            WHERE requirement = 'min_age 30'),
          'Constitution of the Russian Federation art. 77(3); 184-FZ, replaced by 414-FZ of 21.12.2021',
          'the governor''s age cites Constitution art. 77(3) and 184-FZ / 414-FZ');
SELECT is((SELECT legal_basis FROM electoral.explain('stand', 'RU.regional_legislature', '2026-09-20', '{RU}', '1980-01-01')
            WHERE requirement = 'min_age 21'),
          '184-FZ, replaced by 414-FZ of 21.12.2021; 67-FZ art. 4',
          'the regional deputy''s age cites 184-FZ / 414-FZ');

-- ---------------------------------------------------------------------------
-- A RU+BY dual national standing locally in Russia: the Protocol waives the
-- Belarusian citizenship only for one who meets its conditions: residing in
-- the municipality (a citizen of Russia holds no residence status there, so
-- the status condition is not theirs).  From 2025-10-29.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_stand('RU.municipal_council', '2025-10-29', '{RU,BY}', '1980-01-01', 'permanent'), true,
          'RU+BY, permanently resident, 2025-10-29: may stand');
SELECT is(electoral.can_stand('RU.municipal_council', '2025-10-28', '{RU,BY}', '1980-01-01', 'permanent'), false,
          'RU+BY, permanently resident, 2025-10-28: may not (the Protocol not yet in force)');
SELECT is(electoral.can_stand('RU.municipal_council', '2025-10-29', '{RU,BY}', '1980-01-01',
                              resides_in_territory => false), false,
          'RU+BY, residing elsewhere: the waiver does not apply');
SELECT is(electoral.can_stand('RU.municipal_council', '2025-10-29', '{RU,BY}', '1980-01-01',
                              resides_in_territory => true), true,
          'RU+BY, residing in the municipality, no residence status (a citizen): the waiver applies');
SELECT is((SELECT detail FROM electoral.explain('stand', 'RU.municipal_council', '2025-10-29', '{RU,BY}', '1980-01-01',
                                                resides_in_territory => false)
            WHERE requirement = 'no_foreign_citizenship'),
          'also a citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights allows it only on its conditions',
          'explain: the waiver needs the grant''s conditions');

-- ---------------------------------------------------------------------------
-- England, local government elections (Representation of the People Act
-- 1983 s. 2 as amended by the Elections Act 2022 sch. 8, in force from
-- 2024-05-07): EU citizens vote and stand only as "qualifying EU citizens"
-- (Spain, Portugal, Luxembourg, Poland, Denmark: reciprocal treaties; with
-- any leave to remain) or "EU citizens with retained rights" (others,
-- lawfully resident since before 2021-01-01).  Before, every EU citizen
-- resident in the UK could.  Ireland, Malta and Cyprus vote as Irish or
-- Commonwealth citizens, not under these grants.  Data only: no code.
-- ---------------------------------------------------------------------------
INSERT INTO electoral.office (code, country, level, title, legal_basis)
VALUES ('GB.england_local', 'GB', 'local', 'Councillor of a local authority in England', 'Local Government Act 1972');
INSERT INTO electoral.requirement (office, role, kind, years, grant_may_waive, legal_basis)
SELECT 'GB.england_local', r.role::electoral.role, k.kind::electoral.requirement_kind, k.years,
       k.kind = 'citizen', 'Representation of the People Act 1983 s. 2'
  FROM (VALUES ('vote'), ('stand')) AS r(role),
       (VALUES ('min_age', 18), ('citizen', NULL)) AS k(kind, years);
INSERT INTO electoral.franchise_grant (host, nationals, roles, levels, in_force, permanent_residence, min_residence,
                                       resident_since_before, treaty, legal_basis)
VALUES ('GB', '{AT,BE,BG,HR,CZ,DK,EE,FI,FR,DE,GR,HU,IT,LV,LT,LU,NL,PL,PT,RO,SK,SI,ES,SE}', '{vote,stand}', '{local}',
        '[,2024-05-07)', false, 'temporary', NULL,
        'the local franchise of relevant citizens of the Union', 'Representation of the People Act 1983 s. 2 (before the Elections Act 2022)'),
       ('GB', '{ES,PT,LU,PL,DK}', '{vote,stand}', '{local}', '[2024-05-07,)', false, 'temporary', NULL,
        'the Elections Act 2022: qualifying EU citizens', 'Representation of the People Act 1983 s. 2 and sch. 6A, as amended by the Elections Act 2022'),
       ('GB', '{AT,BE,BG,HR,CZ,EE,FI,FR,DE,GR,HU,IT,LV,LT,NL,RO,SK,SI,SE}', '{vote,stand}', '{local}', '[2024-05-07,)',
        false, 'temporary', '2021-01-01',
        'the Elections Act 2022: EU citizens with retained rights', 'Representation of the People Act 1983 s. 2, as amended by the Elections Act 2022');

SELECT is(electoral.can_vote('GB.england_local', '2024-05-06', '{FR}', '1990-01-01', 'temporary', '2022-06-01'), true,
          'England: a French citizen resident since 2022, on 2024-05-06: may vote (the old franchise)');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{FR}', '1990-01-01', 'temporary', '2022-06-01'), false,
          'England: the same on 2024-05-07: may not (arrived after 2020)');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{FR}', '1990-01-01', 'temporary', '2020-12-31'), true,
          'England: a French citizen resident since 2020-12-31: retained rights');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{FR}', '1990-01-01', 'temporary', '2021-01-01'), false,
          'England: resident since 2021-01-01: no retained rights');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{FR}', '1990-01-01', 'none', '2015-01-01'), false,
          'England: resident since 2015 but without lawful status: may not');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{ES}', '1990-01-01', 'temporary', '2023-09-01'), true,
          'England: a Spanish citizen arrived in 2023 with leave to remain: qualifying EU citizen');
SELECT is(electoral.can_stand('GB.england_local', '2025-05-01', '{PL}', '1990-01-01', 'permanent', '2024-01-01'), true,
          'England: a Polish citizen with settled status may stand');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{ES}', '1990-01-01', 'none', '2023-09-01'), false,
          'England: a Spanish citizen without leave: may not');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{US}', '1990-01-01', 'permanent', '2000-01-01'), false,
          'England: a US citizen: no grant');
SELECT results_eq(
    $$SELECT requirement, satisfied, detail
        FROM electoral.explain('vote', 'GB.england_local', '2024-05-07', '{FR}', '1990-01-01', 'temporary', '2021-01-01')
       WHERE requirement LIKE 'grant: %'$$,
    $$VALUES ('grant: lawful residence', true, 'lawfully resident (temporary)'),
             ('grant: residence began before cut-off', false, 'resident since 2021-01-01, must be before 2021-01-01')$$,
    'England: explain shows the lawful-residence and cut-off lines of the retained-rights grant');
SELECT is((SELECT detail FROM electoral.explain('vote', 'GB.england_local', '2024-05-07', '{ES}', '1990-01-01', 'none')
            WHERE requirement = 'grant: lawful residence'),
          'residence is none, lawful residence required', 'England: the lawful-residence line says why');
SELECT is((SELECT detail FROM electoral.explain('vote', 'GB.england_local', '2024-05-07', '{ES}', '1990-01-01', 'temporary')
            WHERE requirement = 'citizen'),
          'citizen of ES, entitled under the Elections Act 2022: qualifying EU citizens',
          'England: explain names the grant that entitles a Spanish citizen');
SELECT is(electoral.can_vote('GB.england_local', '2024-05-07', '{FR,ES}', '1990-01-01', 'temporary', '2023-01-01'), true,
          'England: a French and Spanish citizen arrived 2023: qualifying as a Spaniard');

-- ---------------------------------------------------------------------------
-- Residence (and work) in the territory of the election: facts the caller
-- supplies.  Russia admits a Belarusian permanently residing IN THAT
-- MUNICIPALITY (67-FZ art. 4 p. 10): grant 1's resides_in_territory.
-- Positive conditions: left out, they count as met under
-- electoral.unsupplied_bars = 'met' (1.0's answers), not proven under
-- 'not_proven'.
-- ---------------------------------------------------------------------------
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent',
                             resides_in_territory => true), true,
          'a Belarusian residing in the municipality may vote');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent',
                             resides_in_territory => false), false,
          'a Belarusian residing elsewhere in Russia may not vote in this municipality');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent'), true,
          'left out: counted as met (1.0''s answer)');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent', NULL, false,
                             false, false, false, false), false,
          'can_vote''s 11th argument is resides_in_territory');
SELECT is(electoral.can_stand('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent', NULL, false,
                              false, false, false, NULL, false, false, false, true), false,
          'can_stand''s 14th argument is resides_in_territory (15th works_in_territory)');
SELECT is((SELECT detail FROM electoral.explain('vote', 'RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01',
                                                'permanent', resides_in_territory => false)
            WHERE requirement = 'grant: resides in the territory'),
          'does not reside in the territory of the election', 'explain: the territory line of the grant');
SELECT is((SELECT detail FROM electoral.explain('vote', 'RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01',
                                                'permanent')
            WHERE requirement = 'grant: resides in the territory'),
          'residence in the territory not supplied by the caller: counted as met', 'explain: left out, counted as met');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{RU}', '1980-01-01', resides_in_territory => false), true,
          'a Russian citizen: no shipped row asks where a voter lives (the commission''s list does)');
SET LOCAL electoral.unsupplied_bars = 'not_proven';
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent',
                             incapacitated => false, imprisoned => false), false,
          'not_proven: a Belarusian whose residence in the municipality is not supplied may not vote');
SELECT is(electoral.can_vote('RU.municipal_council', '2026-09-20', '{BY}', '1980-01-01', 'permanent',
                             incapacitated => false, imprisoned => false, resides_in_territory => true), true,
          'not_proven: supplied, they may');
RESET electoral.unsupplied_bars;

-- A rule of the user's with the new kind: candidates for a test council must
-- live or work in its territory (as Belarus's local councils ask).
INSERT INTO electoral.office (code, country, level, title, legal_basis)
VALUES ('BY.test_council', 'BY', 'local', 'Deputy of a test council', 'test');
INSERT INTO electoral.requirement (office, role, kind, legal_basis)
VALUES ('BY.test_council', 'stand', 'lives_or_works_in_territory', 'test: lives or works in the district');
SELECT is(array_agg(electoral.can_stand('BY.test_council', '2026-02-25', '{BY}', '1980-01-01',
                                        resides_in_territory => l, works_in_territory => w) ORDER BY n),
          ARRAY[true, true, true, false, false],
          'lives or works: either is enough; neither, or works elsewhere and residence not known, is not')
  FROM (VALUES (1, true, false), (2, false, true), (3, true, NULL), (4, false, false), (5, NULL, false)) AS v(n, l, w);
SELECT is((SELECT detail FROM electoral.explain('stand', 'BY.test_council', '2026-02-25', '{BY}', '1980-01-01',
                                                resides_in_territory => false, works_in_territory => false)
            WHERE requirement = 'lives_or_works_in_territory'),
          'neither lives nor works in the territory of the election', 'explain: the lives-or-works line');

-- the trigger maps them to columns
CREATE TABLE pg_temp.kandidaty (dolzhnost text, den date, grazhd electoral.country[], rozhd date,
                                zhivet boolean, rabotaet boolean);
CREATE TRIGGER proverka BEFORE INSERT ON pg_temp.kandidaty FOR EACH ROW
    EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=den', 'citizenships=grazhd',
                                                   'birth_date=rozhd', 'resides_in_territory=zhivet',
                                                   'works_in_territory=rabotaet');
SELECT lives_ok($$INSERT INTO pg_temp.kandidaty VALUES ('BY.test_council', '2026-02-25', '{BY}', '1980-01-01', false, true)$$,
                'trigger: works in the district: accepted');
SELECT throws_ok($$INSERT INTO pg_temp.kandidaty VALUES ('BY.test_council', '2026-02-25', '{BY}', '1980-01-01', false, false)$$,
                 '23514', NULL, 'trigger: neither lives nor works there: refused');

SELECT * FROM finish();
ROLLBACK;
