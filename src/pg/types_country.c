/*
 * types_country.c: the fmgr face of electoral.country, an int2 underneath
 * (the packed canonical code of src/core/country.h), so comparison and
 * hashing reuse the built-in int2 functions from SQL.
 */
#include "compat.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "country.h"
#include "glue.h"

/* The table entry of a stored value; a value not in the table is corrupt. */
static const el_country *
stored_country(int16 code)
{
	const el_country *c = el_country_lookup(code);

	if (c == NULL)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored value %d is not a valid electoral.country", code));
	return c;
}

PG_FUNCTION_INFO_V1(country_in);
Datum
country_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	const char *utf8;
	int16_t		code;
	el_error	err;

	if (!el_input_utf8(str, &len, &utf8, &err) || !el_country_parse(utf8, len, &code, &err))
		el_input_error(fcinfo->context, (Datum) 0, "electoral.country", str, err);
	PG_RETURN_INT16(code);
}

PG_FUNCTION_INFO_V1(country_out);
Datum
country_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(pstrdup(el_country_text(stored_country(PG_GETARG_INT16(0)))));
}

PG_FUNCTION_INFO_V1(country_send);
Datum
country_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint16(&buf, PG_GETARG_INT16(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(country_recv);
Datum
country_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int16		code = (int16) pq_getmsgint(buf, 2);

	if (el_country_lookup(code) == NULL)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid binary value for type electoral.country"),
				errdetail("Code %d is not a country or ICAO code known to electoral.", code));
	PG_RETURN_INT16(code);
}

PG_FUNCTION_INFO_V1(country_alpha3);
Datum
country_alpha3(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(stored_country(PG_GETARG_INT16(0))->alpha3));
}

PG_FUNCTION_INFO_V1(country_numeric_code);
Datum
country_numeric_code(PG_FUNCTION_ARGS)
{
	const el_country *c = stored_country(PG_GETARG_INT16(0));

	if (c->numeric == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(c->numeric);
}

PG_FUNCTION_INFO_V1(country_name);
Datum
country_name(PG_FUNCTION_ARGS)
{
	const el_country *c = stored_country(PG_GETARG_INT16(0));
	char		ascii[128];

	/* a few names have letters (é, ü, Å ...) that not every encoding holds */
	if (GetDatabaseEncoding() == PG_UTF8 || GetDatabaseEncoding() == PG_SQL_ASCII)
		PG_RETURN_TEXT_P(cstring_to_text(c->name));
	PG_RETURN_TEXT_P(cstring_to_text(el_country_ascii_name(c, ascii, sizeof(ascii))));
}
