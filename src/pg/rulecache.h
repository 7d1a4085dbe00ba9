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
	Oid			conviction_enum[EL_NCONVICTIONS];	/* of electoral.conviction, by el_conviction */
	Oid			org_role_enum[EL_NORGROLES];	/* of electoral.org_role, by el_org_role */
} el_rules;

/*
 * What a call site keeps between rows: the rulebook it found for the
 * running statement.  Zeroed, it is found on first use.
 */
typedef struct el_rules_ref
{
	const el_rules *rules;
} el_rules_ref;

/*
 * The statement snapshot whose rulebook was found last, and that rulebook
 * (rulecache.c).  The snapshot is registered for as long as it is kept
 * here, so no other snapshot can be allocated at its address: the same
 * pointer is the same snapshot, whose contents can change only in their
 * command id (a multi-query portal advances it in place).
 */
extern el_hidden Snapshot el_rules_snapshot;
extern el_hidden CommandId el_rules_curcid;
extern el_hidden const el_rules *el_rules_of_snapshot;

/*
 * Is ref still the rulebook of the running statement?  Asked once per row:
 * the active snapshot is the one last resolved, at the same command, and
 * ref holds its rulebook.
 */
static inline bool
el_rules_ref_current(const el_rules_ref *ref)
{
	Snapshot	s;

	if (unlikely(!ActiveSnapshotSet()))
		return false;
	s = GetActiveSnapshot();
	return s == el_rules_snapshot && ref->rules == el_rules_of_snapshot &&
		s->curcid == el_rules_curcid;
}

/*
 * The rulebook the running statement's snapshot sees, kept in ref; read
 * from the rule tables only when their version differs from every
 * rulebook built before.  The rulebook stays valid until the end of the
 * transaction at least.
 */
const el_rules *el_rules_for_statement(el_rules_ref *ref);

/*
 * Make ref the running statement's rulebook (one compare when it already
 * is).  True when that is another build than the one *serial recorded:
 * the caller then drops what it derived from the old one (offices, plans).
 */
static inline bool
el_rules_refresh(el_rules_ref *ref, uint64 *serial)
{
	if (!el_rules_ref_current(ref))
		el_rules_for_statement(ref);
	if (*serial == ref->rules->serial)
		return false;
	*serial = ref->rules->serial;
	return true;
}

/* From _PG_init: free the rulebooks no transaction uses any more. */
void		el_rulecache_register(void);

#endif
