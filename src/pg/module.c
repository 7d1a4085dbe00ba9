/*
 * module.c: the loadable module's identity, and the callbacks it registers
 * once per backend.
 */
#include "compat.h"

#include "fmgr.h"

#include "rulecache.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	el_rulecache_register();
}
