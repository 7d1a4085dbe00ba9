/*
 * eligibility.c: electoral.can_vote, electoral.can_stand, electoral.explain.
 *
 * Argument unpacking, then src/core/rules.c.  The office is resolved once
 * per call site and kept in fn_extra with the rulebook generation it came
 * from; a row whose office is the same as the last one's costs a memcmp.
 */
#include "compat.h"

#include "fmgr.h"
#include "funcapi.h"
#include "nodes/pg_list.h"
#include "nodes/primnodes.h"
#include "nodes/supportnodes.h"
#include "miscadmin.h"
#include "catalog/pg_enum.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"

#include "person.h"
#include "plans.h"
#include "rulecache.h"
#include "rules.h"

#define OFFICE_CODE_MAX 64

typedef struct call_cache
{
	el_rules_ref ref;			/* the rulebook of the running statement */
	uint64		serial;			/* its serial: what the offices and plans below came from */
	const el_office *office;
	bool		office_const;	/* the office argument is a literal in the expression */
	int			code_len;
	uint8		code_header;	/* the 1-byte varlena header of code */
	char		code[OFFICE_CODE_MAX];
	int16_t		citizenships[EL_MAX_CITIZENSHIPS];
	el_recent_plans plans;

	/*
	 * The lazy reader's state (person.h), set up once: a row sets only
	 * where its facts are.  person is filled for a foreigner.
	 */
	el_fact_source src;
	el_person	person;

	/*
	 * can_vote given resides_in_territory (its 11th argument, fact
	 * EL_FACT_RESIDES_IN_TERRITORY): its facts are copied here, in el_fact
	 * order, for each row.  Every other call reads its arguments in place.
	 */
	bool		remap;
	NullableDatum remapped[EL_NFACTS];

	/*
	 * What the row before was decided with, when its office is the cached
	 * one: a row with that office and polling day goes straight to the
	 * facts.  NULL whenever the rules or the cached office change.
	 */
	const el_plan *hot_plan;
	el_day		hot_day;
} call_cache;

/* get_cache when the call site has no cache yet, or the rules changed */
static pg_noinline call_cache *
get_cache_slow(FunctionCallInfo fcinfo)
{
	call_cache *cache = (call_cache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(call_cache));
		cache->src.supplied = el_supplied(PG_NARGS() - 2);
		cache->src.buf = cache->citizenships;
		cache->src.person = &cache->person;
		fcinfo->flinfo->fn_extra = cache;
	}
	if (el_rules_refresh(&cache->ref, &cache->serial))
	{
		cache->src.rules = cache->ref.rules;
		cache->office = NULL;
		cache->hot_plan = NULL;
		el_recent_plans_reset(&cache->plans);
	}
	return cache;
}

static inline call_cache *
get_cache(FunctionCallInfo fcinfo)
{
	call_cache *cache = (call_cache *) fcinfo->flinfo->fn_extra;

	if (likely(cache != NULL && el_rules_ref_current(&cache->ref)))
		return cache;
	return get_cache_slow(fcinfo);
}

/*
 * Is argument argno a literal of the calling expression?  Only then may its
 * value be trusted for the life of fn_extra: a parameter (a PL/pgSQL
 * variable, say) keeps its FmgrInfo while its value changes.
 */
static bool
arg_is_const(FmgrInfo *flinfo, int argno)
{
	Node	   *expr = flinfo->fn_expr;
	List	   *args;

	if (expr == NULL || !IsA(expr, FuncExpr))
		return false;
	args = ((FuncExpr *) expr)->args;
	return argno < list_length(args) && IsA(list_nth(args, argno), Const);
}

/* The office named by argument argno; see resolve_office. */
static pg_noinline const el_office *
resolve_office_slow(FunctionCallInfo fcinfo, call_cache *cache, int argno)
{
	text	   *t;
	const char *code;
	int			len;
	const el_office *office;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg("office must not be NULL"),
				errhint("The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;"));
	/* a constant office resolved once needs no look at the argument again */
	if (cache->office != NULL && cache->office_const)
		return cache->office;
	/* PG_GETARG_TEXT_PP without its out-of-line call for the usual inline value */
	t = (text *) DatumGetPointer(PG_GETARG_DATUM(argno));
	if (VARATT_IS_COMPRESSED(t) || VARATT_IS_EXTERNAL(t))
		t = (text *) pg_detoast_datum_packed((struct varlena *) t);
	code = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	if (cache->office != NULL && len == cache->code_len && memcmp(code, cache->code, len) == 0)
		return cache->office;

	office = el_find_office(&cache->ref.rules->book, code, len);
	if (office == NULL)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("unknown office \"%s\"", text_to_cstring(t)),
				errhint("The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;"));
	cache->office_const = arg_is_const(fcinfo->flinfo, argno);
	if (len <= OFFICE_CODE_MAX)
	{
		memcpy(cache->code, code, len);
		cache->code_len = len;
		/*
		 * The one byte a short inline text of this length starts with: a
		 * row's code matches when that byte and the code's bytes do.
		 */
		StaticAssertStmt(OFFICE_CODE_MAX + VARHDRSZ_SHORT <= VARATT_SHORT_MAX,
						 "a cached office code fits a short varlena");
		SET_VARSIZE_1B(&cache->code_header, len + VARHDRSZ_SHORT);
		cache->office = office;
	}
	return office;
}

/*
 * len bytes at a and b equal?  Inline, for codes of a few dozen bytes: in
 * 8-byte words, the last one overlapping the one before.
 */
static inline bool
same_code(const char *a, const char *b, int len)
{
	uint64		x,
				y;
	int			i;

	if (len < 8)
		return memcmp(a, b, len) == 0;
	for (i = 0; i < len - 8; i += 8)
	{
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return false;
	}
	memcpy(&x, a + len - 8, 8);
	memcpy(&y, b + len - 8, 8);
	return x == y;
}

/*
 * Is argument argno the cached office?  A literal always is; a column
 * holding the same code as the row before (a short inline text, as codes
 * are) after a compare of its bytes.
 */
static inline bool
is_cached_office(FunctionCallInfo fcinfo, const call_cache *cache, int argno)
{
	const char *t;

	if (cache->office == NULL || PG_ARGISNULL(argno))
		return false;
	if (cache->office_const)
		return true;
	t = (const char *) DatumGetPointer(PG_GETARG_DATUM(argno));
	return *(const uint8 *) t == cache->code_header &&
		same_code(VARDATA_SHORT(t), cache->code, cache->code_len);
}

/* The office named by argument argno, from the cache when it is the last one. */
static inline const el_office *
resolve_office(FunctionCallInfo fcinfo, call_cache *cache, int argno)
{
	if (likely(is_cached_office(fcinfo, cache, argno)))
		return cache->office;
	return resolve_office_slow(fcinfo, cache, argno);
}

/*
 * The one decider (rules.h's el_plan_decide) on this row's arguments, read
 * lazily.  The person is filled only for a foreigner or a plan with
 * requirements that do not fold.
 */
static pg_attribute_always_inline bool
decide_row(FunctionCallInfo fcinfo, call_cache *cache, const el_plan *plan)
{
	cache->src.facts = &fcinfo->args[2];
	return el_plan_decide(plan, &el_source_reader, &cache->src);
}

/*
 * decide_row for a can_vote call that passes resides_in_territory: its
 * facts copied into el_fact order.  Rare, so kept off the hot path: such a
 * call never sets hot_plan and every row comes through decide_slow.
 */
static pg_noinline bool
decide_row_remapped(FunctionCallInfo fcinfo, call_cache *cache, const el_plan *plan)
{
	memcpy(cache->remapped, &fcinfo->args[2], EL_VOTE_LEADING_FACTS * sizeof(NullableDatum));
	cache->remapped[EL_FACT_RESIDES_IN_TERRITORY] = fcinfo->args[2 + EL_VOTE_LEADING_FACTS];
	cache->src.facts = cache->remapped;
	return el_plan_decide(plan, &el_source_reader, &cache->src);
}

/*
 * The facts a can_vote call supplies: its first eight in el_fact order,
 * then resides_in_territory, which is not can_stand's ninth fact.
 */
static void
set_vote_layout(call_cache *cache, int nfacts)
{
	cache->remap = nfacts > EL_VOTE_LEADING_FACTS;
	cache->src.supplied = el_supplied(Min(nfacts, EL_VOTE_LEADING_FACTS)) |
		(cache->remap ? EL_NEED_RESIDES_IN_TERRITORY : 0);
}

/* decide() for a row that differs from the one before, or the first one */
static pg_noinline Datum
decide_slow(FunctionCallInfo fcinfo, el_role role)
{
	call_cache *cache = get_cache(fcinfo);
	const el_office *office = resolve_office(fcinfo, cache, 0);
	el_day		day = el_polling_day(PG_ARGISNULL(1), PG_GETARG_DATUM(1));
	const el_plan *plan = el_recent_plan(&cache->plans, office, role, day);

	if (role == EL_VOTE)
	{
		set_vote_layout(cache, PG_NARGS() - 2);
		if (cache->remap)
		{
			cache->hot_plan = NULL;
			PG_RETURN_BOOL(decide_row_remapped(fcinfo, cache, plan));
		}
	}
	/* the next row with this (cached) office and polling day needs none of the above */
	cache->hot_plan = office == cache->office ? plan : NULL;
	cache->hot_day = day;
	PG_RETURN_BOOL(decide_row(fcinfo, cache, plan));
}

/*
 * can_vote and can_stand: arguments office, on_date, then the facts.  A
 * scan asks about one office and polling day for row after row: for those
 * the call site's cache holds the plan, and only the facts are read.
 */
static inline Datum
decide(FunctionCallInfo fcinfo, el_role role)
{
	call_cache *cache = (call_cache *) fcinfo->flinfo->fn_extra;

	if (likely(cache != NULL && cache->hot_plan != NULL &&
			   el_rules_ref_current(&cache->ref) &&
			   !PG_ARGISNULL(1) && DatumGetDateADT(PG_GETARG_DATUM(1)) == cache->hot_day &&
			   is_cached_office(fcinfo, cache, 0)))
		PG_RETURN_BOOL(decide_row(fcinfo, cache, cache->hot_plan));
	return decide_slow(fcinfo, role);
}

PG_FUNCTION_INFO_V1(can_vote);
Datum
can_vote(PG_FUNCTION_ARGS)
{
	return decide(fcinfo, EL_VOTE);
}

PG_FUNCTION_INFO_V1(can_stand);
Datum
can_stand(PG_FUNCTION_ARGS)
{
	return decide(fcinfo, EL_STAND);
}

/* ---- facts not supplied ---- */

/*
 * electoral.unsupplied_bar(): the DEFAULT of every bar parameter of
 * can_vote, can_stand and explain (incapacitated, imprisoned, detained,
 * foreign_residence_permit, ever_foreign).  A bar the caller leaves out
 * counts as electoral.unsupplied_bars says: false (met) or NULL (not
 * proven).  STABLE, so that the planner keeps the call in the expression
 * rather than folding it to a constant: explain recognises it there and
 * says the fact was not supplied (unsupplied_args).
 */
PG_FUNCTION_INFO_V1(unsupplied_bar);
Datum
unsupplied_bar(PG_FUNCTION_ARGS)
{
	if (el_unsupplied_bar() == EL_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(false);
}

/*
 * electoral.unsupplied_conviction() and electoral.unsupplied_org_role(): the
 * DEFAULT of the enum facts conviction and extremist_org, as unsupplied_bar
 * is of the boolean bars: the label 'none' (the bar is met) or NULL (not
 * proven), by electoral.unsupplied_bars.  The label of the function's own
 * result type, looked up once per call site.
 */
PG_FUNCTION_INFO_V1(unsupplied_none);
Datum
unsupplied_none(PG_FUNCTION_ARGS)
{
	Oid		   *label = (Oid *) fcinfo->flinfo->fn_extra;

	if (el_unsupplied_bar() == EL_UNKNOWN)
		PG_RETURN_NULL();
	if (label == NULL)
	{
		Oid			type = get_func_rettype(fcinfo->flinfo->fn_oid);

		label = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Oid));
		*label = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
								 ObjectIdGetDatum(type), CStringGetDatum("none"));
		if (!OidIsValid(*label))
			ereport(ERROR,
					errcode(ERRCODE_UNDEFINED_OBJECT),
					errmsg("enum label \"none\" of type %s is missing", format_type_be(type)),
					errhint("Reinstall the electoral extension."));
		fcinfo->flinfo->fn_extra = label;
	}
	PG_RETURN_OID(*label);
}

/*
 * electoral.unsupplied_condition(): the DEFAULT of the positive conditions
 * (resides_in_territory, works_in_territory): true (met) or NULL (not
 * proven), by the same setting, so that leaving them out changes no answer.
 */
PG_FUNCTION_INFO_V1(unsupplied_condition);
Datum
unsupplied_condition(PG_FUNCTION_ARGS)
{
	if (el_unsupplied_condition() == EL_UNKNOWN)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(true);
}

/* The function a FuncExpr with no arguments calls, or NULL. */
static PGFunction
marker_function(Node *e)
{
	FmgrInfo	finfo;

	if (e == NULL || !IsA(e, FuncExpr) || ((FuncExpr *) e)->args != NIL)
		return NULL;
	fmgr_info(((FuncExpr *) e)->funcid, &finfo);
	return finfo.fn_addr;
}

/*
 * The EL_NEED_* bits expression e leaves unsupplied when it is the default
 * of fact: electoral.unsupplied_bar() for a bar, unsupplied_conviction() /
 * unsupplied_org_role() for an enum bar, electoral.unsupplied_condition()
 * for a condition; 0 for any other expression.
 */
static unsigned
unsupplied_marker_bits(Node *e, int fact)
{
	PGFunction	f = marker_function(e);

	if (f == unsupplied_bar)
		return (1u << fact) & EL_BAR_FACTS & ~EL_ENUM_FACTS;
	if (f == unsupplied_none)
		return (1u << fact) & EL_ENUM_FACTS;
	if (f == unsupplied_condition)
		return (1u << fact) & EL_CONDITION_FACTS;
	return 0;
}

/*
 * The EL_NEED_* bits of the facts, from argument first on, that the call
 * left to their default electoral.unsupplied_bar(): only the expression
 * tells, as the value is an ordinary false or NULL.
 */
static unsigned
unsupplied_args(FunctionCallInfo fcinfo, int first)
{
	Node	   *expr = fcinfo->flinfo->fn_expr;
	unsigned	bits = 0;
	int			i;

	if (expr == NULL || !IsA(expr, FuncExpr))
		return 0;
	for (i = first; i < list_length(((FuncExpr *) expr)->args) && i - first < EL_NFACTS; i++)
		bits |= unsupplied_marker_bits(list_nth(((FuncExpr *) expr)->args, i), i - first);
	return bits;
}

/*
 * electoral.eligibility_support(internal): the planner support function of
 * can_vote and can_stand.  A call that leaves its last bars out would
 * evaluate electoral.unsupplied_bar() for every row; dropped from the end
 * of the argument list instead, they are facts past PG_NARGS(), which the
 * C function already takes as not supplied (el_supplied), reading the
 * setting at execution, so a plan made before a SET still follows it.  The
 * same for trailing arguments equal to a fact's not-supplied default
 * (resident_since and citizen_by_birth NULL, registered false).  The
 * executor passes the arguments the expression has; nothing checks them
 * against pronargs.
 */
static bool
droppable_fact_arg(Node *arg, int fact)
{
	Const	   *c = (Const *) arg;

	if (marker_function(arg) != NULL)
		return unsupplied_marker_bits(arg, fact) != 0;
	if (arg == NULL || !IsA(arg, Const))
		return false;
	if (fact == EL_FACT_RESIDENT_SINCE || fact == EL_FACT_CITIZEN_BY_BIRTH ||
		fact == EL_FACT_CONVICTION_EXPUNGED || fact == EL_FACT_EXTREMIST_ORG_DECIDED)
		return c->constisnull;
	if (fact == EL_FACT_REGISTERED)
		return !c->constisnull && !DatumGetBool(c->constvalue);
	return false;
}

PG_FUNCTION_INFO_V1(eligibility_support);
Datum
eligibility_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	FuncExpr   *call;
	FuncExpr   *shorter;
	int			nargs;
	bool		vote;
	FmgrInfo	finfo;

	if (!IsA(rawreq, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	call = ((SupportRequestSimplify *) rawreq)->fcall;
	nargs = list_length(call->args);
	fmgr_info(call->funcid, &finfo);
	vote = finfo.fn_addr == can_vote;
	/* office, on_date, then fact n - 2 (can_vote's ninth fact is resides_in_territory) */
	while (nargs > 2 &&
		   droppable_fact_arg(list_nth(call->args, nargs - 1),
							  vote && nargs - 3 >= EL_VOTE_LEADING_FACTS ?
							  EL_FACT_RESIDES_IN_TERRITORY : nargs - 3))
		nargs--;
	if (nargs == list_length(call->args))
		PG_RETURN_POINTER(NULL);
	shorter = copyObject(call);
	shorter->args = list_truncate(shorter->args, nargs);
	PG_RETURN_POINTER(shorter);
}

/* ---- explain ---- */

typedef struct explain_sink
{
	Tuplestorestate *store;
	TupleDesc	desc;
} explain_sink;

static void
add_reason(const el_reason *reason, void *arg)
{
	explain_sink *sink = (explain_sink *) arg;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	values[0] = CStringGetTextDatum(reason->requirement);
	values[1] = BoolGetDatum(reason->satisfied);
	values[2] = CStringGetTextDatum(reason->detail);
	if (reason->legal_basis != NULL)
		values[3] = CStringGetTextDatum(reason->legal_basis);
	else
		nulls[3] = true;
	tuplestore_putvalues(sink->store, sink->desc, values, nulls);
}

PG_FUNCTION_INFO_V1(explain);
Datum
explain(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	call_cache *cache;
	const el_office *office;
	el_day		day;
	el_person	person;
	el_role		role;
	explain_sink sink;
	Oid			role_label;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg("role must not be NULL"),
				errhint("The role is 'vote' or 'stand'."));

	cache = get_cache(fcinfo);
	role_label = PG_GETARG_OID(0);
	role = role_label == cache->ref.rules->role_enum[EL_STAND] ? EL_STAND : EL_VOTE;
	office = resolve_office(fcinfo, cache, 1);
	day = el_polling_day(PG_ARGISNULL(2), PG_GETARG_DATUM(2));
	el_person_from_facts(cache->ref.rules, &fcinfo->args[3], el_supplied(PG_NARGS() - 3), EL_NEED_ALL, &person,
						 cache->citizenships);
	person.unsupplied |= unsupplied_args(fcinfo, 3);

	InitMaterializedSRF(fcinfo, 0);
	sink.store = rsinfo->setResult;
	sink.desc = rsinfo->setDesc;
	el_evaluate(office, role, day, &person, add_reason, &sink);
	return (Datum) 0;
}
