/*
 * citus.c: electoral on a Citus cluster (citus.h).
 *
 * electoral.citus_distribute_rules() makes the rule tables reference tables:
 * each node holds a placement (a table named after the shard,
 * electoral.office_102008), changed together by a distributed transaction;
 * the rule tables' triggers fire on each placement.  A query pushed down to a
 * worker runs on a shard, where Citus refuses a distributed query, so the rule
 * loader reads the node's placement itself, with the statement's snapshot:
 * the same snapshot that reads the node's electoral.rules_version, bumped by
 * the placement's triggers in the same transaction.
 *
 * Citus's catalogs (pg_dist_shard) and functions (citus_is_coordinator) are
 * reached by name through SPI, and only once the citus extension is seen
 * installed: nothing links against Citus.
 */
#include "compat.h"

#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "citus.h"
#include "glue.h"

bool
el_citus_installed(void)
{
	return OidIsValid(get_extension_oid("citus", true));
}

/* The shard id of the only shard of relation relid (a reference table), or 0. */
static int64
reference_shard(Oid relid)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(relid)};
	bool		isnull;
	Datum		d;

	if (SPI_execute_with_args("SELECT s.shardid FROM pg_catalog.pg_dist_shard AS s "
							  "WHERE s.logicalrelid OPERATOR(pg_catalog.=) $1",
							  1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR), errmsg("could not read pg_catalog.pg_dist_shard"));
	if (SPI_processed != 1)
		return 0;				/* not a Citus table, or distributed (not one shard) */
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	return isnull ? 0 : DatumGetInt64(d);
}

const char *
el_rule_relation(const char *name)
{
	Oid			relid;
	int64		shard;
	char	   *placement;

	if (!el_citus_installed())
		return psprintf("electoral.%s", quote_identifier(name));
	relid = el_catalog_oid(EL_CATALOG_RELATION, name);
	shard = reference_shard(relid);
	if (shard == 0)
		return psprintf("electoral.%s", quote_identifier(name));
	placement = psprintf("%s_" INT64_FORMAT, name, shard);
	if (!OidIsValid(el_catalog_oid_if_exists(EL_CATALOG_RELATION, placement)))
		return psprintf("electoral.%s", quote_identifier(name));	/* no placement here: Citus reads one */
	return psprintf("electoral.%s", quote_identifier(placement));
}

void
el_citus_refuse_change_on_worker(void)
{
	bool		isnull;
	bool		refuse;

	if (!el_citus_installed())
		return;
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR), errmsg("SPI_connect failed"));

	/*
	 * A change the coordinator sends arrives on a Citus-internal connection;
	 * one typed on a worker runs in a client backend there.
	 */
	if (SPI_execute("SELECT NOT pg_catalog.citus_is_coordinator() AND "
					"pg_catalog.current_setting('application_name') NOT LIKE 'citus\\_internal%'",
					true, 0) != SPI_OK_SELECT || SPI_processed != 1)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR), errmsg("could not ask Citus which node this is"));
	refuse = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	SPI_finish();
	if (refuse && !isnull)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("the electoral rule tables are changed on the Citus coordinator only"),
				errdetail("Ids of users' requirements and grants come from the coordinator's sequences; "
						  "a worker's would collide with them."),
				errhint("Connect to the coordinator and make the change there."));
}

/*
 * "candidacy_102119" -> "candidacy" when 102119 is a shard of a table of
 * that name in the same schema; NULL when rel is no shard.
 */
static const char *
shard_base_name(Relation rel, int64 *shardid)
{
	const char *name = RelationGetRelationName(rel);
	const char *us = strrchr(name, '_');
	Oid			argtypes[1] = {INT8OID};
	Datum		args[1];
	char	   *end;
	const char *base = NULL;
	MemoryContext caller = CurrentMemoryContext;

	if (us == NULL || us[1] < '0' || us[1] > '9')
		return NULL;
	*shardid = strtoi64(us + 1, &end, 10);
	if (*end != '\0' || *shardid <= 0)
		return NULL;
	args[0] = Int64GetDatum(*shardid);
	if (SPI_connect() != SPI_OK_CONNECT)
		return NULL;
	if (SPI_execute_with_args("SELECT c.relname::pg_catalog.text, c.relnamespace "
							  "FROM pg_catalog.pg_dist_shard AS s JOIN pg_catalog.pg_class AS c "
							  "ON c.oid OPERATOR(pg_catalog.=) s.logicalrelid "
							  "WHERE s.shardid OPERATOR(pg_catalog.=) $1",
							  1, argtypes, args, NULL, true, 0) == SPI_OK_SELECT && SPI_processed == 1)
	{
		char	   *relname = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		bool		isnull;
		Oid			nsp = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));

		if (relname != NULL && nsp == RelationGetNamespace(rel) &&
			strlen(relname) == (size_t) (us - name) && strncmp(relname, name, us - name) == 0)
			base = MemoryContextStrdup(caller, relname);	/* SPI_finish frees SPI's memory */
	}
	SPI_finish();
	return base;
}

el_user_names
el_trigger_user_names(TriggerData *td)
{
	el_user_names names;
	const char *base = NULL;
	int64		shardid = 0;
	char	   *suffix;
	size_t		tglen,
				sufflen;

	names.schema = get_namespace_name(RelationGetNamespace(td->tg_relation));
	names.table = RelationGetRelationName(td->tg_relation);
	names.trigger = td->tg_trigger->tgname;
	if (!el_citus_installed() || (base = shard_base_name(td->tg_relation, &shardid)) == NULL)
		return names;
	names.table = base;
	/* Citus names a shard's trigger after the table's, with the shard id */
	suffix = psprintf("_" INT64_FORMAT, shardid);
	tglen = strlen(names.trigger);
	sufflen = strlen(suffix);
	if (tglen > sufflen && strcmp(names.trigger + tglen - sufflen, suffix) == 0)
		names.trigger = pnstrdup(names.trigger, tglen - sufflen);
	return names;
}

int
el_errtable_user(const el_user_names *names)
{
	err_generic_string(PG_DIAG_SCHEMA_NAME, names->schema);
	err_generic_string(PG_DIAG_TABLE_NAME, names->table);
	return 0;
}

int
el_errtableconstraint_user(const el_user_names *names)
{
	el_errtable_user(names);
	err_generic_string(PG_DIAG_CONSTRAINT_NAME, names->trigger);
	return 0;
}
