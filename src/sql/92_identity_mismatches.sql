
-- ---------------------------------------------------------------------------
-- One registry record against its documents.  Every argument is optional:
-- a check runs only where both sides are known.
-- ---------------------------------------------------------------------------

-- In C (src/pg/identity.c): a report calls it for every person of a
-- registry.  Dates in findings read YYYY-MM-DD whatever the DateStyle.
CREATE FUNCTION electoral.identity_mismatches(
    full_name pg_catalog.text DEFAULT NULL,
    birth_date pg_catalog.date DEFAULT NULL,
    sex pg_catalog.text DEFAULT NULL,
    citizenships electoral.country[] DEFAULT NULL,
    mrz electoral.mrz DEFAULT NULL,
    by_personal_number electoral.by_personal_number DEFAULT NULL,
    kz_iin electoral.kz_iin DEFAULT NULL,
    ru_passport electoral.ru_passport DEFAULT NULL,
    ru_passport_issued_on pg_catalog.date DEFAULT NULL,
    on_date pg_catalog.date DEFAULT NULL,
    OUT code pg_catalog.text,
    OUT detail pg_catalog.text
) RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'identity_mismatches' LANGUAGE C STABLE PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION electoral.identity_mismatches(pg_catalog.text, pg_catalog.date, pg_catalog.text, electoral.country[],
    electoral.mrz, electoral.by_personal_number, electoral.kz_iin, electoral.ru_passport, pg_catalog.date, pg_catalog.date) IS
    'findings (code, detail) for one registry record against its documents: birth date and sex encoded in Belarusian '
    'and Kazakh numbers, MRZ nationality, birth date, sex, name and personal number, a document expired on on_date '
    '(default today), a Russian passport not replaced at 20 or 45 (the record''s, else the one whose MRZ is given); '
    'a Russian internal passport''s MRZ also against '
    'the record''s passport (mrz_ru_passport) and its issue date (mrz_ru_passport_issued_on); empty when everything agrees';
