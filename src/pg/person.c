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
 * The general case of el_read_countries (person.h): a compressed or
 * out-of-line value, several dimensions, NULL elements, or too many.
 */
int
el_read_countries_general(Datum d, int16_t *out, bool *had_null)
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
			if (had_null != NULL)
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

/* el_holds_country (person.h) for any other value */
bool
el_holds_country_general(Datum d, int16_t country)
{
	int16_t		codes[EL_MAX_CITIZENSHIPS];

	return el_holds(codes, el_read_countries_general(d, codes, NULL), country);
}

/* el_decide_from_facts (person.h) for a foreigner or a plan that is not straight */
bool
el_decide_from_all_facts(const el_rules *rules, const el_plan *plan,
						 const NullableDatum *facts, int nfacts, int16_t *buf)
{
	el_person	person;

	el_person_from_facts(rules, facts, nfacts, plan->needs, &person, buf);
	return el_plan_evaluate(plan, &person);
}

/*
 * The rest of el_decide_from_facts for a foreigner under a straight plan
 * whose other requirements are met: whether a grant admits them.  The
 * citizenships are read again into buf (the caller only looked for the
 * office's country); the grants' conditions read plan->grant_needs.
 */
bool
el_decide_foreigner(const el_rules *rules, const el_plan *plan,
					const NullableDatum *facts, int nfacts, int16_t *buf)
{
	el_person	person;

	el_person_from_facts(rules, facts, nfacts, plan->grant_needs | EL_NEED_CITIZENSHIPS,
						 &person, buf);
	return el_plan_grant_admits(plan, &person);
}

void
el_polling_day_error(bool isnull)
{
	if (isnull)
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg("polling day must not be NULL"),
				errdetail("Eligibility is decided by the rules in force on polling day."),
				errhint("Pass the election's polling day, e.g. DATE '2026-09-13'; the offices are listed by: "
						"SELECT code, title FROM electoral.office ORDER BY code;"));
	ereport(ERROR,
			errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			errmsg("polling day must be a finite date"));
	pg_unreachable();
}
