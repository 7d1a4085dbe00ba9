/*
 * citus.h: what electoral needs to know about Citus, when it is there
 * (src/pg/citus.c).  Electoral never requires Citus: every function here
 * answers as for plain PostgreSQL when the citus extension is not installed
 * in the database, and looks Citus's catalogs up by name at run time.
 */
#ifndef ELECTORAL_PG_CITUS_H
#define ELECTORAL_PG_CITUS_H

#include "compat.h"

#include "commands/trigger.h"

/* Is the citus extension installed in this database? */
bool		el_citus_installed(void);

/*
 * The relation to read rule table electoral.<name> from, as SQL
 * ("electoral.office", or "electoral.office_102008": the node's own
 * placement of a reference table, which a query on a shard may read where
 * the distributed table would need a distributed query).  SPI connected.
 */
const char *el_rule_relation(const char *name);

/*
 * Refuse a change to a rule table made on a Citus worker: rule changes are
 * made on the coordinator (whose sequences alone hand out the ids of
 * users' rows; a worker's would collide with them).
 */
void		el_citus_refuse_change_on_worker(void);

/*
 * The user's names of the table and trigger a row trigger fires for: on a
 * Citus shard ("candidacy_102119", trigger "candidacy_eligible_102119") the
 * distributed table's and trigger's, else the relation's own.
 */
typedef struct el_user_names
{
	const char *schema;
	const char *table;
	const char *trigger;
} el_user_names;

el_user_names el_trigger_user_names(TriggerData *td);

/* errtable() and errtableconstraint() with those names. */
int			el_errtable_user(const el_user_names *names);
int			el_errtableconstraint_user(const el_user_names *names);

#endif
