/*
 * compat.h: every PG_VERSION_NUM difference the extension cares about, in
 * one place.  Builds on PostgreSQL 14 and later; README says which majors
 * are tested.
 */
#ifndef ELECTORAL_PG_COMPAT_H
#define ELECTORAL_PG_COMPAT_H

#include "postgres.h"

/* Since 16 the varlena macros (VARSIZE_ANY_EXHDR, VARDATA_ANY ...) live in varatt.h, which postgres.h no longer includes. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#if PG_VERSION_NUM < 140000
#error "electoral needs PostgreSQL 14 or later"
#endif

/*
 * A snapshot's count of completed transactions when it was taken (14 and
 * later): two snapshots with the same non-zero count see the same
 * transactions committed.  0 for a snapshot restored from elsewhere (a
 * parallel worker's, an imported one).
 */
#define el_snapshot_completion(snap) ((snap)->snapXactCompletionCount)

/* The backend's local transaction id (17 moved it into vxid). */
#if PG_VERSION_NUM >= 170000
#define el_my_lxid() (MyProc->vxid.lxid)
#else
#define el_my_lxid() (MyProc->lxid)
#endif

/*
 * Soft input errors (pg_input_is_valid, COPY ... ON_ERROR) arrived in 16.
 * Before that ereturn() is an ordinary ERROR; errsave.h does not exist.
 */
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#else
#define errsave(context, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
	} while (0)
#define ereturn(context, dummy_value, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
		return (dummy_value); \
	} while (0)
#endif

/*
 * One set-returning-function setup: InitMaterializedSRF(fcinfo, 0) makes
 * the tuplestore and the result descriptor (funcapi.h).  15.0 called it
 * SetSingleFuncCall; before 15 it is written out here, as 15 does it.
 */
#if PG_VERSION_NUM >= 150000 && PG_VERSION_NUM < 150001
#define InitMaterializedSRF SetSingleFuncCall
#elif PG_VERSION_NUM < 150000
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/tuplestore.h"
static inline void
InitMaterializedSRF(FunctionCallInfo fcinfo, bits32 flags)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext old;
	TupleDesc	desc;

	Assert(flags == 0);
	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("set-valued function called in context that cannot accept a set"));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("materialize mode required, but it is not allowed in this context"));
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setDesc = CreateTupleDescCopy(desc);
	rsinfo->setResult = tuplestore_begin_heap((rsinfo->allowedModes & SFRM_Materialize_Random) != 0,
											  false, work_mem);
	MemoryContextSwitchTo(old);
}
#endif

/*
 * A global of the extension's own: hidden, so that code in the library
 * reaches it directly rather than through the global offset table (16 and
 * later build extensions with -fvisibility=hidden anyway).
 */
#if defined(__GNUC__) || defined(__clang__)
#define el_hidden __attribute__((visibility("hidden")))
#else
#define el_hidden
#endif

/*
 * A function that never returns, written before the declaration: 18 has
 * pg_noreturn for that (and drops pg_attribute_noreturn, which went after
 * it); before, C11's _Noreturn does the same.
 */
#ifdef pg_noreturn
#define el_noreturn pg_noreturn
#else
#define el_noreturn _Noreturn
#endif

#endif
