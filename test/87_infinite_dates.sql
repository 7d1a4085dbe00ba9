-- '-infinity' and 'infinity' as a birth date or residence start prove
-- nothing about a person: they count as not known, like NULL.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SELECT plan(6);

SELECT is(electoral.can_vote('RU.state_duma', '2026-09-13', '{RU}', '-infinity'), false,
          'a birth date of -infinity does not pass the age test');
SELECT is(electoral.can_vote('RU.state_duma', '2026-09-13', '{RU}', 'infinity'), false,
          'a birth date of infinity does not either');
SELECT is((SELECT detail FROM electoral.explain('vote', 'RU.state_duma', '2026-09-13', '{RU}', '-infinity')
            WHERE requirement = 'min_age 18'),
          'birth date not known', 'explain says the birth date is not known');
SELECT is(electoral.can_stand('BY.president', '2026-01-26', '{BY}', '1970-01-01',
                              resident_since => '-infinity', citizen_by_birth => true), false,
          'a residence start of -infinity does not prove 20 years of residence');
SELECT is(electoral.can_stand('BY.president', '2026-01-26', '{BY}', '1970-01-01',
                              resident_since => '1970-01-01', citizen_by_birth => true), true,
          'the same person with a real residence start may stand');
SELECT throws_ok($$SELECT electoral.can_vote('RU.state_duma', 'infinity', '{RU}', '1990-01-01')$$,
                 '22008', 'polling day must be a finite date', 'an infinite polling day is an error');

SELECT * FROM finish();
ROLLBACK;
