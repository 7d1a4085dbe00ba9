-- Facts not supplied, words that are true, details never cut.
--  * explain says when a bar is met only because the caller left it out,
--    distinct from a supplied false; electoral.unsupplied_bars = 'not_proven'
--    makes a bar left out not proven, for can_vote, can_stand and explain
--    alike, serial or parallel, in a prepared statement planned before the
--    setting changed.  (Before: explain said 'not declared incapable' either
--    way, and there was no such setting.)
--  * "also a citizen of KZ" only of someone who is a citizen of the office's
--    country too.  (Before: said of someone holding KZ alone.)
--  * a detail holds a treaty name of any length whole: before, it was cut at
--    200 bytes, in the middle of a Cyrillic character.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(30);

CREATE FUNCTION pg_temp.line(r electoral.role, o text, d date, c electoral.country[], b date, req text,
                             incapacitated boolean DEFAULT NULL, use_default boolean DEFAULT true)
RETURNS text LANGUAGE sql AS $$
    SELECT e.satisfied || ' ' || e.detail
      FROM electoral.explain(r, o, d, c, b) AS e
     WHERE use_default AND e.requirement = req
    UNION ALL
    SELECT e.satisfied || ' ' || e.detail
      FROM electoral.explain(r, o, d, c, b, incapacitated => incapacitated) AS e
     WHERE NOT use_default AND e.requirement = req
$$;

-- ---- the default setting: a bar left out is met, and explain says why ----
-- (the setting exists once the library is loaded: by any call of its functions;
-- a SET before that is kept as a placeholder and checked at the load)
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1990-01-01'), true,
          'can_vote with the bars left out: true, as in 1.0');
SELECT is(current_setting('electoral.unsupplied_bars'), 'met', 'the setting defaults to met');
SELECT is(pg_temp.line('vote', 'RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', 'not_incapacitated'),
          'true legal capacity not supplied by the caller: counted as not declared incapable',
          'a bar left out: met, and explain says it was not supplied');
SELECT is(pg_temp.line('vote', 'RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', 'not_incapacitated', false, false),
          'true not declared incapable', 'a supplied false: met, plainly');
SELECT is(pg_temp.line('vote', 'RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', 'not_incapacitated', NULL, false),
          'false legal capacity not known', 'a supplied NULL: not known');
SELECT is((SELECT detail FROM electoral.explain('stand', 'RU.state_duma', '2026-09-20', '{RU}', '1970-01-01',
                                                 resident_since => '1970-01-01', ever_foreign => false)
            WHERE requirement = 'no_foreign_residence_permit'),
          'foreign residence permit not supplied by the caller: counted as no foreign residence permit',
          'the foreign residence permit left out: said so');

-- ---- not_proven: a bar left out is not proven ----
CREATE TABLE public.people_84b (id int, c electoral.country[], b date, incapacitated boolean);
INSERT INTO public.people_84b SELECT i, '{RU}', '1990-01-01', CASE WHEN i % 2 = 0 THEN false END FROM generate_series(1, 1000) AS i;
PREPARE omitted AS SELECT electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1990-01-01');
CREATE FUNCTION pg_temp.run_omitted() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE r boolean;
BEGIN
    EXECUTE 'EXECUTE omitted' INTO r;
    RETURN r;
END $$;
SELECT is(pg_temp.run_omitted(), true, 'prepared under met: true');

SET LOCAL electoral.unsupplied_bars = 'not_proven';
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1990-01-01'), false,
          'not_proven: can_vote with the bars left out is false');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', incapacitated => false,
                             imprisoned => false), true,
          'not_proven: the bars supplied false: true');
SELECT is(pg_temp.run_omitted(), false, 'the statement prepared before the change follows it (the default is not folded)');
SELECT is(pg_temp.line('vote', 'RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', 'not_incapacitated'),
          'false legal capacity not supplied by the caller: not proven',
          'not_proven: explain says the bar left out is not proven');
SELECT is(pg_temp.line('vote', 'RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', 'not_incapacitated', false, false),
          'true not declared incapable', 'not_proven: a supplied false is still met');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU}', '1970-01-01', resident_since => '1970-01-01',
                              incapacitated => false, imprisoned => false, detained => false),
          false, 'not_proven: can_stand with the foreign residence permit left out is false');
SELECT is(electoral.can_stand('RU.state_duma', '2026-09-20', '{RU}', '1970-01-01', resident_since => '1970-01-01',
                              incapacitated => false, imprisoned => false, detained => false,
                              foreign_residence_permit => false, conviction => 'none', extremist_org => 'none',
                              foreign_agent => false, not_permanently_resident => false),
          true, 'not_proven: every bar supplied false (or none): may stand');
SELECT is((SELECT count(*) FROM public.people_84b
            WHERE electoral.can_vote('RU.state_duma', '2026-09-20', c, b, incapacitated => incapacitated,
                                     imprisoned => false)),
          500::bigint, 'not_proven, a scan: the rows with incapacitated false (the NULL ones are not proven)');
SELECT is((SELECT count(*) FROM public.people_84b WHERE electoral.can_vote('RU.state_duma', '2026-09-20', c, b)),
          0::bigint, 'not_proven, a scan with the bars left out: no one');
\set parallel_mode on
\ir lib/parallel_mode.sql
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SELECT is((SELECT count(*) FROM public.people_84b WHERE electoral.can_vote('RU.state_duma', '2026-09-20', c, b)),
          0::bigint, 'not_proven in parallel workers: the same (workers take the leader''s settings)');
SELECT is((SELECT count(*) FROM public.people_84b
            WHERE electoral.can_vote('RU.state_duma', '2026-09-20', c, b, incapacitated => incapacitated,
                                     imprisoned => false)),
          500::bigint, 'and the same 500 in parallel');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-20', '{RU}', '1990-01-01', detained => false), false,
          'not_proven: bars left out before a supplied one are not proven either');
\set parallel_mode off
\ir lib/parallel_mode.sql
RESET electoral.unsupplied_bars;

-- the planner drops trailing arguments left to their defaults (no per-row call)
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE l text; r text := '';
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || q LOOP r := r || l || E'\n'; END LOOP;
    RETURN r;
END $$;
SELECT unalike(pg_temp.plan_of($$SELECT count(*) FROM public.people_84b
                                 WHERE electoral.can_vote('RU.state_duma', '2026-09-20', c, b)$$),
              '%unsupplied_bar%', 'can_vote: the trailing defaults are not in the plan');
SELECT alike(pg_temp.plan_of($$SELECT count(*) FROM public.people_84b
                               WHERE electoral.can_vote('RU.state_duma', '2026-09-20', c, b, detained => false)$$),
            '%unsupplied_bar()%', 'a default before a supplied argument stays (and is evaluated)');

SELECT throws_ok($$SET electoral.unsupplied_bars = 'maybe'$$, '22023', NULL,
                 'the setting takes met or not_proven only');

-- ---- "also" only of a citizen of the office's country ----
SELECT is((SELECT detail FROM electoral.explain('stand', 'RU.municipal_council', '2026-09-20', '{KZ}', '1970-01-01')
            WHERE requirement = 'no_foreign_citizenship'),
          'a citizen of KZ', 'holding KZ alone: "a citizen of KZ", not "also"');
SELECT is((SELECT detail FROM electoral.explain('stand', 'RU.municipal_council', '2026-09-20', '{RU,KZ}', '1970-01-01')
            WHERE requirement = 'no_foreign_citizenship'),
          'also a citizen of KZ', 'holding RU and KZ: "also a citizen of KZ"');

-- ---- a long Cyrillic treaty name, whole ----
INSERT INTO electoral.franchise_grant (host, nationals, roles, levels, in_force, permanent_residence, treaty, legal_basis)
VALUES ('RU', '{KZ}', '{vote}', '{local}', '[2020-01-01,)', true,
        repeat('Договор о равных избирательных правах ', 8), 'test');
SELECT is((SELECT detail FROM electoral.explain('vote', 'RU.municipal_council', '2026-09-20', '{KZ}', '1990-01-01',
                                                 'permanent')
            WHERE requirement = 'citizen'),
          'citizen of KZ, entitled under ' || repeat('Договор о равных избирательных правах ', 8),
          'a treaty name of 300 Cyrillic characters: the detail holds it whole');
SELECT is((SELECT octet_length(detail) FROM electoral.explain('vote', 'RU.municipal_council', '2026-09-20', '{KZ}',
                                                              '1990-01-01', 'permanent')
            WHERE requirement = 'citizen'),
          octet_length('citizen of KZ, entitled under ' || repeat('Договор о равных избирательных правах ', 8)),
          'every byte of it (over 500)');

-- ---- the trigger: a bar with no column mapped is a fact not supplied ----
CREATE TABLE public.vybory_84b (okrug text, den date, grazhd electoral.country[], rozhd date, problemy jsonb);
CREATE TRIGGER vybory_84b_check BEFORE INSERT ON public.vybory_84b FOR EACH ROW
    EXECUTE FUNCTION electoral.enforce_eligibility('vote', 'office=okrug', 'on_date=den', 'citizenships=grazhd',
                                                   'birth_date=rozhd', 'flag=problemy');
SET LOCAL electoral.unsupplied_bars = 'met';
INSERT INTO public.vybory_84b VALUES ('RU.state_duma', '2026-09-20', '{RU}', '1990-01-01');
SELECT is((SELECT problemy FROM public.vybory_84b), '[]'::jsonb, 'trigger, met: the unmapped bars are met');
SET LOCAL electoral.unsupplied_bars = 'not_proven';
INSERT INTO public.vybory_84b VALUES ('RU.state_duma', '2026-09-21', '{RU}', '1990-01-01');
SELECT ok((SELECT problemy FROM public.vybory_84b WHERE den = '2026-09-21') @> '[{"requirement": "not_incapacitated"}]',
          'trigger, not_proven: an unmapped bar is unmet');
SELECT is((SELECT e->>'detail' FROM public.vybory_84b, jsonb_array_elements(problemy) AS e
            WHERE den = '2026-09-21' AND e->>'requirement' = 'not_incapacitated'),
          'legal capacity not supplied by the caller: not proven',
          'trigger, not_proven: the flag says the fact was not supplied');
SELECT is((SELECT count(*) FROM public.vybory_84b), 2::bigint, 'both rows kept (flag mode)');

SELECT * FROM finish();
ROLLBACK;
