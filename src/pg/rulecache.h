/*
 * rulecache.h: this backend's compiled rulebook.  The only code that knows
 * the rules live in tables; everything else sees an el_rulebook.
 */
#ifndef ELECTORAL_PG_RULECACHE_H
#define ELECTORAL_PG_RULECACHE_H

#include "compat.h"

#include "rules.h"

typedef struct el_rules
{
	el_rulebook book;
	uint64		generation;		/* changes at every rebuild */
	Oid			residence_enum[3];	/* pg_enum OIDs of electoral.residence, by el_residence */
	Oid			role_enum[EL_NROLES];	/* pg_enum OIDs of electoral.role, by el_role */
} el_rules;

/* The current rulebook, rebuilt first if a rule table changed since. */
const el_rules *el_rules_current(void);

/*
 * Whether pointers taken from the rulebook of this generation are still
 * good: true until an invalidation for a rule table arrives.  Cheap enough
 * to ask once per row: one load and a compare.
 */
extern el_hidden uint64 el_rules_valid_generation;	/* 0 while stale */

static inline bool
el_rules_unchanged(uint64 generation)
{
	return generation == el_rules_valid_generation;
}

/* From _PG_init: listen for invalidations of the rule tables. */
void		el_rulecache_register(void);

#endif
