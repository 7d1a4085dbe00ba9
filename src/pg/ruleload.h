/*
 * ruleload.h: reading the rule tables into an el_rules.  Only rulecache.c
 * calls it, inside SPI_connect, with the snapshot the rules are for active.
 */
#ifndef ELECTORAL_PG_RULELOAD_H
#define ELECTORAL_PG_RULELOAD_H

#include "rulecache.h"

/*
 * Every row read is checked: a NULL, an unknown label or an out-of-range
 * number (possible once a constraint is dropped) is an error naming the
 * table, the row and the column, never a crash or a silent skip.
 * Everything kept is allocated in cxt.
 */
el_rules   *el_load_rules(MemoryContext cxt);

#endif
