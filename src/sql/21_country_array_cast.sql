
-- ---------------------------------------------------------------------------
-- Client drivers send a list of strings as text[] (psycopg2 writes
-- ARRAY['RU','BY'], which resolves to text[]), and a function call only
-- applies implicit casts: text -> country is an assignment cast, so
-- can_vote(..., ARRAY['RU'], ...) found no function (42883).  This cast lets
-- text[] stand where a country[] is expected; it goes through the two types'
-- text forms, so every element is validated by country's input (22P02 for a
-- bad code) and NULL elements stay NULL.  Nothing takes text[] and country[]
-- in the same position, so no call becomes ambiguous (test/99_packaging.sql).
-- ---------------------------------------------------------------------------
CREATE CAST (pg_catalog.text[] AS electoral.country[]) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (pg_catalog.text[] AS electoral.country[]) IS
    'implicit, validating cast from text[]: what client drivers send for a list of country codes';
