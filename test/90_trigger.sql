-- electoral.enforce_eligibility(), reject mode: registries with their own
-- (transliterated Russian) column names; eligible rows written, ineligible
-- ones rejected with 23514, a message naming the office and role, a DETAIL
-- with every unmet requirement and its legal basis, and the table and the
-- trigger in the error fields; nothing partial written; INSERT, multi-row
-- INSERT, UPDATE, ON CONFLICT DO UPDATE and MERGE; voting and standing; a
-- single electoral.country column; unmapped parameters at their defaults;
-- a rule change seen by the next statement.
BEGIN;
SET LOCAL client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;
SET search_path = public, electoral;
SELECT plan(91);

\ir lib/caught.sql

-- The DETAIL the trigger should give, built from electoral.explain for the same facts.
CREATE FUNCTION pg_temp.want_detail(r electoral.role, o text, d date, c electoral.country[], b date,
                                    res electoral.residence DEFAULT 'none', since date DEFAULT NULL,
                                    reg boolean DEFAULT false, incap boolean DEFAULT false,
                                    impr boolean DEFAULT false, det boolean DEFAULT false,
                                    cbb boolean DEFAULT NULL, frp boolean DEFAULT false,
                                    ever boolean DEFAULT false)
RETURNS text LANGUAGE sql AS $$
    -- never NULL, so that comparing it with a NULL detail (no error) fails
    SELECT coalesce('Unmet: ' || string_agg(format('%s: %s (%s)', e.requirement, e.detail, e.legal_basis), '; ') || '.',
                    'explain finds nothing unmet')
      FROM electoral.explain(r, o, d, c, b, res, since, reg, incap, impr, det, cbb, frp, ever) AS e
     WHERE NOT e.satisfied
$$;

CREATE SCHEMA reestr;

-- Candidates: every fact of standing but ever_foreign, detained and
-- citizen_by_birth has a column.  A dropped column sits before the mapped
-- ones, so attribute numbers and positions differ.
CREATE TABLE reestr.kandidat (
    staroe            text,
    id                serial PRIMARY KEY,
    fio               text NOT NULL,
    dolzhnost         text NOT NULL,                  -- office code
    data_vyborov      date NOT NULL,                  -- polling day
    grazhdanstvo      electoral.country[] NOT NULL,
    data_rozhd        date,
    status            electoral.residence,
    prozhivaet_s      date,
    v_spiske          boolean NOT NULL DEFAULT false,
    nedeesposoben     boolean NOT NULL DEFAULT false,
    v_zaklyuchenii    boolean NOT NULL DEFAULT false,
    vid_na_zhitelstvo boolean NOT NULL DEFAULT false
);
ALTER TABLE reestr.kandidat DROP COLUMN staroe;
CREATE TRIGGER kandidat_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=dolzhnost', 'on_date=data_vyborov', 'citizenships=grazhdanstvo',
        'birth_date=data_rozhd', 'residence=status', 'resident_since=prozhivaet_s', 'registered=v_spiske',
        'incapacitated=nedeesposoben', 'imprisoned=v_zaklyuchenii',
        'foreign_residence_permit=vid_na_zhitelstvo');

-- ---------------------------------------------------------------------------
-- Eligible rows are written as they are
-- ---------------------------------------------------------------------------
SELECT lives_ok($$INSERT INTO reestr.kandidat (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                  VALUES (1, 'Петров Пётр', 'RU.municipal_council', '2026-09-13', '{RU}', '1980-05-01')$$,
                'a Russian aged 46 may stand for a municipal council: inserted');
SELECT lives_ok($$INSERT INTO reestr.kandidat (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd,
                                               status, prozhivaet_s, v_spiske)
                  VALUES (2, 'Ковалёв Игорь', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01',
                          'permanent', '2015-01-01', true)$$,
                'a Belarusian permanently resident in Russia and registered may stand for a municipal council: inserted');
SELECT lives_ok($$INSERT INTO reestr.kandidat (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                  VALUES (3, 'Сидорова Анна', 'RU.municipal_council', '2026-09-13', '{RU}', '2008-09-13')$$,
                'a Russian exactly 18 on polling day may stand for a municipal council: inserted');
SELECT results_eq($$SELECT id, fio, dolzhnost, data_vyborov, grazhdanstvo::text[], data_rozhd, status, v_spiske
                      FROM reestr.kandidat ORDER BY id$$,
                  $$VALUES (1, 'Петров Пётр', 'RU.municipal_council', DATE '2026-09-13', '{RU}'::text[],
                            DATE '1980-05-01', NULL::electoral.residence, false),
                           (2, 'Ковалёв Игорь', 'RU.municipal_council', DATE '2026-09-13', '{BY}'::text[],
                            DATE '1990-01-01', 'permanent'::electoral.residence, true),
                           (3, 'Сидорова Анна', 'RU.municipal_council', DATE '2026-09-13', '{RU}'::text[],
                            DATE '2008-09-13', NULL::electoral.residence, false)$$,
                  'the three eligible rows are in the table, unchanged by the trigger');

-- ---------------------------------------------------------------------------
-- An ineligible row is rejected: 23514, the message, the DETAIL, the fields
-- ---------------------------------------------------------------------------
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                   VALUES ('Ковалёв Илья', 'RU.municipal_council', '2026-09-13', '{BY}', '2010-01-01', 'temporary', true)$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'a Belarusian aged 16, temporarily resident: rejected with 23514 naming the table, office, role and day');
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                   VALUES ('Сидоров Олег', 'RU.municipal_council', '2026-09-13', '{RU}', '2008-09-14')$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'a Russian one day short of 18: rejected');
SELECT is((SELECT count(*) FROM reestr.kandidat), 3::bigint, 'the rejected rows were not written');

CREATE TEMP TABLE err AS
SELECT * FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                               VALUES ('Ковалёв Илья', 'RU.municipal_council', '2026-09-13', '{BY}', '2010-01-01', 'temporary', true)$$);
SELECT is(state, '23514', 'caught: SQLSTATE check_violation') FROM err;
SELECT is(msg, 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
          'caught: the message') FROM err;
SELECT is(det,
          'Unmet: min_age 18: aged 16 on polling day, 18 required (67-FZ art. 4, as amended by 250-FZ (2009)); '
          'citizen: citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights entitles them '
          'only on its conditions, see the grant lines (67-FZ art. 4 (foreign citizens permanently residing in the '
          'municipality, under international treaties)); '
          'grant: permanent residence: residence is temporary, permanent residence required (Protocol of 13.03.2025 '
          'amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10); '
          'no_foreign_citizenship: a citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights '
          'allows it only on its conditions '
          '(67-FZ art. 4 p. 3.1 (unless a treaty provides otherwise)).',
          'caught: the DETAIL lists the three unmet requirements, each with its legal basis') FROM err;
SELECT is(det, pg_temp.want_detail('stand', 'RU.municipal_council', '2026-09-13', '{BY}', '2010-01-01', 'temporary',
                                   reg => true),
          'caught: the DETAIL agrees with electoral.explain for the same facts') FROM err;
SELECT ok(det NOT LIKE '%no_foreign_residence_permit%' AND det NOT LIKE '%not_incapacitated%'
          AND det NOT LIKE '%registered with%',
          'caught: the DETAIL does not list requirements that are met') FROM err;
SELECT is(hnt, 'electoral.explain(''stand'', ''RU.municipal_council'', ...) lists every requirement; '
               'trigger "kandidat_proverka" rejects ineligible rows.',
          'caught: the HINT points to electoral.explain and names the trigger') FROM err;
SELECT is(tbl, 'kandidat', 'caught: TABLE_NAME is the table') FROM err;
SELECT is(sch, 'reestr', 'caught: SCHEMA_NAME is the table''s schema') FROM err;
SELECT is(cons, 'kandidat_proverka', 'caught: CONSTRAINT_NAME is the trigger') FROM err;
DROP TABLE err;

-- each requirement that has a column can be the one that fails
SELECT is(c.det, pg_temp.want_detail('stand', 'RU.municipal_council', '2026-09-13', '{RU}', '1980-05-01',
                                     incap => x.incap, impr => x.impr, frp => x.frp),
          'rejected with exactly the unmet requirement: ' || x.what)
  FROM (VALUES (1, true, false, false, 'declared incapable'),
               (2, false, true, false, 'imprisoned'),
               (3, false, false, true, 'holds a foreign residence permit'),
               (4, true, true, true, 'all three')) AS x(n, incap, impr, frp, what)
 CROSS JOIN LATERAL pg_temp.caught(format(
           $$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd,
                                          nedeesposoben, v_zaklyuchenii, vid_na_zhitelstvo)
             VALUES ('Иванов Иван', 'RU.municipal_council', '2026-09-13', '{RU}', '1980-05-01', %L, %L, %L)$$,
           x.incap, x.impr, x.frp)) AS c
 ORDER BY x.n;
SELECT is(c.det, 'Unmet: not_incapacitated: declared legally incapable by a court (67-FZ art. 4 p. 3).',
          'the incapable candidate''s DETAIL, exactly')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, nedeesposoben)
                        VALUES ('Иванов Иван', 'RU.municipal_council', '2026-09-13', '{RU}', '1980-05-01', true)$$) AS c;
SELECT is(c.det, 'Unmet: min_age 18: birth date not known (67-FZ art. 4, as amended by 250-FZ (2009)).',
          'a NULL birth date is not proven: rejected, and the DETAIL says the birth date is not known')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                        VALUES ('Иванов Иван', 'RU.municipal_council', '2026-09-13', '{RU}', NULL)$$) AS c;
SELECT is(c.det, pg_temp.want_detail('stand', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', NULL,
                                     '2015-01-01', true),
          'a NULL residence status is not proven: the DETAIL agrees with explain')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd,
                                                     status, prozhivaet_s, v_spiske)
                        VALUES ('Ковалёв Игорь', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01',
                                NULL, '2015-01-01', true)$$) AS c;
SELECT ok(c.det LIKE '%residence status not known%', 'and names the unknown residence status')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd,
                                                     status, prozhivaet_s, v_spiske)
                        VALUES ('Ковалёв Игорь', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01',
                                NULL, '2015-01-01', true)$$) AS c;
SELECT is((SELECT count(*) FROM reestr.kandidat), 3::bigint, 'none of those rows was written');

-- ---------------------------------------------------------------------------
-- Several rows in one statement: one bad row, nothing written
-- ---------------------------------------------------------------------------
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd) VALUES
                       ('Первый', 'RU.municipal_council', '2026-09-13', '{RU}', '1970-01-01'),
                       ('Второй', 'RU.municipal_council', '2026-09-13', '{RU}', '1971-01-01'),
                       ('Третий', 'RU.municipal_council', '2026-09-13', '{RU}', '2012-01-01'),
                       ('Четвёртый', 'RU.municipal_council', '2026-09-13', '{RU}', '1972-01-01')$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'a four-row INSERT whose third row is a 14-year-old: rejected');
SELECT is((SELECT count(*) FROM reestr.kandidat), 3::bigint, 'the four-row INSERT wrote nothing, not even its first two rows');
SELECT is((SELECT count(*) FROM reestr.kandidat WHERE fio IN ('Первый', 'Второй', 'Третий', 'Четвёртый')), 0::bigint,
          'none of its rows is there');
-- rows for different offices in one statement: each is judged for its own office
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd) VALUES
                       ('Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01'),
                       ('Девятнадцать', 'RU.state_duma', '2026-09-13', '{RU}', '2007-05-01')$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.state_duma on 2026-09-13',
                 'a 19-year-old: eligible for the council in row 1, but row 2 (State Duma, 21) is rejected, naming the Duma');
SELECT is(c.det, 'Unmet: min_age 21: aged 19 on polling day, 21 required (Constitution of the Russian Federation art. 97).',
          'the second row''s DETAIL is the Duma''s age requirement')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd) VALUES
                            ('Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01'),
                            ('Девятнадцать', 'RU.state_duma', '2026-09-13', '{RU}', '2007-05-01')$$) AS c;
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd) VALUES
                       ('Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01'),
                       ('Девятнадцать', 'RU.state_duma', '2026-09-13', '{RU}', '2007-05-01'),
                       ('Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01')$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.state_duma on 2026-09-13',
                 'council, Duma, council again: the Duma row is rejected');
SELECT lives_ok($$INSERT INTO reestr.kandidat (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd) VALUES
                      (10, 'Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01'),
                      (11, 'Тридцать', 'RU.state_duma', '2026-09-13', '{RU}', '1996-01-01'),
                      (12, 'Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01')$$,
                'council (19), Duma (30), council (19): all three eligible, inserted');
SELECT is((SELECT count(*) FROM reestr.kandidat), 6::bigint, 'six rows now');
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                   SELECT 'Из запроса ' || g, 'RU.municipal_council', DATE '2026-09-13', '{RU}',
                          DATE '1990-01-01' + 365 * g
                     FROM generate_series(1, 30) AS g$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'INSERT ... SELECT of 30 rows, the later ones too young: rejected');
SELECT is((SELECT count(*) FROM reestr.kandidat), 6::bigint, 'the INSERT ... SELECT wrote nothing');

-- ---------------------------------------------------------------------------
-- UPDATE: the new row is judged
-- ---------------------------------------------------------------------------
SELECT lives_ok($$UPDATE reestr.kandidat SET fio = 'Петров Пётр Петрович' WHERE id = 1$$,
                'UPDATE of the name, the row stays eligible: passes');
SELECT is((SELECT fio FROM reestr.kandidat WHERE id = 1), 'Петров Пётр Петрович', 'and the name is changed');
SELECT lives_ok($$UPDATE reestr.kandidat SET dolzhnost = 'RU.state_duma' WHERE id = 1$$,
                'UPDATE to the State Duma for a 46-year-old Russian: passes');
SELECT throws_ok($$UPDATE reestr.kandidat SET data_rozhd = '2010-01-01' WHERE id = 1$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.state_duma on 2026-09-13',
                 'UPDATE making the candidate 16: rejected');
SELECT is((SELECT data_rozhd FROM reestr.kandidat WHERE id = 1), DATE '1980-05-01', 'the birth date is unchanged');
SELECT throws_ok($$UPDATE reestr.kandidat SET dolzhnost = 'RU.state_duma' WHERE id = 10$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.state_duma on 2026-09-13',
                 'UPDATE moving a 19-year-old to the State Duma: rejected');
SELECT is((SELECT dolzhnost FROM reestr.kandidat WHERE id = 10), 'RU.municipal_council', 'the office is unchanged');
SELECT throws_ok($$UPDATE reestr.kandidat SET status = 'temporary' WHERE id = 2$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'UPDATE making the Belarusian temporarily resident: rejected');
SELECT is(c.det, pg_temp.want_detail('stand', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'temporary',
                                     '2015-01-01', true),
          'its DETAIL agrees with explain')
  FROM pg_temp.caught($$UPDATE reestr.kandidat SET status = 'temporary' WHERE id = 2$$) AS c;
SELECT lives_ok($$UPDATE reestr.kandidat SET v_spiske = false WHERE id = 2$$,
                'UPDATE taking the Belarusian off the commission''s register: passes (the Protocol sets no such condition)');
SELECT lives_ok($$UPDATE reestr.kandidat SET grazhdanstvo = '{RU}', status = NULL, v_spiske = false WHERE id = 2$$,
                'UPDATE making the Belarusian a Russian citizen, dropping the foreigner''s facts: passes');
SELECT lives_ok($$UPDATE reestr.kandidat SET data_vyborov = data_vyborov + 7 WHERE dolzhnost = 'RU.municipal_council'$$,
                'UPDATE of every council row, all stay eligible: passes');
SELECT is((SELECT array_agg(id ORDER BY id) FROM reestr.kandidat WHERE data_vyborov = '2026-09-20'), '{2,3,10,12}'::int[],
          'the four council rows moved to 2026-09-20, the Duma row did not');
SELECT throws_ok($$UPDATE reestr.kandidat SET dolzhnost = 'RU.municipal_head'$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_head on 2026-09-20',
                 'UPDATE of every row to municipal head (21): the 18- and 19-year-olds make it fail');
SELECT is((SELECT count(*) FROM reestr.kandidat WHERE dolzhnost = 'RU.municipal_head'), 0::bigint,
          'no row was moved, not even the eligible ones');

-- INSERT ... ON CONFLICT DO UPDATE: the update path is judged too
SELECT throws_ok($$INSERT INTO reestr.kandidat (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                   VALUES (10, 'Девятнадцать', 'RU.municipal_council', '2026-09-20', '{RU}', '2007-05-01')
                   ON CONFLICT (id) DO UPDATE SET dolzhnost = 'RU.regional_legislature'$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.regional_legislature on 2026-09-20',
                 'ON CONFLICT DO UPDATE moving a 19-year-old to a regional legislature (21): rejected');
SELECT lives_ok($$INSERT INTO reestr.kandidat (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                  VALUES (10, 'Девятнадцать', 'RU.municipal_council', '2026-09-20', '{RU}', '2007-05-01')
                  ON CONFLICT (id) DO UPDATE SET fio = 'Девятнадцать (повторно)'$$,
                'ON CONFLICT DO UPDATE keeping the row eligible: passes');
SELECT is((SELECT fio || ' ' || dolzhnost FROM reestr.kandidat WHERE id = 10),
          'Девятнадцать (повторно) RU.municipal_council', 'the upsert changed the name only');


-- MERGE: inserts and updates in one statement, each judged
SELECT throws_ok($$MERGE INTO reestr.kandidat AS k
                   USING (VALUES (50, DATE '1990-01-01'), (11, DATE '2007-01-01')) AS s(id, born) ON k.id = s.id
                   WHEN MATCHED THEN UPDATE SET data_rozhd = s.born
                   WHEN NOT MATCHED THEN INSERT (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                        VALUES (s.id, 'Новый', 'RU.municipal_council', '2026-09-20', '{RU}', s.born)$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.state_duma on 2026-09-13',
                 'MERGE inserting an eligible row and making the Duma candidate 19: rejected');
SELECT is((SELECT count(*) FROM reestr.kandidat WHERE id = 50), 0::bigint, 'the MERGE inserted nothing');
SELECT lives_ok($$MERGE INTO reestr.kandidat AS k
                  USING (VALUES (50, DATE '1990-01-01'), (11, DATE '2001-01-01')) AS s(id, born) ON k.id = s.id
                  WHEN MATCHED THEN UPDATE SET data_rozhd = s.born
                  WHEN NOT MATCHED THEN INSERT (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                       VALUES (s.id, 'Новый', 'RU.municipal_council', '2026-09-20', '{RU}', s.born)$$,
                'MERGE inserting an eligible row and making the Duma candidate 25: passes');
SELECT results_eq($$SELECT id, dolzhnost, data_rozhd FROM reestr.kandidat WHERE id IN (11, 50) ORDER BY id$$,
                  $$VALUES (11, 'RU.state_duma', DATE '2001-01-01'), (50, 'RU.municipal_council', DATE '1990-01-01')$$,
                  'the MERGE wrote both rows');
DELETE FROM reestr.kandidat WHERE id = 50;

-- ---------------------------------------------------------------------------
-- Voting: a voter list with one electoral.country column, a varchar office,
-- a Cyrillic column name with a space, and no residence column
-- ---------------------------------------------------------------------------
CREATE TABLE reestr.izbiratel (
    id                 serial PRIMARY KEY,
    fio                text NOT NULL,
    okrug              varchar(40) NOT NULL,          -- office code
    den_golosovaniya   date NOT NULL,                 -- polling day
    grazhdanstvo       electoral.country,             -- one citizenship
    "дата рождения"    date,
    v_spiske           boolean NOT NULL DEFAULT false
);
CREATE TRIGGER izbiratel_proverka BEFORE INSERT OR UPDATE ON reestr.izbiratel
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'vote', 'office=okrug', 'on_date=den_golosovaniya', 'citizenships=grazhdanstvo',
        'birth_date=дата рождения', 'registered=v_spiske');

SELECT lives_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                  VALUES ('Смирнов', 'RU.municipal_council', '2026-09-13', 'RU', '2008-09-13')$$,
                'a Russian exactly 18 on polling day may vote: inserted (single country column, Cyrillic column name)');
SELECT throws_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                   VALUES ('Смирнова', 'RU.municipal_council', '2026-09-13', 'RU', '2008-09-14')$$,
                 '23514',
                 'row of table "izbiratel" rejected: not eligible to vote for RU.municipal_council on 2026-09-13',
                 'a Russian one day short of 18 may not vote: rejected, the message says vote');
SELECT is(c.det, 'Unmet: min_age 18: aged 17 on polling day, 18 required (Constitution of the Russian Federation art. 32; 67-FZ art. 4).',
          'its DETAIL: the voting age, with the voting provisions as legal basis')
  FROM pg_temp.caught($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                        VALUES ('Смирнова', 'RU.municipal_council', '2026-09-13', 'RU', '2008-09-14')$$) AS c;
SELECT is(c.tbl || ' / ' || c.cons, 'izbiratel / izbiratel_proverka', 'its table and constraint fields')
  FROM pg_temp.caught($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                        VALUES ('Смирнова', 'RU.municipal_council', '2026-09-13', 'RU', '2008-09-14')$$) AS c;

-- the roles differ: a 19-year-old Russian may vote for the Duma but not stand for it
SELECT lives_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                  VALUES ('Девятнадцать', 'RU.state_duma', '2026-09-13', 'RU', '2007-05-01')$$,
                'vote: a 19-year-old Russian may vote for the State Duma');
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                   VALUES ('Девятнадцать', 'RU.state_duma', '2026-09-13', '{RU}', '2007-05-01')$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.state_duma on 2026-09-13',
                 'stand: the same person may not stand for it');

-- single country column
SELECT lives_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                  VALUES ('Лукашевич', 'BY.local_council', '2026-09-13', 'BY', '1980-01-01')$$,
                'a Belarusian may vote for a Belarusian local council');
SELECT lives_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                  VALUES ('Лукашевич', 'BY.local_council', '2026-09-13', 'blr', '1980-01-01')$$,
                'the country column typed as an alpha-3 code: the same');
SELECT throws_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                   VALUES ('Нурлан', 'RU.municipal_council', '2026-09-13', 'KZ', '1980-01-01')$$,
                 '23514',
                 'row of table "izbiratel" rejected: not eligible to vote for RU.municipal_council on 2026-09-13',
                 'a Kazakh may not vote in Russia');
SELECT is(c.det, 'Unmet: citizen: citizenships not known (Constitution of the Russian Federation art. 32; '
                 '67-FZ art. 4 p. 10 (foreign citizens permanently residing in the municipality, under international treaties)).',
          'a NULL citizenship: rejected, citizenships not known')
  FROM pg_temp.caught($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                        VALUES ('Без гражданства', 'RU.municipal_council', '2026-09-13', NULL, '1980-01-01')$$) AS c;
SELECT is(c.det, 'Unmet: direct election: BY.council_of_the_republic is not elected by popular vote '
                 '(Constitution of the Republic of Belarus; elected indirectly by local councils).',
          'no one votes for the Council of the Republic: rejected, and the DETAIL says why')
  FROM pg_temp.caught($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                        VALUES ('Лукашевич', 'BY.council_of_the_republic', '2026-09-13', 'BY', '1980-01-01')$$) AS c;

-- unmapped parameters take the defaults: no residence column, so a
-- registered Belarusian is taken as not resident ('none') and may not vote
-- in Russia
SELECT throws_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения", v_spiske)
                   VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', 'BY', '1980-01-01', true)$$,
                 '23514',
                 'row of table "izbiratel" rejected: not eligible to vote for RU.municipal_council on 2026-09-13',
                 'default residence ''none'': a registered Belarusian may not vote locally in Russia');
SELECT is(c.det, pg_temp.want_detail('vote', 'RU.municipal_council', '2026-09-13', '{BY}', '1980-01-01', reg => true),
          'its DETAIL is explain''s with residence ''none''')
  FROM pg_temp.caught($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения", v_spiske)
                        VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', 'BY', '1980-01-01', true)$$) AS c;
SELECT is(c.det,
          'Unmet: citizen: citizen of BY; the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights entitles '
          'them only on its conditions, see the grant lines (Constitution of the Russian Federation art. 32; 67-FZ art. 4 '
          'p. 10 (foreign citizens permanently residing in the municipality, under international treaties)); grant: '
          'permanent residence: residence is none, permanent residence required (Protocol of 13.03.2025 amending the '
          'Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4 p. 10).',
          'exactly: citizen and permanent residence unmet (no registration line)')
  FROM pg_temp.caught($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения", v_spiske)
                        VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', 'BY', '1980-01-01', true)$$) AS c;
SELECT is((SELECT count(*) FROM reestr.izbiratel), 4::bigint, 'the voter list holds the four eligible rows only');

-- a candidate table mapping only the four required facts
CREATE TABLE reestr.kandidat_kratko (
    kod    text,
    den    date,
    grazhd electoral.country[],
    rozhd  date
);
CREATE TRIGGER kratko_proverka BEFORE INSERT OR UPDATE ON reestr.kandidat_kratko
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand', 'office=kod', 'on_date=den', 'citizenships=grazhd', 'birth_date=rozhd');
SELECT lives_ok($$INSERT INTO reestr.kandidat_kratko VALUES ('RU.municipal_council', '2026-09-13', '{RU}', '1980-01-01')$$,
                'unmapped bars default to false: a Russian adult may stand for a council');
SELECT lives_ok($$INSERT INTO reestr.kandidat_kratko VALUES ('RU.state_duma', '2026-09-13', '{RU}', '1980-01-01')$$,
                'unmapped foreign_residence_permit defaults to false: may stand for the Duma');
SELECT throws_ok($$INSERT INTO reestr.kandidat_kratko VALUES ('RU.municipal_council', '2026-09-13', '{BY}', '1980-01-01')$$,
                 '23514',
                 'row of table "kandidat_kratko" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'unmapped residence and registration default to none and false: a Belarusian may not stand');
SELECT is(c.det, pg_temp.want_detail('stand', 'RU.municipal_council', '2026-09-13', '{BY}', '1980-01-01'),
          'its DETAIL is explain''s with every default')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat_kratko VALUES ('RU.municipal_council', '2026-09-13', '{BY}', '1980-01-01')$$) AS c;
SELECT is(c.det, pg_temp.want_detail('stand', 'BY.president', '2026-09-13', '{BY}', '1970-01-01'),
          'unmapped citizen_by_birth (NULL) and resident_since (NULL): a Belarusian may not stand for president; agrees with explain')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat_kratko VALUES ('BY.president', '2026-09-13', '{BY}', '1970-01-01')$$) AS c;
SELECT ok(c.det LIKE '%citizen_by_birth: citizenship by birth not known (Constitution of the Republic of Belarus art. 80)%',
          'the DETAIL says citizenship by birth is not known')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat_kratko VALUES ('BY.president', '2026-09-13', '{BY}', '1970-01-01')$$) AS c;
SELECT is((SELECT count(*) FROM reestr.kandidat_kratko), 2::bigint, 'two rows written');

-- ---------------------------------------------------------------------------
-- A rule change in the same transaction is seen by the next statement
-- ---------------------------------------------------------------------------
SELECT lives_ok($$INSERT INTO reestr.kandidat (id, fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                  VALUES (60, 'Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01')$$,
                'before the change: a 19-year-old may stand for a council (18)');
UPDATE electoral.requirement SET years = 21
 WHERE office = 'RU.municipal_council' AND role = 'stand' AND kind = 'min_age';
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                   VALUES ('Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01')$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'after raising the age to 21 in this transaction: the next 19-year-old is rejected');
SELECT is(c.det, 'Unmet: min_age 21: aged 19 on polling day, 21 required (67-FZ art. 4, as amended by 250-FZ (2009)).',
          'its DETAIL gives the new age')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                        VALUES ('Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01')$$) AS c;
SELECT throws_ok($$UPDATE reestr.kandidat SET fio = 'Девятнадцать (исправлено)' WHERE id = 60$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'a row written under the old rule: the next UPDATE of it is judged under the new one');
SELECT is((SELECT count(*) FROM reestr.kandidat WHERE id = 60), 1::bigint, 'rows already written stay');
SELECT lives_ok($$INSERT INTO reestr.izbiratel (fio, okrug, den_golosovaniya, grazhdanstvo, "дата рождения")
                  VALUES ('Девятнадцать', 'RU.municipal_council', '2026-09-13', 'RU', '2007-05-01')$$,
                'voting for the council is untouched by the change: a 19-year-old may still vote');
UPDATE electoral.requirement SET years = 18
 WHERE office = 'RU.municipal_council' AND role = 'stand' AND kind = 'min_age';
SELECT lives_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd)
                  VALUES ('Девятнадцать', 'RU.municipal_council', '2026-09-13', '{RU}', '2007-05-01')$$,
                'the age set back to 18: the next 19-year-old is accepted again');
-- a grant changed: a treaty that sets registration as a condition (a
-- user's change; the shipped Protocol sets none)
UPDATE electoral.franchise_grant SET registration = true WHERE host = 'RU' AND nationals = '{BY}';
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                   VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'permanent', false)$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'the grant now requires registration: an unregistered Belarusian is rejected');
UPDATE electoral.franchise_grant SET registration = false WHERE host = 'RU' AND nationals = '{BY}';
SELECT lives_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                  VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'permanent', false)$$,
                'registration set back to false: an unregistered Belarusian is accepted');
-- the grant deleted
DELETE FROM electoral.franchise_grant WHERE host = 'RU' AND nationals = '{BY}';
SELECT throws_ok($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                   VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'permanent', true)$$,
                 '23514',
                 'row of table "kandidat" rejected: not eligible to stand for RU.municipal_council on 2026-09-13',
                 'the grant deleted: a registered, permanently resident Belarusian is rejected');
SELECT is(c.det, pg_temp.want_detail('stand', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'permanent',
                                     reg => true),
          'and the DETAIL agrees with explain under the changed rules')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                        VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'permanent', true)$$) AS c;
SELECT ok(c.det LIKE '%no franchise grant in force covers them%', 'which says no grant covers them')
  FROM pg_temp.caught($$INSERT INTO reestr.kandidat (fio, dolzhnost, data_vyborov, grazhdanstvo, data_rozhd, status, v_spiske)
                        VALUES ('Ковалёв', 'RU.municipal_council', '2026-09-13', '{BY}', '1990-01-01', 'permanent', true)$$) AS c;

SELECT * FROM finish();
ROLLBACK;
