/*
 * glue.c: see glue.h.
 */
#include "glue.h"

#include "catalog/namespace.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/builtins.h"
#include "datatype/timestamp.h"
#include "utils/datetime.h"

const char *
el_input_utf8(const char *s, size_t *len)
{
	char	   *conv;

	if (GetDatabaseEncoding() == PG_UTF8 || GetDatabaseEncoding() == PG_SQL_ASCII)
		return s;
	conv = pg_server_to_any(s, (int) *len, PG_UTF8);
	if (conv != s)
		*len = strlen(conv);
	return conv;
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
