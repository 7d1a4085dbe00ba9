/*
 * module.c: the loadable module's identity.  Nothing to initialise yet:
 * every type is self-contained and the core keeps no state that needs
 * callbacks.
 */
#include "compat.h"

#include "fmgr.h"

PG_MODULE_MAGIC;
