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
                                       foreign_residence_permit => o.vnzh_za_rubezhom) AS x
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
-- every document of the import, one row each, as typed
CREATE TEMP VIEW document AS
SELECT p.id, d.kind, d.value
  FROM demo.person_import p
  CROSS JOIN LATERAL (VALUES ('electoral.ru_passport'::regtype, p.ru_passport),
                             ('electoral.ru_snils', p.snils),
                             ('electoral.ru_inn', p.inn),
                             ('electoral.by_personal_number', p.by_personal_number),
                             ('electoral.by_passport', p.by_passport),
                             ('electoral.kz_iin', p.kz_iin)) AS d(kind, value)
 WHERE d.value IS NOT NULL;

\echo '-- invalid document numbers (electoral.is_valid), and numbers typed with Cyrillic look-alikes'
\echo '-- or in lower case, which normalise to valid numbers and are not counted as bad'
SELECT kind AS document, count(*) AS present,
       count(*) FILTER (WHERE NOT electoral.is_valid(value, kind)) AS invalid,
       round(100.0 * count(*) FILTER (WHERE NOT electoral.is_valid(value, kind)) / count(*), 2) AS "invalid %",
       count(*) FILTER (WHERE value ~ '[А-Яа-яa-z]' AND electoral.is_valid(value, kind)) AS "look-alikes, valid"
  FROM document
 GROUP BY kind
 ORDER BY kind::text;

\echo '-- a sample of the invalid ones, with what is wrong (electoral.validation_error)'
SELECT id AS person, kind AS document, value AS "as typed", electoral.validation_error(value, kind) AS problem
  FROM (SELECT *, row_number() OVER (PARTITION BY kind ORDER BY demo.u(id, 990)) AS n
          FROM document WHERE NOT electoral.is_valid(value, kind)) AS bad
 WHERE n <= 2
 ORDER BY n, kind::text
 LIMIT 10;

-- Identity mismatches: what a valid number encodes against what the record says,
-- and Russian passports past the age at which they had to be replaced
-- (issued before the 20th birthday: invalid from the 20th; before the 45th:
-- invalid from the 45th; documents.md).  Checked on the polling day.
CREATE TEMP TABLE mismatch AS
SELECT p.id, 'BY personal number: birth date'::text AS "check", p.by_personal_number::text AS document,
       electoral.birth_date(p.by_personal_number)::text AS "document says", p.birth_date::text AS "record says"
  FROM demo.person p
 WHERE electoral.birth_date(p.by_personal_number) <> p.birth_date
UNION ALL
SELECT p.id, 'BY personal number: sex', p.by_personal_number::text, electoral.sex(p.by_personal_number), p.sex
  FROM demo.person p
 WHERE electoral.sex(p.by_personal_number) <> p.sex
UNION ALL
SELECT p.id, 'KZ IIN: birth date', p.kz_iin::text, electoral.birth_date(p.kz_iin)::text, p.birth_date::text
  FROM demo.person p
 WHERE electoral.birth_date(p.kz_iin) <> p.birth_date
UNION ALL
SELECT p.id, 'KZ IIN: sex', p.kz_iin::text, electoral.sex(p.kz_iin), p.sex
  FROM demo.person p
 WHERE electoral.sex(p.kz_iin) <> p.sex
UNION ALL
SELECT p.id, 'RU passport: not replaced at ' || a.age, p.ru_passport::text,
       'issued ' || p.ru_passport_issued || ', at ' || date_part('year', age(p.ru_passport_issued, p.birth_date)),
       'born ' || p.birth_date || ', ' || date_part('year', age(m.polling_day, p.birth_date)) || ' on ' || m.polling_day
  FROM demo.person p
  JOIN demo.municipality m ON m.id = p.municipality_id
  CROSS JOIN LATERAL (SELECT CASE
          WHEN p.ru_passport_issued < p.birth_date + interval '45 years'
           AND m.polling_day >= p.birth_date + interval '45 years' THEN 45
          WHEN p.ru_passport_issued < p.birth_date + interval '20 years'
           AND m.polling_day >= p.birth_date + interval '20 years' THEN 20 END AS age) AS a
 WHERE p.ru_passport IS NOT NULL AND a.age IS NOT NULL;
-- >>> MRZ (another change): name mismatches go here: the Cyrillic name of the
--     record against the Latin name of the scanned MRZ (electoral.name_matches,
--     electoral.identity_mismatches), as further rows of this table.
-- <<< MRZ

\echo '-- identity mismatches, counted'
SELECT "check", count(*) AS people
  FROM mismatch GROUP BY 1 ORDER BY 1;

\echo '-- and a sample'
SELECT id AS person, "check", document, "document says", "record says"
  FROM (SELECT *, row_number() OVER (PARTITION BY "check" ORDER BY demo.u(id, 991)) AS n FROM mismatch) AS s
 WHERE n <= 2
 ORDER BY n, "check"
 LIMIT 10;
