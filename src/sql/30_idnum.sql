
-- ---------------------------------------------------------------------------
-- National identity numbers: what the generic type template does not know.
-- ---------------------------------------------------------------------------

COMMENT ON TYPE electoral.ru_inn IS
    'Russian taxpayer number (INN): 10 digits (organisation) or 12 (individual), check digits verified';
COMMENT ON TYPE electoral.ru_snils IS
    'Russian pension insurance number (SNILS): 11 digits, check number verified; output NNN-NNN-NNN NN';
COMMENT ON TYPE electoral.ru_passport IS
    'Russian internal passport: 4-digit series and 6-digit number (no check digit); output NN NN NNNNNN';
COMMENT ON TYPE electoral.by_personal_number IS
    'Belarusian identification (personal) number: 14 characters, ICAO 7-3-1 check digit verified';
COMMENT ON TYPE electoral.by_passport IS
    'Belarusian passport number: 2 letters and 7 digits (no check digit)';
COMMENT ON TYPE electoral.kz_iin IS
    'Kazakh individual identification number (IIN): 12 digits, check digit verified (Government Decree 406)';

CREATE FUNCTION electoral.region_code(electoral.ru_passport) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'ru_passport_region_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.region_code(electoral.ru_passport) IS
    'OKATO region code of the issuing region: the first two digits of the series (45 Moscow, 40 St Petersburg)';

CREATE FUNCTION electoral.blank_year(electoral.ru_passport) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'ru_passport_blank_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.blank_year(electoral.ru_passport) IS
    'year the passport blank was printed, from digits 3-4 of the series (97-99: 1997-1999, else 20xx); '
    'may differ from the issue year by 1-3 years';

CREATE FUNCTION electoral.birth_date(electoral.by_personal_number) RETURNS pg_catalog.date
    AS 'MODULE_PATHNAME', 'by_personal_number_birth_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.birth_date(electoral.by_personal_number) IS
    'birth date encoded in a pre-2012 personal number (century digit 1-6, then DDMMYY); NULL where the number encodes none';

CREATE FUNCTION electoral.sex(electoral.by_personal_number) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'by_personal_number_sex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.sex(electoral.by_personal_number) IS
    'M or F, from the first digit of a pre-2012 personal number (odd male, even female); NULL where the number encodes none';

CREATE FUNCTION electoral.birth_date(electoral.kz_iin) RETURNS pg_catalog.date
    AS 'MODULE_PATHNAME', 'kz_iin_birth_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.birth_date(electoral.kz_iin) IS
    'birth date encoded in an IIN (YYMMDD, century from digit 7); NULL where digit 7 or the date is out of range. '
    'Since Government Decree No. 853 of 26.08.2013 an IIN need not match its holder''s birth date: a hint, not proof';

CREATE FUNCTION electoral.sex(electoral.kz_iin) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'kz_iin_sex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.sex(electoral.kz_iin) IS
    'M or F, from digit 7 of an IIN (odd male, even female); NULL where it encodes none. '
    'Since Government Decree No. 853 of 26.08.2013 an IIN need not match its holder''s sex: a hint, not proof';

CREATE FUNCTION electoral.ru_passport_valid_on(passport electoral.ru_passport, birth_date pg_catalog.date,
                                               issued_on pg_catalog.date, on_date pg_catalog.date)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'ru_passport_valid_on' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.ru_passport_valid_on(electoral.ru_passport, pg_catalog.date, pg_catalog.date, pg_catalog.date) IS
    'whether a Russian internal passport is valid on a day: issued from 14, it must be replaced at 20 and at 45 '
    '(one issued before the 20th birthday is invalid from it; before the 45th, from the 45th); since 16.07.2021 '
    '(Government Decree No. 1205 of 15.07.2021) it stays valid until replaced, at most 90 days after that birthday';
