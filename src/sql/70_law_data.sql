
-- ---------------------------------------------------------------------------
-- Shipped law: Russia, Belarus and their 2025 protocol on equal electoral
-- rights (sources: shared/domain/law.md).  Ids below 100000 are shipped
-- rows; users' own rows take ids from 100000 up.
-- ---------------------------------------------------------------------------

INSERT INTO electoral.office (code, country, level, title, direct_vote, legal_basis) VALUES
    ('RU.president',                 'RU', 'national', 'President of the Russian Federation', true, 'Constitution of the Russian Federation art. 81'),
    ('RU.state_duma',                'RU', 'national', 'Deputy of the State Duma', true, 'Constitution of the Russian Federation art. 97'),
    ('RU.governor',                  'RU', 'regional', 'Head of a constituent entity (governor)', true, 'Constitution of the Russian Federation art. 77(3); 184-FZ of 06.10.1999, replaced by 414-FZ of 21.12.2021'),
    ('RU.regional_legislature',      'RU', 'regional', 'Deputy of a regional legislature', true, '184-FZ of 06.10.1999, replaced by 414-FZ of 21.12.2021'),
    ('RU.municipal_council',         'RU', 'local',    'Deputy of a municipal representative body', true, '67-FZ'),
    ('RU.municipal_head',            'RU', 'local',    'Head of a municipality', true, '67-FZ'),
    ('BY.president',                 'BY', 'national', 'President of the Republic of Belarus', true, 'Constitution of the Republic of Belarus art. 80'),
    ('BY.house_of_representatives',  'BY', 'national', 'Deputy of the House of Representatives', true, 'Constitution of the Republic of Belarus; Electoral Code'),
    ('BY.council_of_the_republic',   'BY', 'national', 'Member of the Council of the Republic', false, 'Constitution of the Republic of Belarus; elected indirectly by local councils'),
    ('BY.local_council',             'BY', 'local',    'Deputy of a local Council of Deputies', true, 'Electoral Code of the Republic of Belarus');

-- Russia.  Voting: 18 and a citizen everywhere.  Foreign nationals may vote
-- only in LOCAL elections, where a treaty provides (Constitution art. 32;
-- 67-FZ art. 4 p. 10; 115-FZ art. 12): the citizen requirement of voting is
-- waivable by a grant for the municipal offices only, and federal and
-- regional offices stay reserved to citizens whatever grant a user records.
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis)
SELECT 1000 + 10 * o.n + v.k, o.code, 'vote', v.kind::electoral.requirement_kind, v.years, false,
       v.kind = 'citizen' AND o.local, '(,)',
       CASE WHEN v.kind <> 'citizen' THEN v.basis
            WHEN o.local THEN v.basis || '; 67-FZ art. 4 p. 10 (foreign citizens permanently residing in the municipality, under international treaties)'
            ELSE v.basis || '; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)' END
  FROM (VALUES (1, 'RU.president', false), (2, 'RU.state_duma', false), (3, 'RU.governor', false),
               (4, 'RU.regional_legislature', false), (5, 'RU.municipal_council', true),
               (6, 'RU.municipal_head', true)) AS o(n, code, local),
       (VALUES (1, 'min_age', 18, 'Constitution of the Russian Federation art. 32; 67-FZ art. 4'),
               (2, 'citizen', NULL, 'Constitution of the Russian Federation art. 32'),
               (3, 'not_incapacitated', NULL, '67-FZ art. 4 p. 3'),
               (4, 'not_imprisoned', NULL, '67-FZ art. 4 p. 3')) AS v(k, kind, years, basis);

-- Russia, standing.
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    -- President: 35, a citizen permanently residing in Russia 10 years; since the
    -- amendment of 14.03.2020 (in force 04.07.2020) 25 years and never a foreign
    -- citizenship or residence permit (reserved to citizens).  The amendment
    -- exempts former citizens of a state (or part of one) admitted into Russia:
    -- not modelled (no fact says so), see README.
    (2001, 'RU.president', 'stand', 'min_age', 35, false, false, '(,)', 'Constitution of the Russian Federation art. 81(2)'),
    (2002, 'RU.president', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 81(2)'),
    (2007, 'RU.president', 'stand', 'residence_years', 10, false, false, '[,2020-07-04)', 'Constitution of the Russian Federation art. 81(2) (before the amendment of 14.03.2020)'),
    (2003, 'RU.president', 'stand', 'residence_years', 25, false, false, '[2020-07-04,)', 'Constitution of the Russian Federation art. 81(2) as amended 14.03.2020 (in force 04.07.2020)'),
    (2004, 'RU.president', 'stand', 'never_foreign', NULL, false, false, '[2020-07-04,)', 'Constitution of the Russian Federation art. 81(2) as amended 14.03.2020 (in force 04.07.2020)'),
    (2005, 'RU.president', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2006, 'RU.president', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- State Duma: 21, a citizen with no foreign citizenship or residence permit (reserved)
    (2011, 'RU.state_duma', 'stand', 'min_age', 21, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2012, 'RU.state_duma', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2013, 'RU.state_duma', 'stand', 'no_foreign_citizenship', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2014, 'RU.state_duma', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2015, 'RU.state_duma', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2016, 'RU.state_duma', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Governor: 30, a citizen with no foreign citizenship or residence permit (reserved)
    (2021, 'RU.governor', 'stand', 'min_age', 30, false, false, '(,)', 'Constitution of the Russian Federation art. 77(3); 184-FZ, replaced by 414-FZ of 21.12.2021'),
    (2022, 'RU.governor', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 77(3); 184-FZ, replaced by 414-FZ of 21.12.2021'),
    (2023, 'RU.governor', 'stand', 'no_foreign_citizenship', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 77(3); 67-FZ art. 4 p. 3.1'),
    (2024, 'RU.governor', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 77(3); 67-FZ art. 4 p. 3.1'),
    (2025, 'RU.governor', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2026, 'RU.governor', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Regional legislature: 21, a citizen with no foreign citizenship or residence
    -- permit (reserved: the treaty exception of 67-FZ art. 4 p. 3.1 is local only)
    (2031, 'RU.regional_legislature', 'stand', 'min_age', 21, false, false, '(,)', '184-FZ, replaced by 414-FZ of 21.12.2021; 67-FZ art. 4'),
    (2032, 'RU.regional_legislature', 'stand', 'citizen', NULL, false, false, '(,)', '184-FZ, replaced by 414-FZ of 21.12.2021; 67-FZ art. 4 p. 10 and 115-FZ art. 12 (foreign citizens at local elections only)'),
    (2033, 'RU.regional_legislature', 'stand', 'no_foreign_citizenship', NULL, false, false, '(,)', '67-FZ art. 4 p. 3.1 (the treaty exception is for local self-government only)'),
    (2034, 'RU.regional_legislature', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', '67-FZ art. 4 p. 3.1'),
    (2035, 'RU.regional_legislature', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2036, 'RU.regional_legislature', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Municipal council: 18 since 2009 (250-FZ); a treaty may open it to foreign nationals
    (2041, 'RU.municipal_council', 'stand', 'min_age', 18, false, false, '(,)', '67-FZ art. 4, as amended by 250-FZ (2009)'),
    (2042, 'RU.municipal_council', 'stand', 'citizen', NULL, false, true, '(,)', '67-FZ art. 4 (foreign citizens permanently residing in the municipality, under international treaties)'),
    (2043, 'RU.municipal_council', 'stand', 'no_foreign_citizenship', NULL, false, true, '(,)', '67-FZ art. 4 p. 3.1 (unless a treaty provides otherwise)'),
    (2044, 'RU.municipal_council', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', '67-FZ art. 4 p. 3.1'),
    (2045, 'RU.municipal_council', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2046, 'RU.municipal_council', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Head of a municipality: 21; a treaty may open it to foreign nationals
    (2051, 'RU.municipal_head', 'stand', 'min_age', 21, false, false, '(,)', '67-FZ art. 4'),
    (2052, 'RU.municipal_head', 'stand', 'citizen', NULL, false, true, '(,)', '67-FZ art. 4 (foreign citizens permanently residing in the municipality, under international treaties)'),
    (2053, 'RU.municipal_head', 'stand', 'no_foreign_citizenship', NULL, false, true, '(,)', '67-FZ art. 4 p. 3.1 (unless a treaty provides otherwise)'),
    (2054, 'RU.municipal_head', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', '67-FZ art. 4 p. 3.1'),
    (2055, 'RU.municipal_head', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2056, 'RU.municipal_head', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3');

-- Belarus.  Voting for the directly elected offices: 18, a citizen (waivable
-- by a grant for the local councils only: the Electoral Code and the
-- Protocol open local councils, never the President or the House), and the
-- bars.  Pre-trial detention barred voting (never standing) until the 2022
-- amendments: art. 64 part 2 said persons held in custody as a preventive
-- measure do not take part in voting; the text in force from 15.03.2022
-- drops it.  The Council of the Republic is elected indirectly: no one
-- votes for it (office.direct_vote = false).
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis)
SELECT 3000 + 10 * o.n + v.k, o.code, 'vote', v.kind::electoral.requirement_kind, v.years, false,
       v.kind = 'citizen' AND o.local, v.in_force::pg_catalog.daterange,
       CASE WHEN v.kind = 'citizen' AND o.local THEN v.basis || ' (foreign citizens only where the law or a treaty provides)'
            ELSE v.basis END
  FROM (VALUES (1, 'BY.president', false), (2, 'BY.house_of_representatives', false),
               (3, 'BY.local_council', true)) AS o(n, code, local),
       (VALUES (1, 'min_age', 18, '(,)', 'Constitution of the Republic of Belarus art. 64'),
               (2, 'citizen', NULL, '(,)', 'Constitution of the Republic of Belarus art. 64'),
               (3, 'not_incapacitated', NULL, '(,)', 'Constitution of the Republic of Belarus art. 64'),
               (4, 'not_imprisoned', NULL, '(,)', 'Constitution of the Republic of Belarus art. 64'),
               (5, 'not_detained', NULL, '[,2022-03-15)', 'Constitution of the Republic of Belarus art. 64 part 2 (before the 2022 amendments): no voting in pre-trial detention')) AS v(k, kind, years, in_force, basis);

-- Belarus, standing.  The presidency changed with the constitutional
-- amendments adopted by the referendum of 27 February 2022: 40 years of age
-- (was 35), 20 years of residence immediately before the election (was 10),
-- and never a foreign citizenship or residence permit.
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    (4001, 'BY.president', 'stand', 'min_age', 35, false, false, '[,2022-03-15)', 'Constitution of the Republic of Belarus art. 80 (before the 2022 amendments)'),
    (4002, 'BY.president', 'stand', 'min_age', 40, false, false, '[2022-03-15,)', 'Constitution of the Republic of Belarus art. 80 (as amended 2022)'),
    (4003, 'BY.president', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 80'),
    (4004, 'BY.president', 'stand', 'citizen_by_birth', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 80'),
    (4005, 'BY.president', 'stand', 'residence_years', 10, true, false, '[,2022-03-15)', 'Constitution of the Republic of Belarus art. 80 (before the 2022 amendments)'),
    (4006, 'BY.president', 'stand', 'residence_years', 20, true, false, '[2022-03-15,)', 'Constitution of the Republic of Belarus art. 80 (as amended 2022)'),
    (4007, 'BY.president', 'stand', 'never_foreign', NULL, false, false, '[2022-03-15,)', 'Constitution of the Republic of Belarus art. 80 (as amended 2022)'),
    (4008, 'BY.president', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4009, 'BY.president', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4021, 'BY.house_of_representatives', 'stand', 'min_age', 21, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4022, 'BY.house_of_representatives', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4023, 'BY.house_of_representatives', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4024, 'BY.house_of_representatives', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    -- Council of the Republic: 30, 5 years' residence in the region (checked as residence in the country), no foreign citizenship
    (4031, 'BY.council_of_the_republic', 'stand', 'min_age', 30, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4032, 'BY.council_of_the_republic', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4033, 'BY.council_of_the_republic', 'stand', 'residence_years', 5, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92 (5 years in the region; checked as years in the country)'),
    (4034, 'BY.council_of_the_republic', 'stand', 'no_foreign_citizenship', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4035, 'BY.council_of_the_republic', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4036, 'BY.council_of_the_republic', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4041, 'BY.local_council', 'stand', 'min_age', 18, false, false, '(,)', 'Electoral Code of the Republic of Belarus'),
    (4042, 'BY.local_council', 'stand', 'citizen', NULL, false, true, '(,)', 'Electoral Code of the Republic of Belarus (foreign citizens only where a treaty provides)'),
    (4043, 'BY.local_council', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4044, 'BY.local_council', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64');

-- The Russia-Belarus protocol: each side opens its local elections, voting
-- and standing, to the other's citizens permanently residing there, on the
-- same conditions as its own citizens (in Russia: the municipality where they
-- permanently reside, 67-FZ art. 4 p. 10).  No condition of registration with
-- an election commission: being on the voter list is every voter's procedure.
-- Belarus admitted Russians holding a Belarusian permanent residence permit to
-- local councils under its Electoral Code before the Protocol (grant 3); the
-- date that provision began was not found: the grant runs from the earliest
-- local elections the sources attest it at (23.03.2014).
INSERT INTO electoral.franchise_grant
    (id, host, nationals, roles, levels, except_offices, in_force, permanent_residence,
     min_residence_years, registration, resident_since_before, treaty, legal_basis, min_residence,
     resides_in_territory) VALUES
    (1, 'RU', '{BY}', '{vote,stand}', '{local}', '{}', '[2025-10-29,)', true, 0, false, NULL,
     'the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights',
     'Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10',
     'permanent', true),
    (2, 'BY', '{RU}', '{vote,stand}', '{local}', '{}', '[2025-10-29,)', true, 0, false, NULL,
     'the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights',
     'Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025',
     'permanent', false),
    (3, 'BY', '{RU}', '{vote,stand}', '{local}', '{}', '[2014-03-23,)', true, 0, false, NULL,
     'the Electoral Code of the Republic of Belarus (citizens of the Russian Federation permanently residing in Belarus)',
     'Electoral Code of the Republic of Belarus: citizens of the Russian Federation permanently residing in Belarus vote and stand '
     'for local Councils of Deputies; attested at the local elections of 23.03.2014, 18.02.2018 and 25.02.2024 '
     '(the date the provision began was not found)',
     'permanent', false);
