-- make demo, part 3: candidacies for the local elections of 2026, checked by
-- the electoral.enforce_eligibility trigger on a table that keeps the
-- commission's own column names (transliterated Russian).
--
--   kandidat     registration of candidates: an ineligible candidacy is refused (SQLSTATE 23514);
--                a PL/pgSQL block submits each one and records the refusals in otkaz
--   zayavlenie   applications received for nomination: all kept, the ineligible
--                ones flagged (flag=problems, jsonb)
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
SET datestyle = ISO;
SET jit = off;
SET search_path = demo, public, electoral;
DROP TABLE IF EXISTS demo.kandidat, demo.otkaz, demo.zayavlenie, demo.submission;

-- The commission's table.  Its names, not the extension's:
--   kandidat_id (person), fio (full name), okrug (district), dolzhnost (office),
--   data_vyborov (polling day), grazhdanstvo (citizenships), data_rozhdeniya (birth date),
--   status_prozhivaniya (residence status), prozhivaet_s (resident since),
--   v_spiske (on the commission's list of foreign voters), nedeesposoben (declared incapable),
--   v_zaklyuchenii (imprisoned under a sentence), pod_strazhei (in pre-trial detention),
--   vnzh_za_rubezhom (holds a residence permit abroad), sudimost (the gravest crime of a
--   conviction), lishenie_svobody (sentenced to imprisonment for it), data_pogasheniya (the
--   day it was expunged), inoagent (a foreign agent), karta_polyaka (a Pole's Card or like document)
CREATE TABLE demo.kandidat (
    kandidat_id         bigint NOT NULL,     -- the person in the registry (demo.person.id)
    fio                 text NOT NULL,
    okrug               text NOT NULL,
    dolzhnost           text NOT NULL,
    data_vyborov        date NOT NULL,
    grazhdanstvo        electoral.country[] NOT NULL,
    data_rozhdeniya     date,
    status_prozhivaniya electoral.residence NOT NULL DEFAULT 'none',
    prozhivaet_s        date,
    v_spiske            boolean NOT NULL DEFAULT false,
    nedeesposoben       boolean NOT NULL DEFAULT false,
    v_zaklyuchenii      boolean NOT NULL DEFAULT false,
    pod_strazhei        boolean NOT NULL DEFAULT false,
    vnzh_za_rubezhom    boolean NOT NULL DEFAULT false,
    sudimost            electoral.conviction NOT NULL DEFAULT 'none',
    lishenie_svobody    boolean NOT NULL DEFAULT false,
    data_pogasheniya    date,
    inoagent            boolean NOT NULL DEFAULT false,
    karta_polyaka       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (kandidat_id, dolzhnost, data_vyborov)
);

-- The trigger maps each parameter of electoral.can_stand to the column that holds it.
CREATE TRIGGER kandidat_izbiratelnoe_pravo
    BEFORE INSERT OR UPDATE ON demo.kandidat
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand',
        'office=dolzhnost', 'on_date=data_vyborov',
        'citizenships=grazhdanstvo', 'birth_date=data_rozhdeniya',
        'residence=status_prozhivaniya', 'resident_since=prozhivaet_s', 'registered=v_spiske',
        'incapacitated=nedeesposoben', 'imprisoned=v_zaklyuchenii', 'detained=pod_strazhei',
        'foreign_residence_permit=vnzh_za_rubezhom',
        'conviction=sudimost', 'conviction_imprisonment=lishenie_svobody', 'conviction_expunged=data_pogasheniya',
        'foreign_agent=inoagent', 'foreign_benefit_document=karta_polyaka');

-- Refusals: the candidacy as submitted, and what the trigger said.
CREATE TABLE demo.otkaz (
    LIKE demo.kandidat,
    sqlstate text NOT NULL,
    soobshchenie text NOT NULL,   -- message
    podrobnosti text              -- detail: the unmet requirements and their legal basis
);

-- Applications for nomination: the same columns, every one kept, with the
-- unmet requirements recorded in problems ('[]' when eligible).
CREATE TABLE demo.zayavlenie (
    LIKE demo.kandidat INCLUDING DEFAULTS,
    problems jsonb
);
ALTER TABLE demo.zayavlenie ADD PRIMARY KEY (kandidat_id, dolzhnost, data_vyborov);
CREATE TRIGGER zayavlenie_izbiratelnoe_pravo
    BEFORE INSERT OR UPDATE ON demo.zayavlenie
    FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
        'stand',
        'office=dolzhnost', 'on_date=data_vyborov',
        'citizenships=grazhdanstvo', 'birth_date=data_rozhdeniya',
        'residence=status_prozhivaniya', 'resident_since=prozhivaet_s', 'registered=v_spiske',
        'incapacitated=nedeesposoben', 'imprisoned=v_zaklyuchenii', 'detained=pod_strazhei',
        'foreign_residence_permit=vnzh_za_rubezhom',
        'conviction=sudimost', 'conviction_imprisonment=lishenie_svobody', 'conviction_expunged=data_pogasheniya',
        'foreign_agent=inoagent', 'foreign_benefit_document=karta_polyaka',
        'flag=problems');

-- ---------------------------------------------------------------------------
-- Who submits: drawn from the registry (deterministically), by kind.  Most
-- are eligible; some are not, each for a different reason.
-- ---------------------------------------------------------------------------
CREATE TABLE demo.submission AS
WITH resident AS (
    SELECT p.*, m.name AS okrug, m.office, m.polling_day, r.country::text AS host,
           date_part('year', age(m.polling_day, p.birth_date))::int AS age,
           r.country OPERATOR(electoral.=) ANY (p.citizenships) AS citizen,
           cardinality(p.citizenships) = 2 AS dual,
           demo.u(p.id, 900) AS draw
      FROM demo.person p
      JOIN demo.municipality m ON m.id = p.municipality_id
      JOIN demo.region r ON r.code = m.region
), classified AS (
    -- each resident is of at most one kind
    SELECT res.*, CASE
           WHEN age < 18 THEN CASE WHEN age = 17 AND citizen AND NOT dual THEN 'too young (17)' END
           WHEN imprisoned THEN CASE WHEN citizen AND NOT dual AND age >= 25 THEN 'imprisoned' END
           WHEN detained THEN CASE WHEN citizen AND host = 'BY' THEN 'in pre-trial detention (BY)' END
           WHEN incapacitated THEN CASE WHEN citizen AND NOT dual AND age >= 25 THEN 'incapacitated' END
           WHEN foreign_residence_permit THEN CASE WHEN host = 'RU' AND NOT dual AND age >= 25 THEN 'residence permit abroad' END
           WHEN dual THEN CASE WHEN age >= 25 THEN 'dual RU+BY citizen' END
           WHEN citizen THEN CASE WHEN age IN (19, 20) AND host = 'RU' THEN 'too young for head (19-20)'
                                  -- a sample is plenty: the draw decides who, either way
                                  WHEN age >= 25 AND draw < greatest(0.02, 5000 / (SELECT greatest(reltuples, 1) FROM pg_class
                                                                                    WHERE oid = 'demo.person'::regclass))
                                  THEN 'citizen' END
           WHEN citizenships = '{KZ}' THEN CASE WHEN residence = 'permanent' AND registered AND age >= 25 THEN 'Kazakh' END
           WHEN citizenships = '{BY}' OR citizenships = '{RU}' THEN CASE
                WHEN age < 25 THEN NULL
                WHEN residence = 'temporary' THEN 'temporary resident'
                WHEN NOT registered THEN 'not on the list'
                WHEN host = 'RU' THEN 'Belarusian in Russia'
                ELSE 'Russian in Belarus' END
           END AS kind
      FROM resident res
), drawn AS (
    SELECT c.*, row_number() OVER (PARTITION BY kind ORDER BY draw, id) AS n_in_kind
      FROM classified c WHERE kind IS NOT NULL
), wanted (kind, batch, n, office) AS (VALUES
    -- batch 1 goes to registration (kandidat), batch 2 to nomination (zayavlenie)
    ('citizen',                     1, 150, NULL),
    ('Belarusian in Russia',        1,  16, NULL),
    ('Russian in Belarus',          1,  12, NULL),
    ('dual RU+BY citizen',          1,   4, NULL),
    ('too young (17)',              1,   3, NULL),
    ('too young for head (19-20)',  1,   3, 'RU.municipal_head'),
    ('temporary resident',          1,   4, NULL),
    ('not on the list',             1,   3, NULL),
    ('Kazakh',                      1,   2, NULL),
    ('imprisoned',                  1,   2, NULL),
    ('residence permit abroad',     1,   2, NULL),
    ('citizen',                     2,  40, NULL),
    ('Belarusian in Russia',        2,   6, NULL),
    ('Russian in Belarus',          2,   6, NULL),
    ('dual RU+BY citizen',          2,   2, NULL),
    ('temporary resident',          2,   3, NULL),
    ('not on the list',             2,   3, NULL),
    ('Kazakh',                      2,   1, NULL),
    ('incapacitated',               2,   2, NULL),
    ('in pre-trial detention (BY)', 2,   1, NULL),
    ('too young (17)',              2,   2, NULL)
), slot AS (
    -- batch 2 takes the next ones of each kind
    SELECT w.*, coalesce(sum(n) OVER (PARTITION BY kind ORDER BY batch ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS skip
      FROM wanted w
)
SELECT row_number() OVER (ORDER BY s.batch, demo.u(d.id, 901)) AS ord, s.batch, s.kind,
       d.id AS kandidat_id,
       d.surname || ' ' || d.given_name || coalesce(' ' || d.patronymic, '') AS fio,
       d.okrug,
       -- one in five citizens in a Russian municipality stands for head rather than council
       coalesce(s.office,
                CASE WHEN d.host = 'RU' AND s.kind = 'citizen' AND demo.u(d.id, 902) < 0.2 THEN 'RU.municipal_head'
                     ELSE d.office END) AS dolzhnost,
       d.polling_day AS data_vyborov,
       d.citizenships AS grazhdanstvo,
       d.birth_date AS data_rozhdeniya,
       d.residence AS status_prozhivaniya,
       d.resident_since AS prozhivaet_s,
       d.registered AS v_spiske,
       d.incapacitated AS nedeesposoben,
       d.imprisoned AS v_zaklyuchenii,
       d.detained AS pod_strazhei,
       d.foreign_residence_permit AS vnzh_za_rubezhom,
       -- the registry holds no criminal records: the few below are set by hand
       'none'::electoral.conviction AS sudimost,
       false AS lishenie_svobody,
       NULL::date AS data_pogasheniya,
       false AS inoagent,
       false AS karta_polyaka
  FROM slot s
  JOIN drawn d ON d.kind = s.kind AND d.n_in_kind > s.skip AND d.n_in_kind <= s.skip + s.n;

-- One application came in with the birth date left blank: a fact not given is not proven.
UPDATE demo.submission SET data_rozhdeniya = NULL, kind = 'birth date left blank'
 WHERE ord = (SELECT min(ord) FROM demo.submission WHERE batch = 2 AND kind = 'citizen');

-- Some citizens' records, as the courts' and the Ministry of Justice's
-- registers would give them (67-FZ art. 4 p. 3.2; 99-FZ of 15.05.2024; the
-- Belarusian Electoral Code as amended in 2023): two sentenced to imprisonment
-- for a grave crime, expunged in 2019 (barred to 2029) and one in 2015 (the
-- ten years ran out in 2025: eligible); one especially grave crime, expunged in
-- 2014 (barred to 2029); two foreign agents; at nomination, one foreign agent
-- and, in Belarus, a Pole's Card.
WITH pick AS (
    SELECT ord, row_number() OVER (PARTITION BY batch ORDER BY ord) AS k, batch
      FROM demo.submission
     WHERE kind = 'citizen' AND dolzhnost LIKE 'RU.%'
), record (batch, k, kind, sudimost, lishenie_svobody, data_pogasheniya, inoagent) AS (VALUES
    (1, 1, 'grave conviction, expunged 2019', 'grave'::electoral.conviction, true, DATE '2019-04-01', false),
    (1, 2, 'grave conviction, expunged 2019', 'grave', true, DATE '2019-11-20', false),
    (1, 3, 'grave conviction, expunged 2015 (term over)', 'grave', true, DATE '2015-06-30', false),
    (1, 4, 'especially grave conviction, expunged 2014', 'especially_grave', true, DATE '2014-03-01', false),
    (1, 5, 'foreign agent', 'none', false, NULL, true),
    (1, 6, 'foreign agent', 'none', false, NULL, true),
    (2, 1, 'foreign agent', 'none', false, NULL, true)
)
UPDATE demo.submission s
   SET kind = r.kind, sudimost = r.sudimost, lishenie_svobody = r.lishenie_svobody,
       data_pogasheniya = r.data_pogasheniya, inoagent = r.inoagent
  FROM pick p JOIN record r USING (batch, k)
 WHERE s.ord = p.ord;
UPDATE demo.submission SET kind = 'Pole''s Card (BY)', karta_polyaka = true
 WHERE ord = (SELECT min(ord) FROM demo.submission WHERE batch = 2 AND kind = 'citizen' AND dolzhnost LIKE 'BY.%');

-- ---------------------------------------------------------------------------
-- Registration: one candidacy at a time, as a commission's application
-- would; a refusal is caught and recorded, and the next one goes on.
-- ---------------------------------------------------------------------------
DO $$
DECLARE
    s demo.submission;
    v_state text;
    v_message text;
    v_detail text;
BEGIN
    FOR s IN SELECT * FROM demo.submission WHERE batch = 1 ORDER BY ord LOOP
        BEGIN
            INSERT INTO demo.kandidat (kandidat_id, fio, okrug, dolzhnost, data_vyborov, grazhdanstvo,
                                       data_rozhdeniya, status_prozhivaniya, prozhivaet_s, v_spiske,
                                       nedeesposoben, v_zaklyuchenii, pod_strazhei, vnzh_za_rubezhom,
                                       sudimost, lishenie_svobody, data_pogasheniya, inoagent, karta_polyaka)
            VALUES (s.kandidat_id, s.fio, s.okrug, s.dolzhnost, s.data_vyborov, s.grazhdanstvo,
                    s.data_rozhdeniya, s.status_prozhivaniya, s.prozhivaet_s, s.v_spiske,
                    s.nedeesposoben, s.v_zaklyuchenii, s.pod_strazhei, s.vnzh_za_rubezhom,
                    s.sudimost, s.lishenie_svobody, s.data_pogasheniya, s.inoagent, s.karta_polyaka);
        EXCEPTION WHEN check_violation THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE,
                                    v_message = MESSAGE_TEXT,
                                    v_detail = PG_EXCEPTION_DETAIL;
            INSERT INTO demo.otkaz
            VALUES (s.kandidat_id, s.fio, s.okrug, s.dolzhnost, s.data_vyborov, s.grazhdanstvo,
                    s.data_rozhdeniya, s.status_prozhivaniya, s.prozhivaet_s, s.v_spiske,
                    s.nedeesposoben, s.v_zaklyuchenii, s.pod_strazhei, s.vnzh_za_rubezhom,
                    s.sudimost, s.lishenie_svobody, s.data_pogasheniya, s.inoagent, s.karta_polyaka,
                    v_state, v_message, v_detail);
        END;
    END LOOP;
END
$$;

-- Nomination: every application kept, in one statement; the trigger fills in problems.
INSERT INTO demo.zayavlenie (kandidat_id, fio, okrug, dolzhnost, data_vyborov, grazhdanstvo,
                             data_rozhdeniya, status_prozhivaniya, prozhivaet_s, v_spiske,
                             nedeesposoben, v_zaklyuchenii, pod_strazhei, vnzh_za_rubezhom,
                             sudimost, lishenie_svobody, data_pogasheniya, inoagent, karta_polyaka)
SELECT kandidat_id, fio, okrug, dolzhnost, data_vyborov, grazhdanstvo,
       data_rozhdeniya, status_prozhivaniya, prozhivaet_s, v_spiske,
       nedeesposoben, v_zaklyuchenii, pod_strazhei, vnzh_za_rubezhom,
       sudimost, lishenie_svobody, data_pogasheniya, inoagent, karta_polyaka
  FROM demo.submission WHERE batch = 2 ORDER BY ord;

\echo
\echo '== Candidacies submitted for the local elections of 13 September (Russia) and 18 October 2026 (Belarus)'
SELECT s.dolzhnost AS office, s.data_vyborov AS "polling day",
       count(*) FILTER (WHERE s.batch = 1) AS "submitted for registration",
       count(k.kandidat_id) AS registered,
       count(o.kandidat_id) AS refused,
       count(*) FILTER (WHERE s.batch = 2) AS "nomination applications",
       count(z.kandidat_id) FILTER (WHERE z.problems <> '[]') AS flagged
  FROM demo.submission s
  LEFT JOIN demo.kandidat k USING (kandidat_id, dolzhnost, data_vyborov)
  LEFT JOIN demo.otkaz o USING (kandidat_id, dolzhnost, data_vyborov)
  LEFT JOIN demo.zayavlenie z USING (kandidat_id, dolzhnost, data_vyborov)
 GROUP BY 1, 2 ORDER BY 1;

\echo '== One refusal as the trigger raised it, caught by the PL/pgSQL block (GET STACKED DIAGNOSTICS) and kept in otkaz'
SELECT count(*) > 0 AS any_refusal FROM demo.otkaz \gset
\if :any_refusal
SELECT fio, sqlstate, soobshchenie, podrobnosti
  FROM demo.otkaz ORDER BY grazhdanstvo = '{KZ}' DESC, fio LIMIT 1 \gset
\echo '  candidacy of' :fio
\echo '  ERROR: ' :soobshchenie
\echo '  DETAIL:' :podrobnosti
\echo '  SQLSTATE:' :sqlstate
\endif

