-- The office cached per call site must follow a PL/pgSQL variable: a
-- parameter keeps its FmgrInfo across calls while its value changes.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(4);

CREATE FUNCTION pg_temp.stand_for(o text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN electoral.can_stand(o, '2026-09-13', '{RU}', '2006-01-01');   -- aged 20 on polling day
END
$$;
CREATE FUNCTION pg_temp.vote_for(o text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    RETURN electoral.can_vote(o, '2026-09-13', '{BY}', '1990-01-01', 'permanent', '2010-01-01', true);
END
$$;

SELECT is(pg_temp.stand_for('RU.municipal_council'), true, 'aged 20 may stand for the council (18)');
SELECT is(pg_temp.stand_for('RU.municipal_head'), false,
          'the same call site, next office: aged 20 may not stand for head (21)');
SELECT is(pg_temp.vote_for('RU.municipal_council'), true, 'a registered Belarusian may vote locally');
SELECT is(pg_temp.vote_for('RU.state_duma'), false, 'the same call site, next office: not for the Duma');

SELECT * FROM finish();
ROLLBACK;
