-- The catalog face of the extension: function markings, comments on every
-- member, fixed-length pass-by-value types, default btree and hash operator
-- classes, mergeable/hashable equality, casts from text and varchar.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(39);

CREATE TEMP VIEW members AS
SELECT d.classid, d.objid, d.objsubid, pg_describe_object(d.classid, d.objid, d.objsubid) AS descr
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid
 WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e' AND e.extname = 'electoral';

-- Types PostgreSQL makes by itself: an array type for each type, a row type
-- for each table.  Since 17 they are members of the extension too (the
-- commented type or table is what a reader looks up).
CREATE TEMP VIEW implicit_types AS
SELECT t.oid FROM pg_type t
 WHERE EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)
    OR (t.typrelid <> 0 AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) <> 'c');

CREATE TEMP VIEW ext_functions AS
SELECT p.* FROM pg_proc p JOIN members m ON m.classid = 'pg_proc'::regclass AND m.objid = p.oid;

-- The functions of the identity types: I/O, operators and support, accessors, validation.
CREATE TEMP VIEW id_functions AS
SELECT * FROM ext_functions
 WHERE proname ~ '^(country|ru_inn|ru_snils|ru_passport|by_personal_number|by_passport|kz_iin)_'
    OR proname IN ('alpha3', 'numeric_code', 'region_code', 'blank_year', 'birth_date', 'sex',
                   'is_valid', 'validation_error');

CREATE TEMP TABLE types(typname name, typlen int, typalign "char") ON COMMIT DROP;
INSERT INTO types VALUES ('country', 2, 's'), ('ru_inn', 8, 'd'), ('ru_snils', 8, 'd'),
    ('ru_passport', 8, 'd'), ('by_personal_number', 8, 'd'), ('by_passport', 8, 'd'), ('kz_iin', 8, 'd');

-- ---------------------------------------------------------------------------
-- Membership
-- ---------------------------------------------------------------------------
SELECT is((SELECT extrelocatable FROM pg_extension WHERE extname = 'electoral'), false,
    'the extension is not relocatable');
SELECT is((SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'electoral'), 'electoral',
    'the extension lives in schema electoral');
SELECT is_empty($$
    SELECT x.typname FROM types x
     WHERE NOT EXISTS (SELECT FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
                        WHERE t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace)
$$, 'the seven identity types belong to the extension');
SELECT is((SELECT count(*) FROM id_functions), 124::bigint,
    'the identity types have 124 functions: 7 x 16 for I/O, operators, support and min/max, 10 accessors (ru_passport_valid_on included), 2 for validation');
SELECT is((SELECT count(*) FROM ext_functions
            WHERE prokind = 'a' AND proname IN ('min', 'max')
              AND proargtypes[0] IN (SELECT t.oid FROM pg_type t JOIN types x USING (typname)
                                      WHERE t.typnamespace = 'electoral'::regnamespace)), 14::bigint,
    'each identity type has a min and a max aggregate');
SELECT is_empty($$
    SELECT p.oid::regprocedure FROM pg_proc p
     WHERE p.pronamespace = 'electoral'::regnamespace
       AND NOT EXISTS (SELECT FROM members m WHERE m.classid = 'pg_proc'::regclass AND m.objid = p.oid)
$$, 'every function in schema electoral belongs to the extension');
SELECT set_eq($$
    SELECT p.oid::regprocedure::text FROM ext_functions p
     WHERE p.proname IN ('alpha3', 'numeric_code', 'country_name', 'region_code', 'blank_year',
                         'birth_date', 'sex', 'is_valid', 'validation_error')
$$, ARRAY['electoral.alpha3(electoral.country)', 'electoral.numeric_code(electoral.country)',
          'electoral.country_name(electoral.country)', 'electoral.region_code(electoral.ru_passport)',
          'electoral.blank_year(electoral.ru_passport)', 'electoral.birth_date(electoral.by_personal_number)',
          'electoral.sex(electoral.by_personal_number)', 'electoral.birth_date(electoral.kz_iin)',
          'electoral.sex(electoral.kz_iin)', 'electoral.is_valid(text,regtype)',
          'electoral.validation_error(text,regtype)'],
    'the accessor and validation functions exist with the documented signatures');
SELECT is((SELECT prorettype::regtype::text FROM pg_proc WHERE oid = 'electoral.is_valid(text,regtype)'::regprocedure),
    'boolean', 'is_valid returns boolean');
SELECT is((SELECT prorettype::regtype::text FROM pg_proc WHERE oid = 'electoral.birth_date(electoral.kz_iin)'::regprocedure),
    'date', 'birth_date returns date');

-- ---------------------------------------------------------------------------
-- Function markings
-- ---------------------------------------------------------------------------
SELECT is_empty($$SELECT oid::regprocedure FROM id_functions WHERE proparallel <> 's'$$,
    'every function of the identity types is PARALLEL SAFE');
-- Trigger functions and functions that write (VOLATILE) may rightly be unsafe.
SELECT is_empty($$
    SELECT oid::regprocedure FROM pg_proc
     WHERE pronamespace = 'electoral'::regnamespace AND proparallel <> 's'
       AND prorettype <> 'trigger'::regtype AND provolatile <> 'v'
$$, 'every IMMUTABLE or STABLE function in schema electoral is PARALLEL SAFE');
SELECT is_empty($$
    SELECT oid::regprocedure FROM id_functions
     WHERE proname NOT IN ('is_valid', 'validation_error') AND (provolatile <> 'i' OR NOT proisstrict)
$$, 'I/O, operator, support and accessor functions are IMMUTABLE STRICT');
SELECT is_empty($$
    SELECT oid::regprocedure FROM id_functions
     WHERE proname IN ('is_valid', 'validation_error') AND (provolatile <> 's' OR NOT proisstrict)
$$, 'is_valid and validation_error are STABLE STRICT');
SELECT is((SELECT count(*) FROM ext_functions WHERE proname IN ('is_valid', 'validation_error')), 2::bigint,
    'is_valid and validation_error: one function each');
SELECT is_empty($$SELECT oid::regprocedure FROM ext_functions WHERE prosecdef$$,
    'no function is SECURITY DEFINER');
SELECT is_empty($$
    SELECT t.typname, f.oid::regprocedure FROM pg_type t
      JOIN pg_proc f ON f.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend)
     WHERE t.typnamespace = 'electoral'::regnamespace AND t.typtype = 'b' AND t.typcategory <> 'A'
       AND (f.provolatile <> 'i' OR NOT f.proisstrict OR f.proparallel <> 's')
$$, 'each type''s in/out/recv/send functions are IMMUTABLE STRICT PARALLEL SAFE');
SELECT is_empty($$
    SELECT o.oid::regoperator FROM pg_operator o
      JOIN pg_proc f ON f.oid = o.oprcode
     WHERE o.oprnamespace = 'electoral'::regnamespace AND NOT f.proleakproof
$$, 'comparison functions behind the operators are LEAKPROOF');

-- ---------------------------------------------------------------------------
-- Comments on everything
-- ---------------------------------------------------------------------------
-- Sequences behind serial/identity columns and implicit types are left out.
SELECT is(EXISTS (SELECT FROM members m JOIN implicit_types i ON m.classid = 'pg_type'::regclass AND m.objid = i.oid),
          current_setting('server_version_num')::int >= 170000,
          'array and table row types are members of the extension exactly from PostgreSQL 17 on');
SELECT is_empty($$
    SELECT m.descr FROM members m
     WHERE NOT (m.classid = 'pg_class'::regclass
                AND (SELECT relkind FROM pg_class WHERE oid = m.objid) = 'S')
       AND NOT (m.classid = 'pg_type'::regclass AND m.objid IN (SELECT oid FROM implicit_types))
       AND NOT EXISTS (SELECT FROM pg_description c
                        WHERE c.classoid = m.classid AND c.objoid = m.objid AND c.objsubid = m.objsubid
                          AND c.description <> '')
     ORDER BY 1
$$, 'every type, function, operator, operator class, operator family, cast, table and event trigger of the extension has a comment');
SELECT is_empty($$
    SELECT m.descr FROM members m
     WHERE m.classid NOT IN ('pg_type'::regclass, 'pg_proc'::regclass, 'pg_operator'::regclass,
                             'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_cast'::regclass,
                             'pg_class'::regclass, 'pg_event_trigger'::regclass)
$$, 'the extension has no member of a kind the comment check does not know');
SELECT isnt(obj_description('electoral'::regnamespace, 'pg_namespace'), NULL, 'schema electoral has a comment');
SELECT isnt(obj_description((SELECT oid FROM pg_extension WHERE extname = 'electoral'), 'pg_extension'), NULL,
    'the extension has a comment');

-- ---------------------------------------------------------------------------
-- Types: fixed length, passed by value, binary I/O
-- ---------------------------------------------------------------------------
SELECT is_empty($$
    SELECT x.typname, t.typlen, t.typbyval, t.typalign FROM types x
      LEFT JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
     WHERE t.oid IS NULL OR t.typlen <> x.typlen OR t.typalign <> x.typalign
        OR t.typstorage <> 'p' OR t.typtype <> 'b'
$$, 'each type is a base type of fixed length (8, country 2), plain storage');
-- LIKE = int8 / int2: passed as the server passes its base (by value on every 64-bit server)
SELECT is_empty($$
    SELECT x.typname FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
      JOIN pg_type b ON b.oid = CASE x.typlen WHEN 2 THEN 'pg_catalog.int2'::regtype ELSE 'pg_catalog.int8'::regtype END
     WHERE (t.typlen, t.typbyval, t.typalign, t.typstorage) IS DISTINCT FROM (b.typlen, b.typbyval, b.typalign, b.typstorage)
$$, 'each type has the length, passing, alignment and storage of its base integer type (int8, country int2)');
SELECT is((SELECT bool_and(typbyval) FROM pg_type WHERE typname IN (SELECT typname FROM types)
             AND typnamespace = 'electoral'::regnamespace),
          (SELECT typbyval FROM pg_type WHERE oid = 'pg_catalog.int8'::regtype),
          'the types are passed by value exactly where int8 is (every 64-bit server)');
SELECT is_empty($$
    SELECT x.typname FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
     WHERE t.typreceive = 0 OR t.typsend = 0
        OR t.typreceive::regproc::text <> 'electoral.' || x.typname || '_recv'
        OR t.typsend::regproc::text <> 'electoral.' || x.typname || '_send'
        OR t.typinput::regproc::text <> 'electoral.' || x.typname || '_in'
        OR t.typoutput::regproc::text <> 'electoral.' || x.typname || '_out'
$$, 'each type has its own input, output, receive and send functions');
SELECT is_empty($$
    SELECT x.typname FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
     WHERE t.typarray = 0
$$, 'each type has an array type');

-- ---------------------------------------------------------------------------
-- Operator classes and operators
-- ---------------------------------------------------------------------------
SELECT is_empty($$
    SELECT x.typname, am.amname FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
     CROSS JOIN pg_am am
     WHERE am.amname IN ('btree', 'hash')
       AND (SELECT count(*) FROM pg_opclass c
             WHERE c.opcmethod = am.oid AND c.opcintype = t.oid AND c.opcdefault) <> 1
$$, 'each type has exactly one default btree and one default hash operator class');
SELECT is_empty($$
    SELECT c.opcname, am.amname FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
     WHERE c.opcnamespace = 'electoral'::regnamespace AND NOT amvalidate(c.oid)
$$, 'amvalidate accepts every operator class');
SELECT is(
    (SELECT count(*) FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily JOIN pg_am am ON am.oid = f.opfmethod
      WHERE f.opfnamespace = 'electoral'::regnamespace AND am.amname = 'hash' AND p.amprocnum = 2),
    8::bigint, 'each hash family (the seven identity types and mrz) has an extended (seeded) hash function, support 2');
SELECT is(
    (SELECT count(*) FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily JOIN pg_am am ON am.oid = f.opfmethod
      WHERE f.opfnamespace = 'electoral'::regnamespace AND am.amname = 'btree' AND p.amprocnum = 2),
    8::bigint, 'each btree family (the seven identity types and mrz) has sort support, support 2');
SELECT is_empty($$
    SELECT x.typname FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
     WHERE NOT EXISTS (SELECT FROM pg_operator o
                        WHERE o.oprname = '=' AND o.oprleft = t.oid AND o.oprright = t.oid
                          AND o.oprcanmerge AND o.oprcanhash AND o.oprresult = 'boolean'::regtype
                          AND o.oprcom = o.oid AND o.oprnegate <> 0
                          AND o.oprrest = 'eqsel'::regproc AND o.oprjoin = 'eqjoinsel'::regproc)
$$, 'each type''s = is MERGES and HASHES, its own commutator, with a negator and eqsel/eqjoinsel');
SELECT is_empty($$
    SELECT x.typname, op FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
     CROSS JOIN unnest(ARRAY['=', '<>', '<', '<=', '>', '>=']) op
     WHERE NOT EXISTS (SELECT FROM pg_operator o
                        WHERE o.oprname = op AND o.oprleft = t.oid AND o.oprright = t.oid
                          AND o.oprnamespace = 'electoral'::regnamespace)
$$, 'each type has the six comparison operators');
SELECT is_empty($$
    SELECT o.oid::regoperator FROM pg_operator o
     WHERE o.oprnamespace = 'electoral'::regnamespace AND o.oprname <> '='
       AND (o.oprcanmerge OR o.oprcanhash)
$$, 'only = is marked MERGES or HASHES');
SELECT is_empty($$
    SELECT x.typname, a.amopstrategy, o.oprname FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
      JOIN pg_opclass c ON c.opcintype = t.oid AND c.opcdefault
      JOIN pg_am am ON am.oid = c.opcmethod AND am.amname = 'btree'
      JOIN pg_amop a ON a.amopfamily = c.opcfamily
      JOIN pg_operator o ON o.oid = a.amopopr
     WHERE o.oprname <> (ARRAY['<', '<=', '=', '>=', '>'])[a.amopstrategy]
$$, 'btree strategies 1-5 are <, <=, =, >=, >');

-- ---------------------------------------------------------------------------
-- Casts
-- ---------------------------------------------------------------------------
SELECT is_empty($$
    SELECT x.typname, src FROM types x
      JOIN pg_type t ON t.typname = x.typname AND t.typnamespace = 'electoral'::regnamespace
     CROSS JOIN unnest(ARRAY['text', 'character varying']::regtype[]) src
     WHERE NOT EXISTS (SELECT FROM pg_cast c
                        WHERE c.castsource = src AND c.casttarget = t.oid
                          AND c.castmethod = 'i' AND c.castcontext = 'a')
$$, 'each type has an I/O assignment cast from text and from varchar');
SELECT results_eq($$
    SELECT c.castsource::regtype::text || ' -> ' || c.casttarget::regtype::text FROM pg_cast c JOIN members m
        ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid
     WHERE c.castcontext = 'i'
$$, $$VALUES ('text[] -> electoral.country[]')$$,
    'the one implicit cast of the extension is text[] -> country[] (what client drivers send for a list)');
SELECT throws_ok($$SELECT electoral.alpha3(x) FROM (SELECT 'RU'::text AS x) s$$, '42883', NULL,
    'text does not turn into a country implicitly in a function call');

-- ---------------------------------------------------------------------------
-- Usable as a key without search_path tricks: the default opclasses are found
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE keyed(c electoral.country PRIMARY KEY, i electoral.ru_inn UNIQUE, k electoral.kz_iin);
CREATE INDEX ON keyed USING hash (k);
SELECT is(
    (SELECT string_agg(am.amname || ':' || opc.opcname, ',' ORDER BY am.amname, opc.opcname)
       FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid JOIN pg_am am ON am.oid = ic.relam
       JOIN pg_opclass opc ON opc.oid = x.indclass[0]
      WHERE x.indrelid = 'keyed'::regclass),
    'btree:country_ops,btree:ru_inn_ops,hash:kz_iin_hash_ops',
    'PRIMARY KEY, UNIQUE and USING hash pick the default operator classes');

SELECT * FROM finish();
ROLLBACK;
