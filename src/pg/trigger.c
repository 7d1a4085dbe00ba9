/*
 * trigger.c: electoral.enforce_eligibility(), a BEFORE INSERT OR UPDATE
 * FOR EACH ROW trigger for registries with their own column names, and
 * electoral.enforce_eligibility_ddl(), the event trigger that checks its
 * mappings when the trigger is created and when its table is altered.
 *
 *   CREATE TRIGGER candidacy_eligible BEFORE INSERT OR UPDATE ON candidacy
 *     FOR EACH ROW EXECUTE FUNCTION electoral.enforce_eligibility(
 *       'stand', 'office=office_code', 'on_date=polling_day',
 *       'citizenships=citizenship', 'birth_date=born', 'flag=problems');
 *
 * The first argument is the role; each further one maps a parameter of
 * can_vote / can_stand to a column.  resolve_mapping() checks a mapping
 * against the table: the event trigger runs it at CREATE TRIGGER and ALTER
 * TABLE, and the row trigger runs it again on the first row of each
 * statement (event triggers do not fire in single-user mode, when disabled,
 * or under session_replication_role = replica) and keeps it in fn_extra, so
 * a COPY of a million rows resolves it once.  Each row then costs a deform,
 * one decision, and (only for an ineligible row) an explanation.
 */
#include "compat.h"

#include "access/htup_details.h"
#include "access/relation.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/event_trigger.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "citus.h"
#include "glue.h"
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

/* A trigger's arguments resolved against its table's columns. */
typedef struct trigger_mapping
{
	el_role		role;
	AttrNumber	attnum[NSLOTS]; /* 0 when not mapped */
	AttrNumber	max_attnum;		/* deform the row only this far */
	bool		single_country; /* citizenships column is one electoral.country, not an array */
	bool		flag_is_jsonb;
	Oid			flag_domain;	/* the flag column's domain; InvalidOid for plain jsonb / text[] */
} trigger_mapping;

/* Where a mapping is resolved: which trigger, which table, and why. */
typedef struct mapping_site
{
	Oid			tgoid;
	const char *tgname;
	Relation	rel;
	int			nargs;
	char	  **args;
	bool		altering;		/* at ALTER TABLE: an error refuses the change */
} mapping_site;

typedef struct trigger_cache
{
	Oid			tgoid;			/* the trigger this mapping belongs to */
	TupleDesc	desc;			/* the descriptor it was checked against */
	trigger_mapping map;
	Datum		flag_empty;		/* '{}' or '[]', built once */
	void	   *flag_domain_cache;	/* domain_check's state for a domain flag column */
	NullableDatum defaults[EL_NFACTS];	/* the SQL defaults of unmapped facts */
	el_rules_ref ref;			/* the rulebook of the running statement */
	uint64		serial;			/* its serial: what recent, plans and the residence default came from */
	/* the last few offices seen, most recent first: a load mixes a handful */
	struct
	{
		const el_office *office;
		int			code_len;
		char		code[64];
	}			recent[4];
	int16_t		citizenships[EL_MAX_CITIZENSHIPS];
	el_recent_plans plans;
} trigger_cache;

static const char *const params_hint =
"Parameters: office, on_date, citizenships, birth_date, residence, "
"resident_since, registered, incapacitated, imprisoned, detained, citizen_by_birth, "
"foreign_residence_permit, ever_foreign, resides_in_territory, works_in_territory, conviction, "
"conviction_imprisonment, conviction_listed, conviction_expunged, extremist_conviction, admin_penalty, "
"extremist_org, extremist_org_decided, foreign_agent, foreign_benefit_document, not_permanently_resident, "
"and flag (a text[] or jsonb column to record "
"unmet requirements instead of rejecting the row).";

static const char *const offices_hint =
"The offices are listed by: SELECT code, title FROM electoral.office ORDER BY code;";

/* ---------------------------------------------------------------------------
 * Resolving a mapping: shared by CREATE TRIGGER, ALTER TABLE and the rows.
 * ------------------------------------------------------------------------- */

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

/*
 * A mapping that does not fit the table.  problem follows the trigger and
 * table names (": no column \"x\"").  At ALTER TABLE the change is refused
 * instead, saying how to make it.
 */
static el_noreturn void
mapping_error(const mapping_site *site, int sqlstate, const char *problem, const char *hint)
{
	const char *relname = RelationGetRelationName(site->rel);

	if (site->altering)
	{
		const char *table = quote_qualified_identifier(get_namespace_name(RelationGetNamespace(site->rel)),
													   relname);
		const char *tg = quote_identifier(site->tgname);

		ereport(ERROR,
				errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
				errmsg("ALTER TABLE would break trigger \"%s\" on table \"%s\"%s",
					   site->tgname, relname, problem),
				errdetail("The trigger maps the parameters of electoral.enforce_eligibility() to columns "
						  "by name and type; the table is left unchanged."),
				errhint("To rename, drop or retype a mapped column, drop the trigger, alter the table, "
						"and create the trigger again with the new mapping: DROP TRIGGER %s ON %s; "
						"ALTER TABLE %s ...; then this definition with the new columns: %s;",
						tg, table, table,
						TextDatumGetCString(DirectFunctionCall1(pg_get_triggerdef, ObjectIdGetDatum(site->tgoid)))),
				errtable(site->rel));
	}
	ereport(ERROR,
			errcode(sqlstate),
			errmsg("trigger \"%s\" on table \"%s\"%s", site->tgname, relname, problem),
			hint ? errhint("%s", hint) : 0,
			errtable(site->rel));
	pg_unreachable();
}

static el_role
parse_role(const mapping_site *site)
{
	if (site->nargs >= 1 && strcmp(site->args[0], "vote") == 0)
		return EL_VOTE;
	if (site->nargs >= 1 && strcmp(site->args[0], "stand") == 0)
		return EL_STAND;
	mapping_error(site, ERRCODE_INVALID_PARAMETER_VALUE,
				  ": the first argument must be the role, 'vote' or 'stand'",
				  "e.g. EXECUTE FUNCTION electoral.enforce_eligibility('stand', 'office=office_code', "
				  "'on_date=polling_day', ...)");
}

static int
find_slot(const mapping_site *site, const char *param)
{
	int			slot;

	for (slot = 0; slot < NSLOTS; slot++)
		if (strcmp(param, slot_name(slot)) == 0)
			return slot;
	mapping_error(site, ERRCODE_INVALID_PARAMETER_VALUE, psprintf(": unknown parameter \"%s\"", param),
				  params_hint);
}

/* By name, past dropped columns; an error when there is none. */
static AttrNumber
find_column(const mapping_site *site, TupleDesc desc, const char *column)
{
	int			k;

	for (k = 0; k < desc->natts; k++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, k);

		if (!att->attisdropped && strcmp(NameStr(att->attname), column) == 0)
			return att->attnum;
	}
	mapping_error(site, ERRCODE_UNDEFINED_COLUMN, psprintf(": no column \"%s\"", column), NULL);
}

static el_noreturn void
wrong_type(const mapping_site *site, const char *expected, const char *column)
{
	mapping_error(site, ERRCODE_DATATYPE_MISMATCH,
				  psprintf(": %s; wrong type for column \"%s\"", expected, column), NULL);
}

/*
 * Is the column's type right for the parameter?  A domain is read as its
 * base type (its constraints already hold for what is read); a domain flag
 * column is remembered so that what the trigger writes is checked.
 */
static void
check_column_type(const mapping_site *site, trigger_mapping *m, int slot, const char *column, Oid atttypid)
{
	Oid			base = getBaseType(atttypid);
	Oid			want;

	switch (slot)
	{
		case SLOT_OFFICE:
			if (base == TEXTOID || base == VARCHAROID)
				return;
			want = TEXTOID;
			break;
		case SLOT_ON_DATE:
		case EL_FACT_BIRTH_DATE:
		case EL_FACT_RESIDENT_SINCE:
		case EL_FACT_CONVICTION_EXPUNGED:
		case EL_FACT_EXTREMIST_ORG_DECIDED:
			want = DATEOID;
			break;
		case EL_FACT_CONVICTION:
			want = el_catalog_oid(EL_CATALOG_TYPE, "conviction");
			break;
		case EL_FACT_EXTREMIST_ORG:
			want = el_catalog_oid(EL_CATALOG_TYPE, "org_role");
			break;
		case EL_FACT_CITIZENSHIPS:
			want = el_catalog_oid(EL_CATALOG_TYPE, "country");
			m->single_country = base == want;
			if (m->single_country)
				return;
			want = get_array_type(want);
			break;
		case EL_FACT_RESIDENCE:
			if (base != el_catalog_oid(EL_CATALOG_TYPE, "residence"))
				wrong_type(site, "residence must be of type electoral.residence", column);
			return;
		case SLOT_FLAG:
			if (base != TEXTARRAYOID && base != JSONBOID)
				wrong_type(site, "flag must be of type text[] or jsonb", column);
			m->flag_is_jsonb = base == JSONBOID;
			m->flag_domain = base != atttypid ? atttypid : InvalidOid;
			return;
		default:
			want = BOOLOID;
			break;
	}
	if (base != want)
		wrong_type(site, psprintf("%s must be of type %s, not %s", slot_name(slot),
								  format_type_be(want), format_type_be(base)),
				   column);
}

/* One 'parameter=column' argument. */
static void
map_argument(const mapping_site *site, TupleDesc desc, const char *arg, trigger_mapping *m)
{
	const char *eq = strchr(arg, '=');
	const char *column;
	int			slot;
	AttrNumber	attnum;

	if (eq == NULL)
		mapping_error(site, ERRCODE_INVALID_PARAMETER_VALUE,
					  psprintf(": argument is not parameter=column: \"%s\"", arg), params_hint);
	slot = find_slot(site, pnstrdup(arg, eq - arg));
	if (m->attnum[slot] != 0)
		mapping_error(site, ERRCODE_INVALID_PARAMETER_VALUE,
					  psprintf(": parameter given twice: \"%s\"", slot_name(slot)), NULL);
	/* standing-only facts are accepted for voting too; they just do not matter */
	column = eq + 1;
	attnum = find_column(site, desc, column);
	check_column_type(site, m, slot, column, TupleDescAttr(desc, attnum - 1)->atttypid);
	m->attnum[slot] = attnum;
	m->max_attnum = Max(m->max_attnum, attnum);
}

/* The trigger's arguments against the table's columns: m is filled, or an error. */
static void
resolve_mapping(const mapping_site *site, TupleDesc desc, trigger_mapping *m)
{
	int			i;

	memset(m, 0, sizeof(*m));
	m->role = parse_role(site);
	for (i = 1; i < site->nargs; i++)
		map_argument(site, desc, site->args[i], m);
	if (m->attnum[SLOT_OFFICE] == 0 || m->attnum[SLOT_ON_DATE] == 0)
		mapping_error(site, ERRCODE_INVALID_PARAMETER_VALUE, " must map office and on_date to columns",
					  params_hint);
}

static el_noreturn void
wrong_kind_of_trigger(void)
{
	ereport(ERROR,
			errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
			errmsg("electoral.enforce_eligibility() must be a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger"));
}

/* ---------------------------------------------------------------------------
 * The row trigger: the mapping kept for the statement.
 * ------------------------------------------------------------------------- */

/* Every call: one trigger may fire for several events in one statement (MERGE). */
static void
check_trigger_event(TriggerEvent event)
{
	if (!TRIGGER_FIRED_BEFORE(event) || !TRIGGER_FIRED_FOR_ROW(event) ||
		!(TRIGGER_FIRED_BY_INSERT(event) || TRIGGER_FIRED_BY_UPDATE(event)))
		wrong_kind_of_trigger();
}

/* The SQL defaults of can_stand for whatever is not mapped. */
static void
set_fact_defaults(trigger_cache *c)
{
	int			slot;

	for (slot = 0; slot < EL_NFACTS; slot++)
	{
		c->defaults[slot].isnull = false;
		c->defaults[slot].value = BoolGetDatum(false);
	}
	c->defaults[EL_FACT_CITIZENSHIPS].isnull = true;
	c->defaults[EL_FACT_BIRTH_DATE].isnull = true;
	c->defaults[EL_FACT_RESIDENT_SINCE].isnull = true;
	c->defaults[EL_FACT_CITIZEN_BY_BIRTH].isnull = true;
	c->defaults[EL_FACT_CONVICTION_EXPUNGED].isnull = true;
	c->defaults[EL_FACT_EXTREMIST_ORG_DECIDED].isnull = true;
	/* the enum bars: el_person_leave_out gives them the unsupplied default */
	c->defaults[EL_FACT_CONVICTION].isnull = true;
	c->defaults[EL_FACT_EXTREMIST_ORG].isnull = true;
	/* the residence default, an enum OID of the rulebook, is set with the rulebook */
}

/* '[]' or '{}', in the function's memory: the flag of every eligible row. */
static Datum
empty_flag(bool is_jsonb, MemoryContext mcxt)
{
	MemoryContext old = MemoryContextSwitchTo(mcxt);
	Datum		flag = is_jsonb
		? DirectFunctionCall1(jsonb_in, CStringGetDatum("[]"))
		: PointerGetDatum(construct_empty_array(TEXTOID));

	MemoryContextSwitchTo(old);
	return flag;
}

/* The mapping for this trigger and table, resolved on the first row of a statement. */
static trigger_cache *
cached_mapping(FunctionCallInfo fcinfo, TriggerData *td)
{
	trigger_cache *c = (trigger_cache *) fcinfo->flinfo->fn_extra;
	Trigger    *tg = td->tg_trigger;
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	mapping_site site = {tg->tgoid, tg->tgname, td->tg_relation, tg->tgnargs, tg->tgargs, false};

	if (c != NULL && c->tgoid == tg->tgoid && c->desc == desc)
		return c;
	c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(trigger_cache));
	resolve_mapping(&site, desc, &c->map);
	set_fact_defaults(c);
	if (c->map.attnum[SLOT_FLAG] != 0)
		c->flag_empty = empty_flag(c->map.flag_is_jsonb, fcinfo->flinfo->fn_mcxt);
	c->tgoid = tg->tgoid;
	c->desc = desc;
	fcinfo->flinfo->fn_extra = c;
	return c;
}

/* ---------------------------------------------------------------------------
 * The row trigger: one row.
 * ------------------------------------------------------------------------- */

#define COL_VALUE(c, row, s) ((row)->tts_values[(c)->map.attnum[s] - 1])
#define COL_NULL(c, row, s) ((row)->tts_isnull[(c)->map.attnum[s] - 1])

static el_noreturn void
unknown_office_error(TriggerData *td, text *code)
{
	el_user_names names = el_trigger_user_names(td);

	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg("unknown office \"%s\" in a row of table \"%s\"",
				   text_to_cstring(code), names.table),
			errhint("%s", offices_hint),
			el_errtable_user(&names));
}

/*
 * The row's office, from the last few seen or the rule book.  An unknown
 * office rejects the row, or in flag mode is NULL for the caller to flag.
 */
static const el_office *
row_office(TriggerData *td, trigger_cache *c, Datum value, bool isnull)
{
	text	   *t;
	const char *code;
	int			len;
	int			i;
	const el_office *office;

	if (isnull)
	{
		el_user_names names = el_trigger_user_names(td);

		ereport(ERROR,
				errcode(ERRCODE_NOT_NULL_VIOLATION),
				errmsg("office is NULL in a row of table \"%s\"", names.table),
				errdetail("Trigger \"%s\" needs an office to decide eligibility.", names.trigger),
				el_errtable_user(&names));
	}
	t = DatumGetTextPP(value);
	code = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	for (i = 0; i < 4; i++)
		if (c->recent[i].office != NULL && len == c->recent[i].code_len &&
			memcmp(code, c->recent[i].code, len) == 0)
			return c->recent[i].office;
	office = el_find_office(&c->ref.rules->book, code, len);
	if (office == NULL && c->map.attnum[SLOT_FLAG] == 0)
		unknown_office_error(td, t);
	if (office != NULL && len <= (int) sizeof(c->recent[0].code))
	{
		memmove(&c->recent[1], &c->recent[0], sizeof(c->recent[0]) * 3);
		memcpy(c->recent[0].code, code, len);
		c->recent[0].code_len = len;
		c->recent[0].office = office;
	}
	return office;
}

/* The row's polling day; NULL or infinite is an error naming the trigger and the table. */
static el_day
row_day(TriggerData *td, Datum value, bool isnull)
{
	if (isnull || DATE_NOT_FINITE(DatumGetDateADT(value)))
	{
		el_user_names names = el_trigger_user_names(td);

		ereport(ERROR,
				isnull ? errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED) : errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("polling day is %s in a row of table \"%s\"", isnull ? "NULL" : "not a finite date",
					   names.table),
				errdetail("Trigger \"%s\" decides eligibility by the rules in force on polling day.",
						  names.trigger),
				el_errtable_user(&names));
	}
	return el_polling_day(false, value);
}

/*
 * Is the row eligible?  person receives the row's facts (for an
 * explanation).  The one place the row is decided.
 */
static bool
decide_row(trigger_cache *c, TupleTableSlot *row, const el_office *office, el_day day, el_person *person)
{
	NullableDatum facts[EL_NFACTS];
	unsigned	unmapped = 0;
	int			slot;

	for (slot = 0; slot < EL_NFACTS; slot++)
	{
		if (c->map.attnum[slot] == 0)
		{
			facts[slot] = c->defaults[slot];
			unmapped |= 1u << slot;
		}
		else
		{
			facts[slot].value = COL_VALUE(c, row, slot);
			facts[slot].isnull = COL_NULL(c, row, slot);
		}
	}
	if (c->map.single_country)
	{
		/* one electoral.country column: a one-element list, read directly */
		facts[EL_FACT_CITIZENSHIPS].isnull = true;
		el_person_from_facts(c->ref.rules, facts, EL_NEED_ALL, EL_NEED_ALL, person, c->citizenships);
		if (!COL_NULL(c, row, EL_FACT_CITIZENSHIPS))
		{
			c->citizenships[0] = DatumGetInt16(COL_VALUE(c, row, EL_FACT_CITIZENSHIPS));
			person->citizenships = c->citizenships;
			person->ncitizenships = 1;
		}
	}
	else
		el_person_from_facts(c->ref.rules, facts, EL_NEED_ALL, EL_NEED_ALL, person, c->citizenships);
	/* a bar with no column is a fact not supplied, as when can_stand leaves it out */
	el_person_leave_out(person, unmapped);
	return el_plan_decide(el_recent_plan(&c->plans, office, c->map.role, day), &el_person_reader, person);
}

/* Collecting the unmet requirements of an ineligible row. */
typedef struct unmet_sink
{
	StringInfoData detail;		/* for the error's DETAIL */
	List	   *items;			/* text items for a text[] flag */
	StringInfoData json;		/* for a jsonb flag: the objects, without the brackets */
	int			n;
} unmet_sink;

static void
sink_init(unmet_sink *sink)
{
	memset(sink, 0, sizeof(*sink));
	initStringInfo(&sink->detail);
	initStringInfo(&sink->json);
}

static void
json_string(StringInfo buf, const char *s)
{
	if (s == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, s);
}

static void
sink_add(unmet_sink *sink, const char *requirement, const char *detail, const char *legal_basis)
{
	char	   *item = legal_basis
		? psprintf("%s: %s (%s)", requirement, detail, legal_basis)
		: psprintf("%s: %s", requirement, detail);

	appendStringInfo(&sink->detail, "%s%s", sink->n ? "; " : "", item);
	sink->items = lappend(sink->items, item);
	appendStringInfoString(&sink->json, sink->n ? ", {\"requirement\": " : "{\"requirement\": ");
	json_string(&sink->json, requirement);
	appendStringInfoString(&sink->json, ", \"detail\": ");
	json_string(&sink->json, detail);
	appendStringInfoString(&sink->json, ", \"legal_basis\": ");
	json_string(&sink->json, legal_basis);
	appendStringInfoChar(&sink->json, '}');
	sink->n++;
}

static void
collect_unmet(const el_reason *r, void *arg)
{
	if (!r->satisfied)
		sink_add((unmet_sink *) arg, r->requirement, r->detail, r->legal_basis);
}

static el_noreturn void
reject_row(TriggerData *td, trigger_cache *c, const el_office *office, el_day day, const el_person *person)
{
	const char *role = c->map.role == EL_VOTE ? "vote" : "stand";
	el_user_names names = el_trigger_user_names(td);
	unmet_sink sink;

	sink_init(&sink);
	el_evaluate(office, c->map.role, day, person, collect_unmet, &sink);
	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg("row of table \"%s\" rejected: not eligible to %s for %s on %s",
				   names.table, role, office->code,
				   DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum((DateADT) day)))),
			errdetail("Unmet: %s.", sink.detail.data),
			errhint("electoral.explain('%s', '%s', ...) lists every requirement; trigger \"%s\" rejects ineligible rows.",
					role, office->code, names.trigger),
			el_errtableconstraint_user(&names));
}

/* The flag column's value for what the sink collected. */
static Datum
sink_flag(const trigger_cache *c, const unmet_sink *sink)
{
	Datum	   *elems;
	ListCell   *lc;
	int			k = 0;

	if (c->map.flag_is_jsonb)
		return DirectFunctionCall1(jsonb_in, CStringGetDatum(psprintf("[%s]", sink->json.data)));
	elems = palloc(sizeof(Datum) * Max(sink->n, 1));
	foreach(lc, sink->items)
		elems[k++] = CStringGetTextDatum((char *) lfirst(lc));
	return PointerGetDatum(construct_array(elems, k, TEXTOID, -1, false, TYPALIGN_INT));
}

static Datum
unmet_flag(trigger_cache *c, const el_office *office, el_day day, const el_person *person)
{
	unmet_sink sink;

	sink_init(&sink);
	el_evaluate(office, c->map.role, day, person, collect_unmet, &sink);
	return sink_flag(c, &sink);
}

/* Flag mode keeps a row whose office is unknown, saying so and where the offices are. */
static Datum
unknown_office_flag(trigger_cache *c, Datum code)
{
	unmet_sink sink;

	sink_init(&sink);
	sink_add(&sink, "office",
			 psprintf("unknown office \"%s\"; the offices are listed by "
					  "SELECT code, title FROM electoral.office ORDER BY code", TextDatumGetCString(code)),
			 NULL);
	return sink_flag(c, &sink);
}

/* The row with its flag column set; a domain's constraints are checked as an INSERT would. */
static HeapTuple
flag_row(TriggerData *td, FunctionCallInfo fcinfo, trigger_cache *c, HeapTuple tuple, Datum flag)
{
	int			col = c->map.attnum[SLOT_FLAG];
	bool		isnull = false;

	if (OidIsValid(c->map.flag_domain))
		domain_check(flag, false, c->map.flag_domain, &c->flag_domain_cache, fcinfo->flinfo->fn_mcxt);
	return heap_modify_tuple_by_cols(tuple, RelationGetDescr(td->tg_relation), 1, &col, &flag, &isnull);
}

PG_FUNCTION_INFO_V1(enforce_eligibility);
Datum
enforce_eligibility(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	trigger_cache *c;
	bool		by_update;
	HeapTuple	tuple;
	TupleTableSlot *row;
	const el_office *office;
	el_day		day;
	el_person	person;
	bool		ok;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("electoral.enforce_eligibility() must be called as a trigger"));
	check_trigger_event(td->tg_event);
	c = cached_mapping(fcinfo, td);
	if (el_rules_refresh(&c->ref, &c->serial))
	{
		memset(c->recent, 0, sizeof(c->recent));
		el_recent_plans_reset(&c->plans);
		c->defaults[EL_FACT_RESIDENCE].value = ObjectIdGetDatum(c->ref.rules->residence_enum[EL_RES_NONE]);
	}

	by_update = TRIGGER_FIRED_BY_UPDATE(td->tg_event);
	tuple = by_update ? td->tg_newtuple : td->tg_trigtuple;
	row = by_update ? td->tg_newslot : td->tg_trigslot;
	/* deform only up to the last mapped column */
	slot_getsomeattrs(row, c->map.max_attnum);

	office = row_office(td, c, COL_VALUE(c, row, SLOT_OFFICE), COL_NULL(c, row, SLOT_OFFICE));
	day = row_day(td, COL_VALUE(c, row, SLOT_ON_DATE), COL_NULL(c, row, SLOT_ON_DATE));
	if (office == NULL)
		return PointerGetDatum(flag_row(td, fcinfo, c, tuple,
										unknown_office_flag(c, COL_VALUE(c, row, SLOT_OFFICE))));
	ok = decide_row(c, row, office, day, &person);
	if (c->map.attnum[SLOT_FLAG] == 0)
	{
		if (!ok)
			reject_row(td, c, office, day, &person);
		return PointerGetDatum(tuple);
	}
	/* flag mode: keep the row, record what is unmet ('{}' / '[]' when eligible) */
	return PointerGetDatum(flag_row(td, fcinfo, c, tuple,
									ok ? c->flag_empty : unmet_flag(c, office, day, &person)));
}

/* ---------------------------------------------------------------------------
 * The event trigger: mappings checked at CREATE TRIGGER and ALTER TABLE.
 * ------------------------------------------------------------------------- */

/* At CREATE TRIGGER: the kind of trigger, then the mapping. */
static void
check_created(Relation rel, const Trigger *tg)
{
	mapping_site site = {tg->tgoid, tg->tgname, rel, tg->tgnargs, tg->tgargs, false};
	trigger_mapping m;

	if (!TRIGGER_FOR_BEFORE(tg->tgtype) || !TRIGGER_FOR_ROW(tg->tgtype) || TRIGGER_FOR_DELETE(tg->tgtype) ||
		!(TRIGGER_FOR_INSERT(tg->tgtype) || TRIGGER_FOR_UPDATE(tg->tgtype)))
		wrong_kind_of_trigger();
	resolve_mapping(&site, RelationGetDescr(rel), &m);
}

/* After ALTER TABLE: does the mapping still fit?  If not, the change is refused. */
static void
check_altered(Relation rel, const Trigger *tg)
{
	mapping_site site = {tg->tgoid, tg->tgname, rel, tg->tgnargs, tg->tgargs, true};
	trigger_mapping m;

	resolve_mapping(&site, RelationGetDescr(rel), &m);
}

/*
 * The enforce_eligibility triggers of one table: only the one just created
 * (tgoid), or all of them after an ALTER TABLE.
 */
static void
check_table(Oid relid, Oid tgoid)
{
	Relation	rel = try_relation_open(relid, AccessShareLock);
	Oid			fn;
	int			i;

	if (rel == NULL)
		return;
	if (rel->trigdesc != NULL)
	{
		fn = el_catalog_oid(EL_CATALOG_FUNCTION, "enforce_eligibility");
		for (i = 0; i < rel->trigdesc->numtriggers; i++)
		{
			const Trigger *tg = &rel->trigdesc->triggers[i];

			if (tg->tgfoid != fn)
				continue;
			if (!OidIsValid(tgoid))
				check_altered(rel, tg);
			else if (tg->tgoid == tgoid)
				check_created(rel, tg);
		}
	}
	relation_close(rel, AccessShareLock);
}

/* ALTER TABLE recurses to inheritors and partitions: their triggers map the same names. */
static void
check_altered_tree(Oid relid)
{
	ListCell   *lc;

	foreach(lc, find_all_inheritors(relid, AccessShareLock, NULL))
		check_table(lfirst_oid(lc), InvalidOid);
}

PG_FUNCTION_INFO_V1(enforce_eligibility_ddl);
Datum
enforce_eligibility_ddl(PG_FUNCTION_ARGS)
{
	uint64		i;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("electoral.enforce_eligibility_ddl() must be called as an event trigger"));
	SPI_connect();
	/*
	 * CREATE TRIGGER reports the trigger; ALTER TABLE the table (objsubid
	 * may name a column).  Not read-only: a read-only query would run under
	 * the statement's snapshot, which does not see the new pg_trigger row.
	 */
	if (SPI_execute("SELECT coalesce(t.tgrelid, c.objid), t.oid"
					"  FROM pg_catalog.pg_event_trigger_ddl_commands() AS c"
					"  LEFT JOIN pg_catalog.pg_trigger AS t"
					"    ON c.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_trigger'::pg_catalog.regclass::pg_catalog.oid"
					"   AND t.oid OPERATOR(pg_catalog.=) c.objid"
					" WHERE (c.command_tag OPERATOR(pg_catalog.=) 'CREATE TRIGGER'::pg_catalog.text"
					"        AND t.oid IS NOT NULL)"
					"    OR ((c.command_tag OPERATOR(pg_catalog.=) 'ALTER TABLE'::pg_catalog.text"
					"         OR c.command_tag OPERATOR(pg_catalog.=) 'ALTER FOREIGN TABLE'::pg_catalog.text)"
					"        AND c.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid)",
					false, 0) != SPI_OK_SELECT)
		elog(ERROR, "electoral.enforce_eligibility_ddl(): could not read the DDL commands");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	row = SPI_tuptable->vals[i];
		bool		isnull;
		Oid			relid = DatumGetObjectId(SPI_getbinval(row, SPI_tuptable->tupdesc, 1, &isnull));
		Datum		tgoid = SPI_getbinval(row, SPI_tuptable->tupdesc, 2, &isnull);

		if (isnull)
			check_altered_tree(relid);
		else
			check_table(relid, DatumGetObjectId(tgoid));
	}
	SPI_finish();
	PG_RETURN_VOID();
}
