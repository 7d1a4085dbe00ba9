/*
 * electoral_bench_noop.c: the floor of the eligibility_scan benchmark, never
 * part of the extension.  A C function with can_vote's nine parameters that
 * does nothing with them: what the executor spends passing the arguments of
 * one row to any C function, before the function does any work.  It is
 * non-strict like can_vote (a strict one would have the executor test every
 * argument for NULL) and returns whether the office is not NULL, i.e. true
 * on every row of the benchmark's registry, so that the filter it sits in
 * costs what can_vote's does.
 *
 * Built and installed by tools/run-bench (bench/floor/Makefile) on a local
 * server; bench/eligibility_scan.sql leaves the row out where it is missing.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(electoral_bench_noop);

Datum
electoral_bench_noop(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!PG_ARGISNULL(0));
}
