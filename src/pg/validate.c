/*
 * validate.c: electoral.is_valid(text, regtype) and
 * electoral.validation_error(text, regtype).
 *
 * They call the core parsers directly (never the input functions), so a
 * bad value costs no error, no subtransaction and no longjmp: a report can
 * count the bad rows of a dirty table in one scan on any PostgreSQL version.
 */
#include "compat.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "country.h"
#include "glue.h"
#include "idnum.h"
#include "mrz.h"

/* The country and mrz types are the kinds after the identity numbers. */
#define KIND_COUNTRY EL_NIDKINDS
#define KIND_MRZ (EL_NIDKINDS + 1)

typedef struct kind_cache
{
	Oid			typoid;
	int			kind;
} kind_cache;

/* Which electoral type a regtype names; an error for any other type. */
static int
resolve_kind(Oid typoid)
{
	HeapTuple	tup;
	Form_pg_type typ;
	char	   *nspname;
	int			kind = -1;
	int			i;

	tup = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typoid));
	if (!HeapTupleIsValid(tup))
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_OBJECT),
				errmsg("type with OID %u does not exist", typoid));
	typ = (Form_pg_type) GETSTRUCT(tup);
	nspname = get_namespace_name(typ->typnamespace);
	if (nspname != NULL && strcmp(nspname, "electoral") == 0)
	{
		for (i = 0; i < EL_NIDKINDS; i++)
			if (strcmp(NameStr(typ->typname), el_idnum_infos[i].sql_name) == 0)
				kind = i;
		if (strcmp(NameStr(typ->typname), "country") == 0)
			kind = KIND_COUNTRY;
		if (strcmp(NameStr(typ->typname), "mrz") == 0)
			kind = KIND_MRZ;
	}
	ReleaseSysCache(tup);
	if (kind < 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("type %s is not validated by electoral", format_type_be(typoid)),
				errhint("Supported types: electoral.country, electoral.ru_inn, electoral.ru_snils, "
						"electoral.ru_passport, electoral.by_personal_number, "
						"electoral.by_passport, electoral.kz_iin, electoral.mrz."));
	return kind;
}

static const char *
kind_name(int kind)
{
	if (kind == KIND_COUNTRY)
		return "country";
	if (kind == KIND_MRZ)
		return "mrz";
	return el_idnum_infos[kind].sql_name;
}

/* The kind for this call, looked up once per query (cached in fn_extra). */
static int
call_kind(FunctionCallInfo fcinfo, Oid typoid)
{
	kind_cache *cache = (kind_cache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL)
	{
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(kind_cache));
		cache->typoid = InvalidOid;
		fcinfo->flinfo->fn_extra = cache;
	}
	if (cache->typoid != typoid)
	{
		cache->kind = resolve_kind(typoid);
		cache->typoid = typoid;
	}
	return cache->kind;
}

static bool
check_value(FunctionCallInfo fcinfo, el_error *err)
{
	text	   *value = PG_GETARG_TEXT_PP(0);
	int			kind = call_kind(fcinfo, PG_GETARG_OID(1));
	size_t		len = VARSIZE_ANY_EXHDR(value);
	const char *utf8;

	if (!el_input_utf8(VARDATA_ANY(value), &len, &utf8, err))
		return false;
	if (kind == KIND_COUNTRY)
	{
		int16_t		code;

		return el_country_parse(utf8, len, &code, err);
	}
	if (kind == KIND_MRZ)
	{
		char		out[EL_MRZ_MAX_TEXT + 1];
		size_t		outlen;

		return el_mrz_parse(utf8, len, out, &outlen, err);
	}
	else
	{
		int64_t		v;

		return el_idnum_parse((el_idkind) kind, utf8, len, &v, err);
	}
}

PG_FUNCTION_INFO_V1(is_valid);
Datum
is_valid(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(check_value(fcinfo, NULL));
}

PG_FUNCTION_INFO_V1(validation_error);
Datum
validation_error(PG_FUNCTION_ARGS)
{
	el_error	err;

	if (check_value(fcinfo, &err))
		PG_RETURN_NULL();
	/* the input function's message, then what is wrong */
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("invalid input syntax for type electoral.%s: \"%s\": %s",
											  kind_name(call_kind(fcinfo, PG_GETARG_OID(1))),
											  text_to_cstring(PG_GETARG_TEXT_PP(0)),
											  el_server_text(err.detail))));
}
