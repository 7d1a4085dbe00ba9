
-- ---------------------------------------------------------------------------
-- electoral.mrz: a passport's or ID card's machine-readable zone (ICAO 9303
-- TD1, TD2, TD3), stored as its canonical text.  Equality, order and hash
-- are those of the bytes (PostgreSQL's bytea functions, LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.mrz;

CREATE FUNCTION electoral.mrz_in(pg_catalog.cstring) RETURNS electoral.mrz
    AS 'MODULE_PATHNAME', 'mrz_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.mrz_out(electoral.mrz) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'mrz_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.mrz_recv(pg_catalog.internal) RETURNS electoral.mrz
    AS 'MODULE_PATHNAME', 'mrz_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.mrz_send(electoral.mrz) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'mrz_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.mrz (
    INPUT = electoral.mrz_in,
    OUTPUT = electoral.mrz_out,
    RECEIVE = electoral.mrz_recv,
    SEND = electoral.mrz_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended,
    CATEGORY = 'S'
);
COMMENT ON TYPE electoral.mrz IS
    'ICAO 9303 machine-readable zone (TD1 3x30, TD2 2x36, TD3 2x44) or the Russian internal passport''s (PNRUS, 2x44), '
    'every check digit verified; output: upper-case lines separated by newlines';
COMMENT ON FUNCTION electoral.mrz_in(pg_catalog.cstring) IS
    'text input of electoral.mrz: lines separated by newlines or spaces, any case; verifies every check digit '
    '(a long TD1/TD2 document number''s in either the standard''s form or with the filler kept in)';
COMMENT ON FUNCTION electoral.mrz_out(electoral.mrz) IS 'canonical text output of electoral.mrz';
COMMENT ON FUNCTION electoral.mrz_recv(pg_catalog.internal) IS 'binary input of electoral.mrz: the canonical text, re-validated';
COMMENT ON FUNCTION electoral.mrz_send(electoral.mrz) IS 'binary output of electoral.mrz: the canonical text';

CREATE FUNCTION electoral.mrz_eq(electoral.mrz, electoral.mrz) RETURNS pg_catalog.bool
    AS 'byteaeq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_ne(electoral.mrz, electoral.mrz) RETURNS pg_catalog.bool
    AS 'byteane' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_lt(electoral.mrz, electoral.mrz) RETURNS pg_catalog.bool
    AS 'bytealt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_le(electoral.mrz, electoral.mrz) RETURNS pg_catalog.bool
    AS 'byteale' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_gt(electoral.mrz, electoral.mrz) RETURNS pg_catalog.bool
    AS 'byteagt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_ge(electoral.mrz, electoral.mrz) RETURNS pg_catalog.bool
    AS 'byteage' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_cmp(electoral.mrz, electoral.mrz) RETURNS pg_catalog.int4
    AS 'byteacmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'bytea_sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.mrz_hash(electoral.mrz) RETURNS pg_catalog.int4
    AS 'hashvarlena' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.mrz_hash_extended(electoral.mrz, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashvarlenaextended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION electoral.mrz_eq(electoral.mrz, electoral.mrz) IS 'equal';
COMMENT ON FUNCTION electoral.mrz_ne(electoral.mrz, electoral.mrz) IS 'not equal';
COMMENT ON FUNCTION electoral.mrz_lt(electoral.mrz, electoral.mrz) IS 'less than';
COMMENT ON FUNCTION electoral.mrz_le(electoral.mrz, electoral.mrz) IS 'less than or equal';
COMMENT ON FUNCTION electoral.mrz_gt(electoral.mrz, electoral.mrz) IS 'greater than';
COMMENT ON FUNCTION electoral.mrz_ge(electoral.mrz, electoral.mrz) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.mrz_cmp(electoral.mrz, electoral.mrz) IS 'btree comparison of electoral.mrz';
COMMENT ON FUNCTION electoral.mrz_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.mrz';
COMMENT ON FUNCTION electoral.mrz_hash(electoral.mrz) IS 'hash of electoral.mrz';
COMMENT ON FUNCTION electoral.mrz_hash_extended(electoral.mrz, pg_catalog.int8) IS 'seeded hash of electoral.mrz';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.mrz, RIGHTARG = electoral.mrz, FUNCTION = electoral.mrz_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.mrz, RIGHTARG = electoral.mrz, FUNCTION = electoral.mrz_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.mrz, RIGHTARG = electoral.mrz, FUNCTION = electoral.mrz_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.mrz, RIGHTARG = electoral.mrz, FUNCTION = electoral.mrz_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.mrz, RIGHTARG = electoral.mrz, FUNCTION = electoral.mrz_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.mrz, RIGHTARG = electoral.mrz, FUNCTION = electoral.mrz_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
COMMENT ON OPERATOR electoral.= (electoral.mrz, electoral.mrz) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.mrz, electoral.mrz) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.mrz, electoral.mrz) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.mrz, electoral.mrz) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.mrz, electoral.mrz) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.mrz, electoral.mrz) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.mrz_ops
    DEFAULT FOR TYPE electoral.mrz USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.mrz_cmp(electoral.mrz, electoral.mrz),
        FUNCTION 2 electoral.mrz_sortsupport(pg_catalog.internal);
CREATE OPERATOR CLASS electoral.mrz_hash_ops
    DEFAULT FOR TYPE electoral.mrz USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.mrz_hash(electoral.mrz),
        FUNCTION 2 electoral.mrz_hash_extended(electoral.mrz, pg_catalog.int8);
COMMENT ON OPERATOR CLASS electoral.mrz_ops USING btree IS 'default btree operator class of electoral.mrz';
COMMENT ON OPERATOR FAMILY electoral.mrz_ops USING btree IS 'btree operator family of electoral.mrz';
COMMENT ON OPERATOR CLASS electoral.mrz_hash_ops USING hash IS 'default hash operator class of electoral.mrz';
COMMENT ON OPERATOR FAMILY electoral.mrz_hash_ops USING hash IS 'hash operator family of electoral.mrz';

CREATE CAST (pg_catalog.text AS electoral.mrz) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.mrz) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.mrz) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.mrz) IS 'validating cast from varchar';

CREATE FUNCTION electoral.mrz_fields(
    mrz electoral.mrz,
    OUT format pg_catalog.text,
    OUT document_code pg_catalog.text,
    OUT issuing_state electoral.country,
    OUT document_number pg_catalog.text,
    OUT nationality electoral.country,
    OUT birth_date pg_catalog.date,
    OUT sex pg_catalog.text,
    OUT expiry_date pg_catalog.date,
    OUT surname pg_catalog.text,
    OUT given_names pg_catalog.text,
    OUT personal_number pg_catalog.text,
    OUT document_number_check pg_catalog.text,
    OUT issue_date pg_catalog.date,
    OUT issuing_department pg_catalog.text,
    OUT ru_passport electoral.ru_passport
) AS 'MODULE_PATHNAME', 'mrz_fields' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.mrz_fields(electoral.mrz) IS
    'the fields of a machine-readable zone; STABLE because the birth century is the latest that is not in the future (today). '
    'document_number_check: for a TD1/TD2 number longer than 9 characters, ''standard'' (Doc 9303) or ''filler kept'' '
    '(the national variant, Belgian cards: the check digit computed with the < at position 15 kept in); NULL otherwise. '
    'Format ''RU internal'' (Russian internal passport): surname and given_names decoded to Cyrillic, no expiry, '
    'issue_date, issuing_department (NNN-NNN) and ru_passport (series and number); those three are NULL for other formats';

CREATE FUNCTION electoral.mrz_name_field(mrz electoral.mrz) RETURNS pg_catalog.text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    -- TD1 (3 lines): the whole third line; TD2 and TD3: line 1 from position 6
    SELECT CASE WHEN pg_catalog.length($1::pg_catalog.text) OPERATOR(pg_catalog.=) 92
                THEN pg_catalog.split_part($1::pg_catalog.text, E'\n', 3)
                ELSE pg_catalog.substr(pg_catalog.split_part($1::pg_catalog.text, E'\n', 1), 6)
           END
$$;
COMMENT ON FUNCTION electoral.mrz_name_field(electoral.mrz) IS
    'the raw name field of a machine-readable zone (SURNAME<<GIVEN<NAMES<<<), as electoral.name_matches takes it';
