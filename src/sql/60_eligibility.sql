
-- ---------------------------------------------------------------------------
-- Eligibility: may this person vote / stand for this office on this day?
-- Not STRICT: a NULL fact is a fact not proven, and the answer is false.
-- A bar left out (its DEFAULT) counts as electoral.unsupplied_bars says.
-- STABLE: the answer reads the rule tables (through a per-backend cache).
-- ---------------------------------------------------------------------------

-- The DEFAULT of every bar parameter below (incapacitated, imprisoned,
-- detained, foreign_residence_permit, ever_foreign): what a bar the caller
-- leaves out counts as, by the setting electoral.unsupplied_bars: false ('met',
-- the default) or NULL ('not_proven').  STABLE, so the planner keeps the call
-- in the expression: explain recognises it there and says the fact was not
-- supplied, distinct from a supplied false.
CREATE FUNCTION electoral.unsupplied_bar() RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'unsupplied_bar' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.unsupplied_bar() IS
    'default of the bar parameters of can_vote, can_stand and explain: false when the setting '
    'electoral.unsupplied_bars is ''met'' (a bar not supplied is met), NULL when ''not_proven''';

-- The DEFAULT of the territory parameters (resides_in_territory,
-- works_in_territory): positive conditions, not bars, so left out they count
-- as met (true) under electoral.unsupplied_bars = 'met' and as not proven
-- (NULL) under 'not_proven': a caller who leaves them out gets 1.0's answers.
CREATE FUNCTION electoral.unsupplied_condition() RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'unsupplied_condition' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.unsupplied_condition() IS
    'default of the territory parameters of can_vote, can_stand and explain: true when the setting '
    'electoral.unsupplied_bars is ''met'' (a condition not supplied is met), NULL when ''not_proven''';

-- The DEFAULT of the enum bars conviction and extremist_org of can_stand and
-- explain, as unsupplied_bar() is of the boolean ones: 'none' (met) or NULL
-- (not proven), by electoral.unsupplied_bars.
CREATE FUNCTION electoral.unsupplied_conviction() RETURNS electoral.conviction
    AS 'MODULE_PATHNAME', 'unsupplied_none' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.unsupplied_conviction() IS
    'default of the conviction parameter of can_stand and explain: ''none'' when the setting '
    'electoral.unsupplied_bars is ''met'', NULL when ''not_proven''';
CREATE FUNCTION electoral.unsupplied_org_role() RETURNS electoral.org_role
    AS 'MODULE_PATHNAME', 'unsupplied_none' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.unsupplied_org_role() IS
    'default of the extremist_org parameter of can_stand and explain: ''none'' when the setting '
    'electoral.unsupplied_bars is ''met'', NULL when ''not_proven''';

-- The planner support function of can_vote and can_stand: drops the trailing
-- arguments a call leaves to their defaults, so that a scan does not evaluate
-- electoral.unsupplied_bar() per row; the C function takes facts past its last
-- argument as not supplied, under the setting in force when it runs.
CREATE FUNCTION electoral.eligibility_support(pg_catalog.internal) RETURNS pg_catalog.internal
    AS 'MODULE_PATHNAME', 'eligibility_support' LANGUAGE C STRICT;
COMMENT ON FUNCTION electoral.eligibility_support(pg_catalog.internal) IS
    'planner support for can_vote and can_stand: trailing arguments left to their defaults are dropped '
    '(the function reads them as not supplied)';

CREATE FUNCTION electoral.can_vote(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    resides_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition()
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_vote' LANGUAGE C STABLE PARALLEL SAFE
    SUPPORT electoral.eligibility_support;
COMMENT ON FUNCTION electoral.can_vote(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool) IS
    'true when the person may vote for the office on polling day under the rules in force then; '
    'missing facts count as not proven, bars and territory conditions left out as the setting '
    'electoral.unsupplied_bars says; '
    'electoral.explain says why';

CREATE FUNCTION electoral.can_stand(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    ever_foreign pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    resides_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition(),
    works_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition(),
    conviction electoral.conviction DEFAULT electoral.unsupplied_conviction(),
    conviction_imprisonment pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    conviction_listed pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    conviction_expunged pg_catalog.date DEFAULT NULL,
    extremist_conviction pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    admin_penalty pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    extremist_org electoral.org_role DEFAULT electoral.unsupplied_org_role(),
    extremist_org_decided pg_catalog.date DEFAULT NULL,
    foreign_agent pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    foreign_benefit_document pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    not_permanently_resident pg_catalog.bool DEFAULT electoral.unsupplied_bar()
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_stand' LANGUAGE C STABLE PARALLEL SAFE
    SUPPORT electoral.eligibility_support;
COMMENT ON FUNCTION electoral.can_stand(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, electoral.conviction, pg_catalog.bool, pg_catalog.bool, pg_catalog.date,
    pg_catalog.bool, pg_catalog.bool, electoral.org_role, pg_catalog.date, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool) IS
    'true when the person may stand for the office on polling day under the rules in force then; '
    'missing facts count as not proven, bars and territory conditions left out as the setting '
    'electoral.unsupplied_bars says; '
    'electoral.explain says why';

CREATE FUNCTION electoral.explain(
    role electoral.role,
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    imprisoned pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    detained pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    ever_foreign pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    resides_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition(),
    works_in_territory pg_catalog.bool DEFAULT electoral.unsupplied_condition(),
    conviction electoral.conviction DEFAULT electoral.unsupplied_conviction(),
    conviction_imprisonment pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    conviction_listed pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    conviction_expunged pg_catalog.date DEFAULT NULL,
    extremist_conviction pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    admin_penalty pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    extremist_org electoral.org_role DEFAULT electoral.unsupplied_org_role(),
    extremist_org_decided pg_catalog.date DEFAULT NULL,
    foreign_agent pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    foreign_benefit_document pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    not_permanently_resident pg_catalog.bool DEFAULT electoral.unsupplied_bar(),
    OUT requirement pg_catalog.text,
    OUT satisfied pg_catalog.bool,
    OUT detail pg_catalog.text,
    OUT legal_basis pg_catalog.text
) RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'explain' LANGUAGE C STABLE PARALLEL SAFE ROWS 8;
COMMENT ON FUNCTION electoral.explain(electoral.role, pg_catalog.text, pg_catalog.date, electoral.country[],
    pg_catalog.date, electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, electoral.conviction, pg_catalog.bool, pg_catalog.bool, pg_catalog.date,
    pg_catalog.bool, pg_catalog.bool, electoral.org_role, pg_catalog.date, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool) IS
    'one row per requirement in force for the role and office on polling day: whether it is met, why, and the law; '
    'can_vote / can_stand are true exactly when no row is unsatisfied';

CREATE FUNCTION electoral.grant_reciprocal(
    a electoral.country,
    b electoral.country,
    roles electoral.role[],
    levels electoral.level[],
    in_force pg_catalog.daterange,
    treaty pg_catalog.text,
    legal_basis pg_catalog.text,
    permanent_residence pg_catalog.bool DEFAULT true,
    min_residence_years pg_catalog.int4 DEFAULT 0,
    registration pg_catalog.bool DEFAULT false,
    resident_since_before pg_catalog.date DEFAULT NULL,
    except_offices pg_catalog.text[] DEFAULT '{}'
) RETURNS SETOF pg_catalog.int4
    LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog AS $$
-- PL/pgSQL, not SQL: Citus cannot plan a SQL function's INSERT with
-- parameters into a reference table (electoral.citus_distribute_rules()).
DECLARE
    side pg_catalog.record;
    new_id pg_catalog.int4;
BEGIN
    FOR side IN SELECT * FROM (VALUES ($1, $2), ($2, $1)) AS sides(host, partner) LOOP
        INSERT INTO electoral.franchise_grant
            (host, nationals, roles, levels, except_offices, in_force, permanent_residence,
             min_residence_years, registration, resident_since_before, treaty, legal_basis)
        VALUES (side.host, ARRAY[side.partner], $3, $4, $12, $5, $8, $9, $10, $11, $6, $7)
        RETURNING id INTO new_id;
        RETURN NEXT new_id;
    END LOOP;
END
$$;
COMMENT ON FUNCTION electoral.grant_reciprocal(electoral.country, electoral.country, electoral.role[],
    electoral.level[], pg_catalog.daterange, pg_catalog.text, pg_catalog.text, pg_catalog.bool, pg_catalog.int4,
    pg_catalog.bool, pg_catalog.date, pg_catalog.text[]) IS
    'records a two-sided treaty: two franchise grants, each country opening its elections to the other''s nationals; returns their ids';
