-- make demo, part 4: the reports a commission (or an observer) asks for.
-- Every figure is computed over the whole registry; only the listings are cut
-- to a readable length.
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
SET datestyle = ISO;
SET jit = off;
SET work_mem = '256MB';
SET search_path = demo, public, electoral;

-- Who may vote in the next local election of their municipality: one pass over
-- the registry, electoral.can_vote with every argument read from a column
-- (the office and polling day from the municipality, the facts from the person).
CREATE TEMP TABLE electorate AS
SELECT p.municipality_id,
       p.citizenships,
       NOT (m.country OPERATOR(electoral.=) ANY (p.citizenships)) AS foreign_national,
       count(*) AS residents,
       count(*) FILTER (WHERE v.eligible) AS eligible
  FROM demo.person p
  JOIN (SELECT m.*, r.country FROM demo.municipality m JOIN demo.region r ON r.code = m.region) AS m
    ON m.id = p.municipality_id
  CROSS JOIN LATERAL (SELECT electoral.can_vote(m.office, m.polling_day, p.citizenships, p.birth_date,
                                                p.residence, p.resident_since, p.registered,
                                                p.incapacitated, p.imprisoned, p.detained) AS eligible) AS v
 GROUP BY 1, 2, 3;

-- ===========================================================================
\echo
\echo '==========================================================================================='
\echo ' 1. Eligible foreign voters, by municipality and nationality'
\echo '    local elections: RU.municipal_council on 2026-09-13, BY.local_council on 2026-10-18'
\echo '==========================================================================================='
\echo
\echo '-- by country of residence and nationality (all municipalities)'
SELECT r.country AS "resident in", e.citizenships AS nationality,
       sum(e.residents) AS "foreign residents",
       sum(e.eligible) AS "eligible voters",
       round(100.0 * sum(e.eligible) / nullif(sum(e.residents), 0), 1) AS "% eligible"
  FROM electorate e
  JOIN demo.municipality m ON m.id = e.municipality_id
  JOIN demo.region r ON r.code = m.region
 WHERE e.foreign_national
 GROUP BY 1, 2
 ORDER BY 1 DESC, 4 DESC, 3 DESC;

\echo '-- why the others may not vote: unmet requirements (electoral.explain; one person may miss several)'
SELECT r.country AS "resident in", x.requirement, count(*) AS "foreign residents",
       min(x.legal_basis) AS "legal basis"
  FROM demo.person p
  JOIN demo.municipality m ON m.id = p.municipality_id
  JOIN demo.region r ON r.code = m.region
  CROSS JOIN LATERAL electoral.explain('vote', m.office, m.polling_day, p.citizenships, p.birth_date,
                                       p.residence, p.resident_since, p.registered,
                                       p.incapacitated, p.imprisoned, p.detained) AS x
 WHERE NOT (r.country OPERATOR(electoral.=) ANY (p.citizenships))
   AND NOT x.satisfied
 GROUP BY 1, 2
 ORDER BY 1 DESC, 3 DESC;

\echo '-- the 15 municipalities with the most eligible foreign voters'
SELECT m.name AS municipality, r.name AS region, e.citizenships AS nationality,
       e.residents AS "foreign residents", e.eligible AS "eligible voters",
       round(100.0 * e.eligible / nullif(t.eligible, 0), 2) AS "% of all its voters"
  FROM electorate e
  JOIN demo.municipality m ON m.id = e.municipality_id
  JOIN demo.region r ON r.code = m.region
  JOIN (SELECT municipality_id, sum(eligible) AS eligible FROM electorate GROUP BY 1) AS t USING (municipality_id)
 WHERE e.foreign_national AND e.eligible > 0
 ORDER BY e.eligible DESC, m.name
 LIMIT 15;

-- ===========================================================================
\echo
\echo '==========================================================================================='
\echo ' 2. Rejected and flagged candidacies: the reasons and their legal basis'
\echo '==========================================================================================='
\echo
CREATE TEMP TABLE unmet AS
SELECT 'refused' AS outcome, o.kandidat_id, o.fio, o.okrug, o.dolzhnost, x.requirement, x.detail, x.legal_basis
  FROM demo.otkaz o
  CROSS JOIN LATERAL electoral.explain('stand', o.dolzhnost, o.data_vyborov, o.grazhdanstvo, o.data_rozhdeniya,
                                       o.status_prozhivaniya, o.prozhivaet_s, o.v_spiske,
                                       o.nedeesposoben, o.v_zaklyuchenii, o.pod_strazhei,
                                       foreign_residence_permit => o.vnzh_za_rubezhom,
                                       conviction => o.sudimost, conviction_imprisonment => o.lishenie_svobody,
                                       conviction_expunged => o.data_pogasheniya, foreign_agent => o.inoagent,
                                       foreign_benefit_document => o.karta_polyaka) AS x
 WHERE NOT x.satisfied
UNION ALL
SELECT 'flagged', z.kandidat_id, z.fio, z.okrug, z.dolzhnost, f->>'requirement', f->>'detail', f->>'legal_basis'
  FROM demo.zayavlenie z
  CROSS JOIN LATERAL jsonb_array_elements(z.problems) AS f;

\echo '-- refused at registration and flagged at nomination, by unmet requirement and its legal basis'
SELECT requirement, legal_basis AS "legal basis",
       count(DISTINCT kandidat_id) FILTER (WHERE outcome = 'refused') AS refused,
       count(DISTINCT kandidat_id) FILTER (WHERE outcome = 'flagged') AS flagged
  FROM unmet GROUP BY 1, 2 ORDER BY 3 DESC, 4 DESC, 1, 2;

\echo '-- each candidacy: refused at registration (the trigger kandidat_izbiratelnoe_pravo raised SQLSTATE 23514;'
\echo '-- the PL/pgSQL block caught it and kept MESSAGE_TEXT and PG_EXCEPTION_DETAIL in otkaz), or kept and'
\echo '-- flagged at nomination (zayavlenie_izbiratelnoe_pravo, flag=problems jsonb); the reasons as'
\echo '-- electoral.explain gives them'
\pset format unaligned
\pset tuples_only on
SELECT format('%s  %s (%s), %s', upper(outcome), fio, okrug, dolzhnost)
       || string_agg(format(E'\n           %s: %s\n               [%s]', requirement, detail, legal_basis), '' ORDER BY requirement)
  FROM unmet
 GROUP BY outcome, kandidat_id, fio, okrug, dolzhnost
 ORDER BY outcome DESC, dolzhnost, fio, kandidat_id;
\pset tuples_only off
\pset format aligned
\echo

\echo '-- eligible although not simply a citizen: registered candidates who are foreign or dual nationals'
SELECT k.fio AS candidate, k.okrug AS district, k.dolzhnost AS office, k.grazhdanstvo AS citizenship,
       k.status_prozhivaniya AS residence, k.v_spiske AS "on the list"
  FROM demo.kandidat k
 WHERE k.grazhdanstvo <> ARRAY[split_part(k.dolzhnost, '.', 1)]::electoral.country[]
 ORDER BY cardinality(k.grazhdanstvo) DESC, k.dolzhnost, k.fio
 LIMIT 12;

-- ===========================================================================
\echo
\echo '==========================================================================================='
\echo ' 3. Could foreign voters sway a close contest?  Eligible foreign voters in each'
\echo '    municipality against the margin of its last election (before the Protocol: citizens'
\echo '    only), largest first by foreign eligible voters per vote of margin'
\echo '==========================================================================================='
\echo
SELECT count(*) AS municipalities,
       count(*) FILTER (WHERE foreign_eligible > margin) AS "foreign eligible outnumber the margin",
       count(*) FILTER (WHERE margin_pct < 3) AS "margin under 3%",
       count(*) FILTER (WHERE margin_pct < 3 AND foreign_eligible > margin) AS "both"
  FROM (SELECT m.id, coalesce(sum(e.eligible) FILTER (WHERE e.foreign_national), 0) AS foreign_eligible,
               m.winner_votes - m.runner_up_votes AS margin,
               100.0 * (m.winner_votes - m.runner_up_votes) / nullif(m.votes_cast, 0) AS margin_pct
          FROM demo.municipality m JOIN electorate e ON e.municipality_id = m.id
         GROUP BY m.id) AS s;

SELECT m.name AS municipality, r.country AS "in",
       s.foreign_eligible AS "foreign eligible", s.eligible AS "all eligible",
       round(100.0 * s.foreign_eligible / nullif(s.eligible, 0), 1) AS "foreign %",
       m.last_election AS "last election", m.votes_cast AS "votes cast",
       m.winner_votes AS winner, m.runner_up_votes AS "runner-up",
       m.winner_votes - m.runner_up_votes AS margin,
       round(100.0 * (m.winner_votes - m.runner_up_votes) / nullif(m.votes_cast, 0), 1) AS "margin %",
       round(s.foreign_eligible::numeric / (m.winner_votes - m.runner_up_votes), 1) AS "foreign per margin vote",
       CASE WHEN s.foreign_eligible > m.winner_votes - m.runner_up_votes THEN '<< outnumber the margin' ELSE '' END AS " "
  FROM (SELECT municipality_id,
               coalesce(sum(eligible) FILTER (WHERE foreign_national), 0) AS foreign_eligible,
               sum(eligible) AS eligible
          FROM electorate GROUP BY 1) AS s
  JOIN demo.municipality m ON m.id = s.municipality_id
  JOIN demo.region r ON r.code = m.region
 ORDER BY s.foreign_eligible::numeric / (m.winner_votes - m.runner_up_votes) DESC, m.name
 LIMIT 15;

-- ===========================================================================
\echo
\echo '==========================================================================================='
\echo ' 4. Data quality'
\echo '==========================================================================================='
\echo
-- every document of the import, one row each, as typed, with what is wrong
-- with it (NULL: nothing): electoral.validation_error, and for the scanned
-- machine-readable zones demo.mrz_error (10_registry.sql: the same message;
-- electoral.validation_error itself where the extension validates electoral.mrz)
CREATE TEMP VIEW document AS
SELECT p.id, d.kind, d.value, d.problem
  FROM demo.person_import p
  CROSS JOIN LATERAL (VALUES ('electoral.ru_passport'::regtype, p.ru_passport, electoral.validation_error(p.ru_passport, 'electoral.ru_passport')),
                             ('electoral.ru_snils', p.snils, electoral.validation_error(p.snils, 'electoral.ru_snils')),
                             ('electoral.ru_inn', p.inn, electoral.validation_error(p.inn, 'electoral.ru_inn')),
                             ('electoral.by_personal_number', p.by_personal_number,
                              electoral.validation_error(p.by_personal_number, 'electoral.by_personal_number')),
                             ('electoral.by_passport', p.by_passport, electoral.validation_error(p.by_passport, 'electoral.by_passport')),
                             ('electoral.kz_iin', p.kz_iin, electoral.validation_error(p.kz_iin, 'electoral.kz_iin')),
                             ('electoral.mrz', p.mrz, demo.mrz_error(p.mrz))) AS d(kind, value, problem)
 WHERE d.value IS NOT NULL;

\echo '-- invalid documents (electoral.validation_error), and documents typed with Cyrillic look-alikes'
\echo '-- or in lower case, which normalise to valid values and are not counted as bad; electoral.mrz:'
\echo '-- the passports of the foreign residents and the citizens'' internal passports, as scanned'
SELECT kind AS document, count(*) AS present,
       count(*) FILTER (WHERE problem IS NOT NULL) AS invalid,
       round(100.0 * count(*) FILTER (WHERE problem IS NOT NULL) / count(*), 2) AS "invalid %",
       count(*) FILTER (WHERE value ~ '[А-Яа-яa-z]' AND problem IS NULL) AS "look-alikes, valid"
  FROM document
 GROUP BY kind
 ORDER BY kind::text;

\echo '-- a sample of the invalid numbers, with what is wrong (electoral.validation_error)'
SELECT id AS person, kind AS document, value AS "as typed", problem
  FROM (SELECT *, row_number() OVER (PARTITION BY kind ORDER BY demo.u(id, 990)) AS n
          FROM document WHERE problem IS NOT NULL AND kind <> 'electoral.mrz'::regtype) AS bad
 WHERE n <= 2
 ORDER BY n, kind::text
 LIMIT 10;

\echo '-- the unreadable machine-readable zones by what is wrong, each with an example: its second'
\echo '-- line as scanned, and the error (electoral.validation_error, after the quoted input)'
SELECT what AS "what is wrong", count(*) AS zones,
       (array_agg(id ORDER BY demo.u(id, 992)))[1] AS "e.g. person",
       (array_agg(line2 ORDER BY demo.u(id, 992)))[1] AS "second line as scanned",
       (array_agg(detail ORDER BY demo.u(id, 992)))[1] AS error
  FROM (SELECT id, detail,
               regexp_replace(value, '^\S{44}\s*', '') AS line2,
               regexp_replace(detail, '( is [0-9<]+, expected [0-9]+|; found .*)$', '') AS what
          FROM (SELECT id, mrz AS value, regexp_replace(demo.mrz_error(mrz), '^.*": ', '') AS detail
                  FROM demo.person_import WHERE mrz IS NOT NULL) AS d
         WHERE detail IS NOT NULL) AS d
 GROUP BY what
 ORDER BY zones DESC, what;

-- Identity mismatches: every record against its documents, by
-- electoral.identity_mismatches, the one source of these checks: the birth
-- date and sex a Belarusian personal number or a Kazakh IIN encodes, a Russian
-- passport not replaced at 20 or 45 (documents.md), the scanned passport
-- of a foreign resident (nationality, birth date, sex, name, personal number,
-- expiry), and a citizen's scanned internal passport (its name decoded from
-- the MVD's table, birth date, sex, the passport and its issue date).  Each on the polling day of the person's municipality; only where
-- there is a document to check.  For the foreign residents with a finding,
-- whether they may vote there (electoral.can_vote).
-- (identity_mismatches takes some 70 microseconds a record, and the planner
-- takes it for cheap: told that parallel workers cost nothing to start and
-- feed, it splits the scan among them.)
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
CREATE TEMP TABLE mismatch AS
SELECT p.id, concat_ws(' ', p.surname, p.given_name, p.patronymic) AS name, p.municipality_id, x.code, x.detail,
       f.foreign_national,
       f.foreign_national AND electoral.can_vote(m.office, m.polling_day, p.citizenships, p.birth_date,
                                                 p.residence, p.resident_since, p.registered,
                                                 p.incapacitated, p.imprisoned, p.detained) AS eligible
  FROM demo.person p
  JOIN (SELECT m.*, r.country FROM demo.municipality m JOIN demo.region r ON r.code = m.region) AS m
    ON m.id = p.municipality_id
  CROSS JOIN LATERAL (SELECT NOT (m.country OPERATOR(electoral.=) ANY (p.citizenships)) AS foreign_national) AS f
  CROSS JOIN LATERAL electoral.identity_mismatches(
        full_name => concat_ws(' ', p.surname, p.given_name, p.patronymic),
        birth_date => p.birth_date, sex => p.sex, citizenships => p.citizenships, mrz => p.mrz,
        by_personal_number => p.by_personal_number, kz_iin => p.kz_iin,
        ru_passport => p.ru_passport, ru_passport_issued_on => p.ru_passport_issued,
        on_date => m.polling_day) AS x
 WHERE p.mrz IS NOT NULL OR p.by_personal_number IS NOT NULL OR p.kz_iin IS NOT NULL
    OR (p.ru_passport IS NOT NULL AND p.ru_passport_issued IS NOT NULL);
RESET parallel_setup_cost;
RESET parallel_tuple_cost;

SELECT count(*) AS foreign_residents, count(mrz) AS scanned
  FROM demo.person p
  JOIN demo.municipality m ON m.id = p.municipality_id
  JOIN demo.region r ON r.code = m.region
 WHERE NOT (r.country OPERATOR(electoral.=) ANY (p.citizenships)) \gset
\echo '-- identity mismatches (electoral.identity_mismatches), people by finding: citizens; foreign'
\echo '-- residents, of whom' :foreign_residents 'are on the registry and' :scanned 'have a readable passport scan;'
\echo '-- and of those, the ones who may vote in their municipality'
SELECT coalesce(code, '(any of them)') AS finding,
       count(DISTINCT id) FILTER (WHERE NOT foreign_national) AS citizens,
       count(DISTINCT id) FILTER (WHERE foreign_national) AS "foreign residents",
       round(100.0 * count(DISTINCT id) FILTER (WHERE foreign_national) / :foreign_residents, 2) AS "% of them",
       count(DISTINCT id) FILTER (WHERE eligible) AS "eligible foreign voters"
  FROM mismatch
 GROUP BY ROLLUP (code)
 ORDER BY code IS NULL, code;

\echo '-- names spelt on Russian passports as in 1997-2010 (Й -> Y, Я -> YA, Ю -> YU), not as the'
\echo '-- ICAO table of today would: the same name to electoral.name_matches, so not flagged'
SELECT count(*) AS "scanned in the 1997-2010 spelling",
       count(*) FILTER (WHERE EXISTS (SELECT FROM mismatch x WHERE x.id = p.id AND x.code = 'mrz_name')) AS "flagged mrz_name"
  FROM demo.person p
  CROSS JOIN LATERAL (SELECT electoral.mrz_name_field(p.mrz) AS field) AS f
 WHERE p.mrz IS NOT NULL
   AND (electoral.mrz_fields(p.mrz)).format = 'TD3'
   AND (electoral.mrz_fields(p.mrz)).nationality OPERATOR(electoral.=) 'RUS'
   AND f.field <> rpad(demo.mrz_name(p.surname, p.given_name, 'ru'), 39, '<')
   AND f.field = rpad(demo.mrz_name(demo.older_latin(p.surname, 'RUS'), demo.older_latin(p.given_name, 'RUS'), 'ru'), 39, '<');

\echo '-- the foreign voters whose documents do not match their records: a sample of those who may'
\echo '-- vote, across the findings'
SELECT s.name, m.name AS municipality, s.code AS finding, s.detail
  FROM (SELECT *, row_number() OVER (PARTITION BY code ORDER BY demo.u(id, 991)) AS n
          FROM mismatch WHERE eligible) AS s
  JOIN demo.municipality m ON m.id = s.municipality_id
 ORDER BY s.n, s.code
 LIMIT 15;

\echo '-- and of the citizens, an example of each finding'
SELECT s.name, m.name AS municipality, s.code AS finding, s.detail
  FROM (SELECT *, row_number() OVER (PARTITION BY code ORDER BY demo.u(id, 993)) AS n
          FROM mismatch WHERE NOT foreign_national) AS s
  JOIN demo.municipality m ON m.id = s.municipality_id
 WHERE s.n = 1
 ORDER BY s.code;
