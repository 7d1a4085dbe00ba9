-- Finding bad rows in dirty data without raising.
CREATE TABLE registry_import (id int, inn text, snils text, citizenship text);
INSERT INTO registry_import VALUES
  (1, '7709442668',   '112-233-445 95', 'RU'),
  (2, '7709442667',   '112-233-445 90', 'BLR'),
  (3, '1234 567 894', 'not a snils',    'XX'),
  (4, NULL,           '00100199800',    '112');

SELECT id,
       electoral.is_valid(inn, 'electoral.ru_inn') AS inn_ok,
       electoral.validation_error(inn, 'electoral.ru_inn') AS inn_error,
       electoral.validation_error(snils, 'electoral.ru_snils') AS snils_error,
       electoral.validation_error(citizenship, 'electoral.country') AS country_error
  FROM registry_import ORDER BY id;

SELECT count(*) FILTER (WHERE NOT electoral.is_valid(snils, 'electoral.ru_snils')) AS bad_snils
  FROM registry_import;

-- only electoral's types can be asked about
-- (after each refused value, the SQLSTATE it raised)
SELECT electoral.is_valid('x', 'text');
\echo SQLSTATE :LAST_ERROR_SQLSTATE
