-- bench_plpgsql_can_vote: the reference a DBA would write in PL/pgSQL for
-- electoral.can_vote on a Russian registry, with the law hard-coded instead of
-- read from the rule tables.  Used by bench/eligibility_scan.sql (\ir), which
-- checks that it agrees with electoral.can_vote before timing anything.
--
-- The rule (the shipped data of src/sql/70_law_data.sql for the six RU.*
-- offices, voting):
--   * 18 full years on polling day (a 29 February birthday falls on
--     28 February in a common year: date + interval does exactly that);
--   * not declared incapable, not imprisoned;
--   * a citizen of Russia, or (the Russia-Belarus protocol, in force from
--     2025-10-29, local offices only) a citizen of Belarus permanently
--     resident in Russia and registered with the local election commission.
-- A NULL fact is a fact not proven: the answer is false, as in can_vote.
-- Russian offices only; anything else is an error rather than a wrong answer.
--
-- Same arguments, in the same order, as electoral.can_vote (less detained,
-- which no Russian voting rule reads), so that the two are drop-in
-- replacements in a query.  IMMUTABLE (it reads nothing but its arguments)
-- and PARALLEL SAFE: the fastest declaration that is true of it.

CREATE FUNCTION bench_plpgsql_can_vote(
    office text,
    on_date date,
    citizenships electoral.country[],
    birth_date date,
    residence electoral.residence DEFAULT 'none',
    resident_since date DEFAULT NULL,
    registered boolean DEFAULT false,
    incapacitated boolean DEFAULT false,
    imprisoned boolean DEFAULT false
) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    IF office IS NULL OR office NOT LIKE 'RU.%' THEN
        RAISE EXCEPTION 'bench_plpgsql_can_vote: Russian offices only, not %', coalesce(office, 'NULL');
    END IF;
    IF on_date IS NULL THEN
        RAISE EXCEPTION 'bench_plpgsql_can_vote: polling day must not be NULL';
    END IF;
    -- 18 on polling day
    IF birth_date IS NULL OR birth_date + interval '18 years' > on_date THEN
        RETURN false;
    END IF;
    -- neither declared incapable nor imprisoned (NULL: not proven)
    IF incapacitated IS NOT FALSE OR imprisoned IS NOT FALSE THEN
        RETURN false;
    END IF;
    IF citizenships IS NULL THEN
        RETURN false;
    END IF;
    IF citizenships @> '{RU}' THEN
        RETURN true;
    END IF;
    -- the Russia-Belarus protocol: local elections, from 29 October 2025
    IF citizenships @> '{BY}'
       AND office IN ('RU.municipal_council', 'RU.municipal_head')
       AND on_date >= date '2025-10-29' THEN
        RETURN residence IS NOT DISTINCT FROM 'permanent' AND registered IS TRUE;
    END IF;
    RETURN false;
END $$;
