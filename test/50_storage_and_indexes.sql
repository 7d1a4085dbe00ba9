-- Every electoral type as a column: unique keys that see through spellings,
-- btree and hash indexes the planner uses, ORDER BY, GROUP BY (hash and
-- sort), hash and merge joins, foreign keys, hash partitioning, and the
-- assignment cast from text and varchar.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS electoral;

BEGIN;
SELECT plan(166);
-- The operators live in schema electoral, like the types.
SET search_path = public, electoral;

-- The first plan node of q whose description matches pattern (a regular
-- expression), as "Node Type [Strategy] [on index_name]"; NULL if none.
CREATE FUNCTION pg_temp.plan_node(q text, pattern text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    j jsonb;
BEGIN
    EXECUTE 'EXPLAIN (FORMAT JSON, COSTS OFF) ' || q INTO j;
    RETURN (
        WITH RECURSIVE nodes(p, path) AS (
            SELECT j -> 0 -> 'Plan', ARRAY[0]
            UNION ALL
            SELECT c.value, nodes.path || c.ordinality::int
              FROM nodes, jsonb_array_elements(nodes.p -> 'Plans') WITH ORDINALITY c
        )
        SELECT d FROM (
            SELECT (p ->> 'Node Type') || COALESCE(' ' || (p ->> 'Strategy'), '')
                   || COALESCE(' on ' || (p ->> 'Index Name'), '') AS d, path
              FROM nodes) s
         WHERE d ~ pattern
         ORDER BY path
         LIMIT 1);
END $$;

-- The checks, for one type.
--   spellings: non-canonical spellings of distinct valid values
--   sorted:    their canonical text, in the expected ORDER BY order
--   dup:       another spelling of one of them
--   probe, probe_canon: a spelling to look up, and its canonical text
--   bad:       an invalid value
--   absent:    a valid value not among spellings
CREATE FUNCTION pg_temp.storage_checks(typ text, spellings text[], sorted text[], dup text,
                                       probe text, probe_canon text, bad text, absent text)
RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE
    t text := 'electoral.' || typ;
    k text := 'k_' || typ;           -- unique btree key
    h text := 'h_' || typ;           -- hash index, each value three times
    n int := cardinality(spellings);
    q text;
    inserted bigint;
BEGIN
    EXECUTE format('CREATE TEMP TABLE %I (id serial, v %s UNIQUE)', k, t);

    RETURN NEXT lives_ok(
        format('INSERT INTO %I (v) SELECT s FROM unnest(%L::text[]) s', k, spellings),
        typ || ': INSERT ... SELECT of text values (assignment cast)');
    RETURN NEXT results_eq(
        format('SELECT v::text AS canonical FROM %I ORDER BY v', k), sorted,
        typ || ': ORDER BY gives the expected order, canonical output');
    RETURN NEXT throws_ok(
        format('INSERT INTO %I (v) VALUES (%L)', k, dup), '23505', NULL,
        typ || ': a duplicate in another spelling violates the unique constraint');
    EXECUTE format('INSERT INTO %I (v) VALUES (%L) ON CONFLICT (v) DO NOTHING', k, dup);
    GET DIAGNOSTICS inserted = ROW_COUNT;
    RETURN NEXT is(inserted, 0::bigint, typ || ': ON CONFLICT (v) DO NOTHING skips another spelling');
    RETURN NEXT throws_ok(
        format('INSERT INTO %I (v) SELECT %L::text', k, bad), '22P02', NULL,
        typ || ': INSERT ... SELECT of an invalid text value raises 22P02');

    -- btree index scan
    PERFORM set_config('enable_seqscan', 'off', true);
    PERFORM set_config('enable_bitmapscan', 'off', true);
    q := format('SELECT id FROM %I WHERE v = %L', k, probe);
    RETURN NEXT is(pg_temp.plan_node(q, 'Scan'), format('Index Scan on %s_v_key', k),
                   typ || ': WHERE v = ''...'' uses the unique btree index');
    EXECUTE format('SELECT v::text FROM %I WHERE v = %L', k, probe) INTO q;
    RETURN NEXT is(q, probe_canon, typ || ': the index finds the row from another spelling');

    -- hash index
    EXECUTE format('CREATE TEMP TABLE %I (id int, v %s)', h, t);
    EXECUTE format('CREATE INDEX %I ON %I USING hash (v)', h || '_hidx', h);
    EXECUTE format('INSERT INTO %I SELECT id, v FROM %I', h, k);
    EXECUTE format('INSERT INTO %I SELECT id, s FROM unnest(%L::text[]) WITH ORDINALITY u(s, id)', h, spellings);
    EXECUTE format('INSERT INTO %I SELECT id, v::text FROM %I', h, k);
    q := format('SELECT id FROM %I WHERE v = %L', h, probe);
    RETURN NEXT is(pg_temp.plan_node(q, 'Scan'), format('Index Scan on %s_hidx', h),
                   typ || ': WHERE v = ''...'' uses the hash index');
    EXECUTE format('SELECT count(*) FROM %I WHERE v = %L', h, probe) INTO q;
    RETURN NEXT is(q, '3', typ || ': the hash index finds all three rows of the value');
    PERFORM set_config('enable_seqscan', 'on', true);
    PERFORM set_config('enable_bitmapscan', 'on', true);

    -- GROUP BY: hashed, then sorted
    q := format('SELECT v, count(*) FROM %I GROUP BY v', h);
    PERFORM set_config('enable_sort', 'off', true);
    RETURN NEXT is(pg_temp.plan_node(q, 'Aggregate'), 'Aggregate Hashed', typ || ': GROUP BY can hash');
    RETURN NEXT set_eq(format('SELECT v::text, count(*) FROM %I GROUP BY v', h),
                       format('SELECT s, 3::bigint FROM unnest(%L::text[]) s', sorted),
                       typ || ': hashed GROUP BY puts the spellings of a value together');
    PERFORM set_config('enable_sort', 'on', true);
    PERFORM set_config('enable_hashagg', 'off', true);
    RETURN NEXT is(pg_temp.plan_node(q, 'Aggregate'), 'Aggregate Sorted', typ || ': GROUP BY can sort');
    RETURN NEXT set_eq(format('SELECT v::text, count(*) FROM %I GROUP BY v', h),
                       format('SELECT s, 3::bigint FROM unnest(%L::text[]) s', sorted),
                       typ || ': sorted GROUP BY puts the spellings of a value together');
    PERFORM set_config('enable_hashagg', 'on', true);

    -- joins
    q := format('SELECT count(*) FROM %I a JOIN %I b ON a.v = b.v', k, h);
    PERFORM set_config('enable_nestloop', 'off', true);
    PERFORM set_config('enable_mergejoin', 'off', true);
    RETURN NEXT is(pg_temp.plan_node(q, 'Join|Nested Loop'), 'Hash Join', typ || ': = can hash join');
    RETURN NEXT results_eq(q, ARRAY[3 * n]::bigint[], typ || ': the hash join matches every row');
    PERFORM set_config('enable_mergejoin', 'on', true);
    PERFORM set_config('enable_hashjoin', 'off', true);
    RETURN NEXT is(pg_temp.plan_node(q, 'Join|Nested Loop'), 'Merge Join', typ || ': = can merge join');
    RETURN NEXT results_eq(q, ARRAY[3 * n]::bigint[], typ || ': the merge join matches every row');
    PERFORM set_config('enable_hashjoin', 'on', true);
    PERFORM set_config('enable_nestloop', 'on', true);

    -- a text or varchar column converted in place (assignment cast, no USING)
    EXECUTE format('CREATE TEMP TABLE %I (c text)', 'conv_' || typ);
    EXECUTE format('INSERT INTO %I SELECT s FROM unnest(%L::text[]) s', 'conv_' || typ, spellings);
    RETURN NEXT lives_ok(format('ALTER TABLE %I ALTER COLUMN c TYPE %s', 'conv_' || typ, t),
                         typ || ': ALTER COLUMN ... TYPE from text');
    RETURN NEXT results_eq(format('SELECT c::text AS canonical FROM %I ORDER BY c', 'conv_' || typ), sorted,
                           typ || ': the converted column holds the canonical values');
    EXECUTE format('CREATE TEMP TABLE %I (c varchar(40))', 'vc_' || typ);
    EXECUTE format('INSERT INTO %I VALUES (%L)', 'vc_' || typ, absent);
    RETURN NEXT lives_ok(format('INSERT INTO %I (v) SELECT c FROM %I', k, 'vc_' || typ),
                         typ || ': INSERT ... SELECT of a varchar value (assignment cast)');

    -- foreign key
    EXECUTE format('CREATE TEMP TABLE %I (r %s REFERENCES %I (v))', 'fk_' || typ, t, k);
    RETURN NEXT lives_ok(format('INSERT INTO %I VALUES (%L)', 'fk_' || typ, probe),
                         typ || ': a foreign key accepts another spelling of a key');
    EXECUTE format('DELETE FROM %I WHERE v = %L', k, absent);
    RETURN NEXT throws_ok(format('INSERT INTO %I VALUES (%L)', 'fk_' || typ, absent), '23503', NULL,
                          typ || ': a foreign key refuses a value not in the key');

    -- hash partitioning (the extended hash function)
    EXECUTE format('CREATE TEMP TABLE %I (v %s) PARTITION BY HASH (v)', 'p_' || typ, t);
    EXECUTE format('CREATE TEMP TABLE %I PARTITION OF %I FOR VALUES WITH (MODULUS 3, REMAINDER 0)', 'p0_' || typ, 'p_' || typ);
    EXECUTE format('CREATE TEMP TABLE %I PARTITION OF %I FOR VALUES WITH (MODULUS 3, REMAINDER 1)', 'p1_' || typ, 'p_' || typ);
    EXECUTE format('CREATE TEMP TABLE %I PARTITION OF %I FOR VALUES WITH (MODULUS 3, REMAINDER 2)', 'p2_' || typ, 'p_' || typ);
    EXECUTE format('INSERT INTO %I SELECT s FROM unnest(%L::text[]) s', 'p_' || typ, spellings);
    RETURN NEXT results_eq(format('SELECT v::text FROM %I WHERE v = %L', 'p_' || typ, probe),
                           ARRAY[probe_canon],
                           typ || ': hash partition pruning finds the row from another spelling');
END $$;

SELECT * FROM pg_temp.storage_checks('country',
    ARRAY['rus', '112', 'kaz', 'D<<', 'uto'], ARRAY['BY', 'DE', 'KZ', 'RU', 'UTO'],
    '643', '398', 'KZ', 'ZZ', 'FR');
SELECT * FROM pg_temp.storage_checks('ru_inn',
    ARRAY['123456789047', '77-09-44-26-68', '1234 567 894', '0012345673'],
    ARRAY['0012345673', '1234567894', '7709442668', '123456789047'],
    '7709 442 668', ' 1234567894 ', '1234567894', '1234567895', '500100732964');
SELECT * FROM pg_temp.storage_checks('ru_snils',
    ARRAY['11223344595', '999.999.999.01', '001 001 998 00', '017-996-17400'],
    ARRAY['001-001-998 00', '017-996-174 00', '112-233-445 95', '999-999-999 01'],
    '112 233 445 95', '99999999901', '999-999-999 01', '112-233-445 90', '111-222-333 72');
SELECT * FROM pg_temp.storage_checks('ru_passport',
    ARRAY['4506 123456', '40-12-999999', '0112000001', '45 99 000001'],
    ARRAY['01 12 000001', '40 12 999999', '45 06 123456', '45 99 000001'],
    '4506123456', '4012 999999', '40 12 999999', '4506 12345', '4524 000001');
SELECT * FROM pg_temp.storage_checks('by_personal_number',
    ARRAY['3270287А012РВ2', '3041088a042pb2', '7000000-A-000-PB-1', '5010101B123BA4'],
    ARRAY['3041088A042PB2', '3270287A012PB2', '5010101B123BA4', '7000000A000PB1'],
    '3270287a012pb2', '7000000 а 000 рв 1', '7000000A000PB1', '3270287A012PB3', '2311299K001BI9');
SELECT * FROM pg_temp.storage_checks('by_passport',
    ARRAY['мр 1234567', 'AB0000001', 'kh-7654321', 'ZZ9999999'],
    ARRAY['AB0000001', 'KH7654321', 'MP1234567', 'ZZ9999999'],
    'МР1234567', 'ав 0000001', 'AB0000001', 'MP123456', 'HB1111111');
SELECT * FROM pg_temp.storage_checks('kz_iin',
    ARRAY['901123300258', '871008 401427', '000229-500008', '901123300004'],
    ARRAY['000229500008', '871008401427', '901123300004', '901123300258'],
    '901 123 300 258', '87-10-08-40-14-27', '871008401427', '901123300255', '010101600006');

-- Without schema electoral in search_path, what goes through the default
-- operator classes still works; = itself is reached as OPERATOR(electoral.=).
SET LOCAL search_path = public;
SELECT results_eq($$SELECT v::text AS canonical FROM k_ru_inn ORDER BY v$$,
    ARRAY['0012345673', '1234567894', '7709442668', '123456789047'],
    'search_path without electoral: ORDER BY uses the default btree class');
SELECT set_eq($$SELECT v::text, count(*) FROM h_kz_iin GROUP BY v$$,
    $$VALUES ('000229500008', 3::bigint), ('871008401427', 3), ('901123300004', 3), ('901123300258', 3)$$,
    'search_path without electoral: GROUP BY works');
SELECT is((SELECT count(DISTINCT v) FROM h_by_passport), 4::bigint,
    'search_path without electoral: count(DISTINCT) works');
SELECT throws_ok($$INSERT INTO k_country (v) VALUES ('blr')$$, '23505', NULL,
    'search_path without electoral: the unique constraint still sees through spellings');
SELECT is((SELECT v::text FROM k_ru_snils WHERE v OPERATOR(electoral.=) '112 233 445 95'), '112-233-445 95',
    'search_path without electoral: OPERATOR(electoral.=) finds the row');
SET LOCAL search_path = public, electoral;

SELECT * FROM finish();
ROLLBACK;
