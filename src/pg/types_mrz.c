/*
 * types_mrz.c: electoral.mrz, a machine-readable zone stored as its
 * canonical text (upper case, lines joined by '\n'), and electoral.mrz_fields.
 *
 * The stored value is ordinary varlena text, so equality, ordering and
 * hashing reuse PostgreSQL's bytea functions from SQL (LANGUAGE internal).
 */
#include "compat.h"

#include "fmgr.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "country.h"
#include "glue.h"
#include "idnum.h"
#include "mrz.h"

static text *
parse_or_fail(const char *str, size_t len, const char *shown, Node *escontext, bool *ok)
{
	char		out[EL_MRZ_MAX_TEXT + 1];
	size_t		outlen;
	el_error	err;
	const char *utf8;

	*ok = el_input_utf8(str, &len, &utf8, &err) && el_mrz_parse(utf8, len, out, &outlen, &err);
	if (!*ok)
	{
		errsave(escontext,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid input syntax for type electoral.mrz: \"%s\"", shown),
				errdetail("%s", el_detail_sentence(err.detail)),
				err.hint[0] ? errhint("%s", el_server_text(err.hint)) : 0);
		return NULL;
	}
	return cstring_to_text_with_len(out, outlen);
}

PG_FUNCTION_INFO_V1(mrz_in);
Datum
mrz_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	bool		ok;
	text	   *t = parse_or_fail(str, strlen(str), str, fcinfo->context, &ok);

	if (!ok)
		return (Datum) 0;		/* a soft error was saved (PostgreSQL 16+) */
	PG_RETURN_TEXT_P(t);
}

PG_FUNCTION_INFO_V1(mrz_out);
Datum
mrz_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(text_to_cstring(PG_GETARG_TEXT_PP(0)));
}

PG_FUNCTION_INFO_V1(mrz_send);
Datum
mrz_send(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Binary input is the canonical text; anything else is refused. */
PG_FUNCTION_INFO_V1(mrz_recv);
Datum
mrz_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, len);
	char		out[EL_MRZ_MAX_TEXT + 1];
	size_t		outlen;
	el_error	err;

	if (!el_mrz_parse(bytes, len, out, &outlen, &err))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid binary value for type electoral.mrz"),
				errdetail("%s", el_detail_sentence(err.detail)));
	if (outlen != (size_t) len || memcmp(out, bytes, len) != 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid binary value for type electoral.mrz"),
				errdetail("The binary form is the canonical text: upper case, lines separated by one newline."));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, outlen));
}

static Datum
date_or_null(bool known, int y, int m, int d, bool *isnull)
{
	*isnull = !known;
	return known ? DateADTGetDatum(el_make_date(y, m, d)) : (Datum) 0;
}

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = s[0] == '\0';
	return *isnull ? (Datum) 0 : CStringGetTextDatum(s);
}

/* A name field: the internal passport's is Cyrillic UTF-8, in the database's encoding. */
static Datum
name_or_null(const char *s, bool *isnull)
{
	*isnull = s[0] == '\0';
	return *isnull ? (Datum) 0 : PointerGetDatum(el_text_from_utf8(s));
}

/* The internal passport's series and number as electoral.ru_passport. */
static Datum
ru_passport_or_null(const char *digits, bool *isnull)
{
	int64_t		v = 0;

	*isnull = digits[0] == '\0' ||
		!el_idnum_parse(EL_RU_PASSPORT, digits, strlen(digits), &v, NULL);
	return *isnull ? (Datum) 0 : Int64GetDatum(v);
}

#define MRZ_FIELDS_NATTS 15

PG_FUNCTION_INFO_V1(mrz_fields);
Datum
mrz_fields(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	TupleDesc	desc;
	el_mrz_fields f;
	el_error	err;
	Datum		values[MRZ_FIELDS_NATTS];
	bool		nulls[MRZ_FIELDS_NATTS];
	char		sex[2] = {0, 0};
	const char *check;

	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR, errcode(ERRCODE_DATATYPE_MISMATCH),
				errmsg("electoral.mrz_fields must return a record"));
	/* the birth century is the latest not in the future: relative to today */
	if (!el_mrz_fields_of(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), GetSQLCurrentDate(), &f, &err))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored electoral.mrz value is not valid"),
				errdetail("%s", el_detail_sentence(err.detail)));

	values[0] = CStringGetTextDatum(el_mrz_format_name(f.format));
	nulls[0] = false;
	values[1] = text_or_null(f.document_code, &nulls[1]);
	values[2] = Int16GetDatum(f.issuing_state);
	nulls[2] = false;
	values[3] = text_or_null(f.document_number, &nulls[3]);
	values[4] = Int16GetDatum(f.nationality);
	nulls[4] = false;
	values[5] = date_or_null(f.has_birth_date, f.birth_year, f.birth_month, f.birth_day, &nulls[5]);
	sex[0] = f.sex;
	values[6] = text_or_null(sex, &nulls[6]);
	values[7] = date_or_null(f.has_expiry_date, f.expiry_year, f.expiry_month, f.expiry_day, &nulls[7]);
	values[8] = name_or_null(f.surname, &nulls[8]);
	values[9] = name_or_null(f.given_names, &nulls[9]);
	values[10] = text_or_null(f.personal_number, &nulls[10]);
	check = el_mrz_number_check_name(f.number_check);
	values[11] = text_or_null(check != NULL ? check : "", &nulls[11]);
	values[12] = date_or_null(f.has_issue_date, f.issue_year, f.issue_month, f.issue_day, &nulls[12]);
	values[13] = text_or_null(f.department, &nulls[13]);
	values[14] = ru_passport_or_null(f.ru_passport, &nulls[14]);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}
