-- make demo, part 1: the identity types at work on a small registry import.
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
SET datestyle = ISO;

\echo
\echo '== A registry import as it arrives: text typed by hand, Cyrillic look-alikes, bad check digits'
CREATE TEMP TABLE import (id int, full_name text, citizenship text, inn text, snils text,
                          by_number text, by_passport text, kz_iin text);
INSERT INTO import VALUES
  (1, 'Иванов Иван',        'RUS', '7709442668',   '112-233-445 95', NULL,             NULL,        NULL),
  (2, 'Петрова Анна',       'ru',  '123456789047', '987 654 321 83',    NULL,             NULL,        NULL),
  (3, 'Ковалёв Игорь',      '112', NULL,           NULL,             '3270287A012PB2', 'MP1234567', NULL),
  (4, 'Лукашевич Олег' ,    'by',  NULL,           NULL,             '3041088А042РВ2', 'мр 7654321', NULL),
  (5, 'Ахметов Нурлан',     'KAZ', NULL,           NULL,             NULL,             NULL,        '901123300258'),
  (6, 'Сидоров Павел',      'RU',  '1234567895',   '112-233-445 90', NULL,             NULL,        NULL),
  (7, 'Шевчук Марина',      'BLR', NULL,           NULL,             '3270287A012PB3', 'M11234567', NULL),
  (8, 'Есенова Айгерим',    'KZ',  NULL,           NULL,             NULL,             NULL,        '901123300255'),
  (9, 'Неизвестный',        'ZZ',  '77094426',     NULL,             NULL,             NULL,        NULL);
SELECT * FROM import ORDER BY id;

\echo '== Data quality without raising: which rows are bad, and why'
SELECT id, kind, value, electoral.validation_error(value, kind) AS problem
  FROM import,
       LATERAL (VALUES ('electoral.country'::regtype, citizenship), ('electoral.ru_inn', inn),
                       ('electoral.ru_snils', snils), ('electoral.by_personal_number', by_number),
                       ('electoral.by_passport', by_passport), ('electoral.kz_iin', kz_iin)) AS v(kind, value)
 WHERE NOT electoral.is_valid(value, kind)
 ORDER BY id, kind::text;

\echo '== The good rows, loaded into typed columns: canonical forms and what the numbers encode'
CREATE TEMP TABLE person (
    id int PRIMARY KEY,
    full_name text NOT NULL,
    citizenship electoral.country NOT NULL,
    inn electoral.ru_inn UNIQUE,
    snils electoral.ru_snils UNIQUE,
    by_number electoral.by_personal_number UNIQUE,
    by_passport electoral.by_passport UNIQUE,
    kz_iin electoral.kz_iin UNIQUE
);
INSERT INTO person
SELECT id, full_name, citizenship, inn, snils, by_number, by_passport, kz_iin
  FROM import i
 WHERE (SELECT bool_and(v IS NULL OR electoral.is_valid(v, k))
          FROM (VALUES ('electoral.country'::regtype, citizenship), ('electoral.ru_inn', inn),
                       ('electoral.ru_snils', snils), ('electoral.by_personal_number', by_number),
                       ('electoral.by_passport', by_passport), ('electoral.kz_iin', kz_iin)) AS c(k, v));
SELECT id, full_name, citizenship, electoral.country_name(citizenship) AS country,
       coalesce(inn::text, '') AS inn, coalesce(snils::text, '') AS snils,
       coalesce(by_number::text, kz_iin::text, '') AS personal_number,
       coalesce(electoral.birth_date(by_number), electoral.birth_date(kz_iin)) AS encoded_birth_date,
       coalesce(electoral.sex(by_number), electoral.sex(kz_iin)) AS encoded_sex
  FROM person ORDER BY id;

\echo '== The same number typed again in lower case is the same person: the unique key says so'
\set ON_ERROR_STOP 0
INSERT INTO person (id, full_name, citizenship, by_number) VALUES (10, 'Ковалёв И.', 'BY', '3270287a012pb2');
\set ON_ERROR_STOP 1

\echo '== A bad value typed straight into a typed column is refused with what is wrong'
\set ON_ERROR_STOP 0
INSERT INTO person (id, full_name, citizenship, snils) VALUES (11, 'Орлов Олег', 'RU', '112-233-445 90');
\set ON_ERROR_STOP 1
