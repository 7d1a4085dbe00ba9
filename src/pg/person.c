/*
 * person.c: see person.h.
 */
#include "compat.h"

#include "utils/array.h"
#include "utils/date.h"

#include "person.h"

const char *const el_fact_names[EL_NFACTS] = {
	"citizenships", "birth_date", "residence", "resident_since", "registered",
	"incapacitated", "imprisoned", "detained", "citizen_by_birth",
	"foreign_residence_permit", "ever_foreign"
};

/*
 * Read an electoral.country[] without copying it.  A small array sits in
 * the tuple with a 1-byte header and unaligned contents; the generic
 * accessors would palloc an aligned copy for every row, which is most of
 * the cost of an eligibility check.  Returns the number of non-NULL
 * elements, at most EL_MAX_CITIZENSHIPS.
 */
static int
read_countries(Datum d, int16_t *out, bool *had_null)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(d);
	const char *p;
	int32		ndim,
				dataoffset;
	int64		nitems = 1;
	const char *bitmap = NULL;
	const char *data;
	int			i,
				n = 0;

	if (VARATT_IS_EXTENDED(v) && !VARATT_IS_SHORT(v))
		v = pg_detoast_datum(v);	/* compressed or out of line: rare for a few codes */
	/* p points at the ArrayType fields after the length word */
	p = VARDATA_ANY(v);
	memcpy(&ndim, p, sizeof(int32));
	memcpy(&dataoffset, p + sizeof(int32), sizeof(int32));
	if (ndim < 0 || ndim > MAXDIM)
		ereport(ERROR,
				errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				errmsg("citizenships array has %d dimensions", ndim));
	for (i = 0; i < ndim; i++)
	{
		int32		dim;

		memcpy(&dim, p + 3 * sizeof(int32) + i * sizeof(int32), sizeof(int32));
		nitems *= dim;
	}
	if (ndim == 0)
		nitems = 0;
	if (dataoffset != 0)
	{
		bitmap = p + 3 * sizeof(int32) + 2 * ndim * sizeof(int32);
		data = p + dataoffset - VARHDRSZ;
	}
	else
		data = p + ARR_OVERHEAD_NONULLS(ndim) - VARHDRSZ;

	for (i = 0; i < nitems; i++)
	{
		int16		c;

		if (bitmap != NULL && !(bitmap[i / 8] & (1 << (i % 8))))
		{
			*had_null = true;	/* a citizenship not known: not proven */
			continue;
		}
		if (n >= EL_MAX_CITIZENSHIPS)
			ereport(ERROR,
					errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					errmsg("more than %d citizenships given for one person", EL_MAX_CITIZENSHIPS));
		memcpy(&c, data, sizeof(int16));
		data += sizeof(int16);
		out[n++] = c;
	}
	return n;
}

static inline el_tri
tri(const NullableDatum *facts, int nfacts, el_fact f, el_tri if_absent)
{
	if ((int) f >= nfacts)
		return if_absent;
	if (facts[f].isnull)
		return EL_UNKNOWN;
	return DatumGetBool(facts[f].value) ? EL_YES : EL_NO;
}

/*
 * A date fact, or false when NULL or not supplied.  '-infinity' and
 * 'infinity' prove nothing about a person either: they count as not known
 * (else an infinitely early birth date would pass every age test).
 */
static inline bool
date_fact(const NullableDatum *facts, int nfacts, el_fact f, el_day *out)
{
	if ((int) f >= nfacts || facts[f].isnull || DATE_NOT_FINITE(DatumGetDateADT(facts[f].value)))
		return false;
	*out = DatumGetDateADT(facts[f].value);
	return true;
}

void
el_person_from_facts(const el_rules *rules, const NullableDatum *facts, int nfacts,
					 el_person *p, int16_t *buf)
{
	p->unknown_citizenship = false;
	if (EL_FACT_CITIZENSHIPS < nfacts && !facts[EL_FACT_CITIZENSHIPS].isnull)
	{
		p->ncitizenships = read_countries(facts[EL_FACT_CITIZENSHIPS].value, buf,
										  &p->unknown_citizenship);
		p->citizenships = buf;
	}
	else
	{
		p->ncitizenships = 0;
		p->citizenships = NULL;
	}
	p->has_birth_date = date_fact(facts, nfacts, EL_FACT_BIRTH_DATE, &p->birth_date);

	/* residence defaults to 'none' like the SQL parameter */
	p->has_residence = true;
	p->residence = EL_RES_NONE;
	if (EL_FACT_RESIDENCE < nfacts && facts[EL_FACT_RESIDENCE].isnull)
		p->has_residence = false;
	else if (EL_FACT_RESIDENCE < nfacts)
	{
		Oid			label = DatumGetObjectId(facts[EL_FACT_RESIDENCE].value);

		if (label == rules->residence_enum[EL_RES_PERMANENT])
			p->residence = EL_RES_PERMANENT;
		else if (label == rules->residence_enum[EL_RES_TEMPORARY])
			p->residence = EL_RES_TEMPORARY;
	}
	p->has_resident_since = date_fact(facts, nfacts, EL_FACT_RESIDENT_SINCE, &p->resident_since);
	p->registered = tri(facts, nfacts, EL_FACT_REGISTERED, EL_NO);
	p->incapacitated = tri(facts, nfacts, EL_FACT_INCAPACITATED, EL_NO);
	p->imprisoned = tri(facts, nfacts, EL_FACT_IMPRISONED, EL_NO);
	p->detained = tri(facts, nfacts, EL_FACT_DETAINED, EL_NO);
	p->citizen_by_birth = tri(facts, nfacts, EL_FACT_CITIZEN_BY_BIRTH, EL_UNKNOWN);
	p->foreign_residence_permit = tri(facts, nfacts, EL_FACT_FOREIGN_RESIDENCE_PERMIT, EL_NO);
	p->ever_foreign = tri(facts, nfacts, EL_FACT_EVER_FOREIGN, EL_NO);
}

el_day
el_polling_day(bool isnull, Datum value)
{
	DateADT		d;

	if (isnull)
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg("polling day must not be NULL"),
				errdetail("Eligibility is decided by the rules in force on polling day."),
				errhint("Pass the election's polling day, e.g. DATE '2026-09-13'; the offices are listed by: "
						"SELECT code, title FROM electoral.office ORDER BY code;"));
	d = DatumGetDateADT(value);
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("polling day must be a finite date"));
	return d;
}
