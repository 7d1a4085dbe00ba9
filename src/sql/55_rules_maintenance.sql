
-- ---------------------------------------------------------------------------
-- Keeping every backend's compiled rulebook current, and keeping users'
-- rule changes across pg_dump / pg_restore.
-- ---------------------------------------------------------------------------

-- The version of the rules a snapshot sees: one row, set to a fresh value
-- of a sequence by every change to a rule table, in the same transaction.
-- can_vote, can_stand, explain and the trigger read it with the statement's
-- snapshot and rebuild their compiled rulebook only when it differs, so they
-- apply exactly the rules a join to the rule tables in the same query sees
-- (src/pg/rulecache.c).  Not a configuration table: a restore starts anew.
CREATE SEQUENCE electoral.rules_version_seq;
-- USING heap: the C code reads it with the heap access method, whatever
-- default_table_access_method says.
CREATE TABLE electoral.rules_version (
    version pg_catalog.int8 NOT NULL
) USING heap;
INSERT INTO electoral.rules_version VALUES (pg_catalog.nextval('electoral.rules_version_seq'::pg_catalog.regclass));
REVOKE ALL ON electoral.rules_version, electoral.rules_version_seq FROM PUBLIC;
GRANT SELECT ON electoral.rules_version TO PUBLIC;
COMMENT ON SEQUENCE electoral.rules_version_seq IS 'values of electoral.rules_version: never handed out twice, not even after a rollback';
COMMENT ON TABLE electoral.rules_version IS
    'one row: the version of the rule tables, changed with every change to them; do not change it by hand';
COMMENT ON COLUMN electoral.rules_version.version IS 'a value of electoral.rules_version_seq, set by the rule tables'' triggers';

-- Row triggers set the version (once per command, however many rows), and a
-- statement trigger for TRUNCATE.  ENABLE ALWAYS: they fire whatever the
-- session_replication_role, so a change applied by logical replication
-- (whose apply workers fire only row triggers, as replica) or in a replica
-- session is seen like any other.
CREATE FUNCTION electoral.rules_changed() RETURNS trigger
    AS 'MODULE_PATHNAME', 'rules_changed' LANGUAGE C;
COMMENT ON FUNCTION electoral.rules_changed() IS
    'trigger on the rule tables: sets electoral.rules_version to a new value, so that every session compiles the rules anew when it sees the change';

CREATE TRIGGER office_changed AFTER INSERT OR UPDATE OR DELETE ON electoral.office
    FOR EACH ROW EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER requirement_changed AFTER INSERT OR UPDATE OR DELETE ON electoral.requirement
    FOR EACH ROW EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER franchise_grant_changed AFTER INSERT OR UPDATE OR DELETE ON electoral.franchise_grant
    FOR EACH ROW EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER office_truncated AFTER TRUNCATE ON electoral.office
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER requirement_truncated AFTER TRUNCATE ON electoral.requirement
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
CREATE TRIGGER franchise_grant_truncated AFTER TRUNCATE ON electoral.franchise_grant
    FOR EACH STATEMENT EXECUTE FUNCTION electoral.rules_changed();
ALTER TABLE electoral.office ENABLE ALWAYS TRIGGER office_changed, ENABLE ALWAYS TRIGGER office_truncated;
ALTER TABLE electoral.requirement ENABLE ALWAYS TRIGGER requirement_changed, ENABLE ALWAYS TRIGGER requirement_truncated;
ALTER TABLE electoral.franchise_grant
    ENABLE ALWAYS TRIGGER franchise_grant_changed, ENABLE ALWAYS TRIGGER franchise_grant_truncated;
COMMENT ON TRIGGER office_changed ON electoral.office IS 'sets a new rules version';
COMMENT ON TRIGGER requirement_changed ON electoral.requirement IS 'sets a new rules version';
COMMENT ON TRIGGER franchise_grant_changed ON electoral.franchise_grant IS 'sets a new rules version';
COMMENT ON TRIGGER office_truncated ON electoral.office IS 'sets a new rules version';
COMMENT ON TRIGGER requirement_truncated ON electoral.requirement IS 'sets a new rules version';
COMMENT ON TRIGGER franchise_grant_truncated ON electoral.franchise_grant IS 'sets a new rules version';

-- pg_dump keeps every row of the rule tables (shipped rows included, so
-- that a change to a shipped rule survives).  On restore, CREATE EXTENSION
-- inserts the shipped rows first; these triggers then turn an incoming row
-- whose key already exists into an update of that row, so nothing is
-- duplicated and the dumped version wins.  Each updates the relation it
-- fires on (TG_RELID): the table itself, or on Citus the node's own placement
-- of the reference table (electoral.citus_distribute_rules()), where a query
-- naming the distributed table would have to go through the coordinator.
CREATE FUNCTION electoral.office_merge_on_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    n pg_catalog.int8;
BEGIN
    EXECUTE pg_catalog.format(
        'UPDATE %s AS o SET (country, level, title, direct_vote, legal_basis) '
        '= ($1.country, $1.level, $1.title, $1.direct_vote, $1.legal_basis) '
        'WHERE o.code OPERATOR(pg_catalog.=) $1.code', TG_RELID::pg_catalog.regclass) USING NEW;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n OPERATOR(pg_catalog.>) 0 THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE FUNCTION electoral.requirement_merge_on_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    n pg_catalog.int8;
BEGIN
    EXECUTE pg_catalog.format(
        'UPDATE %s AS r SET (office, role, kind, years, continuous, grant_may_waive, in_force, legal_basis) '
        '= ($1.office, $1.role, $1.kind, $1.years, $1.continuous, $1.grant_may_waive, $1.in_force, $1.legal_basis) '
        'WHERE r.id OPERATOR(pg_catalog.=) $1.id', TG_RELID::pg_catalog.regclass) USING NEW;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n OPERATOR(pg_catalog.>) 0 THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE FUNCTION electoral.franchise_grant_merge_on_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE
    n pg_catalog.int8;
BEGIN
    EXECUTE pg_catalog.format(
        'UPDATE %s AS g SET (host, nationals, roles, levels, except_offices, in_force, permanent_residence, '
        'min_residence_years, registration, resident_since_before, treaty, legal_basis, min_residence, resides_in_territory) '
        '= ($1.host, $1.nationals, $1.roles, $1.levels, $1.except_offices, $1.in_force, $1.permanent_residence, '
        '$1.min_residence_years, $1.registration, $1.resident_since_before, $1.treaty, $1.legal_basis, $1.min_residence, $1.resides_in_territory) '
        'WHERE g.id OPERATOR(pg_catalog.=) $1.id', TG_RELID::pg_catalog.regclass) USING NEW;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n OPERATOR(pg_catalog.>) 0 THEN
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
