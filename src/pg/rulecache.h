/*
 * rulecache.h: the compiled rulebook a statement sees.  The only code that
 * knows the rules live in tables; everything else sees an el_rules.
 *
 * The snapshot model: the rules a call applies are those visible to the
 * statement's snapshot, exactly as a join to the rule tables in the same
 * query would see them.  Every row of one statement is decided under one
 * version of the rules, serial and parallel plans alike; REPEATABLE READ
 * keeps its version for the whole transaction; the session that changes a
 * rule sees its change from its next statement.  (rulecache.c says how.)
 */
#ifndef ELECTORAL_PG_RULECACHE_H
#define ELECTORAL_PG_RULECACHE_H

#include "compat.h"

#include "utils/snapmgr.h"
#include "utils/snapshot.h"

#include "rules.h"

typedef struct el_rules
{
	el_rulebook book;
	uint64		serial;			/* differs for every rulebook this backend builds */
	Oid			residence_enum[3];	/* pg_enum OIDs of electoral.residence, by el_residence */
	Oid			role_enum[EL_NROLES];	/* pg_enum OIDs of electoral.role, by el_role */
} el_rules;

/*
 * What identifies the data a snapshot sees, for the rules' purpose: its
 * xmin and xmax, how many transactions it counts as running, and its
 * command id.  Two MVCC snapshots alike in these see the same transactions
 * committed: a transaction that completes between them leaves the running
 * set, and none can join it below an unchanged xmax (transaction ids are
 * handed out upwards from there; on a standby every id below xmax is known
 * as assigned already), so equal counts mean equal sets.  The command id
 * tells this session's own commands apart.  Comparing contents, not only
 * the pointer, matters: a snapshot copy freed after one evaluation of a
 * PL/pgSQL expression is often reallocated at the same address for the
 * next, with other contents.  (The snapshots' completion counter cannot
 * serve: copies, which every active snapshot is, have it zeroed.)
 */
typedef struct el_snapshot_key
{
	uint64		xmin_xmax;		/* xmin and xmax, side by side in SnapshotData */
	uint32		xcnt;
	uint32		subxcnt;
	CommandId	curcid;
} el_snapshot_key;

static inline el_snapshot_key
el_snapshot_key_of(Snapshot s)
{
	el_snapshot_key k;

	StaticAssertStmt(offsetof(SnapshotData, xmax) == offsetof(SnapshotData, xmin) + sizeof(TransactionId),
					 "xmin and xmax are neighbours");
	memcpy(&k.xmin_xmax, &s->xmin, sizeof(k.xmin_xmax));
	k.xcnt = s->xcnt;
	k.subxcnt = s->subxcnt;
	k.curcid = s->curcid;
	return k;
}

static inline bool
el_snapshot_key_equal(const el_snapshot_key *a, const el_snapshot_key *b)
{
	return a->xmin_xmax == b->xmin_xmax && a->xcnt == b->xcnt &&
		a->subxcnt == b->subxcnt && a->curcid == b->curcid;
}

/*
 * What a call site keeps between rows: the rulebook, and the snapshot it
 * was found for.  Zeroed, it is found on first use.
 */
typedef struct el_rules_ref
{
	const el_rules *rules;		/* NULL: find it at the next row */
	el_snapshot_key snapshot;
} el_rules_ref;

/*
 * Is ref still the rulebook of the running statement?  Asked once per row:
 * does the active snapshot see the same data as the one ref was found for?
 * A few compares within one cache line of the snapshot.
 */
static inline bool
el_rules_ref_current(const el_rules_ref *ref)
{
	el_snapshot_key k;

	if (unlikely(ref->rules == NULL || !ActiveSnapshotSet()))
		return false;
	k = el_snapshot_key_of(GetActiveSnapshot());
	return el_snapshot_key_equal(&k, &ref->snapshot);
}

/*
 * The rulebook the running statement's snapshot sees, kept in ref; read
 * from the rule tables only when their version differs from every
 * rulebook built before.  The rulebook stays valid until the end of the
 * transaction at least.
 */
const el_rules *el_rules_for_statement(el_rules_ref *ref);

/* From _PG_init: free the rulebooks no transaction uses any more. */
void		el_rulecache_register(void);

#endif
