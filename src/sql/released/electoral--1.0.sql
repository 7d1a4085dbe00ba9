-- electoral 1.0 as released: kept verbatim so that 1.0 installs and ALTER EXTENSION
-- electoral UPDATE can be tested from it.  Never edit; changes go in src/sql/ and an update script.

\echo Use "CREATE EXTENSION electoral" to load this file. \quit

-- ---------------------------------------------------------------------------
-- electoral.country: a fixed-length, pass-by-value type stored as an int2.
-- Generated from src/sql/fixed_type.sql.in.  Its I/O validates; equality,
-- ordering and hashing are those of int2 on the packed value, so the C
-- functions behind them are PostgreSQL's own (LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.country;

CREATE FUNCTION electoral.country_in(pg_catalog.cstring) RETURNS electoral.country
    AS 'MODULE_PATHNAME', 'country_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.country_out(electoral.country) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'country_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.country_recv(pg_catalog.internal) RETURNS electoral.country
    AS 'MODULE_PATHNAME', 'country_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.country_send(electoral.country) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'country_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.country (
    INPUT = electoral.country_in,
    OUTPUT = electoral.country_out,
    RECEIVE = electoral.country_recv,
    SEND = electoral.country_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);

COMMENT ON FUNCTION electoral.country_in(pg_catalog.cstring) IS 'text input of electoral.country: normalises and validates';
COMMENT ON FUNCTION electoral.country_out(electoral.country) IS 'canonical text output of electoral.country';
COMMENT ON FUNCTION electoral.country_recv(pg_catalog.internal) IS 'binary input of electoral.country: re-validates';
COMMENT ON FUNCTION electoral.country_send(electoral.country) IS 'binary output of electoral.country';

CREATE FUNCTION electoral.country_eq(electoral.country, electoral.country) RETURNS pg_catalog.bool
    AS 'int2eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_ne(electoral.country, electoral.country) RETURNS pg_catalog.bool
    AS 'int2ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_lt(electoral.country, electoral.country) RETURNS pg_catalog.bool
    AS 'int2lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_le(electoral.country, electoral.country) RETURNS pg_catalog.bool
    AS 'int2le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_gt(electoral.country, electoral.country) RETURNS pg_catalog.bool
    AS 'int2gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_ge(electoral.country, electoral.country) RETURNS pg_catalog.bool
    AS 'int2ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_cmp(electoral.country, electoral.country) RETURNS pg_catalog.int4
    AS 'btint2cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'btint2sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.country_hash(electoral.country) RETURNS pg_catalog.int4
    AS 'hashint2' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.country_hash_extended(electoral.country, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashint2extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION electoral.country_eq(electoral.country, electoral.country) IS 'equal';
COMMENT ON FUNCTION electoral.country_ne(electoral.country, electoral.country) IS 'not equal';
COMMENT ON FUNCTION electoral.country_lt(electoral.country, electoral.country) IS 'less than';
COMMENT ON FUNCTION electoral.country_le(electoral.country, electoral.country) IS 'less than or equal';
COMMENT ON FUNCTION electoral.country_gt(electoral.country, electoral.country) IS 'greater than';
COMMENT ON FUNCTION electoral.country_ge(electoral.country, electoral.country) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.country_cmp(electoral.country, electoral.country) IS 'btree comparison of electoral.country';
COMMENT ON FUNCTION electoral.country_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.country';
COMMENT ON FUNCTION electoral.country_hash(electoral.country) IS 'hash of electoral.country';
COMMENT ON FUNCTION electoral.country_hash_extended(electoral.country, pg_catalog.int8) IS 'seeded hash of electoral.country';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.country, RIGHTARG = electoral.country, FUNCTION = electoral.country_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.country, RIGHTARG = electoral.country, FUNCTION = electoral.country_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.country, RIGHTARG = electoral.country, FUNCTION = electoral.country_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.country, RIGHTARG = electoral.country, FUNCTION = electoral.country_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.country, RIGHTARG = electoral.country, FUNCTION = electoral.country_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.country, RIGHTARG = electoral.country, FUNCTION = electoral.country_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR electoral.= (electoral.country, electoral.country) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.country, electoral.country) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.country, electoral.country) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.country, electoral.country) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.country, electoral.country) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.country, electoral.country) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.country_ops
    DEFAULT FOR TYPE electoral.country USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.country_cmp(electoral.country, electoral.country),
        FUNCTION 2 electoral.country_sortsupport(pg_catalog.internal);

CREATE OPERATOR CLASS electoral.country_hash_ops
    DEFAULT FOR TYPE electoral.country USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.country_hash(electoral.country),
        FUNCTION 2 electoral.country_hash_extended(electoral.country, pg_catalog.int8);

COMMENT ON OPERATOR CLASS electoral.country_ops USING btree IS 'default btree operator class of electoral.country';
COMMENT ON OPERATOR FAMILY electoral.country_ops USING btree IS 'btree operator family of electoral.country';
COMMENT ON OPERATOR CLASS electoral.country_hash_ops USING hash IS 'default hash operator class of electoral.country';
COMMENT ON OPERATOR FAMILY electoral.country_hash_ops USING hash IS 'hash operator family of electoral.country';

CREATE CAST (pg_catalog.text AS electoral.country) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.country) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.country) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.country) IS 'validating cast from varchar';

-- ---------------------------------------------------------------------------
-- electoral.ru_inn: a fixed-length, pass-by-value type stored as an int8.
-- Generated from src/sql/fixed_type.sql.in.  Its I/O validates; equality,
-- ordering and hashing are those of int8 on the packed value, so the C
-- functions behind them are PostgreSQL's own (LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.ru_inn;

CREATE FUNCTION electoral.ru_inn_in(pg_catalog.cstring) RETURNS electoral.ru_inn
    AS 'MODULE_PATHNAME', 'ru_inn_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_inn_out(electoral.ru_inn) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'ru_inn_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_inn_recv(pg_catalog.internal) RETURNS electoral.ru_inn
    AS 'MODULE_PATHNAME', 'ru_inn_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_inn_send(electoral.ru_inn) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'ru_inn_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.ru_inn (
    INPUT = electoral.ru_inn_in,
    OUTPUT = electoral.ru_inn_out,
    RECEIVE = electoral.ru_inn_recv,
    SEND = electoral.ru_inn_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON FUNCTION electoral.ru_inn_in(pg_catalog.cstring) IS 'text input of electoral.ru_inn: normalises and validates';
COMMENT ON FUNCTION electoral.ru_inn_out(electoral.ru_inn) IS 'canonical text output of electoral.ru_inn';
COMMENT ON FUNCTION electoral.ru_inn_recv(pg_catalog.internal) IS 'binary input of electoral.ru_inn: re-validates';
COMMENT ON FUNCTION electoral.ru_inn_send(electoral.ru_inn) IS 'binary output of electoral.ru_inn';

CREATE FUNCTION electoral.ru_inn_eq(electoral.ru_inn, electoral.ru_inn) RETURNS pg_catalog.bool
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_ne(electoral.ru_inn, electoral.ru_inn) RETURNS pg_catalog.bool
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_lt(electoral.ru_inn, electoral.ru_inn) RETURNS pg_catalog.bool
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_le(electoral.ru_inn, electoral.ru_inn) RETURNS pg_catalog.bool
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_gt(electoral.ru_inn, electoral.ru_inn) RETURNS pg_catalog.bool
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_ge(electoral.ru_inn, electoral.ru_inn) RETURNS pg_catalog.bool
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_cmp(electoral.ru_inn, electoral.ru_inn) RETURNS pg_catalog.int4
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_inn_hash(electoral.ru_inn) RETURNS pg_catalog.int4
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_inn_hash_extended(electoral.ru_inn, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION electoral.ru_inn_eq(electoral.ru_inn, electoral.ru_inn) IS 'equal';
COMMENT ON FUNCTION electoral.ru_inn_ne(electoral.ru_inn, electoral.ru_inn) IS 'not equal';
COMMENT ON FUNCTION electoral.ru_inn_lt(electoral.ru_inn, electoral.ru_inn) IS 'less than';
COMMENT ON FUNCTION electoral.ru_inn_le(electoral.ru_inn, electoral.ru_inn) IS 'less than or equal';
COMMENT ON FUNCTION electoral.ru_inn_gt(electoral.ru_inn, electoral.ru_inn) IS 'greater than';
COMMENT ON FUNCTION electoral.ru_inn_ge(electoral.ru_inn, electoral.ru_inn) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.ru_inn_cmp(electoral.ru_inn, electoral.ru_inn) IS 'btree comparison of electoral.ru_inn';
COMMENT ON FUNCTION electoral.ru_inn_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.ru_inn';
COMMENT ON FUNCTION electoral.ru_inn_hash(electoral.ru_inn) IS 'hash of electoral.ru_inn';
COMMENT ON FUNCTION electoral.ru_inn_hash_extended(electoral.ru_inn, pg_catalog.int8) IS 'seeded hash of electoral.ru_inn';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.ru_inn, RIGHTARG = electoral.ru_inn, FUNCTION = electoral.ru_inn_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.ru_inn, RIGHTARG = electoral.ru_inn, FUNCTION = electoral.ru_inn_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.ru_inn, RIGHTARG = electoral.ru_inn, FUNCTION = electoral.ru_inn_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.ru_inn, RIGHTARG = electoral.ru_inn, FUNCTION = electoral.ru_inn_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.ru_inn, RIGHTARG = electoral.ru_inn, FUNCTION = electoral.ru_inn_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.ru_inn, RIGHTARG = electoral.ru_inn, FUNCTION = electoral.ru_inn_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR electoral.= (electoral.ru_inn, electoral.ru_inn) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.ru_inn, electoral.ru_inn) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.ru_inn, electoral.ru_inn) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.ru_inn, electoral.ru_inn) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.ru_inn, electoral.ru_inn) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.ru_inn, electoral.ru_inn) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.ru_inn_ops
    DEFAULT FOR TYPE electoral.ru_inn USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.ru_inn_cmp(electoral.ru_inn, electoral.ru_inn),
        FUNCTION 2 electoral.ru_inn_sortsupport(pg_catalog.internal);

CREATE OPERATOR CLASS electoral.ru_inn_hash_ops
    DEFAULT FOR TYPE electoral.ru_inn USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.ru_inn_hash(electoral.ru_inn),
        FUNCTION 2 electoral.ru_inn_hash_extended(electoral.ru_inn, pg_catalog.int8);

COMMENT ON OPERATOR CLASS electoral.ru_inn_ops USING btree IS 'default btree operator class of electoral.ru_inn';
COMMENT ON OPERATOR FAMILY electoral.ru_inn_ops USING btree IS 'btree operator family of electoral.ru_inn';
COMMENT ON OPERATOR CLASS electoral.ru_inn_hash_ops USING hash IS 'default hash operator class of electoral.ru_inn';
COMMENT ON OPERATOR FAMILY electoral.ru_inn_hash_ops USING hash IS 'hash operator family of electoral.ru_inn';

CREATE CAST (pg_catalog.text AS electoral.ru_inn) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.ru_inn) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.ru_inn) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.ru_inn) IS 'validating cast from varchar';

-- ---------------------------------------------------------------------------
-- electoral.ru_snils: a fixed-length, pass-by-value type stored as an int8.
-- Generated from src/sql/fixed_type.sql.in.  Its I/O validates; equality,
-- ordering and hashing are those of int8 on the packed value, so the C
-- functions behind them are PostgreSQL's own (LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.ru_snils;

CREATE FUNCTION electoral.ru_snils_in(pg_catalog.cstring) RETURNS electoral.ru_snils
    AS 'MODULE_PATHNAME', 'ru_snils_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_snils_out(electoral.ru_snils) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'ru_snils_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_snils_recv(pg_catalog.internal) RETURNS electoral.ru_snils
    AS 'MODULE_PATHNAME', 'ru_snils_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_snils_send(electoral.ru_snils) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'ru_snils_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.ru_snils (
    INPUT = electoral.ru_snils_in,
    OUTPUT = electoral.ru_snils_out,
    RECEIVE = electoral.ru_snils_recv,
    SEND = electoral.ru_snils_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON FUNCTION electoral.ru_snils_in(pg_catalog.cstring) IS 'text input of electoral.ru_snils: normalises and validates';
COMMENT ON FUNCTION electoral.ru_snils_out(electoral.ru_snils) IS 'canonical text output of electoral.ru_snils';
COMMENT ON FUNCTION electoral.ru_snils_recv(pg_catalog.internal) IS 'binary input of electoral.ru_snils: re-validates';
COMMENT ON FUNCTION electoral.ru_snils_send(electoral.ru_snils) IS 'binary output of electoral.ru_snils';

CREATE FUNCTION electoral.ru_snils_eq(electoral.ru_snils, electoral.ru_snils) RETURNS pg_catalog.bool
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_ne(electoral.ru_snils, electoral.ru_snils) RETURNS pg_catalog.bool
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_lt(electoral.ru_snils, electoral.ru_snils) RETURNS pg_catalog.bool
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_le(electoral.ru_snils, electoral.ru_snils) RETURNS pg_catalog.bool
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_gt(electoral.ru_snils, electoral.ru_snils) RETURNS pg_catalog.bool
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_ge(electoral.ru_snils, electoral.ru_snils) RETURNS pg_catalog.bool
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_cmp(electoral.ru_snils, electoral.ru_snils) RETURNS pg_catalog.int4
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_snils_hash(electoral.ru_snils) RETURNS pg_catalog.int4
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_snils_hash_extended(electoral.ru_snils, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION electoral.ru_snils_eq(electoral.ru_snils, electoral.ru_snils) IS 'equal';
COMMENT ON FUNCTION electoral.ru_snils_ne(electoral.ru_snils, electoral.ru_snils) IS 'not equal';
COMMENT ON FUNCTION electoral.ru_snils_lt(electoral.ru_snils, electoral.ru_snils) IS 'less than';
COMMENT ON FUNCTION electoral.ru_snils_le(electoral.ru_snils, electoral.ru_snils) IS 'less than or equal';
COMMENT ON FUNCTION electoral.ru_snils_gt(electoral.ru_snils, electoral.ru_snils) IS 'greater than';
COMMENT ON FUNCTION electoral.ru_snils_ge(electoral.ru_snils, electoral.ru_snils) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.ru_snils_cmp(electoral.ru_snils, electoral.ru_snils) IS 'btree comparison of electoral.ru_snils';
COMMENT ON FUNCTION electoral.ru_snils_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.ru_snils';
COMMENT ON FUNCTION electoral.ru_snils_hash(electoral.ru_snils) IS 'hash of electoral.ru_snils';
COMMENT ON FUNCTION electoral.ru_snils_hash_extended(electoral.ru_snils, pg_catalog.int8) IS 'seeded hash of electoral.ru_snils';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.ru_snils, RIGHTARG = electoral.ru_snils, FUNCTION = electoral.ru_snils_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.ru_snils, RIGHTARG = electoral.ru_snils, FUNCTION = electoral.ru_snils_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.ru_snils, RIGHTARG = electoral.ru_snils, FUNCTION = electoral.ru_snils_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.ru_snils, RIGHTARG = electoral.ru_snils, FUNCTION = electoral.ru_snils_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.ru_snils, RIGHTARG = electoral.ru_snils, FUNCTION = electoral.ru_snils_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.ru_snils, RIGHTARG = electoral.ru_snils, FUNCTION = electoral.ru_snils_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR electoral.= (electoral.ru_snils, electoral.ru_snils) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.ru_snils, electoral.ru_snils) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.ru_snils, electoral.ru_snils) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.ru_snils, electoral.ru_snils) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.ru_snils, electoral.ru_snils) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.ru_snils, electoral.ru_snils) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.ru_snils_ops
    DEFAULT FOR TYPE electoral.ru_snils USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.ru_snils_cmp(electoral.ru_snils, electoral.ru_snils),
        FUNCTION 2 electoral.ru_snils_sortsupport(pg_catalog.internal);

CREATE OPERATOR CLASS electoral.ru_snils_hash_ops
    DEFAULT FOR TYPE electoral.ru_snils USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.ru_snils_hash(electoral.ru_snils),
        FUNCTION 2 electoral.ru_snils_hash_extended(electoral.ru_snils, pg_catalog.int8);

COMMENT ON OPERATOR CLASS electoral.ru_snils_ops USING btree IS 'default btree operator class of electoral.ru_snils';
COMMENT ON OPERATOR FAMILY electoral.ru_snils_ops USING btree IS 'btree operator family of electoral.ru_snils';
COMMENT ON OPERATOR CLASS electoral.ru_snils_hash_ops USING hash IS 'default hash operator class of electoral.ru_snils';
COMMENT ON OPERATOR FAMILY electoral.ru_snils_hash_ops USING hash IS 'hash operator family of electoral.ru_snils';

CREATE CAST (pg_catalog.text AS electoral.ru_snils) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.ru_snils) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.ru_snils) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.ru_snils) IS 'validating cast from varchar';

-- ---------------------------------------------------------------------------
-- electoral.ru_passport: a fixed-length, pass-by-value type stored as an int8.
-- Generated from src/sql/fixed_type.sql.in.  Its I/O validates; equality,
-- ordering and hashing are those of int8 on the packed value, so the C
-- functions behind them are PostgreSQL's own (LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.ru_passport;

CREATE FUNCTION electoral.ru_passport_in(pg_catalog.cstring) RETURNS electoral.ru_passport
    AS 'MODULE_PATHNAME', 'ru_passport_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_passport_out(electoral.ru_passport) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'ru_passport_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_passport_recv(pg_catalog.internal) RETURNS electoral.ru_passport
    AS 'MODULE_PATHNAME', 'ru_passport_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_passport_send(electoral.ru_passport) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'ru_passport_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.ru_passport (
    INPUT = electoral.ru_passport_in,
    OUTPUT = electoral.ru_passport_out,
    RECEIVE = electoral.ru_passport_recv,
    SEND = electoral.ru_passport_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON FUNCTION electoral.ru_passport_in(pg_catalog.cstring) IS 'text input of electoral.ru_passport: normalises and validates';
COMMENT ON FUNCTION electoral.ru_passport_out(electoral.ru_passport) IS 'canonical text output of electoral.ru_passport';
COMMENT ON FUNCTION electoral.ru_passport_recv(pg_catalog.internal) IS 'binary input of electoral.ru_passport: re-validates';
COMMENT ON FUNCTION electoral.ru_passport_send(electoral.ru_passport) IS 'binary output of electoral.ru_passport';

CREATE FUNCTION electoral.ru_passport_eq(electoral.ru_passport, electoral.ru_passport) RETURNS pg_catalog.bool
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_ne(electoral.ru_passport, electoral.ru_passport) RETURNS pg_catalog.bool
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_lt(electoral.ru_passport, electoral.ru_passport) RETURNS pg_catalog.bool
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_le(electoral.ru_passport, electoral.ru_passport) RETURNS pg_catalog.bool
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_gt(electoral.ru_passport, electoral.ru_passport) RETURNS pg_catalog.bool
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_ge(electoral.ru_passport, electoral.ru_passport) RETURNS pg_catalog.bool
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_cmp(electoral.ru_passport, electoral.ru_passport) RETURNS pg_catalog.int4
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.ru_passport_hash(electoral.ru_passport) RETURNS pg_catalog.int4
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.ru_passport_hash_extended(electoral.ru_passport, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION electoral.ru_passport_eq(electoral.ru_passport, electoral.ru_passport) IS 'equal';
COMMENT ON FUNCTION electoral.ru_passport_ne(electoral.ru_passport, electoral.ru_passport) IS 'not equal';
COMMENT ON FUNCTION electoral.ru_passport_lt(electoral.ru_passport, electoral.ru_passport) IS 'less than';
COMMENT ON FUNCTION electoral.ru_passport_le(electoral.ru_passport, electoral.ru_passport) IS 'less than or equal';
COMMENT ON FUNCTION electoral.ru_passport_gt(electoral.ru_passport, electoral.ru_passport) IS 'greater than';
COMMENT ON FUNCTION electoral.ru_passport_ge(electoral.ru_passport, electoral.ru_passport) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.ru_passport_cmp(electoral.ru_passport, electoral.ru_passport) IS 'btree comparison of electoral.ru_passport';
COMMENT ON FUNCTION electoral.ru_passport_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.ru_passport';
COMMENT ON FUNCTION electoral.ru_passport_hash(electoral.ru_passport) IS 'hash of electoral.ru_passport';
COMMENT ON FUNCTION electoral.ru_passport_hash_extended(electoral.ru_passport, pg_catalog.int8) IS 'seeded hash of electoral.ru_passport';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.ru_passport, RIGHTARG = electoral.ru_passport, FUNCTION = electoral.ru_passport_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.ru_passport, RIGHTARG = electoral.ru_passport, FUNCTION = electoral.ru_passport_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.ru_passport, RIGHTARG = electoral.ru_passport, FUNCTION = electoral.ru_passport_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.ru_passport, RIGHTARG = electoral.ru_passport, FUNCTION = electoral.ru_passport_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.ru_passport, RIGHTARG = electoral.ru_passport, FUNCTION = electoral.ru_passport_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.ru_passport, RIGHTARG = electoral.ru_passport, FUNCTION = electoral.ru_passport_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR electoral.= (electoral.ru_passport, electoral.ru_passport) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.ru_passport, electoral.ru_passport) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.ru_passport, electoral.ru_passport) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.ru_passport, electoral.ru_passport) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.ru_passport, electoral.ru_passport) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.ru_passport, electoral.ru_passport) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.ru_passport_ops
    DEFAULT FOR TYPE electoral.ru_passport USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.ru_passport_cmp(electoral.ru_passport, electoral.ru_passport),
        FUNCTION 2 electoral.ru_passport_sortsupport(pg_catalog.internal);

CREATE OPERATOR CLASS electoral.ru_passport_hash_ops
    DEFAULT FOR TYPE electoral.ru_passport USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.ru_passport_hash(electoral.ru_passport),
        FUNCTION 2 electoral.ru_passport_hash_extended(electoral.ru_passport, pg_catalog.int8);

COMMENT ON OPERATOR CLASS electoral.ru_passport_ops USING btree IS 'default btree operator class of electoral.ru_passport';
COMMENT ON OPERATOR FAMILY electoral.ru_passport_ops USING btree IS 'btree operator family of electoral.ru_passport';
COMMENT ON OPERATOR CLASS electoral.ru_passport_hash_ops USING hash IS 'default hash operator class of electoral.ru_passport';
COMMENT ON OPERATOR FAMILY electoral.ru_passport_hash_ops USING hash IS 'hash operator family of electoral.ru_passport';

CREATE CAST (pg_catalog.text AS electoral.ru_passport) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.ru_passport) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.ru_passport) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.ru_passport) IS 'validating cast from varchar';

-- ---------------------------------------------------------------------------
-- electoral.by_personal_number: a fixed-length, pass-by-value type stored as an int8.
-- Generated from src/sql/fixed_type.sql.in.  Its I/O validates; equality,
-- ordering and hashing are those of int8 on the packed value, so the C
-- functions behind them are PostgreSQL's own (LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.by_personal_number;

CREATE FUNCTION electoral.by_personal_number_in(pg_catalog.cstring) RETURNS electoral.by_personal_number
    AS 'MODULE_PATHNAME', 'by_personal_number_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_personal_number_out(electoral.by_personal_number) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'by_personal_number_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_personal_number_recv(pg_catalog.internal) RETURNS electoral.by_personal_number
    AS 'MODULE_PATHNAME', 'by_personal_number_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_personal_number_send(electoral.by_personal_number) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'by_personal_number_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.by_personal_number (
    INPUT = electoral.by_personal_number_in,
    OUTPUT = electoral.by_personal_number_out,
    RECEIVE = electoral.by_personal_number_recv,
    SEND = electoral.by_personal_number_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON FUNCTION electoral.by_personal_number_in(pg_catalog.cstring) IS 'text input of electoral.by_personal_number: normalises and validates';
COMMENT ON FUNCTION electoral.by_personal_number_out(electoral.by_personal_number) IS 'canonical text output of electoral.by_personal_number';
COMMENT ON FUNCTION electoral.by_personal_number_recv(pg_catalog.internal) IS 'binary input of electoral.by_personal_number: re-validates';
COMMENT ON FUNCTION electoral.by_personal_number_send(electoral.by_personal_number) IS 'binary output of electoral.by_personal_number';

CREATE FUNCTION electoral.by_personal_number_eq(electoral.by_personal_number, electoral.by_personal_number) RETURNS pg_catalog.bool
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_ne(electoral.by_personal_number, electoral.by_personal_number) RETURNS pg_catalog.bool
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_lt(electoral.by_personal_number, electoral.by_personal_number) RETURNS pg_catalog.bool
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_le(electoral.by_personal_number, electoral.by_personal_number) RETURNS pg_catalog.bool
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_gt(electoral.by_personal_number, electoral.by_personal_number) RETURNS pg_catalog.bool
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_ge(electoral.by_personal_number, electoral.by_personal_number) RETURNS pg_catalog.bool
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_cmp(electoral.by_personal_number, electoral.by_personal_number) RETURNS pg_catalog.int4
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_personal_number_hash(electoral.by_personal_number) RETURNS pg_catalog.int4
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_personal_number_hash_extended(electoral.by_personal_number, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION electoral.by_personal_number_eq(electoral.by_personal_number, electoral.by_personal_number) IS 'equal';
COMMENT ON FUNCTION electoral.by_personal_number_ne(electoral.by_personal_number, electoral.by_personal_number) IS 'not equal';
COMMENT ON FUNCTION electoral.by_personal_number_lt(electoral.by_personal_number, electoral.by_personal_number) IS 'less than';
COMMENT ON FUNCTION electoral.by_personal_number_le(electoral.by_personal_number, electoral.by_personal_number) IS 'less than or equal';
COMMENT ON FUNCTION electoral.by_personal_number_gt(electoral.by_personal_number, electoral.by_personal_number) IS 'greater than';
COMMENT ON FUNCTION electoral.by_personal_number_ge(electoral.by_personal_number, electoral.by_personal_number) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.by_personal_number_cmp(electoral.by_personal_number, electoral.by_personal_number) IS 'btree comparison of electoral.by_personal_number';
COMMENT ON FUNCTION electoral.by_personal_number_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.by_personal_number';
COMMENT ON FUNCTION electoral.by_personal_number_hash(electoral.by_personal_number) IS 'hash of electoral.by_personal_number';
COMMENT ON FUNCTION electoral.by_personal_number_hash_extended(electoral.by_personal_number, pg_catalog.int8) IS 'seeded hash of electoral.by_personal_number';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.by_personal_number, RIGHTARG = electoral.by_personal_number, FUNCTION = electoral.by_personal_number_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.by_personal_number, RIGHTARG = electoral.by_personal_number, FUNCTION = electoral.by_personal_number_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.by_personal_number, RIGHTARG = electoral.by_personal_number, FUNCTION = electoral.by_personal_number_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.by_personal_number, RIGHTARG = electoral.by_personal_number, FUNCTION = electoral.by_personal_number_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.by_personal_number, RIGHTARG = electoral.by_personal_number, FUNCTION = electoral.by_personal_number_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.by_personal_number, RIGHTARG = electoral.by_personal_number, FUNCTION = electoral.by_personal_number_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR electoral.= (electoral.by_personal_number, electoral.by_personal_number) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.by_personal_number, electoral.by_personal_number) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.by_personal_number, electoral.by_personal_number) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.by_personal_number, electoral.by_personal_number) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.by_personal_number, electoral.by_personal_number) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.by_personal_number, electoral.by_personal_number) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.by_personal_number_ops
    DEFAULT FOR TYPE electoral.by_personal_number USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.by_personal_number_cmp(electoral.by_personal_number, electoral.by_personal_number),
        FUNCTION 2 electoral.by_personal_number_sortsupport(pg_catalog.internal);

CREATE OPERATOR CLASS electoral.by_personal_number_hash_ops
    DEFAULT FOR TYPE electoral.by_personal_number USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.by_personal_number_hash(electoral.by_personal_number),
        FUNCTION 2 electoral.by_personal_number_hash_extended(electoral.by_personal_number, pg_catalog.int8);

COMMENT ON OPERATOR CLASS electoral.by_personal_number_ops USING btree IS 'default btree operator class of electoral.by_personal_number';
COMMENT ON OPERATOR FAMILY electoral.by_personal_number_ops USING btree IS 'btree operator family of electoral.by_personal_number';
COMMENT ON OPERATOR CLASS electoral.by_personal_number_hash_ops USING hash IS 'default hash operator class of electoral.by_personal_number';
COMMENT ON OPERATOR FAMILY electoral.by_personal_number_hash_ops USING hash IS 'hash operator family of electoral.by_personal_number';

CREATE CAST (pg_catalog.text AS electoral.by_personal_number) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.by_personal_number) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.by_personal_number) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.by_personal_number) IS 'validating cast from varchar';

-- ---------------------------------------------------------------------------
-- electoral.by_passport: a fixed-length, pass-by-value type stored as an int8.
-- Generated from src/sql/fixed_type.sql.in.  Its I/O validates; equality,
-- ordering and hashing are those of int8 on the packed value, so the C
-- functions behind them are PostgreSQL's own (LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.by_passport;

CREATE FUNCTION electoral.by_passport_in(pg_catalog.cstring) RETURNS electoral.by_passport
    AS 'MODULE_PATHNAME', 'by_passport_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_passport_out(electoral.by_passport) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'by_passport_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_passport_recv(pg_catalog.internal) RETURNS electoral.by_passport
    AS 'MODULE_PATHNAME', 'by_passport_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_passport_send(electoral.by_passport) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'by_passport_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.by_passport (
    INPUT = electoral.by_passport_in,
    OUTPUT = electoral.by_passport_out,
    RECEIVE = electoral.by_passport_recv,
    SEND = electoral.by_passport_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON FUNCTION electoral.by_passport_in(pg_catalog.cstring) IS 'text input of electoral.by_passport: normalises and validates';
COMMENT ON FUNCTION electoral.by_passport_out(electoral.by_passport) IS 'canonical text output of electoral.by_passport';
COMMENT ON FUNCTION electoral.by_passport_recv(pg_catalog.internal) IS 'binary input of electoral.by_passport: re-validates';
COMMENT ON FUNCTION electoral.by_passport_send(electoral.by_passport) IS 'binary output of electoral.by_passport';

CREATE FUNCTION electoral.by_passport_eq(electoral.by_passport, electoral.by_passport) RETURNS pg_catalog.bool
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_ne(electoral.by_passport, electoral.by_passport) RETURNS pg_catalog.bool
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_lt(electoral.by_passport, electoral.by_passport) RETURNS pg_catalog.bool
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_le(electoral.by_passport, electoral.by_passport) RETURNS pg_catalog.bool
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_gt(electoral.by_passport, electoral.by_passport) RETURNS pg_catalog.bool
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_ge(electoral.by_passport, electoral.by_passport) RETURNS pg_catalog.bool
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_cmp(electoral.by_passport, electoral.by_passport) RETURNS pg_catalog.int4
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.by_passport_hash(electoral.by_passport) RETURNS pg_catalog.int4
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.by_passport_hash_extended(electoral.by_passport, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION electoral.by_passport_eq(electoral.by_passport, electoral.by_passport) IS 'equal';
COMMENT ON FUNCTION electoral.by_passport_ne(electoral.by_passport, electoral.by_passport) IS 'not equal';
COMMENT ON FUNCTION electoral.by_passport_lt(electoral.by_passport, electoral.by_passport) IS 'less than';
COMMENT ON FUNCTION electoral.by_passport_le(electoral.by_passport, electoral.by_passport) IS 'less than or equal';
COMMENT ON FUNCTION electoral.by_passport_gt(electoral.by_passport, electoral.by_passport) IS 'greater than';
COMMENT ON FUNCTION electoral.by_passport_ge(electoral.by_passport, electoral.by_passport) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.by_passport_cmp(electoral.by_passport, electoral.by_passport) IS 'btree comparison of electoral.by_passport';
COMMENT ON FUNCTION electoral.by_passport_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.by_passport';
COMMENT ON FUNCTION electoral.by_passport_hash(electoral.by_passport) IS 'hash of electoral.by_passport';
COMMENT ON FUNCTION electoral.by_passport_hash_extended(electoral.by_passport, pg_catalog.int8) IS 'seeded hash of electoral.by_passport';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.by_passport, RIGHTARG = electoral.by_passport, FUNCTION = electoral.by_passport_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.by_passport, RIGHTARG = electoral.by_passport, FUNCTION = electoral.by_passport_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.by_passport, RIGHTARG = electoral.by_passport, FUNCTION = electoral.by_passport_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.by_passport, RIGHTARG = electoral.by_passport, FUNCTION = electoral.by_passport_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.by_passport, RIGHTARG = electoral.by_passport, FUNCTION = electoral.by_passport_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.by_passport, RIGHTARG = electoral.by_passport, FUNCTION = electoral.by_passport_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR electoral.= (electoral.by_passport, electoral.by_passport) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.by_passport, electoral.by_passport) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.by_passport, electoral.by_passport) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.by_passport, electoral.by_passport) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.by_passport, electoral.by_passport) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.by_passport, electoral.by_passport) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.by_passport_ops
    DEFAULT FOR TYPE electoral.by_passport USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.by_passport_cmp(electoral.by_passport, electoral.by_passport),
        FUNCTION 2 electoral.by_passport_sortsupport(pg_catalog.internal);

CREATE OPERATOR CLASS electoral.by_passport_hash_ops
    DEFAULT FOR TYPE electoral.by_passport USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.by_passport_hash(electoral.by_passport),
        FUNCTION 2 electoral.by_passport_hash_extended(electoral.by_passport, pg_catalog.int8);

COMMENT ON OPERATOR CLASS electoral.by_passport_ops USING btree IS 'default btree operator class of electoral.by_passport';
COMMENT ON OPERATOR FAMILY electoral.by_passport_ops USING btree IS 'btree operator family of electoral.by_passport';
COMMENT ON OPERATOR CLASS electoral.by_passport_hash_ops USING hash IS 'default hash operator class of electoral.by_passport';
COMMENT ON OPERATOR FAMILY electoral.by_passport_hash_ops USING hash IS 'hash operator family of electoral.by_passport';

CREATE CAST (pg_catalog.text AS electoral.by_passport) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.by_passport) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.by_passport) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.by_passport) IS 'validating cast from varchar';

-- ---------------------------------------------------------------------------
-- electoral.kz_iin: a fixed-length, pass-by-value type stored as an int8.
-- Generated from src/sql/fixed_type.sql.in.  Its I/O validates; equality,
-- ordering and hashing are those of int8 on the packed value, so the C
-- functions behind them are PostgreSQL's own (LANGUAGE internal).
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.kz_iin;

CREATE FUNCTION electoral.kz_iin_in(pg_catalog.cstring) RETURNS electoral.kz_iin
    AS 'MODULE_PATHNAME', 'kz_iin_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.kz_iin_out(electoral.kz_iin) RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'kz_iin_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.kz_iin_recv(pg_catalog.internal) RETURNS electoral.kz_iin
    AS 'MODULE_PATHNAME', 'kz_iin_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.kz_iin_send(electoral.kz_iin) RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'kz_iin_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE electoral.kz_iin (
    INPUT = electoral.kz_iin_in,
    OUTPUT = electoral.kz_iin_out,
    RECEIVE = electoral.kz_iin_recv,
    SEND = electoral.kz_iin_send,
    INTERNALLENGTH = 8,
    PASSEDBYVALUE,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON FUNCTION electoral.kz_iin_in(pg_catalog.cstring) IS 'text input of electoral.kz_iin: normalises and validates';
COMMENT ON FUNCTION electoral.kz_iin_out(electoral.kz_iin) IS 'canonical text output of electoral.kz_iin';
COMMENT ON FUNCTION electoral.kz_iin_recv(pg_catalog.internal) IS 'binary input of electoral.kz_iin: re-validates';
COMMENT ON FUNCTION electoral.kz_iin_send(electoral.kz_iin) IS 'binary output of electoral.kz_iin';

CREATE FUNCTION electoral.kz_iin_eq(electoral.kz_iin, electoral.kz_iin) RETURNS pg_catalog.bool
    AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_ne(electoral.kz_iin, electoral.kz_iin) RETURNS pg_catalog.bool
    AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_lt(electoral.kz_iin, electoral.kz_iin) RETURNS pg_catalog.bool
    AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_le(electoral.kz_iin, electoral.kz_iin) RETURNS pg_catalog.bool
    AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_gt(electoral.kz_iin, electoral.kz_iin) RETURNS pg_catalog.bool
    AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_ge(electoral.kz_iin, electoral.kz_iin) RETURNS pg_catalog.bool
    AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_cmp(electoral.kz_iin, electoral.kz_iin) RETURNS pg_catalog.int4
    AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_sortsupport(pg_catalog.internal) RETURNS pg_catalog.void
    AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION electoral.kz_iin_hash(electoral.kz_iin) RETURNS pg_catalog.int4
    AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION electoral.kz_iin_hash_extended(electoral.kz_iin, pg_catalog.int8) RETURNS pg_catalog.int8
    AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION electoral.kz_iin_eq(electoral.kz_iin, electoral.kz_iin) IS 'equal';
COMMENT ON FUNCTION electoral.kz_iin_ne(electoral.kz_iin, electoral.kz_iin) IS 'not equal';
COMMENT ON FUNCTION electoral.kz_iin_lt(electoral.kz_iin, electoral.kz_iin) IS 'less than';
COMMENT ON FUNCTION electoral.kz_iin_le(electoral.kz_iin, electoral.kz_iin) IS 'less than or equal';
COMMENT ON FUNCTION electoral.kz_iin_gt(electoral.kz_iin, electoral.kz_iin) IS 'greater than';
COMMENT ON FUNCTION electoral.kz_iin_ge(electoral.kz_iin, electoral.kz_iin) IS 'greater than or equal';
COMMENT ON FUNCTION electoral.kz_iin_cmp(electoral.kz_iin, electoral.kz_iin) IS 'btree comparison of electoral.kz_iin';
COMMENT ON FUNCTION electoral.kz_iin_sortsupport(pg_catalog.internal) IS 'btree sort support of electoral.kz_iin';
COMMENT ON FUNCTION electoral.kz_iin_hash(electoral.kz_iin) IS 'hash of electoral.kz_iin';
COMMENT ON FUNCTION electoral.kz_iin_hash_extended(electoral.kz_iin, pg_catalog.int8) IS 'seeded hash of electoral.kz_iin';

CREATE OPERATOR electoral.= (
    LEFTARG = electoral.kz_iin, RIGHTARG = electoral.kz_iin, FUNCTION = electoral.kz_iin_eq,
    COMMUTATOR = OPERATOR(electoral.=), NEGATOR = OPERATOR(electoral.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR electoral.<> (
    LEFTARG = electoral.kz_iin, RIGHTARG = electoral.kz_iin, FUNCTION = electoral.kz_iin_ne,
    COMMUTATOR = OPERATOR(electoral.<>), NEGATOR = OPERATOR(electoral.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR electoral.< (
    LEFTARG = electoral.kz_iin, RIGHTARG = electoral.kz_iin, FUNCTION = electoral.kz_iin_lt,
    COMMUTATOR = OPERATOR(electoral.>), NEGATOR = OPERATOR(electoral.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR electoral.<= (
    LEFTARG = electoral.kz_iin, RIGHTARG = electoral.kz_iin, FUNCTION = electoral.kz_iin_le,
    COMMUTATOR = OPERATOR(electoral.>=), NEGATOR = OPERATOR(electoral.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR electoral.> (
    LEFTARG = electoral.kz_iin, RIGHTARG = electoral.kz_iin, FUNCTION = electoral.kz_iin_gt,
    COMMUTATOR = OPERATOR(electoral.<), NEGATOR = OPERATOR(electoral.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR electoral.>= (
    LEFTARG = electoral.kz_iin, RIGHTARG = electoral.kz_iin, FUNCTION = electoral.kz_iin_ge,
    COMMUTATOR = OPERATOR(electoral.<=), NEGATOR = OPERATOR(electoral.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR electoral.= (electoral.kz_iin, electoral.kz_iin) IS 'equal';
COMMENT ON OPERATOR electoral.<> (electoral.kz_iin, electoral.kz_iin) IS 'not equal';
COMMENT ON OPERATOR electoral.< (electoral.kz_iin, electoral.kz_iin) IS 'less than';
COMMENT ON OPERATOR electoral.<= (electoral.kz_iin, electoral.kz_iin) IS 'less than or equal';
COMMENT ON OPERATOR electoral.> (electoral.kz_iin, electoral.kz_iin) IS 'greater than';
COMMENT ON OPERATOR electoral.>= (electoral.kz_iin, electoral.kz_iin) IS 'greater than or equal';

CREATE OPERATOR CLASS electoral.kz_iin_ops
    DEFAULT FOR TYPE electoral.kz_iin USING btree AS
        OPERATOR 1 electoral.< ,
        OPERATOR 2 electoral.<= ,
        OPERATOR 3 electoral.= ,
        OPERATOR 4 electoral.>= ,
        OPERATOR 5 electoral.> ,
        FUNCTION 1 electoral.kz_iin_cmp(electoral.kz_iin, electoral.kz_iin),
        FUNCTION 2 electoral.kz_iin_sortsupport(pg_catalog.internal);

CREATE OPERATOR CLASS electoral.kz_iin_hash_ops
    DEFAULT FOR TYPE electoral.kz_iin USING hash AS
        OPERATOR 1 electoral.= ,
        FUNCTION 1 electoral.kz_iin_hash(electoral.kz_iin),
        FUNCTION 2 electoral.kz_iin_hash_extended(electoral.kz_iin, pg_catalog.int8);

COMMENT ON OPERATOR CLASS electoral.kz_iin_ops USING btree IS 'default btree operator class of electoral.kz_iin';
COMMENT ON OPERATOR FAMILY electoral.kz_iin_ops USING btree IS 'btree operator family of electoral.kz_iin';
COMMENT ON OPERATOR CLASS electoral.kz_iin_hash_ops USING hash IS 'default hash operator class of electoral.kz_iin';
COMMENT ON OPERATOR FAMILY electoral.kz_iin_hash_ops USING hash IS 'hash operator family of electoral.kz_iin';

CREATE CAST (pg_catalog.text AS electoral.kz_iin) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS electoral.kz_iin) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (pg_catalog.text AS electoral.kz_iin) IS 'validating cast from text';
COMMENT ON CAST (pg_catalog.varchar AS electoral.kz_iin) IS 'validating cast from varchar';

COMMENT ON SCHEMA electoral IS 'electoral: identity types, eligibility rules and registry checks for voter and candidate registries';

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
    'birth date encoded in an IIN (YYMMDD, century from digit 7); NULL where digit 7 or the date is out of range';

CREATE FUNCTION electoral.sex(electoral.kz_iin) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'kz_iin_sex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.sex(electoral.kz_iin) IS
    'M or F, from digit 7 of an IIN (odd male, even female); NULL where it encodes none';

CREATE FUNCTION electoral.ru_passport_valid_on(passport electoral.ru_passport, birth_date pg_catalog.date,
                                               issued_on pg_catalog.date, on_date pg_catalog.date)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'ru_passport_valid_on' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.ru_passport_valid_on(electoral.ru_passport, pg_catalog.date, pg_catalog.date, pg_catalog.date) IS
    'whether a Russian internal passport is valid on a day: issued from 14, it must be replaced at 20 and at 45 '
    '(one issued before the 20th birthday is invalid from it; before the 45th, from the 45th); no grace period';

-- ---------------------------------------------------------------------------
-- Finding bad data without raising: for reports over dirty tables.
-- STABLE, not IMMUTABLE: which type a regtype names is read from the catalog.
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.is_valid(value pg_catalog.text, kind pg_catalog.regtype) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'is_valid' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.is_valid(pg_catalog.text, pg_catalog.regtype) IS
    'true when value is accepted by the input of the electoral type kind; never raises for a bad value';

CREATE FUNCTION electoral.validation_error(value pg_catalog.text, kind pg_catalog.regtype) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'validation_error' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.validation_error(pg_catalog.text, pg_catalog.regtype) IS
    'NULL when value is valid for the electoral type kind, else the input error message and what is wrong';

-- ---------------------------------------------------------------------------
-- Electoral rules as data.  Offices, the requirements of voting for and
-- standing for each (each valid for a period, each with its legal basis),
-- and franchise grants by which a host country opens its elections to
-- nationals of other countries.  The C engine compiles these tables into a
-- per-backend rulebook (src/pg/rulecache.c); a statement trigger on each
-- table tells every backend to rebuild it when a change commits.
-- ---------------------------------------------------------------------------

CREATE TYPE electoral.level AS ENUM ('local', 'regional', 'national');
COMMENT ON TYPE electoral.level IS 'tier of government an office belongs to';

CREATE TYPE electoral.role AS ENUM ('vote', 'stand');
COMMENT ON TYPE electoral.role IS 'what a person asks to do in an election: vote, or stand as a candidate';

CREATE TYPE electoral.residence AS ENUM ('none', 'temporary', 'permanent');
COMMENT ON TYPE electoral.residence IS
    'a foreign national''s residence status in the host country (none, temporary, permanent)';

-- The order is that of el_reqkind in src/core/rules.h.
CREATE TYPE electoral.requirement_kind AS ENUM (
    'min_age',                      -- years: age in full years on polling day
    'citizen',                      -- a citizen of the office's country (a grant may stand in if grant_may_waive)
    'citizen_by_birth',             -- citizenship acquired by birth
    'residence_years',              -- years: living in the country since resident_since (continuous: up to polling day)
    'no_foreign_citizenship',       -- holds no other citizenship (if grant_may_waive: partner citizenships of a grant are allowed)
    'no_foreign_residence_permit',  -- holds no residence permit of another country
    'never_foreign',                -- never held foreign citizenship or a foreign residence permit
    'not_incapacitated',            -- not declared legally incapable by a court
    'not_imprisoned',               -- not held in a place of deprivation of liberty under a sentence
    'not_detained'                  -- not held in pre-trial detention
);
COMMENT ON TYPE electoral.requirement_kind IS 'the kinds of condition the law sets on voting and standing';

CREATE TABLE electoral.office (
    code        pg_catalog.text PRIMARY KEY
                CONSTRAINT office_code_shape CHECK (code OPERATOR(pg_catalog.~) '^[A-Z]{2,3}\.[a-z0-9_]+$'),
    country     electoral.country NOT NULL,
    level       electoral.level NOT NULL,
    title       pg_catalog.text NOT NULL,
    direct_vote pg_catalog.bool NOT NULL DEFAULT true,
    legal_basis pg_catalog.text
);
COMMENT ON TABLE electoral.office IS 'elected offices; codes are COUNTRY.name, e.g. RU.municipal_council';
COMMENT ON COLUMN electoral.office.code IS 'office code: ISO alpha-2 country, a dot, a lower-case name';
COMMENT ON COLUMN electoral.office.country IS 'country whose office it is (the host, for foreign voters)';
COMMENT ON COLUMN electoral.office.level IS 'local, regional or national: what franchise grants are given for';
COMMENT ON COLUMN electoral.office.title IS 'the office''s name in English';
COMMENT ON COLUMN electoral.office.direct_vote IS 'false where the office is not filled by popular vote (no one votes for it)';
COMMENT ON COLUMN electoral.office.legal_basis IS 'law establishing the office or its manner of election';

CREATE TABLE electoral.requirement (
    id              pg_catalog.int4 GENERATED BY DEFAULT AS IDENTITY (START WITH 100000) PRIMARY KEY,
    office          pg_catalog.text NOT NULL REFERENCES electoral.office (code) ON UPDATE CASCADE,
    role            electoral.role NOT NULL,
    kind            electoral.requirement_kind NOT NULL,
    years           pg_catalog.int4,
    continuous      pg_catalog.bool NOT NULL DEFAULT false,
    grant_may_waive pg_catalog.bool NOT NULL DEFAULT false,
    in_force        pg_catalog.daterange NOT NULL DEFAULT '(,)',
    legal_basis     pg_catalog.text NOT NULL,
    CONSTRAINT requirement_years CHECK (
        (kind OPERATOR(pg_catalog.=) ANY (ARRAY['min_age', 'residence_years']::electoral.requirement_kind[]))
        OPERATOR(pg_catalog.=) (years IS NOT NULL)),
    CONSTRAINT requirement_years_range CHECK (years BETWEEN 0 AND 150),
    CONSTRAINT requirement_period CHECK (NOT pg_catalog.isempty(in_force))
);
CREATE INDEX requirement_office_role ON electoral.requirement (office, role);
COMMENT ON TABLE electoral.requirement IS
    'conditions for voting for or standing for an office, each in force for a period, each with its legal basis; '
    'ids below 100000 are shipped with the extension';
COMMENT ON COLUMN electoral.requirement.office IS 'office code';
COMMENT ON COLUMN electoral.requirement.role IS 'vote or stand';
COMMENT ON COLUMN electoral.requirement.kind IS 'what is required (see the type electoral.requirement_kind)';
COMMENT ON COLUMN electoral.requirement.years IS 'for min_age and residence_years: the number of full years';
COMMENT ON COLUMN electoral.requirement.continuous IS 'for residence_years: residence must run unbroken up to polling day';
COMMENT ON COLUMN electoral.requirement.grant_may_waive IS
    'a franchise grant covering the office may stand in for this requirement (citizen; no_foreign_citizenship for partner citizenships)';
COMMENT ON COLUMN electoral.requirement.in_force IS 'polling days the requirement applies to';
COMMENT ON COLUMN electoral.requirement.legal_basis IS 'the provision of law that sets the requirement';
COMMENT ON INDEX electoral.requirement_office_role IS 'requirements of one office and role';

CREATE TABLE electoral.franchise_grant (
    id                    pg_catalog.int4 GENERATED BY DEFAULT AS IDENTITY (START WITH 100000) PRIMARY KEY,
    host                  electoral.country NOT NULL,
    nationals             electoral.country[] NOT NULL
                          CONSTRAINT grant_nationals CHECK (pg_catalog.cardinality(nationals) OPERATOR(pg_catalog.>) 0),
    roles                 electoral.role[] NOT NULL
                          CONSTRAINT grant_roles CHECK (pg_catalog.cardinality(roles) OPERATOR(pg_catalog.>) 0),
    levels                electoral.level[] NOT NULL
                          CONSTRAINT grant_levels CHECK (pg_catalog.cardinality(levels) OPERATOR(pg_catalog.>) 0),
    except_offices        pg_catalog.text[] NOT NULL DEFAULT '{}',
    in_force              pg_catalog.daterange NOT NULL,
    permanent_residence   pg_catalog.bool NOT NULL DEFAULT true,
    min_residence_years   pg_catalog.int4 NOT NULL DEFAULT 0
                          CONSTRAINT grant_years CHECK (min_residence_years BETWEEN 0 AND 150),
    registration          pg_catalog.bool NOT NULL DEFAULT false,
    resident_since_before pg_catalog.date,
    treaty                pg_catalog.text NOT NULL,
    legal_basis           pg_catalog.text NOT NULL,
    CONSTRAINT grant_period CHECK (NOT pg_catalog.isempty(in_force))
);
COMMENT ON TABLE electoral.franchise_grant IS
    'a host country opens voting and/or standing at some levels to nationals of listed countries, on conditions; '
    'ids below 100000 are shipped with the extension';
COMMENT ON COLUMN electoral.franchise_grant.host IS 'country whose elections are opened';
COMMENT ON COLUMN electoral.franchise_grant.nationals IS 'citizens of these countries benefit';
COMMENT ON COLUMN electoral.franchise_grant.roles IS 'vote, stand, or both';
COMMENT ON COLUMN electoral.franchise_grant.levels IS 'levels of office covered';
COMMENT ON COLUMN electoral.franchise_grant.except_offices IS 'office codes the grant does not cover';
COMMENT ON COLUMN electoral.franchise_grant.in_force IS 'polling days the grant applies to';
COMMENT ON COLUMN electoral.franchise_grant.permanent_residence IS 'the national must be permanently resident in the host country';
COMMENT ON COLUMN electoral.franchise_grant.min_residence_years IS 'full years of residence required on polling day';
COMMENT ON COLUMN electoral.franchise_grant.registration IS 'the national must be registered with the local election commission';
COMMENT ON COLUMN electoral.franchise_grant.resident_since_before IS 'residence must have begun before this date (a cut-off); NULL for none';
COMMENT ON COLUMN electoral.franchise_grant.treaty IS 'the instrument granting the right, as cited in explanations';
COMMENT ON COLUMN electoral.franchise_grant.legal_basis IS 'provisions that give the grant effect';

-- Anyone may read the rules and evaluate them; only the extension's owner
-- (or whom it grants) may change them.
REVOKE ALL ON electoral.office, electoral.requirement, electoral.franchise_grant FROM PUBLIC;
GRANT SELECT ON electoral.office, electoral.requirement, electoral.franchise_grant TO PUBLIC;
GRANT USAGE ON SCHEMA electoral TO PUBLIC;

-- ---------------------------------------------------------------------------
-- Keeping every backend's compiled rulebook current, and keeping users'
-- rule changes across pg_dump / pg_restore.
-- ---------------------------------------------------------------------------

-- A statement-level trigger sends a relcache invalidation for the table it
-- fires on.  The message goes out at commit (and is replayed locally at
-- rollback), so other backends rebuild their rulebook exactly when a change
-- commits and never for a change that rolls back; nothing is checked per row.
CREATE FUNCTION electoral.rules_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'rules_changed' LANGUAGE C;
COMMENT ON FUNCTION electoral.rules_changed() IS
    'statement trigger on the rule tables: tells every backend to rebuild its compiled rulebook when the change commits';

CREATE TRIGGER office_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON electoral.office
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER requirement_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON electoral.requirement
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER franchise_grant_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON electoral.franchise_grant
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
COMMENT ON TRIGGER office_changed ON electoral.office IS 'invalidates compiled rulebooks';
COMMENT ON TRIGGER requirement_changed ON electoral.requirement IS 'invalidates compiled rulebooks';
COMMENT ON TRIGGER franchise_grant_changed ON electoral.franchise_grant IS 'invalidates compiled rulebooks';

-- pg_dump keeps every row of the rule tables (shipped rows included, so
-- that a change to a shipped rule survives).  On restore, CREATE EXTENSION
-- inserts the shipped rows first; these triggers then turn an incoming row
-- whose key already exists into an update of that row, so nothing is
-- duplicated and the dumped version wins.
CREATE FUNCTION electoral.office_merge_on_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    UPDATE electoral.office AS o
       SET (country, level, title, direct_vote, legal_basis)
         = (NEW.country, NEW.level, NEW.title, NEW.direct_vote, NEW.legal_basis)
     WHERE o.code OPERATOR(pg_catalog.=) NEW.code;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE FUNCTION electoral.requirement_merge_on_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    UPDATE electoral.requirement AS r
       SET (office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis)
         = (NEW.office, NEW.role, NEW.kind, NEW.years, NEW.continuous, NEW.grant_may_waive,
            NEW.in_force, NEW.legal_basis)
     WHERE r.id OPERATOR(pg_catalog.=) NEW.id;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE FUNCTION electoral.franchise_grant_merge_on_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    UPDATE electoral.franchise_grant AS g
       SET (host, nationals, roles, levels, except_offices, in_force, permanent_residence,
            min_residence_years, registration, resident_since_before, treaty, legal_basis)
         = (NEW.host, NEW.nationals, NEW.roles, NEW.levels, NEW.except_offices, NEW.in_force,
            NEW.permanent_residence, NEW.min_residence_years, NEW.registration,
            NEW.resident_since_before, NEW.treaty, NEW.legal_basis)
     WHERE g.id OPERATOR(pg_catalog.=) NEW.id;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION electoral.office_merge_on_insert() IS
    'an inserted office whose code exists replaces that row (how pg_restore brings back changed shipped rows)';
COMMENT ON FUNCTION electoral.requirement_merge_on_insert() IS
    'an inserted requirement whose id exists replaces that row (how pg_restore brings back changed shipped rows)';
COMMENT ON FUNCTION electoral.franchise_grant_merge_on_insert() IS
    'an inserted grant whose id exists replaces that row (how pg_restore brings back changed shipped rows)';

CREATE TRIGGER office_merge BEFORE INSERT ON electoral.office
    FOR EACH ROW EXECUTE FUNCTION electoral.office_merge_on_insert();
CREATE TRIGGER requirement_merge BEFORE INSERT ON electoral.requirement
    FOR EACH ROW EXECUTE FUNCTION electoral.requirement_merge_on_insert();
CREATE TRIGGER franchise_grant_merge BEFORE INSERT ON electoral.franchise_grant
    FOR EACH ROW EXECUTE FUNCTION electoral.franchise_grant_merge_on_insert();
COMMENT ON TRIGGER office_merge ON electoral.office IS 'insert of an existing code updates it (restore)';
COMMENT ON TRIGGER requirement_merge ON electoral.requirement IS 'insert of an existing id updates it (restore)';
COMMENT ON TRIGGER franchise_grant_merge ON electoral.franchise_grant IS 'insert of an existing id updates it (restore)';

SELECT pg_catalog.pg_extension_config_dump('electoral.office', '');
SELECT pg_catalog.pg_extension_config_dump('electoral.requirement', '');
SELECT pg_catalog.pg_extension_config_dump('electoral.franchise_grant', '');
SELECT pg_catalog.pg_extension_config_dump('electoral.requirement_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('electoral.franchise_grant_id_seq', '');

COMMENT ON SEQUENCE electoral.requirement_id_seq IS 'ids of users'' requirements (from 100000; shipped rows use lower ids)';
COMMENT ON SEQUENCE electoral.franchise_grant_id_seq IS 'ids of users'' franchise grants (from 100000; shipped rows use lower ids)';

-- ---------------------------------------------------------------------------
-- Eligibility: may this person vote / stand for this office on this day?
-- Not STRICT: a NULL fact is a fact not proven, and the answer is false.
-- STABLE: the answer reads the rule tables (through a per-backend cache).
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.can_vote(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT false,
    imprisoned pg_catalog.bool DEFAULT false,
    detained pg_catalog.bool DEFAULT false
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_vote' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.can_vote(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'true when the person may vote for the office on polling day under the rules in force then; '
    'missing facts count as not proven; electoral.explain says why';

CREATE FUNCTION electoral.can_stand(
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT false,
    imprisoned pg_catalog.bool DEFAULT false,
    detained pg_catalog.bool DEFAULT false,
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT false,
    ever_foreign pg_catalog.bool DEFAULT false
) RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'can_stand' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION electoral.can_stand(pg_catalog.text, pg_catalog.date, electoral.country[], pg_catalog.date,
    electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'true when the person may stand for the office on polling day under the rules in force then; '
    'missing facts count as not proven; electoral.explain says why';

CREATE FUNCTION electoral.explain(
    role electoral.role,
    office pg_catalog.text,
    on_date pg_catalog.date,
    citizenships electoral.country[],
    birth_date pg_catalog.date,
    residence electoral.residence DEFAULT 'none',
    resident_since pg_catalog.date DEFAULT NULL,
    registered pg_catalog.bool DEFAULT false,
    incapacitated pg_catalog.bool DEFAULT false,
    imprisoned pg_catalog.bool DEFAULT false,
    detained pg_catalog.bool DEFAULT false,
    citizen_by_birth pg_catalog.bool DEFAULT NULL,
    foreign_residence_permit pg_catalog.bool DEFAULT false,
    ever_foreign pg_catalog.bool DEFAULT false,
    OUT requirement pg_catalog.text,
    OUT satisfied pg_catalog.bool,
    OUT detail pg_catalog.text,
    OUT legal_basis pg_catalog.text
) RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'explain' LANGUAGE C STABLE PARALLEL SAFE ROWS 8;
COMMENT ON FUNCTION electoral.explain(electoral.role, pg_catalog.text, pg_catalog.date, electoral.country[],
    pg_catalog.date, electoral.residence, pg_catalog.date, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool,
    pg_catalog.bool, pg_catalog.bool, pg_catalog.bool, pg_catalog.bool) IS
    'one row per requirement in force for the role and office on polling day: whether it is met, why, and the law; '
    'can_vote / can_stand are true exactly when no row is unsatisfied';

CREATE FUNCTION electoral.grant_reciprocal(
    a electoral.country,
    b electoral.country,
    roles electoral.role[],
    levels electoral.level[],
    in_force pg_catalog.daterange,
    treaty pg_catalog.text,
    legal_basis pg_catalog.text,
    permanent_residence pg_catalog.bool DEFAULT true,
    min_residence_years pg_catalog.int4 DEFAULT 0,
    registration pg_catalog.bool DEFAULT false,
    resident_since_before pg_catalog.date DEFAULT NULL,
    except_offices pg_catalog.text[] DEFAULT '{}'
) RETURNS SETOF pg_catalog.int4
    LANGUAGE sql VOLATILE SET search_path = pg_catalog AS $$
    INSERT INTO electoral.franchise_grant
        (host, nationals, roles, levels, except_offices, in_force, permanent_residence,
         min_residence_years, registration, resident_since_before, treaty, legal_basis)
    SELECT host, ARRAY[partner], $3, $4, $12, $5, $8, $9, $10, $11, $6, $7
      FROM (VALUES ($1, $2), ($2, $1)) AS sides(host, partner)
    RETURNING id
$$;
COMMENT ON FUNCTION electoral.grant_reciprocal(electoral.country, electoral.country, electoral.role[],
    electoral.level[], pg_catalog.daterange, pg_catalog.text, pg_catalog.text, pg_catalog.bool, pg_catalog.int4,
    pg_catalog.bool, pg_catalog.date, pg_catalog.text[]) IS
    'records a two-sided treaty: two franchise grants, each country opening its elections to the other''s nationals; returns their ids';

-- ---------------------------------------------------------------------------
-- Shipped law: Russia, Belarus and their 2025 protocol on equal electoral
-- rights (sources: shared/domain/law.md).  Ids below 100000 are shipped
-- rows; users' own rows take ids from 100000 up.
-- ---------------------------------------------------------------------------

INSERT INTO electoral.office (code, country, level, title, direct_vote, legal_basis) VALUES
    ('RU.president',                 'RU', 'national', 'President of the Russian Federation', true, 'Constitution of the Russian Federation art. 81'),
    ('RU.state_duma',                'RU', 'national', 'Deputy of the State Duma', true, 'Constitution of the Russian Federation art. 97'),
    ('RU.governor',                  'RU', 'regional', 'Head of a constituent entity (governor)', true, '67-FZ'),
    ('RU.regional_legislature',      'RU', 'regional', 'Deputy of a regional legislature', true, '67-FZ'),
    ('RU.municipal_council',         'RU', 'local',    'Deputy of a municipal representative body', true, '67-FZ'),
    ('RU.municipal_head',            'RU', 'local',    'Head of a municipality', true, '67-FZ'),
    ('BY.president',                 'BY', 'national', 'President of the Republic of Belarus', true, 'Constitution of the Republic of Belarus art. 80'),
    ('BY.house_of_representatives',  'BY', 'national', 'Deputy of the House of Representatives', true, 'Constitution of the Republic of Belarus; Electoral Code'),
    ('BY.council_of_the_republic',   'BY', 'national', 'Member of the Council of the Republic', false, 'Constitution of the Republic of Belarus; elected indirectly by local councils'),
    ('BY.local_council',             'BY', 'local',    'Deputy of a local Council of Deputies', true, 'Electoral Code of the Republic of Belarus');

-- Russia.  Voting: 18 and a citizen everywhere; a treaty may open voting to
-- foreign nationals (67-FZ art. 4), and which levels it opens is the grant's
-- business, so the citizen requirement of voting is waivable at every level.
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis)
SELECT 1000 + 10 * o.n + v.k, o.code, 'vote', v.kind::electoral.requirement_kind, v.years, false, v.waive, '(,)', v.basis
  FROM (VALUES (1, 'RU.president'), (2, 'RU.state_duma'), (3, 'RU.governor'),
               (4, 'RU.regional_legislature'), (5, 'RU.municipal_council'), (6, 'RU.municipal_head')) AS o(n, code),
       (VALUES (1, 'min_age', 18, false, 'Constitution of the Russian Federation art. 32; 67-FZ art. 4'),
               (2, 'citizen', NULL, true, 'Constitution of the Russian Federation art. 32; 67-FZ art. 4 (foreign citizens only where a treaty provides)'),
               (3, 'not_incapacitated', NULL, false, '67-FZ art. 4 p. 3'),
               (4, 'not_imprisoned', NULL, false, '67-FZ art. 4 p. 3')) AS v(k, kind, years, waive, basis);

-- Russia, standing.
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    -- President: 35, a citizen living in Russia 25 years, never foreign (reserved to citizens)
    (2001, 'RU.president', 'stand', 'min_age', 35, false, false, '(,)', 'Constitution of the Russian Federation art. 81'),
    (2002, 'RU.president', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 81'),
    (2003, 'RU.president', 'stand', 'residence_years', 25, false, false, '(,)', 'Constitution of the Russian Federation art. 81'),
    (2004, 'RU.president', 'stand', 'never_foreign', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 81'),
    (2005, 'RU.president', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2006, 'RU.president', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- State Duma: 21, a citizen with no foreign citizenship or residence permit (reserved)
    (2011, 'RU.state_duma', 'stand', 'min_age', 21, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2012, 'RU.state_duma', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2013, 'RU.state_duma', 'stand', 'no_foreign_citizenship', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2014, 'RU.state_duma', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', 'Constitution of the Russian Federation art. 97'),
    (2015, 'RU.state_duma', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2016, 'RU.state_duma', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Governor: 30, a citizen with no foreign citizenship or residence permit (reserved)
    (2021, 'RU.governor', 'stand', 'min_age', 30, false, false, '(,)', '67-FZ (head of a constituent entity)'),
    (2022, 'RU.governor', 'stand', 'citizen', NULL, false, false, '(,)', '67-FZ (head of a constituent entity)'),
    (2023, 'RU.governor', 'stand', 'no_foreign_citizenship', NULL, false, false, '(,)', '67-FZ (head of a constituent entity)'),
    (2024, 'RU.governor', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', '67-FZ (head of a constituent entity)'),
    (2025, 'RU.governor', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2026, 'RU.governor', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Regional legislature: 21, a citizen; foreign citizenship or residence permit bars unless a treaty provides
    (2031, 'RU.regional_legislature', 'stand', 'min_age', 21, false, false, '(,)', '67-FZ art. 4'),
    (2032, 'RU.regional_legislature', 'stand', 'citizen', NULL, false, true, '(,)', '67-FZ art. 4; 115-FZ art. 12'),
    (2033, 'RU.regional_legislature', 'stand', 'no_foreign_citizenship', NULL, false, true, '(,)', '67-FZ art. 4 p. 3.1'),
    (2034, 'RU.regional_legislature', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', '67-FZ art. 4 p. 3.1'),
    (2035, 'RU.regional_legislature', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2036, 'RU.regional_legislature', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Municipal council: 18 since 2009 (250-FZ); a treaty may open it to foreign nationals
    (2041, 'RU.municipal_council', 'stand', 'min_age', 18, false, false, '(,)', '67-FZ art. 4, as amended by 250-FZ (2009)'),
    (2042, 'RU.municipal_council', 'stand', 'citizen', NULL, false, true, '(,)', '67-FZ art. 4 (foreign citizens permanently residing in the municipality, under international treaties)'),
    (2043, 'RU.municipal_council', 'stand', 'no_foreign_citizenship', NULL, false, true, '(,)', '67-FZ art. 4 p. 3.1 (unless a treaty provides otherwise)'),
    (2044, 'RU.municipal_council', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', '67-FZ art. 4 p. 3.1'),
    (2045, 'RU.municipal_council', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2046, 'RU.municipal_council', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    -- Head of a municipality: 21; a treaty may open it to foreign nationals
    (2051, 'RU.municipal_head', 'stand', 'min_age', 21, false, false, '(,)', '67-FZ art. 4'),
    (2052, 'RU.municipal_head', 'stand', 'citizen', NULL, false, true, '(,)', '67-FZ art. 4 (foreign citizens permanently residing in the municipality, under international treaties)'),
    (2053, 'RU.municipal_head', 'stand', 'no_foreign_citizenship', NULL, false, true, '(,)', '67-FZ art. 4 p. 3.1 (unless a treaty provides otherwise)'),
    (2054, 'RU.municipal_head', 'stand', 'no_foreign_residence_permit', NULL, false, false, '(,)', '67-FZ art. 4 p. 3.1'),
    (2055, 'RU.municipal_head', 'stand', 'not_incapacitated', NULL, false, false, '(,)', '67-FZ art. 4 p. 3'),
    (2056, 'RU.municipal_head', 'stand', 'not_imprisoned', NULL, false, false, '(,)', '67-FZ art. 4 p. 3');

-- Belarus.  Voting for the directly elected offices: 18, a citizen (waivable
-- by a treaty), and the three bars.  The Council of the Republic is elected
-- indirectly: no one votes for it (office.direct_vote = false).
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis)
SELECT 3000 + 10 * o.n + v.k, o.code, 'vote', v.kind::electoral.requirement_kind, v.years, false, v.waive, '(,)', v.basis
  FROM (VALUES (1, 'BY.president'), (2, 'BY.house_of_representatives'), (3, 'BY.local_council')) AS o(n, code),
       (VALUES (1, 'min_age', 18, false, 'Constitution of the Republic of Belarus art. 64'),
               (2, 'citizen', NULL, true, 'Constitution of the Republic of Belarus art. 64 (foreign citizens only where a treaty provides)'),
               (3, 'not_incapacitated', NULL, false, 'Constitution of the Republic of Belarus art. 64'),
               (4, 'not_imprisoned', NULL, false, 'Constitution of the Republic of Belarus art. 64'),
               (5, 'not_detained', NULL, false, 'Constitution of the Republic of Belarus art. 64')) AS v(k, kind, years, waive, basis);

-- Belarus, standing.  The presidency changed with the constitutional
-- amendments adopted by the referendum of 27 February 2022: 40 years of age
-- (was 35), 20 years of residence immediately before the election (was 10),
-- and never a foreign citizenship or residence permit.
INSERT INTO electoral.requirement (id, office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) VALUES
    (4001, 'BY.president', 'stand', 'min_age', 35, false, false, '[,2022-03-15)', 'Constitution of the Republic of Belarus art. 80 (before the 2022 amendments)'),
    (4002, 'BY.president', 'stand', 'min_age', 40, false, false, '[2022-03-15,)', 'Constitution of the Republic of Belarus art. 80 (as amended 2022)'),
    (4003, 'BY.president', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 80'),
    (4004, 'BY.president', 'stand', 'citizen_by_birth', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 80'),
    (4005, 'BY.president', 'stand', 'residence_years', 10, true, false, '[,2022-03-15)', 'Constitution of the Republic of Belarus art. 80 (before the 2022 amendments)'),
    (4006, 'BY.president', 'stand', 'residence_years', 20, true, false, '[2022-03-15,)', 'Constitution of the Republic of Belarus art. 80 (as amended 2022)'),
    (4007, 'BY.president', 'stand', 'never_foreign', NULL, false, false, '[2022-03-15,)', 'Constitution of the Republic of Belarus art. 80 (as amended 2022)'),
    (4008, 'BY.president', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4009, 'BY.president', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4010, 'BY.president', 'stand', 'not_detained', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4021, 'BY.house_of_representatives', 'stand', 'min_age', 21, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4022, 'BY.house_of_representatives', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4023, 'BY.house_of_representatives', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4024, 'BY.house_of_representatives', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4025, 'BY.house_of_representatives', 'stand', 'not_detained', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    -- Council of the Republic: 30, 5 years' residence in the region (checked as residence in the country), no foreign citizenship
    (4031, 'BY.council_of_the_republic', 'stand', 'min_age', 30, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4032, 'BY.council_of_the_republic', 'stand', 'citizen', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4033, 'BY.council_of_the_republic', 'stand', 'residence_years', 5, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92 (5 years in the region; checked as years in the country)'),
    (4034, 'BY.council_of_the_republic', 'stand', 'no_foreign_citizenship', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 92'),
    (4035, 'BY.council_of_the_republic', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4036, 'BY.council_of_the_republic', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4037, 'BY.council_of_the_republic', 'stand', 'not_detained', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4041, 'BY.local_council', 'stand', 'min_age', 18, false, false, '(,)', 'Electoral Code of the Republic of Belarus'),
    (4042, 'BY.local_council', 'stand', 'citizen', NULL, false, true, '(,)', 'Electoral Code of the Republic of Belarus (foreign citizens only where a treaty provides)'),
    (4043, 'BY.local_council', 'stand', 'not_incapacitated', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4044, 'BY.local_council', 'stand', 'not_imprisoned', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64'),
    (4045, 'BY.local_council', 'stand', 'not_detained', NULL, false, false, '(,)', 'Constitution of the Republic of Belarus art. 64');

-- The Russia-Belarus protocol: each side opens its local elections, voting
-- and standing, to the other's citizens permanently residing there and
-- registered with the local election commission.
INSERT INTO electoral.franchise_grant
    (id, host, nationals, roles, levels, except_offices, in_force, permanent_residence,
     min_residence_years, registration, resident_since_before, treaty, legal_basis) VALUES
    (1, 'RU', '{BY}', '{vote,stand}', '{local}', '{}', '[2025-10-29,)', true, 0, true, NULL,
     'the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights',
     'Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025; 67-FZ art. 4'),
    (2, 'BY', '{RU}', '{vote,stand}', '{local}', '{}', '[2025-10-29,)', true, 0, true, NULL,
     'the Russia-Belarus Protocol of 13 March 2025 on equal electoral rights',
     'Protocol of 13.03.2025 amending the Treaty on Equal Rights of Citizens of 25.12.1998, in force 29.10.2025');

-- ---------------------------------------------------------------------------
-- Enforcement in registries with their own column names.
-- ---------------------------------------------------------------------------

CREATE FUNCTION electoral.enforce_eligibility() RETURNS trigger
    AS 'MODULE_PATHNAME', 'enforce_eligibility' LANGUAGE C;
COMMENT ON FUNCTION electoral.enforce_eligibility() IS
    'BEFORE INSERT OR UPDATE FOR EACH ROW trigger: arguments are the role (''vote'' or ''stand'') and '
    'parameter=column pairs (office, on_date, citizenships, birth_date, residence, resident_since, registered, '
    'incapacitated, imprisoned, detained, citizen_by_birth, foreign_residence_permit, ever_foreign); '
    'rejects an ineligible row with SQLSTATE 23514, or with flag=column (text[] or jsonb) keeps it and records the unmet requirements';

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
    'ICAO 9303 machine-readable zone (TD1 3x30, TD2 2x36, TD3 2x44), every check digit verified; '
    'output: upper-case lines separated by newlines';
COMMENT ON FUNCTION electoral.mrz_in(pg_catalog.cstring) IS
    'text input of electoral.mrz: lines separated by newlines or spaces, any case; verifies every check digit';
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
    OUT personal_number pg_catalog.text
) AS 'MODULE_PATHNAME', 'mrz_fields' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION electoral.mrz_fields(electoral.mrz) IS
    'the fields of a machine-readable zone; STABLE because the birth century is the latest that is not in the future (today)';

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
    '(default today), a Russian passport not replaced at 20 or 45; empty when everything agrees';
