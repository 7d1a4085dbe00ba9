
-- ---------------------------------------------------------------------------
-- Shipped law: the bars on standing that convictions, banned organisations,
-- foreign-agent status and foreign documents set (ids 5000-5999).  Each row
-- was checked in a source: notes/law-bars.md says which; what could not be
-- checked is listed there and not shipped.
-- ---------------------------------------------------------------------------

-- Russia, standing, every office (67-FZ art. 4 p. 3.2 applies to every
-- election): a sentence of imprisonment for a grave crime bars while
-- unexpunged and 10 years after, for an especially grave one 15 years
-- (19-FZ of 21.02.2014, after the Constitutional Court's ruling 20-P of
-- 10.10.2013 struck down the lifetime bar); for a medium-gravity crime 67-FZ
-- lists, 5 years (153-FZ of 23.05.2020); founders and leaders of an
-- organisation a court banned as extremist or terrorist 5 years, other
-- participants 3 years, from the decision taking effect (157-FZ of
-- 04.06.2021); foreign agents at every level (99-FZ of 15.05.2024).
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis)
SELECT 5000 + 10 * o.n + b.k, o.code, 'stand', b.kind::electoral.requirement_kind, b.years, false, false,
       b.in_force::pg_catalog.daterange, b.basis
  FROM (VALUES (1, 'RU.president'), (2, 'RU.state_duma'), (3, 'RU.governor'),
               (4, 'RU.regional_legislature'), (5, 'RU.municipal_council'), (6, 'RU.municipal_head')) AS o(n, code),
       (VALUES (1, 'no_grave_conviction', 10, '[2014-02-21,)',
                '67-FZ art. 4 p. 3.2, as amended by Federal Law 19-FZ of 21.02.2014 (imprisonment for a grave crime: while unexpunged and 10 years after)'),
               (2, 'no_especially_grave_conviction', 15, '[2014-02-21,)',
                '67-FZ art. 4 p. 3.2, as amended by Federal Law 19-FZ of 21.02.2014 (imprisonment for an especially grave crime: while unexpunged and 15 years after)'),
               (3, 'no_listed_medium_conviction', 5, '[2020-05-23,)',
                '67-FZ art. 4 p. 3.2, as amended by Federal Law 153-FZ of 23.05.2020 (imprisonment for a listed medium-gravity crime: 5 years after expungement)'),
               (4, 'no_extremist_org_leadership', 5, '[2021-06-04,)',
                '67-FZ art. 4 p. 3.2, as amended by Federal Law 157-FZ of 04.06.2021 (founders and leaders of an organisation banned as extremist or terrorist: 5 years from the court''s decision)'),
               (5, 'no_extremist_org_participation', 3, '[2021-06-04,)',
                '67-FZ art. 4 p. 3.2, as amended by Federal Law 157-FZ of 04.06.2021 (other persons involved in such an organisation: 3 years from the court''s decision)'),
               (6, 'not_foreign_agent', NULL, '[2024-05-15,)',
                '67-FZ art. 4, as amended by Federal Law 99-FZ of 15.05.2024 (a foreign agent may not stand at any level)')
       ) AS b(k, kind, years, in_force, basis);

-- The State Duma: a candidate permanently residing in Russia (Constitution
-- art. 97 p. 1 as amended by the amendments approved in 2020, in force
-- 04.07.2020).
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    (5027, 'RU.state_duma', 'stand', 'permanently_resident', NULL, false, false, '[2020-07-04,)',
     'Constitution of the Russian Federation art. 97 p. 1, as amended 2020 (permanently residing in the Russian Federation)');

-- Belarus, standing for deputy (Electoral Code as amended by Law 252-Z of
-- 16.02.2023, in force 03.03.2023): no foreign citizenship and no Pole's
-- Card or similar document of a foreign state giving benefits; a treaty's
-- exception (the Russia-Belarus protocol's grant) for local councils.  The
-- House of Representatives: no conviction.
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    (5511, 'BY.house_of_representatives', 'stand', 'no_conviction', NULL, false, false, '[2023-03-03,)',
     'Electoral Code of the Republic of Belarus, as amended by Law 252-Z of 16.02.2023 (no conviction in force against a candidate for deputy)'),
    (5512, 'BY.house_of_representatives', 'stand', 'no_foreign_citizenship', NULL, false, false, '[2023-03-03,)',
     'Electoral Code of the Republic of Belarus, as amended by Law 252-Z of 16.02.2023 (no citizenship of a foreign state)'),
    (5513, 'BY.house_of_representatives', 'stand', 'no_foreign_benefit_document', NULL, false, false, '[2023-03-03,)',
     'Electoral Code of the Republic of Belarus, as amended by Law 252-Z of 16.02.2023 (no Pole''s Card or like document of a foreign state giving benefits)'),
    (5531, 'BY.local_council', 'stand', 'no_foreign_citizenship', NULL, false, true, '[2023-03-03,)',
     'Electoral Code of the Republic of Belarus, as amended by Law 252-Z of 16.02.2023 (no citizenship of a foreign state, unless a treaty provides otherwise)'),
    (5532, 'BY.local_council', 'stand', 'no_foreign_benefit_document', NULL, false, true, '[2023-03-03,)',
     'Electoral Code of the Republic of Belarus, as amended by Law 252-Z of 16.02.2023 (no Pole''s Card or like document of a foreign state giving benefits, unless a treaty provides otherwise)');

-- The President of Belarus: no document of a foreign state giving benefits
-- (Constitution art. 80 as amended 2022, in force 15.03.2022).  The article
-- asks that none was ever held; this row checks the one held now (having held
-- one before is not a fact the caller supplies: notes/law-bars.md).
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    (5541, 'BY.president', 'stand', 'no_foreign_benefit_document', NULL, false, false, '[2022-03-15,)',
     'Constitution of the Republic of Belarus art. 80 (as amended 2022: no document of a foreign state giving benefits)');
