-- The identity-number types: normalisation in, canonical form out.
SET datestyle = ISO;
SELECT v AS input, v::electoral.ru_inn AS ru_inn
  FROM (VALUES ('1234567894'), ('123456789047'), ('7709442668'), (' 7709-442-668 ')) AS t(v);
SELECT v AS input, v::electoral.ru_snils AS ru_snils
  FROM (VALUES ('112-233-445 95'), ('11223344595'), ('112.233.445.95'), ('001-001-998 00')) AS t(v);
SELECT v AS input, v::electoral.ru_passport AS ru_passport,
       electoral.region_code(v::electoral.ru_passport), electoral.blank_year(v::electoral.ru_passport)
  FROM (VALUES ('4506 123456'), ('40 99 000001'), ('0126-654321')) AS t(v);
SELECT v AS input, v::electoral.by_personal_number AS pn,
       electoral.birth_date(v::electoral.by_personal_number),
       electoral.sex(v::electoral.by_personal_number)
  FROM (VALUES ('3270287A012PB2'), ('3041088a042pb2'), ('7000000A000PB1'),
               ('3270287А012РВ2' /* Cyrillic А Р В */)) AS t(v);
SELECT v AS input, v::electoral.by_passport AS by_passport
  FROM (VALUES ('MP1234567'), ('mp 123 45 67'), ('МР1234567' /* Cyrillic */)) AS t(v);
SELECT v AS input, v::electoral.kz_iin AS kz_iin,
       electoral.birth_date(v::electoral.kz_iin), electoral.sex(v::electoral.kz_iin)
  FROM (VALUES ('901123300258'), ('871008401427')) AS t(v);

-- every kind of bad input names the type and the value, and says what is wrong
-- (after each refused value, the SQLSTATE it raised)
SELECT '1234567895'::electoral.ru_inn;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '123456789037'::electoral.ru_inn;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '123456789041'::electoral.ru_inn;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '12345678901'::electoral.ru_inn;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '12345678x4'::electoral.ru_inn;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '112-233-445 90'::electoral.ru_snils;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '112-233-445'::electoral.ru_snils;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '45 06 12345'::electoral.ru_passport;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '3270287A012PB3'::electoral.by_personal_number;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '7000000A000PB2'::electoral.by_personal_number;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '32702871012PB2'::electoral.by_personal_number;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '3270287Ж012PB2'::electoral.by_personal_number;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT 'M11234567'::electoral.by_passport;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '901123300255'::electoral.kz_iin;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT ''::electoral.kz_iin;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT repeat('1', 40)::electoral.kz_iin;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT E'1234\x01567894'::electoral.ru_inn;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
