-- electoral.country: what a registry DBA types, and what comes back.
SELECT v AS input, v::electoral.country AS country,
       electoral.alpha3(v::electoral.country) AS alpha3,
       electoral.numeric_code(v::electoral.country) AS numeric,
       electoral.country_name(v::electoral.country) AS name
  FROM (VALUES ('ru'), ('RUS'), ('643'), ('by'), ('BLR'), ('112'), (' kz '), ('398'),
               ('D'), ('D<<'), ('DEU'), ('4'), ('004'), ('UTO'), ('XXA'), ('EUE'), ('GBN'),
               ('ci'), ('ax')) AS t(v);

-- ordering follows the canonical text
SELECT array_agg(c ORDER BY c) FROM unnest('{UTO,BY,RU,GB,GBD,AX,XXA,KZ}'::electoral.country[]) AS c;

-- bad input: SQLSTATE 22P02 with a detail saying what is wrong
-- (after each refused value, the SQLSTATE it raised)
SELECT 'ZZ'::electoral.country;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT 'ZZZ'::electoral.country;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT '999'::electoral.country;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT ''::electoral.country;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT 'UK'::electoral.country;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT 'РУ'::electoral.country;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
SELECT 'R<U'::electoral.country;
\echo SQLSTATE :LAST_ERROR_SQLSTATE
-- typed by hand: separators dropped, Cyrillic look-alikes read as Latin
SELECT 'R-U'::electoral.country, 'ВY'::electoral.country, ' b y '::electoral.country;
