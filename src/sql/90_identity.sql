
-- ---------------------------------------------------------------------------
-- Identity verification: names in Cyrillic against the Latin of passports.
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.translit(name pg_catalog.text, script pg_catalog.text DEFAULT 'ru')
    RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'translit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.translit(pg_catalog.text, pg_catalog.text) IS
    'Cyrillic name to the ICAO 9303 Latin of passports: upper case, words separated by single spaces, hyphens kept; '
    'script ''ru'', ''by'' (Belarusian: the letter GHE as H, YO as IO) or ''uk'' (Ukrainian: the letter I as Y)';

CREATE FUNCTION electoral.name_matches(cyrillic pg_catalog.text, mrz_name pg_catalog.text)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'name_matches' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.name_matches(pg_catalog.text, pg_catalog.text) IS
    'true when a registry name in Cyrillic is the person named in an MRZ name field (or the same written with spaces): '
    'TS or TC for Cyrillic TSE, a dropped hard sign, Belarusian forms, either word order, hyphens as <, truncated fields, a patronymic the passport omits';
