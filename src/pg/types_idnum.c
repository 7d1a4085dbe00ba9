/*
 * types_idnum.c: the fmgr face of the national identity-number types.
 *
 * All six types are an int8 underneath (see src/core/idnum.h for the
 * packing), so comparison, hashing and sorting reuse the built-in int8
 * functions from SQL.  This file holds only what differs per type: text
 * and binary I/O and the accessors a number's layout allows.
 */
#include "compat.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "glue.h"
#include "idnum.h"

static Datum
idnum_in(FunctionCallInfo fcinfo, el_idkind kind)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	const char *utf8;
	int64_t		v;
	el_error	err;

	if (!el_input_utf8(str, &len, &utf8, &err) || !el_idnum_parse(kind, utf8, len, &v, &err))
		el_input_error(fcinfo->context, (Datum) 0,
					   psprintf("electoral.%s", el_idnum_infos[kind].sql_name), str, err);
	PG_RETURN_INT64(v);
}

static Datum
idnum_out(FunctionCallInfo fcinfo, el_idkind kind)
{
	int64		v = PG_GETARG_INT64(0);
	char		buf[EL_IDNUM_TEXT_MAX + 1];

	if (el_idnum_format(kind, v, buf) == 0)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored value %lld is not a valid electoral.%s",
					   (long long) v, el_idnum_infos[kind].sql_name));
	PG_RETURN_CSTRING(pstrdup(buf));
}

static Datum
idnum_send(FunctionCallInfo fcinfo)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, PG_GETARG_INT64(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Binary input is untrusted: it must be a canonical packing of a valid number. */
static Datum
idnum_recv(FunctionCallInfo fcinfo, el_idkind kind)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		v = pq_getmsgint64(buf);
	el_error	err;

	if (!el_idnum_check_packed(kind, v, &err))
		el_binary_error(psprintf("electoral.%s", el_idnum_infos[kind].sql_name), err);
	PG_RETURN_INT64(v);
}

#define EL_IDNUM_IO(name, kind) \
	PG_FUNCTION_INFO_V1(name##_in); \
	Datum name##_in(PG_FUNCTION_ARGS) { return idnum_in(fcinfo, kind); } \
	PG_FUNCTION_INFO_V1(name##_out); \
	Datum name##_out(PG_FUNCTION_ARGS) { return idnum_out(fcinfo, kind); } \
	PG_FUNCTION_INFO_V1(name##_send); \
	Datum name##_send(PG_FUNCTION_ARGS) { return idnum_send(fcinfo); } \
	PG_FUNCTION_INFO_V1(name##_recv); \
	Datum name##_recv(PG_FUNCTION_ARGS) { return idnum_recv(fcinfo, kind); }

EL_IDNUM_IO(ru_inn, EL_RU_INN)
EL_IDNUM_IO(ru_snils, EL_RU_SNILS)
EL_IDNUM_IO(ru_passport, EL_RU_PASSPORT)
EL_IDNUM_IO(by_personal_number, EL_BY_PERSONAL_NUMBER)
EL_IDNUM_IO(by_passport, EL_BY_PASSPORT)
EL_IDNUM_IO(kz_iin, EL_KZ_IIN)

/* ---- accessors ---- */

static Datum
idnum_birth_date(FunctionCallInfo fcinfo, el_idkind kind)
{
	int			y,
				m,
				d;

	if (!el_idnum_birth_date(kind, PG_GETARG_INT64(0), &y, &m, &d))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(el_make_date(y, m, d));
}

static Datum
idnum_sex(FunctionCallInfo fcinfo, el_idkind kind)
{
	char		sex[2] = {0, 0};

	if (!el_idnum_sex(kind, PG_GETARG_INT64(0), &sex[0]))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(sex));
}

PG_FUNCTION_INFO_V1(by_personal_number_birth_date);
Datum
by_personal_number_birth_date(PG_FUNCTION_ARGS)
{
	return idnum_birth_date(fcinfo, EL_BY_PERSONAL_NUMBER);
}

PG_FUNCTION_INFO_V1(by_personal_number_sex);
Datum
by_personal_number_sex(PG_FUNCTION_ARGS)
{
	return idnum_sex(fcinfo, EL_BY_PERSONAL_NUMBER);
}

PG_FUNCTION_INFO_V1(kz_iin_birth_date);
Datum
kz_iin_birth_date(PG_FUNCTION_ARGS)
{
	return idnum_birth_date(fcinfo, EL_KZ_IIN);
}

PG_FUNCTION_INFO_V1(kz_iin_sex);
Datum
kz_iin_sex(PG_FUNCTION_ARGS)
{
	return idnum_sex(fcinfo, EL_KZ_IIN);
}

PG_FUNCTION_INFO_V1(ru_passport_region_code);
Datum
ru_passport_region_code(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("%02d", el_ru_passport_region(PG_GETARG_INT64(0)))));
}

PG_FUNCTION_INFO_V1(ru_passport_blank_year);
Datum
ru_passport_blank_year(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(el_ru_passport_blank_year(PG_GETARG_INT64(0)));
}

PG_FUNCTION_INFO_V1(ru_passport_valid_on);
Datum
ru_passport_valid_on(PG_FUNCTION_ARGS)
{
	/* argument 0, the passport itself, names the document; validity depends on the dates */
	DateADT		birth = PG_GETARG_DATEADT(1);
	DateADT		issued = PG_GETARG_DATEADT(2);
	DateADT		on = PG_GETARG_DATEADT(3);

	if (DATE_NOT_FINITE(birth) || DATE_NOT_FINITE(issued) || DATE_NOT_FINITE(on))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("dates given to electoral.ru_passport_valid_on must be finite"));
	PG_RETURN_BOOL(el_ru_passport_valid_on(birth, issued, on));
}
