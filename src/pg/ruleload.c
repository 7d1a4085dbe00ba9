/*
 * ruleload.c: the rule tables, read through SPI into an el_rules
 * (ruleload.h), every row checked as it is read.
 */
#include "compat.h"

#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "citus.h"
#include "glue.h"
#include "ruleload.h"

/* One row of the last SPI result, for reading and for messages about it. */
typedef struct rule_row
{
	const char *table;			/* e.g. "electoral.requirement" */
	const char *key;			/* the key column's name; the key is column 1 */
	int			row;
} rule_row;

static el_noreturn void
bad_row(const rule_row *r, const char *column, const char *problem)
{
	char	   *key = SPI_getvalue(SPI_tuptable->vals[r->row], SPI_tuptable->tupdesc, 1);

	ereport(ERROR,
			errcode(ERRCODE_DATA_EXCEPTION),
			errmsg("invalid rule in %s, row %s = %s: %s %s",
				   r->table, r->key, key ? key : "NULL", column, problem),
			errdetail("Every row of the rule tables is read by can_vote, can_stand, explain and the eligibility trigger."),
			errhint("Correct or delete the row, and restore the table's constraints."));
	pg_unreachable();
}

static bool
get_datum(const rule_row *r, int col, Datum *d)
{
	bool		isnull;

	*d = SPI_getbinval(SPI_tuptable->vals[r->row], SPI_tuptable->tupdesc, col, &isnull);
	return !isnull;
}

/* Column col, which must not be NULL. */
static Datum
need(const rule_row *r, int col)
{
	Datum		d;

	if (!get_datum(r, col, &d))
		bad_row(r, SPI_fname(SPI_tuptable->tupdesc, col), "is NULL");
	return d;
}

/* Column col as text, which must not be NULL; palloc'd in cxt. */
static char *
need_text(const rule_row *r, int col, MemoryContext cxt)
{
	char	   *v = SPI_getvalue(SPI_tuptable->vals[r->row], SPI_tuptable->tupdesc, col);

	if (v == NULL)
		bad_row(r, SPI_fname(SPI_tuptable->tupdesc, col), "is NULL");
	return MemoryContextStrdup(cxt, v);
}

static el_day
day_or(const rule_row *r, int col, el_day if_null)
{
	Datum		d;

	return get_datum(r, col, &d) ? DatumGetDateADT(d) : if_null;
}

/* A number of years, 0 to 150 as the tables' constraints say. */
static int
need_years(const rule_row *r, int col)
{
	int32		years = DatumGetInt32(need(r, col));

	if (years < 0 || years > 150)
		bad_row(r, SPI_fname(SPI_tuptable->tupdesc, col), psprintf("is %d, not between 0 and 150", years));
	return years;
}

/*
 * The period in columns col (isempty), col+1 (lower), col+2 (upper).  An
 * empty period would read as "always": refused.
 */
static el_period
need_period(const rule_row *r, int col)
{
	el_period	p;

	if (DatumGetBool(need(r, col)))
		bad_row(r, "in_force", "is empty");
	p.from = day_or(r, col + 1, EL_DAY_MIN);
	p.to = day_or(r, col + 2, EL_DAY_MAX);
	return p;
}

static int
need_label(const rule_row *r, int col, const char *const *names, int n)
{
	char	   *v = need_text(r, col, CurrentMemoryContext);
	int			i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], v) == 0)
			return i;
	bad_row(r, SPI_fname(SPI_tuptable->tupdesc, col), psprintf("has an unknown value \"%s\"", v));
}

/* A bit per label of an enum array column: none NULL, at least one. */
static unsigned
need_label_bits(const rule_row *r, int col, const char *const *names, int n)
{
	ArrayType  *a = DatumGetArrayTypeP(need(r, col));
	Datum	   *elems;
	bool	   *nulls;
	int			count,
				i,
				k;
	unsigned	bits = 0;

	deconstruct_array(a, ARR_ELEMTYPE(a), sizeof(Oid), true, TYPALIGN_INT, &elems, &nulls, &count);
	for (i = 0; i < count; i++)
	{
		char	   *label;

		if (nulls[i])
			bad_row(r, SPI_fname(SPI_tuptable->tupdesc, col), "has a NULL element");
		label = DatumGetCString(DirectFunctionCall1(enum_out, elems[i]));
		for (k = 0; k < n && strcmp(names[k], label) != 0; k++)
			;
		if (k == n)
			bad_row(r, SPI_fname(SPI_tuptable->tupdesc, col), psprintf("has an unknown value \"%s\"", label));
		bits |= 1u << k;
	}
	if (bits == 0)
		bad_row(r, SPI_fname(SPI_tuptable->tupdesc, col), "is empty");
	return bits;
}

static void
spi_read(const char *sql)
{
	if (SPI_execute(sql, true, 0) != SPI_OK_SELECT)
		ereport(ERROR,
				errcode(ERRCODE_INTERNAL_ERROR),
				errmsg("could not read the electoral rule tables"));
}

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

static void
load_enums(el_rules *rules)
{
	Oid			residence = el_catalog_oid(EL_CATALOG_TYPE, "residence");
	Oid			role = el_catalog_oid(EL_CATALOG_TYPE, "role");
	/* not in a database still on 1.0 (the library is updated first): no such facts then */
	Oid			conviction = el_catalog_oid_if_exists(EL_CATALOG_TYPE, "conviction");
	Oid			org_role = el_catalog_oid_if_exists(EL_CATALOG_TYPE, "org_role");
	int			i;

	for (i = 0; i < 3; i++)
		rules->residence_enum[i] = enum_label_oid(residence, el_residence_names[i]);
	for (i = 0; i < EL_NROLES; i++)
		rules->role_enum[i] = enum_label_oid(role, el_role_names[i]);
	for (i = 0; i < EL_NCONVICTIONS && OidIsValid(conviction); i++)
		rules->conviction_enum[i] = enum_label_oid(conviction, el_conviction_names[i]);
	for (i = 0; i < EL_NORGROLES && OidIsValid(org_role); i++)
		rules->org_role_enum[i] = enum_label_oid(org_role, el_org_role_names[i]);
}

/* Offices, sorted by code bytewise (the order el_find_office searches in). */
static el_office *
load_offices(MemoryContext cxt, int *n)
{
	el_office  *offices;
	rule_row	r = {"electoral.office", "code", 0};

	spi_read(psprintf("SELECT code, country, level, title, direct_vote, legal_basis FROM %s "
					  "ORDER BY code COLLATE pg_catalog.\"C\"", el_rule_relation("office")));
	*n = (int) SPI_processed;
	offices = MemoryContextAllocZero(cxt, sizeof(el_office) * Max(*n, 1));
	for (r.row = 0; r.row < *n; r.row++)
	{
		el_office  *o = &offices[r.row];
		Datum		d;

		o->code = need_text(&r, 1, cxt);
		o->code_len = strlen(o->code);
		o->country = DatumGetInt16(need(&r, 2));
		o->level = (el_level) need_label(&r, 3, el_level_names, EL_NLEVELS);
		o->title = need_text(&r, 4, cxt);
		o->direct_vote = DatumGetBool(need(&r, 5));
		o->legal_basis = get_datum(&r, 6, &d) ? need_text(&r, 6, cxt) : NULL;
	}
	return offices;
}

/* The requirements, grouped by office and role in id order, linked to their offices. */
static void
load_requirements(MemoryContext cxt, el_office *offices, int noffices)
{
	el_requirement *reqs;
	rule_row	r = {"electoral.requirement", "id", 0};
	int			n,
				o = 0;

	spi_read(psprintf("SELECT id, office, role, kind, years, continuous, grant_may_waive, "
					  "pg_catalog.isempty(in_force), pg_catalog.lower(in_force), pg_catalog.upper(in_force), "
					  "legal_basis FROM %s "
					  "ORDER BY office COLLATE pg_catalog.\"C\", role, id", el_rule_relation("requirement")));
	n = (int) SPI_processed;
	reqs = MemoryContextAllocZero(cxt, sizeof(el_requirement) * Max(n, 1));
	for (r.row = 0; r.row < n; r.row++)
	{
		char	   *code = need_text(&r, 2, CurrentMemoryContext);
		el_requirement *req = &reqs[r.row];
		el_office  *office;
		int			role;

		while (o < noffices && strcmp(offices[o].code, code) < 0)
			o++;
		if (o >= noffices || strcmp(offices[o].code, code) != 0)
			bad_row(&r, "office", psprintf("names an office \"%s\" that electoral.office does not hold", code));
		office = &offices[o];
		role = need_label(&r, 3, el_role_names, EL_NROLES);
		req->kind = (el_reqkind) need_label(&r, 4, el_reqkind_names, EL_NREQKINDS);
		req->years = el_reqkind_has_years(req->kind) ? need_years(&r, 5) : 0;
		req->continuous = DatumGetBool(need(&r, 6));
		req->grant_may_waive = DatumGetBool(need(&r, 7));
		req->in_force = need_period(&r, 8);
		req->legal_basis = need_text(&r, 11, cxt);
		if (office->nreqs[role] == 0)
			office->reqs[role] = req;
		office->nreqs[role]++;
	}
}

/* The countries of a grant's nationals: at least one, none NULL. */
static void
need_countries(const rule_row *r, int col, el_grant *g, MemoryContext cxt)
{
	ArrayType  *a = DatumGetArrayTypeP(need(r, col));
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				k;
	int16_t    *out;

	if (ARR_ELEMTYPE(a) != el_catalog_oid(EL_CATALOG_TYPE, "country"))
		bad_row(r, "nationals", "is not an electoral.country[]");
	deconstruct_array(a, ARR_ELEMTYPE(a), sizeof(int16), true, TYPALIGN_SHORT, &elems, &nulls, &n);
	out = MemoryContextAlloc(cxt, sizeof(int16_t) * Max(n, 1));
	for (k = 0; k < n; k++)
	{
		if (nulls[k])
			bad_row(r, "nationals", "has a NULL element");
		out[k] = DatumGetInt16(elems[k]);
	}
	if (n == 0)
		bad_row(r, "nationals", "is empty");
	g->nationals = out;
	g->nnationals = n;
}

/* Office codes a grant does not cover (NULL elements ignored). */
static void
need_exceptions(const rule_row *r, int col, el_grant *g, MemoryContext cxt)
{
	ArrayType  *a = DatumGetArrayTypeP(need(r, col));
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				k;
	char	  **out;

	deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	out = MemoryContextAlloc(cxt, sizeof(char *) * Max(n, 1));
	g->nexcept = 0;
	for (k = 0; k < n; k++)
		if (!nulls[k])
			out[g->nexcept++] = MemoryContextStrdup(cxt, TextDatumGetCString(elems[k]));
	g->except_offices = (const char *const *) out;
}

static el_grant *
load_grants(MemoryContext cxt, int *n)
{
	el_grant   *grants;
	rule_row	r = {"electoral.franchise_grant", "id", 0};

	/*
	 * min_residence and resides_in_territory came with 1.1: read through the
	 * row's jsonb, so that this library also reads a 1.0 schema not yet
	 * updated (ALTER EXTENSION UPDATE runs after the new library is loaded).
	 */
	spi_read(psprintf("SELECT id, host, nationals, roles, levels, except_offices, pg_catalog.isempty(in_force), "
			 "pg_catalog.lower(in_force), pg_catalog.upper(in_force), "
			 "CASE WHEN permanent_residence THEN 'permanent' "
			 "ELSE COALESCE(pg_catalog.to_jsonb(g) OPERATOR(pg_catalog.->>) 'min_residence', 'none') "
			 "END AS min_residence, "
			 "min_residence_years, registration, resident_since_before, treaty, legal_basis, "
			 "COALESCE((pg_catalog.to_jsonb(g) OPERATOR(pg_catalog.->>) 'resides_in_territory')::pg_catalog.bool, "
			 "false) AS resides_in_territory "
			 "FROM %s AS g ORDER BY id", el_rule_relation("franchise_grant")));
	*n = (int) SPI_processed;
	grants = MemoryContextAllocZero(cxt, sizeof(el_grant) * Max(*n, 1));
	for (r.row = 0; r.row < *n; r.row++)
	{
		el_grant   *g = &grants[r.row];
		Datum		d;

		g->host = DatumGetInt16(need(&r, 2));
		need_countries(&r, 3, g, cxt);
		g->roles = need_label_bits(&r, 4, el_role_names, EL_NROLES);
		g->levels = need_label_bits(&r, 5, el_level_names, EL_NLEVELS);
		need_exceptions(&r, 6, g, cxt);
		g->in_force = need_period(&r, 7);
		/* permanent_residence is the 1.0 shorthand for min_residence 'permanent' */
		g->min_residence = (el_residence) need_label(&r, 10, el_residence_names, 3);
		g->min_residence_years = need_years(&r, 11);
		g->registration = DatumGetBool(need(&r, 12));
		g->has_cutoff = get_datum(&r, 13, &d);
		g->resident_since_before = g->has_cutoff ? DatumGetDateADT(d) : 0;
		g->treaty = need_text(&r, 14, cxt);
		g->legal_basis = need_text(&r, 15, cxt);
		g->in_territory = DatumGetBool(need(&r, 16));
	}
	return grants;
}

/* Link each office and role to the grants that could reach it. */
static void
link_grants(MemoryContext cxt, el_office *offices, int noffices, const el_grant *grants, int ngrants)
{
	int			o,
				role,
				i;

	for (o = 0; o < noffices; o++)
		for (role = 0; role < EL_NROLES; role++)
		{
			const el_grant **list = MemoryContextAlloc(cxt, sizeof(el_grant *) * Max(ngrants, 1));
			int			n = 0;

			for (i = 0; i < ngrants; i++)
				if (el_grant_covers_office(&grants[i], &offices[o], (el_role) role))
					list[n++] = &grants[i];
			offices[o].grants[role] = list;
			offices[o].ngrants[role] = n;
		}
}

el_rules *
el_load_rules(MemoryContext cxt)
{
	el_rules   *rules = MemoryContextAllocZero(cxt, sizeof(el_rules));
	el_office  *offices;
	el_grant   *grants;
	int			noffices,
				ngrants;

	load_enums(rules);
	offices = load_offices(cxt, &noffices);
	load_requirements(cxt, offices, noffices);
	grants = load_grants(cxt, &ngrants);
	link_grants(cxt, offices, noffices, grants, ngrants);
	rules->book.offices = offices;
	rules->book.noffices = noffices;
	return rules;
}
