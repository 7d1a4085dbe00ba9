
-- ---------------------------------------------------------------------------
-- Electoral rules as data.  Offices, the requirements of voting for and
-- standing for each (each valid for a period, each with its legal basis),
-- and franchise grants by which a host country opens its elections to
-- nationals of other countries.  The C engine compiles these tables into a
-- per-backend rulebook (src/pg/rulecache.c); a statement trigger on each
-- table tells every backend to rebuild it when a change commits.
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.level AS ENUM ('local', 'regional', 'national');
COMMENT ON TYPE electoral.level IS 'tier of government an office belongs to';

CREATE TYPE electoral.role AS ENUM ('vote', 'stand');
COMMENT ON TYPE electoral.role IS 'what a person asks to do in an election: vote, or stand as a candidate';

CREATE TYPE electoral.residence AS ENUM ('none', 'temporary', 'permanent');
COMMENT ON TYPE electoral.residence IS
    'a foreign national''s residence status in the host country (none, temporary, permanent)';

-- The order is that of el_reqkind in src/core/rules.h.
CREATE TYPE electoral.requirement_kind AS ENUM (
    'min_age',                      -- years: age in full years on polling day
    'citizen',                      -- a citizen of the office's country (a grant may stand in if grant_may_waive)
    'citizen_by_birth',             -- citizenship acquired by birth
    'residence_years',              -- years: living in the country since resident_since (continuous: up to polling day)
    'no_foreign_citizenship',       -- holds no other citizenship (if grant_may_waive: partner citizenships of a grant are allowed)
    'no_foreign_residence_permit',  -- holds no residence permit of another country
    'never_foreign',                -- never held foreign citizenship or a foreign residence permit
    'not_incapacitated',            -- not declared legally incapable by a court
    'not_imprisoned',               -- not held in a place of deprivation of liberty under a sentence
    'not_detained',                 -- not held in pre-trial detention
    'resides_in_territory',         -- resides in the territory of the election (district, municipality)
    'lives_or_works_in_territory',  -- lives or works in the territory of the election
    -- bars on standing: convictions and others; years is the bar's term
    'no_conviction',                -- never convicted (conviction = 'none')
    'no_unexpunged_conviction',     -- no conviction that is not expunged or lifted on polling day
    'no_grave_conviction',          -- years: no sentence of imprisonment for a grave crime, unexpunged or expunged less than years ago
    'no_especially_grave_conviction', -- years: the same for an especially grave crime
    'no_listed_medium_conviction',  -- years: the same for a medium-gravity crime the law lists (conviction_listed)
    'no_extremist_conviction',      -- no unexpunged conviction for an extremist crime
    'no_admin_penalty',             -- no administrative penalty under KoAP art. 20.3 / 20.29 in force on polling day
    'no_extremist_org_leadership',  -- years: not a founder or leader of an organisation banned as extremist or terrorist, within years of the decision
    'no_extremist_org_participation', -- years: not involved (any role) in such an organisation within years of the decision
    'not_foreign_agent',            -- not a foreign agent
    'no_foreign_benefit_document',  -- no document of a foreign state giving benefits (Pole's Card); grant_may_waive: a grant's nationals are exempt
    'permanently_resident'          -- permanently resides in the office's country (fact not_permanently_resident is false)
);
COMMENT ON TYPE electoral.requirement_kind IS 'the kinds of condition the law sets on voting and standing';

CREATE TYPE electoral.conviction AS ENUM ('none', 'minor', 'medium', 'grave', 'especially_grave');
COMMENT ON TYPE electoral.conviction IS
    'category of the crime of a person''s conviction (Criminal Code of the Russian Federation art. 15): '
    '''none'' when never convicted';

CREATE TYPE electoral.org_role AS ENUM ('none', 'participant', 'leader');
COMMENT ON TYPE electoral.org_role IS
    'involvement in an organisation a court banned as extremist or terrorist: none, a participant, a founder or leader';

CREATE TABLE electoral.office (
    code        pg_catalog.text PRIMARY KEY
                CONSTRAINT office_code_shape CHECK (code OPERATOR(pg_catalog.~) '^[A-Z]{2,3}\.[a-z0-9_]+$'),
    country     electoral.country NOT NULL,
    level       electoral.level NOT NULL,
    title       pg_catalog.text NOT NULL,
    direct_vote pg_catalog.bool NOT NULL DEFAULT true,
    legal_basis pg_catalog.text
);
COMMENT ON TABLE electoral.office IS 'elected offices; codes are COUNTRY.name, e.g. RU.municipal_council';
COMMENT ON COLUMN electoral.office.code IS 'office code: ISO alpha-2 country, a dot, a lower-case name';
COMMENT ON COLUMN electoral.office.country IS 'country whose office it is (the host, for foreign voters)';
COMMENT ON COLUMN electoral.office.level IS 'local, regional or national: what franchise grants are given for';
COMMENT ON COLUMN electoral.office.title IS 'the office''s name in English';
COMMENT ON COLUMN electoral.office.direct_vote IS 'false where the office is not filled by popular vote (no one votes for it)';
COMMENT ON COLUMN electoral.office.legal_basis IS 'law establishing the office or its manner of election';

CREATE TABLE electoral.requirement (
    id              pg_catalog.int4 GENERATED BY DEFAULT AS IDENTITY (START WITH 100000) PRIMARY KEY,
    office          pg_catalog.text NOT NULL REFERENCES electoral.office (code) ON UPDATE CASCADE,
    role            electoral.role NOT NULL,
    kind            electoral.requirement_kind NOT NULL,
    years           pg_catalog.int4,
    continuous      pg_catalog.bool NOT NULL DEFAULT false,
    grant_may_waive pg_catalog.bool NOT NULL DEFAULT false,
    in_force        pg_catalog.daterange NOT NULL DEFAULT '(,)',
    legal_basis     pg_catalog.text NOT NULL,
    CONSTRAINT requirement_years CHECK (
        (kind OPERATOR(pg_catalog.=) ANY (ARRAY['min_age', 'residence_years', 'no_grave_conviction',
                                                'no_especially_grave_conviction', 'no_listed_medium_conviction',
                                                'no_extremist_org_leadership', 'no_extremist_org_participation']::electoral.requirement_kind[]))
        OPERATOR(pg_catalog.=) (years IS NOT NULL)),
    CONSTRAINT requirement_years_range CHECK (years BETWEEN 0 AND 150),
    CONSTRAINT requirement_period CHECK (NOT pg_catalog.isempty(in_force))
);
CREATE INDEX requirement_office_role ON electoral.requirement (office, role);
COMMENT ON TABLE electoral.requirement IS
    'conditions for voting for or standing for an office, each in force for a period, each with its legal basis; '
    'ids below 100000 are shipped with the extension';
COMMENT ON COLUMN electoral.requirement.office IS 'office code';
COMMENT ON COLUMN electoral.requirement.role IS 'vote or stand';
COMMENT ON COLUMN electoral.requirement.kind IS 'what is required (see the type electoral.requirement_kind)';
COMMENT ON COLUMN electoral.requirement.years IS
    'for min_age and residence_years: the number of full years; for the conviction and organisation bars that take it: '
    'the years the bar runs after expungement or the court''s decision';
COMMENT ON COLUMN electoral.requirement.continuous IS 'for residence_years: residence must run unbroken up to polling day';
COMMENT ON COLUMN electoral.requirement.grant_may_waive IS
    'a franchise grant covering the office may stand in for this requirement (citizen; no_foreign_citizenship for partner citizenships)';
COMMENT ON COLUMN electoral.requirement.in_force IS 'polling days the requirement applies to';
COMMENT ON COLUMN electoral.requirement.legal_basis IS 'the provision of law that sets the requirement';
COMMENT ON INDEX electoral.requirement_office_role IS 'requirements of one office and role';

CREATE TABLE electoral.franchise_grant (
    id                    pg_catalog.int4 GENERATED BY DEFAULT AS IDENTITY (START WITH 100000) PRIMARY KEY,
    host                  electoral.country NOT NULL,
    nationals             electoral.country[] NOT NULL
                          CONSTRAINT grant_nationals CHECK (pg_catalog.cardinality(nationals) OPERATOR(pg_catalog.>) 0),
    roles                 electoral.role[] NOT NULL
                          CONSTRAINT grant_roles CHECK (pg_catalog.cardinality(roles) OPERATOR(pg_catalog.>) 0),
    levels                electoral.level[] NOT NULL
                          CONSTRAINT grant_levels CHECK (pg_catalog.cardinality(levels) OPERATOR(pg_catalog.>) 0),
    except_offices        pg_catalog.text[] NOT NULL DEFAULT '{}',
    in_force              pg_catalog.daterange NOT NULL,
    permanent_residence   pg_catalog.bool NOT NULL DEFAULT true,
    min_residence_years   pg_catalog.int4 NOT NULL DEFAULT 0
                          CONSTRAINT grant_years CHECK (min_residence_years BETWEEN 0 AND 150),
    registration          pg_catalog.bool NOT NULL DEFAULT false,
    resident_since_before pg_catalog.date,
    treaty                pg_catalog.text NOT NULL,
    legal_basis           pg_catalog.text NOT NULL,
    min_residence         electoral.residence NOT NULL DEFAULT 'none',
    resides_in_territory  pg_catalog.bool NOT NULL DEFAULT false,
    CONSTRAINT grant_period CHECK (NOT pg_catalog.isempty(in_force))
);
COMMENT ON TABLE electoral.franchise_grant IS
    'a host country opens voting and/or standing at some levels to nationals of listed countries, on conditions; '
    'ids below 100000 are shipped with the extension';
COMMENT ON COLUMN electoral.franchise_grant.host IS 'country whose elections are opened';
COMMENT ON COLUMN electoral.franchise_grant.nationals IS 'citizens of these countries benefit';
COMMENT ON COLUMN electoral.franchise_grant.roles IS 'vote, stand, or both';
COMMENT ON COLUMN electoral.franchise_grant.levels IS 'levels of office covered';
COMMENT ON COLUMN electoral.franchise_grant.except_offices IS 'office codes the grant does not cover';
COMMENT ON COLUMN electoral.franchise_grant.in_force IS 'polling days the grant applies to';
COMMENT ON COLUMN electoral.franchise_grant.permanent_residence IS
    'the national must be permanently resident in the host country (the same as min_residence ''permanent''; '
    'false leaves the status to min_residence)';
COMMENT ON COLUMN electoral.franchise_grant.min_residence_years IS 'full years of residence required on polling day';
COMMENT ON COLUMN electoral.franchise_grant.registration IS
    'the national must be registered with the local election commission, where a treaty sets that condition '
    '(the shipped grants do not: being on the voter list is the procedure for every voter)';
COMMENT ON COLUMN electoral.franchise_grant.min_residence IS
    'the least residence status in the host country that qualifies: none (any), temporary (any lawful residence) '
    'or permanent; permanent_residence = true asks for permanent whatever this says';
COMMENT ON COLUMN electoral.franchise_grant.resides_in_territory IS
    'the national must reside in the territory of the election (e.g. the municipality: 67-FZ art. 4 p. 10), '
    'a fact the caller supplies as resides_in_territory';
COMMENT ON COLUMN electoral.franchise_grant.resident_since_before IS 'residence must have begun before this date (a cut-off); NULL for none';
COMMENT ON COLUMN electoral.franchise_grant.treaty IS 'the instrument granting the right, as cited in explanations';
COMMENT ON COLUMN electoral.franchise_grant.legal_basis IS 'provisions that give the grant effect';

-- Anyone may read the rules and evaluate them; only the extension's owner
-- (or whom it grants) may change them.
REVOKE ALL ON electoral.office, electoral.requirement, electoral.franchise_grant FROM PUBLIC;
GRANT SELECT ON electoral.office, electoral.requirement, electoral.franchise_grant TO PUBLIC;
GRANT USAGE ON SCHEMA electoral TO PUBLIC;
