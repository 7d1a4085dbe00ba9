/*
 * trigger.c: electoral.enforce_eligibility(), a BEFORE INSERT OR UPDATE
 * FOR EACH ROW trigger for registries with their own column names.
 *
 *   CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON candidacy
 *     FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
 *       'stand', 'office=office_code', 'on_date=polling_day',
 *       'citizenships=citizenship', 'birth_date=born', 'flag=problems');
 *
 * The first argument is the role; each further one maps a parameter of
 * can_vote / can_stand to a column.  The mapping is resolved and type-checked
 * on the first row of each statement and kept in fn_extra, so a COPY of a
 * million rows resolves it once.  Each row then costs a deform, the same
 * el_evaluate as can_vote, and (only for an ineligible row) an explanation.
 */
#include "compat.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "catalog/namespace.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/json.h"
#include "utils/syscache.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "person.h"
#include "plans.h"
#include "rulecache.h"
#include "rules.h"

/* Parameters a trigger argument may name, besides the facts. */
typedef enum map_slot
{
	SLOT_OFFICE = EL_NFACTS,
	SLOT_ON_DATE,
	SLOT_FLAG,
	NSLOTS
} map_slot;

typedef struct trigger_cache
{
	Oid			tgoid;			/* the trigger this mapping belongs to */
	TupleDesc	desc;			/* the descriptor it was checked against */
	el_role		role;
	AttrNumber	attnum[NSLOTS]; /* 0 when not mapped */
	bool		single_country; /* citizenships column is one electoral.country, not an array */
	bool		flag_is_jsonb;
	Datum		flag_empty;		/* '{}' or '[]', built once */
	NullableDatum defaults[EL_NFACTS];	/* the SQL defaults of unmapped facts */
	uint64		generation;
	const el_rules *rules;
	/* the last few offices seen, most recent first: a load mixes a handful */
	struct
	{
		const el_office *office;
		int			code_len;
		char		code[64];
	}			recent[4];
	int16_t		citizenships[EL_MAX_CITIZENSHIPS];
	AttrNumber	max_attnum;		/* deform the row only this far */
	el_recent_plans plans;
} trigger_cache;

static const char *
slot_name(int slot)
{
	switch (slot)
	{
		case SLOT_OFFICE:
			return "office";
		case SLOT_ON_DATE:
			return "on_date";
		case SLOT_FLAG:
			return "flag";
		default:
			return el_fact_names[slot];
	}
}

/* The type a mapped column must have; InvalidOid for "see the caller". */
static Oid
slot_type(int slot, Oid country_oid)
{
	switch (slot)
	{
		case SLOT_OFFICE:
			return TEXTOID;
		case SLOT_ON_DATE:
		case EL_FACT_BIRTH_DATE:
		case EL_FACT_RESIDENT_SINCE:
			return DATEOID;
		case EL_FACT_CITIZENSHIPS:
			return get_array_type(country_oid);
		case EL_FACT_RESIDENCE:
			return InvalidOid;	/* electoral.residence, checked by name */
		case SLOT_FLAG:
			return InvalidOid;	/* text[] or jsonb */
		default:
			return BOOLOID;
	}
}

static void
fail_column(TriggerData *td, const char *column, int errcode_value, const char *problem,
			const char *hint)
{
	ereport(ERROR,
			errcode(errcode_value),
			errmsg("trigger \"%s\" on table \"%s\": %s \"%s\"",
				   td->tg_trigger->tgname, RelationGetRelationName(td->tg_relation),
				   problem, column),
			hint ? errhint("%s", hint) : 0,
			errtable(td->tg_relation));
}

static Oid
type_in_electoral(const char *name)
{
	Oid			nsp = get_namespace_oid("electoral", false);

	return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(name), ObjectIdGetDatum(nsp));
}

/* Resolve and check the trigger's arguments against the table, once per statement. */
static trigger_cache *
resolve_mapping(FunctionCallInfo fcinfo, TriggerData *td)
{
	trigger_cache *c = (trigger_cache *) fcinfo->flinfo->fn_extra;
	Trigger    *tg = td->tg_trigger;
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	Oid			country_oid,
				residence_oid;
	int			i,
				slot;
	const char *params_hint = "Parameters: office, on_date, citizenships, birth_date, residence, "
		"resident_since, registered, incapacitated, imprisoned, detained, citizen_by_birth, "
		"foreign_residence_permit, ever_foreign, and flag (a text[] or jsonb column to record "
		"unmet requirements instead of rejecting the row).";

	/* every call: one trigger may fire for several events in one statement (MERGE) */
	if (!TRIGGER_FIRED_BEFORE(td->tg_event) || !TRIGGER_FIRED_FOR_ROW(td->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event)))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger"));

	if (c != NULL && c->tgoid == tg->tgoid && c->desc == desc)
		return c;

	c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(trigger_cache));

	if (tg->tgnargs < 1 || (strcmp(tg->tgargs[0], "vote") != 0 && strcmp(tg->tgargs[0], "stand") != 0))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("trigger \"%s\" on table \"%s\": the first argument must be the role, 'vote' or 'stand'",
					   tg->tgname, RelationGetRelationName(td->tg_relation)),
				errhint("e.g. EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=office_code', 'on_date=polling_day', ...)"));
	c->role = strcmp(tg->tgargs[0], "vote") == 0 ? EL_VOTE : EL_STAND;

	country_oid = type_in_electoral("country");
	residence_oid = type_in_electoral("residence");

	for (i = 1; i < tg->tgnargs; i++)
	{
		const char *arg = tg->tgargs[i];
		const char *eq = strchr(arg, '=');
		char	   *param;
		const char *column;
		AttrNumber	attnum;
		Oid			atttype,
					want;

		if (eq == NULL)
			fail_column(td, arg, ERRCODE_INVALID_PARAMETER_VALUE,
						"argument is not parameter=column:", params_hint);
		param = pnstrdup(arg, eq - arg);
		column = eq + 1;
		for (slot = 0; slot < NSLOTS; slot++)
			if (strcmp(param, slot_name(slot)) == 0)
				break;
		if (slot == NSLOTS)
			fail_column(td, param, ERRCODE_INVALID_PARAMETER_VALUE, "unknown parameter", params_hint);
		if (c->attnum[slot] != 0)
			fail_column(td, param, ERRCODE_INVALID_PARAMETER_VALUE, "parameter given twice:", NULL);
		/* standing-only facts are accepted for voting too; they just do not matter */

		attnum = InvalidAttrNumber;
		{
			int			k;

			for (k = 0; k < desc->natts; k++)
			{
				Form_pg_attribute att = TupleDescAttr(desc, k);

				if (!att->attisdropped && strcmp(NameStr(att->attname), column) == 0)
				{
					attnum = att->attnum;
					break;
				}
			}
		}
		if (attnum == InvalidAttrNumber)
			fail_column(td, column, ERRCODE_UNDEFINED_COLUMN, "no column", NULL);
		/* a domain is as good as its base type: its own constraints already hold */
		atttype = getBaseType(TupleDescAttr(desc, attnum - 1)->atttypid);
		want = slot_type(slot, country_oid);

		if (slot == EL_FACT_CITIZENSHIPS && atttype == country_oid)
			c->single_country = true;
		else if (slot == SLOT_OFFICE && (atttype == TEXTOID || atttype == VARCHAROID))
			;
		else if (slot == EL_FACT_RESIDENCE)
		{
			if (atttype != residence_oid)
				fail_column(td, column, ERRCODE_DATATYPE_MISMATCH,
							"residence must be of type electoral.residence; wrong type for column", NULL);
		}
		else if (slot == SLOT_FLAG)
		{
			if (atttype != TEXTARRAYOID && atttype != JSONBOID)
				fail_column(td, column, ERRCODE_DATATYPE_MISMATCH,
							"flag must be of type text[] or jsonb; wrong type for column", NULL);
			c->flag_is_jsonb = atttype == JSONBOID;
		}
		else if (atttype != want)
			fail_column(td, column, ERRCODE_DATATYPE_MISMATCH,
						psprintf("%s must be of type %s, not %s; wrong type for column",
								 param, format_type_be(want), format_type_be(atttype)),
						NULL);
		c->attnum[slot] = attnum;
		c->max_attnum = Max(c->max_attnum, attnum);
	}
	if (c->attnum[SLOT_OFFICE] == 0 || c->attnum[SLOT_ON_DATE] == 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("trigger \"%s\" on table \"%s\" must map office and on_date to columns",
					   tg->tgname, RelationGetRelationName(td->tg_relation)),
				errhint("%s", params_hint));

	/* the SQL defaults of can_stand for whatever is not mapped */
	c->rules = el_rules_current();
	c->generation = c->rules->generation;
	for (slot = 0; slot < EL_NFACTS; slot++)
	{
		c->defaults[slot].isnull = false;
		c->defaults[slot].value = BoolGetDatum(false);
	}
	c->defaults[EL_FACT_CITIZENSHIPS].isnull = true;
	c->defaults[EL_FACT_BIRTH_DATE].isnull = true;
	c->defaults[EL_FACT_RESIDENT_SINCE].isnull = true;
	c->defaults[EL_FACT_CITIZEN_BY_BIRTH].isnull = true;
	c->defaults[EL_FACT_RESIDENCE].value = ObjectIdGetDatum(c->rules->residence_enum[EL_RES_NONE]);

	if (c->attnum[SLOT_FLAG] != 0)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		c->flag_empty = c->flag_is_jsonb
			? DirectFunctionCall1(jsonb_in, CStringGetDatum("[]"))
			: PointerGetDatum(construct_empty_array(TEXTOID));
		MemoryContextSwitchTo(old);
	}
	c->tgoid = tg->tgoid;
	c->desc = desc;
	fcinfo->flinfo->fn_extra = c;
	return c;
}

/* Collecting the unmet requirements of an ineligible row. */
typedef struct unmet_sink
{
	StringInfoData detail;		/* for the error's DETAIL */
	List	   *items;			/* text items for a text[] flag */
	StringInfoData json;		/* for a jsonb flag */
	int			n;
} unmet_sink;

static void
json_string(StringInfo buf, const char *s)
{
	if (s == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, s);
}

static void
collect_unmet(const el_reason *r, void *arg)
{
	unmet_sink *sink = (unmet_sink *) arg;
	char	   *item;

	if (r->satisfied)
		return;
	item = r->legal_basis
		? psprintf("%s: %s (%s)", r->requirement, r->detail, r->legal_basis)
		: psprintf("%s: %s", r->requirement, r->detail);
	appendStringInfo(&sink->detail, "%s%s", sink->n ? "; " : "", item);
	sink->items = lappend(sink->items, item);
	appendStringInfoString(&sink->json, sink->n ? ", {\"requirement\": " : "{\"requirement\": ");
	json_string(&sink->json, r->requirement);
	appendStringInfoString(&sink->json, ", \"detail\": ");
	json_string(&sink->json, r->detail);
	appendStringInfoString(&sink->json, ", \"legal_basis\": ");
	json_string(&sink->json, r->legal_basis);
	appendStringInfoChar(&sink->json, '}');
	sink->n++;
}

static const el_office *
row_office(TriggerData *td, trigger_cache *c, Datum value, bool isnull)
{
	text	   *t;
	const char *code;
	int			len;
	int			i;
	const el_office *office;

	if (isnull)
		ereport(ERROR,
				errcode(ERRCODE_NOT_NULL_VIOLATION),
				errmsg("office is NULL in a row of table \"%s\"", RelationGetRelationName(td->tg_relation)),
				errdetail("Trigger \"%s\" needs an office to decide eligibility.", td->tg_trigger->tgname),
				errtable(td->tg_relation));
	t = DatumGetTextPP(value);
	code = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	for (i = 0; i < 4; i++)
		if (c->recent[i].office != NULL && len == c->recent[i].code_len &&
			memcmp(code, c->recent[i].code, len) == 0)
			return c->recent[i].office;
	office = el_find_office(&c->rules->book, code, len);
	if (office == NULL)
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg("unknown office \"%s\" in a row of table \"%s\"",
					   text_to_cstring(t), RelationGetRelationName(td->tg_relation)),
				errhint("The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;"),
				errtable(td->tg_relation));
	if (len <= (int) sizeof(c->recent[0].code))
	{
		memmove(&c->recent[1], &c->recent[0], sizeof(c->recent[0]) * 3);
		memcpy(c->recent[0].code, code, len);
		c->recent[0].code_len = len;
		c->recent[0].office = office;
	}
	return office;
}

PG_FUNCTION_INFO_V1(enforce_eligibility);
Datum
enforce_eligibility(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	trigger_cache *c;
	HeapTuple	tuple;
	TupleTableSlot *row;
	TupleDesc	desc;
	NullableDatum facts[EL_NFACTS];
	const el_office *office;
	el_day		day;
	el_person	person;
	int			slot;
	bool		ok;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("electoral.enforce_eligibility() must be called as a trigger"));
	c = resolve_mapping(fcinfo, td);
	if (!el_rules_unchanged(c->generation))
	{
		c->rules = el_rules_current();
		c->generation = c->rules->generation;
		memset(c->recent, 0, sizeof(c->recent));
		el_recent_plans_reset(&c->plans);
		c->defaults[EL_FACT_RESIDENCE].value = ObjectIdGetDatum(c->rules->residence_enum[EL_RES_NONE]);
	}

	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
	{
		tuple = td->tg_newtuple;
		row = td->tg_newslot;
	}
	else
	{
		tuple = td->tg_trigtuple;
		row = td->tg_trigslot;
	}
	desc = RelationGetDescr(td->tg_relation);
	/* deform only up to the last mapped column */
	slot_getsomeattrs(row, c->max_attnum);

#define COL_VALUE(s) (row->tts_values[c->attnum[s] - 1])
#define COL_NULL(s) (row->tts_isnull[c->attnum[s] - 1])

	office = row_office(td, c, COL_VALUE(SLOT_OFFICE), COL_NULL(SLOT_OFFICE));
	day = el_polling_day(COL_NULL(SLOT_ON_DATE), COL_VALUE(SLOT_ON_DATE));

	for (slot = 0; slot < EL_NFACTS; slot++)
	{
		if (c->attnum[slot] == 0)
			facts[slot] = c->defaults[slot];
		else
		{
			facts[slot].value = COL_VALUE(slot);
			facts[slot].isnull = COL_NULL(slot);
		}
	}
	if (c->single_country)
	{
		/* one electoral.country column: a one-element list, read directly */
		facts[EL_FACT_CITIZENSHIPS].isnull = true;
		el_person_from_facts(c->rules, facts, EL_NFACTS, EL_NEED_ALL, &person, c->citizenships);
		if (!COL_NULL(EL_FACT_CITIZENSHIPS))
		{
			c->citizenships[0] = DatumGetInt16(COL_VALUE(EL_FACT_CITIZENSHIPS));
			person.citizenships = c->citizenships;
			person.ncitizenships = 1;
		}
	}
	else
		el_person_from_facts(c->rules, facts, EL_NFACTS, EL_NEED_ALL, &person, c->citizenships);

	ok = el_plan_decide(el_recent_plan(&c->plans, office, c->role, day), &el_person_reader, &person);

	if (c->attnum[SLOT_FLAG] == 0)
	{
		unmet_sink sink;

		if (ok)
			return PointerGetDatum(tuple);
		memset(&sink, 0, sizeof(sink));
		initStringInfo(&sink.detail);
		initStringInfo(&sink.json);
		el_evaluate(office, c->role, day, &person, collect_unmet, &sink);
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg("row of table \"%s\" rejected: not eligible to %s for %s on %s",
					   RelationGetRelationName(td->tg_relation),
					   c->role == EL_VOTE ? "vote" : "stand", office->code,
					   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum((DateADT) day)))),
				errdetail("Unmet: %s.", sink.detail.data),
				errhint("electoral.explain('%s', '%s', ...) lists every requirement; trigger \"%s\" rejects ineligible rows.",
						c->role == EL_VOTE ? "vote" : "stand", office->code, td->tg_trigger->tgname),
				errtableconstraint(td->tg_relation, td->tg_trigger->tgname));
	}

	/* flag mode: keep the row, record what is unmet ('{}' / '[]' when eligible) */
	{
		Datum		flag;
		bool		flag_null = false;
		int			col = c->attnum[SLOT_FLAG];

		if (ok)
			flag = c->flag_empty;
		else
		{
			unmet_sink sink;

			memset(&sink, 0, sizeof(sink));
			initStringInfo(&sink.detail);
			initStringInfo(&sink.json);
			appendStringInfoChar(&sink.json, '[');
			el_evaluate(office, c->role, day, &person, collect_unmet, &sink);
			appendStringInfoChar(&sink.json, ']');
			if (c->flag_is_jsonb)
				flag = DirectFunctionCall1(jsonb_in, CStringGetDatum(sink.json.data));
			else
			{
				Datum	   *elems = palloc(sizeof(Datum) * Max(sink.n, 1));
				ListCell   *lc;
				int			k = 0;

				foreach(lc, sink.items)
					elems[k++] = CStringGetTextDatum((char *) lfirst(lc));
				flag = PointerGetDatum(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
			}
		}
		return PointerGetDatum(heap_modify_tuple_by_cols(tuple, desc, 1, &col, &flag, &flag_null));
	}
}
