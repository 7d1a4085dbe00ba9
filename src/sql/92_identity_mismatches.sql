
-- ---------------------------------------------------------------------------
-- One registry record against its documents.  Every argument is optional:
-- a check runs only where both sides are known.
-- ---------------------------------------------------------------------------

-- Dates in findings read the same under every DateStyle.
CREATE FUNCTION electoral.iso_date(d pg_catalog.date) RETURNS pg_catalog.text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT pg_catalog.to_char($1, 'YYYY-MM-DD') $$;
COMMENT ON FUNCTION electoral.iso_date(pg_catalog.date) IS 'a date as YYYY-MM-DD whatever the DateStyle (for messages)';

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
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, electoral, pg_temp
AS $$
    WITH rec AS (
        SELECT $1 AS full_name, $2 AS birth_date,
               -- the record's sex as M/F; Cyrillic М (male) and Ж (female) accepted
               CASE upper(left(btrim($3), 1)) WHEN 'M' THEN 'M' WHEN 'М' THEN 'M'
                                               WHEN 'F' THEN 'F' WHEN 'Ж' THEN 'F' END AS sex,
               $4 AS citizenships, $5 AS mrz, $6 AS by_number, $7 AS iin, $8 AS passport,
               $9 AS issued_on, coalesce($10, current_date) AS on_date
    ), doc AS (
        SELECT rec.*, f.nationality, f.birth_date AS mrz_birth, f.sex AS mrz_sex, f.expiry_date,
               f.personal_number, f.surname, f.given_names, electoral.mrz_name_field(rec.mrz) AS name_field,
               electoral.birth_date(rec.by_number) AS by_birth, electoral.sex(rec.by_number) AS by_sex,
               electoral.birth_date(rec.iin) AS iin_birth, electoral.sex(rec.iin) AS iin_sex
          FROM rec LEFT JOIN LATERAL electoral.mrz_fields(rec.mrz) AS f ON true
    )
    SELECT m.code, m.detail FROM doc, LATERAL (VALUES
        (1, 'by_number_birth_date', by_birth IS DISTINCT FROM birth_date AND by_birth IS NOT NULL AND birth_date IS NOT NULL,
            format('personal number %s encodes birth date %s, the record says %s', by_number, iso_date(by_birth), iso_date(birth_date))),
        (2, 'by_number_sex', by_sex IS DISTINCT FROM sex AND by_sex IS NOT NULL AND sex IS NOT NULL,
            format('personal number %s encodes sex %s, the record says %s', by_number, by_sex, sex)),
        (3, 'kz_iin_birth_date', iin_birth IS DISTINCT FROM birth_date AND iin_birth IS NOT NULL AND birth_date IS NOT NULL,
            format('IIN %s encodes birth date %s, the record says %s', iin, iso_date(iin_birth), iso_date(birth_date))),
        (4, 'kz_iin_sex', iin_sex IS DISTINCT FROM sex AND iin_sex IS NOT NULL AND sex IS NOT NULL,
            format('IIN %s encodes sex %s, the record says %s', iin, iin_sex, sex)),
        (5, 'mrz_nationality', mrz IS NOT NULL AND citizenships IS NOT NULL
                               AND NOT (nationality OPERATOR(electoral.=) ANY (citizenships)),
            format('the document gives nationality %s, the record claims %s', nationality,
                   coalesce(nullif(array_to_string(citizenships, ', '), ''), 'no citizenship'))),
        (6, 'mrz_birth_date', mrz_birth IS DISTINCT FROM birth_date AND mrz_birth IS NOT NULL AND birth_date IS NOT NULL,
            format('the document gives birth date %s, the record says %s', iso_date(mrz_birth), iso_date(birth_date))),
        (7, 'mrz_sex', mrz_sex IS DISTINCT FROM sex AND mrz_sex IS NOT NULL AND sex IS NOT NULL,
            format('the document gives sex %s, the record says %s', mrz_sex, sex)),
        (8, 'mrz_name', mrz IS NOT NULL AND full_name IS NOT NULL AND NOT electoral.name_matches(full_name, name_field),
            format('the document names %s, the record says %s', concat_ws(' ', surname, given_names), full_name)),
        (9, 'mrz_personal_number', mrz IS NOT NULL AND by_number IS NOT NULL AND personal_number IS NOT NULL
                                   AND electoral.is_valid(personal_number, 'electoral.by_personal_number')
                                   AND personal_number::electoral.by_personal_number OPERATOR(electoral.<>) by_number,
            format('the document carries personal number %s, the record %s', personal_number, by_number)),
        (10, 'document_expired', expiry_date IS NOT NULL AND expiry_date < on_date,
            format('the document expired on %s, before %s', iso_date(expiry_date), iso_date(on_date))),
        (11, 'ru_passport_expired', passport IS NOT NULL AND birth_date IS NOT NULL AND issued_on IS NOT NULL
                                    AND NOT electoral.ru_passport_valid_on(passport, birth_date, issued_on, on_date),
            format('passport %s issued on %s is not valid on %s for a holder born %s (it must be replaced at 20 and at 45)',
                   passport, iso_date(issued_on), iso_date(on_date), iso_date(birth_date)))
    ) AS m(n, code, found, detail)
    WHERE m.found
    ORDER BY m.n
$$;
COMMENT ON FUNCTION electoral.identity_mismatches(pg_catalog.text, pg_catalog.date, pg_catalog.text, electoral.country[],
    electoral.mrz, electoral.by_personal_number, electoral.kz_iin, electoral.ru_passport, pg_catalog.date, pg_catalog.date) IS
    'findings (code, detail) for one registry record against its documents: birth date and sex encoded in Belarusian '
    'and Kazakh numbers, MRZ nationality, birth date, sex, name and personal number, a document expired on on_date '
    '(default today), a Russian passport not replaced at 20 or 45; empty when everything agrees';
