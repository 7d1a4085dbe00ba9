
-- ---------------------------------------------------------------------------
-- electoral.country: what the generic type template does not know.
-- ---------------------------------------------------------------------------

COMMENT ON TYPE electoral.country IS
    'ISO 3166-1 country (input: alpha-2, alpha-3 or numeric code, any case; output: alpha-2), '
    'plus the ICAO Doc 9303 codes of machine-readable zones (D for Germany, UTO, XXA, XXB, XXC, XXX, EUE, UNO, UNA, UNK, GBD, GBN, GBO, GBP, GBS)';

CREATE FUNCTION electoral.alpha3(electoral.country) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'country_alpha3' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.alpha3(electoral.country) IS
    'ISO 3166-1 alpha-3 code; for ICAO-only codes, the ICAO code';

CREATE FUNCTION electoral.numeric_code(electoral.country) RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'country_numeric_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.numeric_code(electoral.country) IS
    'ISO 3166-1 numeric code; NULL for ICAO-only codes';

CREATE FUNCTION electoral.country_name(electoral.country) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'country_name' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.country_name(electoral.country) IS
    'English short name (ISO 3166-1, as shipped by Debian iso-codes), or the ICAO meaning of an ICAO-only code';
