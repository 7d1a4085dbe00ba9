/*
 * module.c: the loadable module's identity, and the callbacks it registers
 * once per backend.
 */
#include "compat.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "person.h"
#include "rulecache.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static const struct config_enum_entry unsupplied_bars_options[] = {
	{"met", EL_UNSUPPLIED_MET, false},
	{"not_proven", EL_UNSUPPLIED_NOT_PROVEN, false},
	{NULL, 0, false}
};

void
_PG_init(void)
{
	el_rulecache_register();

	/*
	 * Answers depend on it, yet can_vote stays STABLE and PARALLEL SAFE: a
	 * setting cannot change within a statement unless a function's SET
	 * clause changes it, and parallel workers start with the leader's
	 * settings.
	 */
	DefineCustomEnumVariable("electoral.unsupplied_bars",
							 "What a bar fact the caller did not supply counts as.",
							 "met: the bar is met, as if the fact were supplied false (the default); "
							 "not_proven: the fact is not known, so the bar is not met. "
							 "Bars: incapacitated, imprisoned, detained, foreign_residence_permit, ever_foreign.",
							 &el_unsupplied_bars, EL_UNSUPPLIED_MET, unsupplied_bars_options,
							 PGC_USERSET, 0, NULL, NULL, NULL);
}
