/*
 * rulecache.c: compiling the rule tables into a per-backend rulebook, and
 * throwing it away when they change.
 *
 * The statement trigger electoral.rules_changed() sends a relcache
 * invalidation for the rule table it fires on.  PostgreSQL delivers it to
 * other backends when the transaction commits (never if it rolls back) and
 * replays it locally at the next command and at rollback, so a change is
 * seen by the next statement of every backend and a rolled-back change by
 * none.  The callback only raises a flag; the rebuild happens on the next
 * use, through SPI, reading with the caller's snapshot.
 */
#include "compat.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "storage/sinval.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "access/xact.h"
#include "utils/syscache.h"

#include "rulecache.h"

uint64		el_rules_valid_generation = 0;

static bool el_rules_stale = true;	/* an invalidation arrived since the last build */
static uint64 el_rules_generation = 0;	/* of the last build; never 0 after one */

/* Mark the rulebook out of date: el_rules_unchanged fails for every generation. */
static void
mark_stale(void)
{
	el_rules_stale = true;
	el_rules_valid_generation = 0;
}

static el_rules *current = NULL;
static MemoryContext current_cxt = NULL;
static Oid	rule_tables[3] = {InvalidOid, InvalidOid, InvalidOid};
static bool reload_at_next_use = false;	/* built from a snapshot that may be old */

static void
rules_relcache_callback(Datum arg, Oid relid)
{
	int			i;

	if (relid == InvalidOid)
	{
		mark_stale();
		return;
	}
	for (i = 0; i < 3; i++)
		if (relid == rule_tables[i])
			mark_stale();
}

void
el_rulecache_register(void)
{
	CacheRegisterRelcacheCallback(rules_relcache_callback, (Datum) 0);
}

/* The statement trigger on the rule tables. */
PG_FUNCTION_INFO_V1(rules_changed);
Datum
rules_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("electoral.rules_changed() must be called as a trigger"));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
}

/* ---- loading ---- */

static Oid
enum_label_oid(Oid typoid, const char *label)
{
	Oid			oid = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
									  ObjectIdGetDatum(typoid), CStringGetDatum(label));

	if (!OidIsValid(oid))
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_OBJECT),
				errmsg("enum label \"%s\" of type %s is missing", label, format_type_be(typoid)),
				errhint("Reinstall the electoral extension."));
	return oid;
}

static Oid
electoral_type(Oid nsp, const char *name)
{
	Oid			oid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									  CStringGetDatum(name), ObjectIdGetDatum(nsp));

	if (!OidIsValid(oid))
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_OBJECT),
				errmsg("type electoral.%s does not exist", name),
				errhint("Is the electoral extension installed in this database?"));
	return oid;
}

static int
name_index(const char *const *names, int n, const char *name, const char *what)
{
	int			i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	ereport(ERROR,
			errcode(ERRCODE_DATA_EXCEPTION),
			errmsg("unknown %s \"%s\" in the rule tables", what, name));
	return -1;
}

/* Bit set from a comma-separated list of enum labels. */
static unsigned
label_bits(const char *list, const char *const *names, int n, const char *what)
{
	unsigned	bits = 0;
	char	   *copy = pstrdup(list);
	char	   *tok;
	char	   *save = NULL;

	for (tok = strtok_r(copy, ",", &save); tok != NULL; tok = strtok_r(NULL, ",", &save))
		bits |= 1u << name_index(names, n, tok, what);
	return bits;
}

static char *
get_text(int row, int col)
{
	char	   *v = SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);

	return v;
}

static bool
get_datum(int row, int col, Datum *d)
{
	bool		isnull;

	*d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull);
	return !isnull;
}

static el_day
get_day(int row, int col, el_day if_null)
{
	Datum		d;

	return get_datum(row, col, &d) ? DatumGetDateADT(d) : if_null;
}

static void
spi_run(const char *sql)
{
	if (SPI_execute(sql, true, 0) != SPI_OK_SELECT)
		ereport(ERROR,
				errcode(ERRCODE_INTERNAL_ERROR),
				errmsg("could not read the electoral rule tables"));
}

/*
 * Build the rulebook in cxt.  SPI result memory is freed by SPI_finish;
 * everything kept is copied into cxt.
 */
static el_rules *
build(MemoryContext cxt)
{
	el_rules   *rules;
	el_office  *offices;
	el_requirement *reqs;
	el_grant   *grants;
	int			noffices,
				nreqs,
				ngrants;
	int			i,
				o,
				role;
	Oid			nsp = get_namespace_oid("electoral", false);
	MemoryContext old;

	rules = MemoryContextAllocZero(cxt, sizeof(el_rules));
	for (i = 0; i < 3; i++)
		rules->residence_enum[i] = enum_label_oid(electoral_type(nsp, "residence"), el_residence_names[i]);
	for (i = 0; i < EL_NROLES; i++)
		rules->role_enum[i] = enum_label_oid(electoral_type(nsp, "role"), el_role_names[i]);
	rule_tables[0] = get_relname_relid("office", nsp);
	rule_tables[1] = get_relname_relid("requirement", nsp);
	rule_tables[2] = get_relname_relid("franchise_grant", nsp);

	/* Offices, sorted by code bytewise (the order el_find_office searches in). */
	spi_run("SELECT code, country, level, title, direct_vote, legal_basis FROM electoral.office "
			"ORDER BY code COLLATE pg_catalog.\"C\"");
	noffices = (int) SPI_processed;
	offices = MemoryContextAllocZero(cxt, sizeof(el_office) * Max(noffices, 1));
	for (i = 0; i < noffices; i++)
	{
		Datum		d;

		offices[i].code = MemoryContextStrdup(cxt, get_text(i, 1));
		offices[i].code_len = strlen(offices[i].code);
		get_datum(i, 2, &d);
		offices[i].country = DatumGetInt16(d);
		offices[i].level = (el_level) name_index(el_level_names, EL_NLEVELS, get_text(i, 3), "level");
		offices[i].title = MemoryContextStrdup(cxt, get_text(i, 4));
		get_datum(i, 5, &d);
		offices[i].direct_vote = DatumGetBool(d);
		offices[i].legal_basis = get_datum(i, 6, &d) ? MemoryContextStrdup(cxt, get_text(i, 6)) : NULL;
	}

	/* Requirements, grouped by office and role, in id order within a group. */
	spi_run("SELECT office, role, kind, years, continuous, grant_may_waive, "
			"pg_catalog.lower(in_force), pg_catalog.upper(in_force), legal_basis "
			"FROM electoral.requirement ORDER BY office COLLATE pg_catalog.\"C\", role, id");
	nreqs = (int) SPI_processed;
	reqs = MemoryContextAllocZero(cxt, sizeof(el_requirement) * Max(nreqs, 1));
	o = 0;
	for (i = 0; i < nreqs; i++)
	{
		const char *code = get_text(i, 1);
		el_requirement *r = &reqs[i];
		el_office  *office;
		Datum		d;

		while (o < noffices && strcmp(offices[o].code, code) < 0)
			o++;
		if (o >= noffices || strcmp(offices[o].code, code) != 0)
			continue;			/* impossible with the foreign key; skip rather than crash */
		office = &offices[o];
		role = name_index(el_role_names, EL_NROLES, get_text(i, 2), "role");
		r->kind = (el_reqkind) name_index(el_reqkind_names, EL_NREQKINDS, get_text(i, 3), "requirement kind");
		r->years = get_datum(i, 4, &d) ? DatumGetInt32(d) : 0;
		get_datum(i, 5, &d);
		r->continuous = DatumGetBool(d);
		get_datum(i, 6, &d);
		r->grant_may_waive = DatumGetBool(d);
		r->in_force.from = get_day(i, 7, EL_DAY_MIN);
		r->in_force.to = get_day(i, 8, EL_DAY_MAX);
		r->legal_basis = MemoryContextStrdup(cxt, get_text(i, 9));
		if (office->nreqs[role] == 0)
			office->reqs[role] = r;
		office->nreqs[role]++;
	}

	/* Franchise grants. */
	spi_run("SELECT host, nationals, pg_catalog.array_to_string(roles, ','), "
			"pg_catalog.array_to_string(levels, ','), except_offices, "
			"pg_catalog.lower(in_force), pg_catalog.upper(in_force), permanent_residence, "
			"min_residence_years, registration, resident_since_before, treaty, legal_basis "
			"FROM electoral.franchise_grant ORDER BY id");
	ngrants = (int) SPI_processed;
	grants = MemoryContextAllocZero(cxt, sizeof(el_grant) * Max(ngrants, 1));
	for (i = 0; i < ngrants; i++)
	{
		el_grant   *g = &grants[i];
		Datum		d;
		Datum	   *elems;
		bool	   *nulls;
		int			n,
					k;
		int16_t    *nationals;
		char	  **except;

		get_datum(i, 1, &d);
		g->host = DatumGetInt16(d);

		get_datum(i, 2, &d);
		deconstruct_array(DatumGetArrayTypeP(d), ARR_ELEMTYPE(DatumGetArrayTypeP(d)),
						  sizeof(int16), true, TYPALIGN_SHORT, &elems, &nulls, &n);
		nationals = MemoryContextAlloc(cxt, sizeof(int16_t) * Max(n, 1));
		g->nnationals = 0;
		for (k = 0; k < n; k++)
			if (!nulls[k])
				nationals[g->nnationals++] = DatumGetInt16(elems[k]);
		g->nationals = nationals;

		g->roles = label_bits(get_text(i, 3), el_role_names, EL_NROLES, "role");
		g->levels = label_bits(get_text(i, 4), el_level_names, EL_NLEVELS, "level");

		get_datum(i, 5, &d);
		deconstruct_array(DatumGetArrayTypeP(d), TEXTOID, -1, false, TYPALIGN_INT,
						  &elems, &nulls, &n);
		except = MemoryContextAlloc(cxt, sizeof(char *) * Max(n, 1));
		g->nexcept = 0;
		for (k = 0; k < n; k++)
			if (!nulls[k])
				except[g->nexcept++] = MemoryContextStrdup(cxt, TextDatumGetCString(elems[k]));
		g->except_offices = (const char *const *) except;

		g->in_force.from = get_day(i, 6, EL_DAY_MIN);
		g->in_force.to = get_day(i, 7, EL_DAY_MAX);
		get_datum(i, 8, &d);
		g->permanent_residence = DatumGetBool(d);
		get_datum(i, 9, &d);
		g->min_residence_years = DatumGetInt32(d);
		get_datum(i, 10, &d);
		g->registration = DatumGetBool(d);
		g->has_cutoff = get_datum(i, 11, &d);
		g->resident_since_before = g->has_cutoff ? DatumGetDateADT(d) : 0;
		g->treaty = MemoryContextStrdup(cxt, get_text(i, 12));
		g->legal_basis = MemoryContextStrdup(cxt, get_text(i, 13));
	}

	/* Link each office and role to the grants that could reach it. */
	old = MemoryContextSwitchTo(cxt);
	for (o = 0; o < noffices; o++)
		for (role = 0; role < EL_NROLES; role++)
		{
			const el_grant **list = palloc(sizeof(el_grant *) * Max(ngrants, 1));
			int			n = 0;

			for (i = 0; i < ngrants; i++)
				if (el_grant_covers_office(&grants[i], &offices[o], (el_role) role))
					list[n++] = &grants[i];
			offices[o].grants[role] = list;
			offices[o].ngrants[role] = n;
		}
	MemoryContextSwitchTo(old);

	rules->book.offices = offices;
	rules->book.noffices = noffices;
	return rules;
}

const el_rules *
el_rules_current(void)
{
	MemoryContext cxt;
	el_rules   *rules;

	/* pick up invalidations other backends committed since our last look */
	AcceptInvalidationMessages();
	if (current != NULL && !el_rules_stale && !reload_at_next_use)
		return current;

	/*
	 * Build under the caller's context so an error frees it; keep it only
	 * once it is whole.  Clear the flag first: an invalidation arriving
	 * while we read means our copy may be old already, and must be redone.
	 */
	el_rules_stale = false;
	cxt = AllocSetContextCreate(CurrentMemoryContext, "electoral rulebook", ALLOCSET_SMALL_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR), errmsg("SPI_connect failed"));
	/*
	 * Read the rules as last committed, not as of the caller's snapshot: a
	 * statement whose snapshot predates a committed change has already
	 * consumed that change's invalidation, and would otherwise cache the
	 * old rules until the next change.  A parallel operation cannot take a
	 * new snapshot; it reads with the query's and reloads at next use.
	 */
	reload_at_next_use = IsInParallelMode();
	if (!reload_at_next_use)
		PushActiveSnapshot(GetLatestSnapshot());
	PG_TRY();
	{
		rules = build(cxt);
	}
	PG_CATCH();
	{
		mark_stale();
		PG_RE_THROW();
	}
	PG_END_TRY();
	SPI_finish();
	if (!reload_at_next_use)
		PopActiveSnapshot();

	MemoryContextSetParent(cxt, CacheMemoryContext);
	if (current_cxt != NULL)
		MemoryContextDelete(current_cxt);
	current_cxt = cxt;
	current = rules;
	rules->generation = ++el_rules_generation;
	/* valid unless an invalidation came in while we read (then rebuilt at next use) */
	el_rules_valid_generation = el_rules_stale ? 0 : rules->generation;
	return current;
}
