/*
 * rulecache.c: the rulebook each statement sees (rulecache.h), compiled
 * from the rule tables and kept while their version stays the same.
 *
 * Versions.  Every change to a rule table bumps electoral.rules_version
 * (one row) to a fresh value of a sequence, in the same (sub)transaction
 * as the change: the row triggers on the rule tables do it, and a
 * statement trigger for TRUNCATE; all fire in every replication role
 * (ENABLE ALWAYS), logical replication's apply workers included.  So the
 * version row read with a snapshot names exactly the rule rows that
 * snapshot sees: a sequence never hands out a value twice, not even after
 * a rollback, and the row's relation OID tells one installation of the
 * extension from the next.
 *
 * Per statement.  The last statement snapshot resolved is kept, registered
 * so that no other snapshot can take its address, with its rulebook; a call
 * site compares the active snapshot with it at each row
 * (el_rules_ref_current).  When it differs (a new statement, or the next
 * evaluation of a PL/pgSQL expression), the version row is read with the
 * new snapshot; the rulebook of that version is reused if one was built,
 * else built by reading the rule tables through SPI with that same
 * snapshot.  Nothing here takes a snapshot of its own or depends on when
 * an invalidation message arrives, so serial and parallel plans (whose
 * workers run with the leader's snapshot), READ COMMITTED and REPEATABLE
 * READ all see the rules a join in the same query would.
 *
 * Rulebooks live until the end of the transaction that last used them: a
 * call site of an outer statement may still hold one while an inner
 * statement finds another.
 */
#include "compat.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "storage/proc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "citus.h"
#include "glue.h"
#include "rulecache.h"
#include "ruleload.h"

/* A version of the rule tables: the version row's relation and value. */
typedef struct rules_version
{
	Oid			relid;
	int64		value;
} rules_version;

/* A rulebook built, with the version it was read at. */
typedef struct built_rules
{
	rules_version version;
	el_rules   *rules;
	MemoryContext cxt;
} built_rules;

/*
 * The rulebooks built, in TopMemoryContext: as many as the versions this
 * transaction has seen (a call site may hold any of them until it ends),
 * then only the last one used.
 */
static built_rules *built = NULL;
static int	nbuilt = 0;
static int	built_room = 0;
static uint64 nbuilds = 0;
static const el_rules *last_used = NULL;	/* kept from one transaction to the next */

/*
 * The last statement snapshot resolved (registered on the top transaction's
 * resource owner while kept), its command id then, and its rulebook: each
 * call site compares the active snapshot with these at every row.
 */
Snapshot	el_rules_snapshot = NULL;
CommandId	el_rules_curcid = InvalidCommandId;
const el_rules *el_rules_of_snapshot = NULL;

/*
 * What the last snapshot resolved sees: its xmin and xmax, how many
 * transactions it counts as running, and its command id.  Another snapshot
 * alike in these sees the same transactions committed (one that completes
 * in between leaves the running set, and none can join it below an
 * unchanged xmax: ids are handed out upwards from there, and on a standby
 * every id below xmax is known as assigned already; so equal counts mean
 * equal sets), hence the same rules version, without reading it.  That is
 * the usual case of a PL/pgSQL expression evaluated row after row by a
 * trigger under READ COMMITTED: a new snapshot each time, the same data.
 */
typedef struct snapshot_sees
{
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	int32		subxcnt;
	CommandId	curcid;
} snapshot_sees;

static snapshot_sees last_sees;

static snapshot_sees
sees(Snapshot s)
{
	snapshot_sees v;

	v.xmin = s->xmin;
	v.xmax = s->xmax;
	v.xcnt = s->xcnt;
	v.subxcnt = s->subxcnt;
	v.curcid = s->curcid;
	return v;
}

static bool
sees_the_same(const snapshot_sees *a, const snapshot_sees *b)
{
	return a->xmin == b->xmin && a->xmax == b->xmax && a->xcnt == b->xcnt &&
		a->subxcnt == b->subxcnt && a->curcid == b->curcid;
}

/* Keep snapshot (registered) as the last one resolved, with its rulebook; NULL forgets. */
static void
remember_snapshot(Snapshot snapshot, const el_rules *rules)
{
	Snapshot	before = el_rules_snapshot;

	el_rules_snapshot = NULL;
	el_rules_of_snapshot = NULL;
	if (snapshot != NULL && snapshot->copied)
	{
		/* a copy is registered as itself; anything else would never match */
		el_rules_snapshot = RegisterSnapshotOnOwner(snapshot, TopTransactionResourceOwner);
		el_rules_curcid = snapshot->curcid;
		el_rules_of_snapshot = rules;
		last_sees = sees(snapshot);
	}
	if (before != NULL)
		UnregisterSnapshotFromOwner(before, TopTransactionResourceOwner);
}

/* ---- the version a snapshot sees ---- */

static rules_version
read_version(Snapshot snapshot)
{
	rules_version v;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tuple;
	bool		isnull = true;
	int			rows = 0;

	v.relid = el_catalog_oid_if_exists(EL_CATALOG_RELATION, "rules_version");
	v.value = 0;
	if (!OidIsValid(v.relid))
		return v;				/* a 1.0 schema not yet updated: no version, read the rules anew */
	rel = table_open(v.relid, AccessShareLock);
	scan = table_beginscan(rel, snapshot, 0, NULL);
	while ((tuple = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Datum		d = heap_getattr(tuple, 1, RelationGetDescr(rel), &isnull);

		if (!isnull)
			v.value = DatumGetInt64(d);
		rows++;
		if (isnull || rows > 1)
			break;
	}
	table_endscan(scan);
	table_close(rel, NoLock);
	if (rows != 1 || isnull)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("table electoral.rules_version must hold exactly one row with a version"),
				errdetail("It holds %s.", rows == 0 ? "no row" : isnull ? "a NULL version" : "more than one row"),
				errhint("Do not change it by hand; reinstall the electoral extension to repair it."));
	return v;
}

/* ---- rulebooks kept ---- */

static built_rules *
find_built(rules_version v)
{
	int			i;

	for (i = 0; i < nbuilt && OidIsValid(v.relid); i++)
		if (built[i].version.relid == v.relid && built[i].version.value == v.value)
			return &built[i];
	return NULL;
}

static void
forget_built(int i)
{
	MemoryContextDelete(built[i].cxt);
	built[i] = built[--nbuilt];
}

/*
 * Read the rule tables with the active snapshot.  Built under the caller's
 * memory context so that an error frees it; kept once it is whole.
 */
static built_rules *
build_version(rules_version v)
{
	MemoryContext cxt;
	el_rules   *rules;
	built_rules *b;

	cxt = AllocSetContextCreate(CurrentMemoryContext, "electoral rulebook", ALLOCSET_SMALL_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR), errmsg("SPI_connect failed"));
	rules = el_load_rules(cxt);
	SPI_finish();
	rules->serial = ++nbuilds;

	if (nbuilt == built_room)
	{
		int			room = Max(4, 2 * built_room);

		built = built == NULL
			? MemoryContextAlloc(TopMemoryContext, sizeof(built_rules) * room)
			: repalloc(built, sizeof(built_rules) * room);
		built_room = room;		/* only once the room is there: an error leaves it as it was */
	}
	MemoryContextSetParent(cxt, CacheMemoryContext);
	b = &built[nbuilt++];
	b->version = v;
	b->rules = rules;
	b->cxt = cxt;
	return b;
}

const el_rules *
el_rules_for_statement(el_rules_ref *ref)
{
	bool		pushed = false;
	Snapshot	snapshot;
	rules_version version;
	built_rules *b;

	if (!ActiveSnapshotSet())
	{
		/* no statement running: read with the transaction's, remember nothing */
		PushActiveSnapshot(GetTransactionSnapshot());
		pushed = true;
	}
	snapshot = GetActiveSnapshot();
	if (!pushed && el_rules_of_snapshot != NULL)
	{
		snapshot_sees now = sees(snapshot);

		if (snapshot == el_rules_snapshot && snapshot->curcid == el_rules_curcid)
		{
			ref->rules = el_rules_of_snapshot;	/* another call site of the same statement */
			return ref->rules;
		}
		if (sees_the_same(&now, &last_sees))
		{
			/* a new snapshot of the same data: the same rules, now kept for this one */
			ref->rules = el_rules_of_snapshot;
			remember_snapshot(snapshot, ref->rules);
			return ref->rules;
		}
	}

	version = read_version(snapshot);
	b = find_built(version);
	if (b == NULL)
		b = build_version(version);
	last_used = b->rules;
	ref->rules = b->rules;
	if (pushed)
		PopActiveSnapshot();
	else
		remember_snapshot(snapshot, b->rules);
	return ref->rules;
}

/*
 * At the end of a transaction no call site holds a rulebook any more:
 * keep the most recently used one for the next transaction, drop the rest.
 */
static void
rules_xact_callback(XactEvent event, void *arg)
{
	int			i;

	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
			/* before the resource owner lets go of its snapshots */
			remember_snapshot(NULL, NULL);
			break;
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_PREPARE:
			break;
	}
	if (event != XACT_EVENT_COMMIT && event != XACT_EVENT_ABORT && event != XACT_EVENT_PREPARE &&
		event != XACT_EVENT_PARALLEL_COMMIT && event != XACT_EVENT_PARALLEL_ABORT)
		return;
	/* keep the rulebook used last, for the next transaction to find by its version */
	for (i = nbuilt - 1; i >= 0; i--)
		if (built[i].rules != last_used)
			forget_built(i);
}

void
el_rulecache_register(void)
{
	RegisterXactCallback(rules_xact_callback, NULL);
}

/* ---- telling sessions that the rules changed ---- */

/*
 * The version bump of one (sub)transaction and command: the row triggers
 * of a statement that changed a thousand rows bump once.
 */
static LocalTransactionId bumped_lxid = InvalidLocalTransactionId;
static SubTransactionId bumped_subxid = InvalidSubTransactionId;
static CommandId bumped_cid = InvalidCommandId;

static void
bump_version(void)
{
	Relation	rel;
	Oid			relid = el_catalog_oid_if_exists(EL_CATALOG_RELATION, "rules_version");
	Oid			owner;
	Oid			save_user;
	int			save_sec;

	if (!OidIsValid(relid))
		return;					/* a 1.0 schema not yet updated: it keeps no version */
	if (bumped_lxid == el_my_lxid() && bumped_subxid == GetCurrentSubTransactionId() &&
		bumped_cid == GetCurrentCommandId(false))
		return;
	el_citus_refuse_change_on_worker();

	/*
	 * As the owner of the version table: whoever may change a rule table
	 * may record that it changed, without a grant of their own.
	 */
	rel = table_open(relid, RowExclusiveLock);
	owner = rel->rd_rel->relowner;
	table_close(rel, NoLock);
	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(owner,
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR), errmsg("SPI_connect failed"));
	if (SPI_execute("UPDATE electoral.rules_version "
					"SET version = pg_catalog.nextval('electoral.rules_version_seq'::pg_catalog.regclass)",
					false, 0) != SPI_OK_UPDATE || SPI_processed != 1)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("table electoral.rules_version must hold exactly one row"),
				errhint("Do not change it by hand; reinstall the electoral extension to repair it."));
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);

	bumped_lxid = el_my_lxid();
	bumped_subxid = GetCurrentSubTransactionId();
	bumped_cid = GetCurrentCommandId(false);
}

/* The row triggers (and the TRUNCATE statement trigger) on the rule tables. */
PG_FUNCTION_INFO_V1(rules_changed);
Datum
rules_changed(PG_FUNCTION_ARGS)
{
	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("electoral.rules_changed() must be called as a trigger"));
	bump_version();
	return PointerGetDatum(NULL);
}
