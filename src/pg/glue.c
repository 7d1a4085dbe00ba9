/*
 * glue.c: see glue.h.
 */
#include "glue.h"

#include "catalog/namespace.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "lib/stringinfo.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
#include "utils/builtins.h"
#include "datatype/timestamp.h"
#include "utils/datetime.h"

static bool
is_ascii(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (IS_HIGHBIT_SET(s[i]))
			return false;
	return true;
}

/* The conversion from the database's encoding to UTF-8 (which a backend's database never changes). */
static Oid
to_utf8_proc(void)
{
	static Oid	proc = InvalidOid;

	if (!OidIsValid(proc))
		proc = FindDefaultConversionProc(GetDatabaseEncoding(), PG_UTF8);
	if (!OidIsValid(proc))
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_FUNCTION),
				errmsg("default conversion function for encoding \"%s\" to \"%s\" does not exist",
					   GetDatabaseEncodingName(), pg_encoding_to_char(PG_UTF8)));
	return proc;
}

/* "character with byte sequence 0x.. 0x.. in encoding X at position N has no equivalent in UTF-8" */
static bool
untranslatable(const char *s, size_t at, el_error *err)
{
	int			n = pg_mblen(s + at);
	StringInfoData bytes;
	int			i;

	if (err == NULL)
		return false;			/* is_valid: no words needed, none built */
	initStringInfo(&bytes);
	for (i = 0; i < n; i++)
		appendStringInfo(&bytes, "%s0x%02x", i ? " " : "", (unsigned char) s[at + i]);
	return el_fail(err, NULL, "character with byte sequence %s in encoding \"%s\" at position %d has no equivalent in UTF-8",
				   bytes.data, GetDatabaseEncodingName(), pg_mbstrlen_with_len(s, (int) at) + 1);
}

bool
el_input_utf8(const char *s, size_t *len, const char **utf8, el_error *err)
{
	int			enc = GetDatabaseEncoding();
	size_t		cap;
	unsigned char *dst;
	int			done;

	*utf8 = s;
	if (enc == PG_UTF8 || enc == PG_SQL_ASCII || is_ascii(s, *len))
		return true;
	if (*len >= MaxAllocHugeSize / MAX_CONVERSION_GROWTH)
		ereport(ERROR,
				errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				errmsg("out of memory"),
				errdetail("String of %zu bytes is too long for encoding conversion.", *len));
	cap = *len * MAX_CONVERSION_GROWTH + 1;
	dst = MemoryContextAllocHuge(CurrentMemoryContext, cap);
	/* noError: stops before the first character with no equivalent, and says how far it got */
	done = pg_do_encoding_conversion_buf(to_utf8_proc(), enc, PG_UTF8, (unsigned char *) s, (int) *len,
										 dst, (int) cap, true);
	if ((size_t) done < *len)
		return untranslatable(s, (size_t) done, err);
	*utf8 = (const char *) dst;
	*len = strlen((const char *) dst);
	return true;
}

text *
el_text_from_utf8(const char *s)
{
	return cstring_to_text(el_server_text(s));
}

char *
el_server_text(const char *utf8)
{
	/* the core writes UTF-8 (it may echo an offending character back) */
	return pg_any_to_server(utf8, (int) strlen(utf8), PG_UTF8);
}

char *
el_detail_sentence(const char *detail)
{
	char	   *out = psprintf("%s.", detail);

	if (out[0] >= 'a' && out[0] <= 'z')
		out[0] = (char) (out[0] - 'a' + 'A');
	return el_server_text(out);
}

DateADT
el_make_date(int year, int month, int day)
{
	return date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
}

Oid
el_catalog_oid_if_exists(el_catalog_kind kind, const char *name)
{
	Oid			nsp = get_namespace_oid("electoral", false);

	if (kind == EL_CATALOG_TYPE)
		return GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
							   CStringGetDatum(name), ObjectIdGetDatum(nsp));
	if (kind == EL_CATALOG_FUNCTION)
		return GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid, CStringGetDatum(name),
							   PointerGetDatum(buildoidvector(NULL, 0)), ObjectIdGetDatum(nsp));
	return get_relname_relid(name, nsp);
}

Oid
el_catalog_oid(el_catalog_kind kind, const char *name)
{
	Oid			oid = el_catalog_oid_if_exists(kind, name);

	if (!OidIsValid(oid))
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_OBJECT),
				errmsg("%s electoral.%s does not exist",
					   kind == EL_CATALOG_TYPE ? "type" : kind == EL_CATALOG_FUNCTION ? "function" : "relation",
					   name),
				errhint("Is the electoral extension installed in this database?"));
	return oid;
}
