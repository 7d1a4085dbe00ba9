/*
 * identity.c: electoral.identity_mismatches, one registry record against
 * its documents, in C: a report calls it for every person of a registry.
 *
 * Each check runs only where both sides are known; findings come in a
 * fixed order, with details worded the same whatever the DateStyle.
 */
#include "compat.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/tuplestore.h"

#include "calendar.h"
#include "country.h"
#include "glue.h"
#include "idnum.h"
#include "mrz.h"
#include "translit.h"

enum
{
	ARG_FULL_NAME, ARG_BIRTH_DATE, ARG_SEX, ARG_CITIZENSHIPS, ARG_MRZ, ARG_BY_NUMBER,
	ARG_KZ_IIN, ARG_RU_PASSPORT, ARG_ISSUED_ON, ARG_ON_DATE
};

typedef struct findings
{
	Tuplestorestate *store;
	TupleDesc	desc;
} findings;

/* The record's side of every check, read once from the arguments. */
typedef struct record
{
	bool		have_birth;
	DateADT		birth;
	char		sex;			/* 'M', 'F', or 0 when not given or not read */
	DateADT		on;				/* the day documents must be valid on */
} record;

static void
found(findings *f, const char *code, const char *detail)
{
	Datum		values[2];
	bool		nulls[2] = {false, false};

	values[0] = CStringGetTextDatum(code);
	values[1] = CStringGetTextDatum(detail);
	tuplestore_putvalues(f->store, f->desc, values, nulls);
}

static const char *
iso(DateADT d)
{
	int			y,
				m,
				dd;

	el_ymd_from_day(d, &y, &m, &dd);
	return psprintf("%04d-%02d-%02d", y, m, dd);
}

/* A sex letter in UTF-8 as 'M' / 'F': M, F, or Cyrillic М (male), Ж (female), any case; else 0. */
static char
sex_letter(const unsigned char *s, size_t n)
{
	if (n >= 1 && (*s == 'M' || *s == 'm'))
		return 'M';
	if (n >= 1 && (*s == 'F' || *s == 'f'))
		return 'F';
	if (n >= 2 && s[0] == 0xD0 && (s[1] == 0x9C || s[1] == 0xBC))
		return 'M';				/* М м */
	if (n >= 2 && s[0] == 0xD0 && (s[1] == 0x96 || s[1] == 0xB6))
		return 'F';				/* Ж ж */
	return 0;
}

/*
 * The record's sex from its first letter ('мужской' is male).  Only that
 * letter is converted to UTF-8: the bytes of М in UTF-8 are Рњ in WIN1251,
 * and Ж in WIN1251 is one byte no UTF-8 test would see.
 */
static char
record_sex(text *t)
{
	const char *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	size_t		first;

	while (n > 0 && *s == ' ')
		s++, n--;
	if (n <= 0)
		return 0;
	first = Min(pg_mblen(s), n);
	if (!el_input_utf8(s, &first, &s, NULL))
		return 0;				/* a letter UTF-8 lacks is neither M nor F */
	return sex_letter((const unsigned char *) s, first);
}

static void
read_record(FunctionCallInfo fcinfo, record *r)
{
	r->have_birth = !PG_ARGISNULL(ARG_BIRTH_DATE);
	r->birth = r->have_birth ? PG_GETARG_DATEADT(ARG_BIRTH_DATE) : 0;
	r->sex = PG_ARGISNULL(ARG_SEX) ? 0 : record_sex(PG_GETARG_TEXT_PP(ARG_SEX));
	r->on = PG_ARGISNULL(ARG_ON_DATE) ? GetSQLCurrentDate() : PG_GETARG_DATEADT(ARG_ON_DATE);
}

/* A number's canonical text. */
static const char *
number_text(el_idkind kind, int64 v)
{
	char		buf[EL_IDNUM_TEXT_MAX + 1];

	el_idnum_format(kind, v, buf);
	return pstrdup(buf);
}

#define KZ_IIN_CAVEAT \
	" (a discrepancy to check, not proof of a wrong record: since Government Decree " \
	"No. 853 of 26.08.2013 an IIN need not match its holder's birth date and sex)"

/*
 * What a Belarusian or Kazakh number encodes, against the record.  caveat
 * ends each detail: a Kazakh IIN issued since 2013 need not encode its
 * holder's birth date and sex (Government Decree No. 853 of 26.08.2013
 * unlinked the number from the holder's data, as the Ministry of Justice
 * said in April 2019), so a difference there is something to look at, not
 * proof of a wrong record.
 */
static void
check_number(findings *f, const record *r, el_idkind kind, int64 v, const char *what,
			 const char *birth_code, const char *sex_code, const char *caveat)
{
	int			y,
				m,
				d;
	char		nsex;

	if (r->have_birth && el_idnum_birth_date(kind, v, &y, &m, &d) &&
		el_make_date(y, m, d) != r->birth)
		found(f, birth_code, psprintf("%s %s encodes birth date %04d-%02d-%02d, the record says %s%s",
									  what, number_text(kind, v), y, m, d, iso(r->birth), caveat));
	if (r->sex != 0 && el_idnum_sex(kind, v, &nsex) && nsex != r->sex)
		found(f, sex_code, psprintf("%s %s encodes sex %c, the record says %c%s",
									what, number_text(kind, v), nsex, r->sex, caveat));
}

static void
check_numbers(findings *f, FunctionCallInfo fcinfo, const record *r)
{
	if (!PG_ARGISNULL(ARG_BY_NUMBER))
		check_number(f, r, EL_BY_PERSONAL_NUMBER, PG_GETARG_INT64(ARG_BY_NUMBER), "personal number",
					 "by_number_birth_date", "by_number_sex", "");
	if (!PG_ARGISNULL(ARG_KZ_IIN))
		check_number(f, r, EL_KZ_IIN, PG_GETARG_INT64(ARG_KZ_IIN), "IIN",
					 "kz_iin_birth_date", "kz_iin_sex", KZ_IIN_CAVEAT);
}

/* The fields of a stored MRZ; an error if the value was damaged. */
static void
mrz_fields_or_fail(text *mrz, el_mrz_fields *m)
{
	el_error	err;

	/* the birth century is the latest not in the future: relative to today */
	if (!el_mrz_fields_of(VARDATA_ANY(mrz), VARSIZE_ANY_EXHDR(mrz), GetSQLCurrentDate(), m, &err))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("stored electoral.mrz value is not valid"),
				errdetail("%s", el_detail_sentence(err.detail)));
}

/*
 * The document's nationality against the record's citizenships.  Like
 * nationality = ANY(citizenships): no match beside a NULL is not known, so
 * not reported.
 */
static void
check_nationality(findings *f, ArrayType *arr, const el_mrz_fields *m)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				i;
	StringInfoData claimed;

	deconstruct_array(arr, ARR_ELEMTYPE(arr), sizeof(int16), true, TYPALIGN_SHORT,
					  &elems, &nulls, &n);
	initStringInfo(&claimed);
	for (i = 0; i < n; i++)
	{
		const el_country *c;

		if (nulls[i] || DatumGetInt16(elems[i]) == m->nationality)
			return;
		c = el_country_lookup(DatumGetInt16(elems[i]));
		appendStringInfo(&claimed, "%s%s", claimed.len ? ", " : "", c ? el_country_text(c) : "?");
	}
	found(f, "mrz_nationality",
		  psprintf("the document gives nationality %s, the record claims %s",
				   el_country_text(el_country_lookup(m->nationality)),
				   claimed.len ? claimed.data : "no citizenship"));
}

/* Birth date and sex: the document's against the record's. */
static void
check_mrz_person(findings *f, const record *r, const el_mrz_fields *m)
{
	if (r->have_birth && m->has_birth_date &&
		el_make_date(m->birth_year, m->birth_month, m->birth_day) != r->birth)
		found(f, "mrz_birth_date",
			  psprintf("the document gives birth date %04d-%02d-%02d, the record says %s",
					   m->birth_year, m->birth_month, m->birth_day, iso(r->birth)));
	if (r->sex != 0 && m->sex != 0 && m->sex != r->sex)
		found(f, "mrz_sex", psprintf("the document gives sex %c, the record says %c", m->sex, r->sex));
}

/* The raw name field of a canonical MRZ: TD1's third line, else line 1 from position 6. */
static void
name_field(const char *mrz, size_t len, const char **start, size_t *n)
{
	const char *nl;

	if (len == 92)
	{
		*start = mrz + 62;
		*n = 30;
		return;
	}
	nl = memchr(mrz, '\n', len);
	*start = mrz + 5;
	*n = (nl != NULL ? (size_t) (nl - mrz) : len) - 5;
}

/*
 * The record's name (database encoding, converted for the core) against the
 * document's name field: the Latin of ICAO documents, or the internal
 * passport's coded Cyrillic.  The document's name is shown decoded, in the
 * database's encoding.
 */
static void
check_mrz_name(findings *f, text *name, text *mrz, const el_mrz_fields *m)
{
	size_t		nlen = VARSIZE_ANY_EXHDR(name);
	const char *utf8;
	const char *field;
	size_t		flen;
	bool		same;

	name_field(VARDATA_ANY(mrz), VARSIZE_ANY_EXHDR(mrz), &field, &flen);
	/* a name UTF-8 cannot hold is no match, as name_matches says */
	same = el_input_utf8(VARDATA_ANY(name), &nlen, &utf8, NULL) &&
		(m->format == EL_MRZ_RU_INTERNAL ?
		 el_mrz_ru_name_matches(utf8, nlen, field, flen) :
		 el_name_matches(utf8, nlen, field, flen));
	if (!same)
		found(f, "mrz_name",
			  psprintf("the document names %s%s%s, the record says %s",
					   el_server_text(m->surname), (m->surname[0] && m->given_names[0]) ? " " : "",
					   el_server_text(m->given_names), text_to_cstring(name)));
}

/*
 * An internal passport's series and number and issue date against the
 * record's passport (finding codes of their own: the MRZ is the passport's,
 * so a difference is a typing error on one side).
 */
static void
check_mrz_ru_passport(findings *f, FunctionCallInfo fcinfo, const el_mrz_fields *m)
{
	int64_t		carried;

	if (m->format != EL_MRZ_RU_INTERNAL)
		return;
	if (!PG_ARGISNULL(ARG_RU_PASSPORT) &&
		el_idnum_parse(EL_RU_PASSPORT, m->ru_passport, strlen(m->ru_passport), &carried, NULL) &&
		carried != PG_GETARG_INT64(ARG_RU_PASSPORT))
		found(f, "mrz_ru_passport",
			  psprintf("the document is passport %s, the record %s",
					   number_text(EL_RU_PASSPORT, carried),
					   number_text(EL_RU_PASSPORT, PG_GETARG_INT64(ARG_RU_PASSPORT))));
	if (!PG_ARGISNULL(ARG_ISSUED_ON) && m->has_issue_date &&
		el_make_date(m->issue_year, m->issue_month, m->issue_day) != PG_GETARG_DATEADT(ARG_ISSUED_ON))
		found(f, "mrz_ru_passport_issued_on",
			  psprintf("the document was issued on %04d-%02d-%02d, the record says %s",
					   m->issue_year, m->issue_month, m->issue_day,
					   iso(PG_GETARG_DATEADT(ARG_ISSUED_ON))));
}

/* The personal number a Belarusian document carries against the record's. */
static void
check_mrz_personal_number(findings *f, int64 number, const el_mrz_fields *m)
{
	int64_t		carried;

	if (m->personal_number[0] != '\0' &&
		el_idnum_parse(EL_BY_PERSONAL_NUMBER, m->personal_number, strlen(m->personal_number),
					   &carried, NULL) &&
		carried != number)
		found(f, "mrz_personal_number",
			  psprintf("the document carries personal number %s, the record %s",
					   m->personal_number, number_text(EL_BY_PERSONAL_NUMBER, number)));
}

static void
check_mrz_expiry(findings *f, const record *r, const el_mrz_fields *m)
{
	if (m->has_expiry_date &&
		el_make_date(m->expiry_year, m->expiry_month, m->expiry_day) < r->on)
		found(f, "document_expired",
			  psprintf("the document expired on %04d-%02d-%02d, before %s",
					   m->expiry_year, m->expiry_month, m->expiry_day, iso(r->on)));
}

/* Every check that needs the document's MRZ; m gets its fields. */
static void
check_mrz(findings *f, FunctionCallInfo fcinfo, const record *r, el_mrz_fields *m)
{
	text	   *mrz = PG_GETARG_TEXT_PP(ARG_MRZ);

	mrz_fields_or_fail(mrz, m);
	if (!PG_ARGISNULL(ARG_CITIZENSHIPS))
		check_nationality(f, PG_GETARG_ARRAYTYPE_P(ARG_CITIZENSHIPS), m);
	check_mrz_person(f, r, m);
	if (!PG_ARGISNULL(ARG_FULL_NAME))
		check_mrz_name(f, PG_GETARG_TEXT_PP(ARG_FULL_NAME), mrz, m);
	if (!PG_ARGISNULL(ARG_BY_NUMBER))
		check_mrz_personal_number(f, PG_GETARG_INT64(ARG_BY_NUMBER), m);
	check_mrz_expiry(f, r, m);
	check_mrz_ru_passport(f, fcinfo, m);
}

/*
 * A Russian internal passport not replaced at 20 or 45: the record's
 * passport and issue date, or where the record lacks them, those of the
 * internal passport's MRZ (m, NULL when there is none).
 */
static void
check_ru_passport(findings *f, FunctionCallInfo fcinfo, const record *r, const el_mrz_fields *m)
{
	DateADT		issued;
	int64_t		number;
	bool		from_mrz = m != NULL && m->format == EL_MRZ_RU_INTERNAL && m->has_issue_date;

	if (!r->have_birth)
		return;
	if (!PG_ARGISNULL(ARG_RU_PASSPORT) && !PG_ARGISNULL(ARG_ISSUED_ON))
	{
		number = PG_GETARG_INT64(ARG_RU_PASSPORT);
		issued = PG_GETARG_DATEADT(ARG_ISSUED_ON);
	}
	else if (from_mrz &&
			 el_idnum_parse(EL_RU_PASSPORT, m->ru_passport, strlen(m->ru_passport), &number, NULL))
		issued = el_make_date(m->issue_year, m->issue_month, m->issue_day);
	else
		return;
	if (DATE_NOT_FINITE(r->birth) || DATE_NOT_FINITE(issued) || DATE_NOT_FINITE(r->on))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("dates given to electoral.ru_passport_valid_on must be finite"));
	if (!el_ru_passport_valid_on(r->birth, issued, r->on))
		found(f, "ru_passport_expired",
			  psprintf("passport %s issued on %s is not valid on %s for a holder born %s "
					   "(it must be replaced at 20 and at 45)",
					   number_text(EL_RU_PASSPORT, number),
					   iso(issued), iso(r->on), iso(r->birth)));
}

PG_FUNCTION_INFO_V1(identity_mismatches);
Datum
identity_mismatches(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo;
	findings	f;
	record		r;
	el_mrz_fields m;

	InitMaterializedSRF(fcinfo, 0);
	rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	f.store = rsinfo->setResult;
	f.desc = rsinfo->setDesc;

	read_record(fcinfo, &r);
	check_numbers(&f, fcinfo, &r);
	if (!PG_ARGISNULL(ARG_MRZ))
		check_mrz(&f, fcinfo, &r, &m);
	check_ru_passport(&f, fcinfo, &r, PG_ARGISNULL(ARG_MRZ) ? NULL : &m);
	return (Datum) 0;
}
