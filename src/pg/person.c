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
 * The general case of el_read_countries (person.h): a compressed, toasted
 * or expanded value (a PL/pgSQL variable), a 4-byte header with NULLs,
 * several dimensions, or too many codes.  pg_detoast_datum turns every form
 * into a plain array, so the ARR_ macros read it as PostgreSQL wrote it.
 */
int
el_read_countries_general(Datum d, int16_t *out, bool *had_null)
{
	ArrayType  *a = DatumGetArrayTypeP(d);
	int			nitems = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	const bits8 *bitmap = ARR_NULLBITMAP(a);
	/* ARR_DATA_PTR, whose ?: mixes signedness under -Wextra */
	const char *data = (const char *) a +
		(ARR_HASNULL(a) ? (Size) a->dataoffset : (Size) ARR_OVERHEAD_NONULLS(ARR_NDIM(a)));
	int			i,
				n = 0;

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
					errmsg("more than %d citizenships given for one person", EL_MAX_CITIZENSHIPS),
					errdetail("The array holds %d elements.", nitems),
					errhint("Pass each citizenship once; no one holds more than %d.",
							EL_MAX_CITIZENSHIPS));
		memcpy(&c, data, sizeof(int16));
		data += sizeof(int16);
		out[n++] = c;
	}
	if ((Pointer) a != DatumGetPointer(d))
		pfree(a);
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
