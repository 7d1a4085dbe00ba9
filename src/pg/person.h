/*
 * person.h: turning SQL values into the core's el_person, shared by the
 * eligibility functions and the trigger so that they read facts alike.
 */
#ifndef ELECTORAL_PG_PERSON_H
#define ELECTORAL_PG_PERSON_H

#include "compat.h"

#include <string.h>

#include "utils/array.h"
#include "utils/date.h"

#include "rulecache.h"
#include "rules.h"

/* The most citizenships one person may hold in an argument. */
#define EL_MAX_CITIZENSHIPS 32

/* The facts, in the order of the SQL parameters after office and on_date. */
typedef enum el_fact
{
	EL_FACT_CITIZENSHIPS,
	EL_FACT_BIRTH_DATE,
	EL_FACT_RESIDENCE,
	EL_FACT_RESIDENT_SINCE,
	EL_FACT_REGISTERED,
	EL_FACT_INCAPACITATED,
	EL_FACT_IMPRISONED,
	EL_FACT_DETAINED,
	EL_FACT_CITIZEN_BY_BIRTH,
	EL_FACT_FOREIGN_RESIDENCE_PERMIT,
	EL_FACT_EVER_FOREIGN,
	EL_NFACTS
} el_fact;

/* SQL parameter names of the facts (also the trigger's argument names). */
extern const char *const el_fact_names[EL_NFACTS];

/* The general case of el_read_countries and el_holds_country (person.c). */
int			el_read_countries_general(Datum d, int16_t *out, bool *had_null);

/* The first 8 bytes of a one-dimensional array without NULLs: ndim 1, dataoffset 0. */
static inline uint64
el_one_dim_no_nulls(void)
{
	int32		fields[2] = {1, 0};
	uint64		word;

	memcpy(&word, fields, sizeof(word));
	return word;
}

/*
 * The usual electoral.country[] value, looked at in place: a plain inline
 * value (a short 1-byte header, as a small array sits in a tuple, or a
 * 4-byte one), one dimension, no NULLs, at most EL_MAX_CITIZENSHIPS codes.
 * Sets *data to its first code (unaligned) and *n to their number; false
 * for any other value, which el_read_countries_general detoasts.  The
 * generic accessors would palloc an aligned copy for every row.
 *
 * VARATT_IS_EXTERNAL comes first: a toast pointer or an expanded object
 * (a PL/pgSQL array variable) also has a 1-byte header, and its bytes are a
 * pointer, not an array.
 */
static inline bool
el_countries_in_place(Datum d, const char **data, int *n)
{
	const char *v = (const char *) DatumGetPointer(d);
	const char *p;
	Size		len;			/* bytes after the header */
	uint64		ndim_offset;	/* ndim, then dataoffset (0: no NULL bitmap) */
	int32		dim;			/* dims[0], after elemtype */

	if (VARATT_IS_EXTERNAL(v))
		return false;
	if (VARATT_IS_SHORT(v))
	{
		p = VARDATA_SHORT(v);
		len = VARSIZE_SHORT(v) - VARHDRSZ_SHORT;
	}
	else if (VARATT_IS_4B_U(v))
	{
		p = VARDATA(v);
		len = VARSIZE(v) - VARHDRSZ;
	}
	else
		return false;			/* compressed */
	if (len < 4 * sizeof(int32))
		return false;
	/* scalars, not an array: no stack-protector frame in every caller */
	memcpy(&ndim_offset, p, sizeof(ndim_offset));
	memcpy(&dim, p + 3 * sizeof(int32), sizeof(dim));
	if (ndim_offset != el_one_dim_no_nulls() || dim < 0 || dim > EL_MAX_CITIZENSHIPS ||
		len < (ARR_OVERHEAD_NONULLS(1) - VARHDRSZ) + dim * sizeof(int16))
		return false;
	*data = p + ARR_OVERHEAD_NONULLS(1) - VARHDRSZ;
	*n = dim;
	return true;
}

/*
 * Read an electoral.country[] without copying it; returns the number of
 * non-NULL elements (at most EL_MAX_CITIZENSHIPS) and sets *had_null, when
 * had_null is not NULL, if an element is NULL.
 */
static inline int
el_read_countries(Datum d, int16_t *out, bool *had_null)
{
	const char *data;
	int			n,
				i;

	if (!el_countries_in_place(d, &data, &n))
		return el_read_countries_general(d, out, had_null);
	/* element by element: one memcpy of a variable size is a slow rep movsb */
	for (i = 0; i < n; i++)
		memcpy(&out[i], data + i * sizeof(int16), sizeof(int16));
	return n;
}

bool		el_holds_country_general(Datum d, int16_t country);

/* Does an electoral.country[] hold this country (NULL elements aside)? */
static inline bool
el_holds_country(Datum d, int16_t country)
{
	const char *data;
	int			n,
				i;

	if (!el_countries_in_place(d, &data, &n))
		return el_holds_country_general(d, country);
	for (i = 0; i < n; i++)
	{
		int16		c;

		memcpy(&c, data + i * sizeof(int16), sizeof(int16));
		if (c == country)
			return true;
	}
	return false;
}

/*
 * Fill person from facts[0 .. nfacts-1], in el_fact order; facts past
 * nfacts were not supplied and take their SQL defaults, and so do facts
 * whose EL_NEED_* bit is not in needs (el_plan.needs; EL_NEED_ALL to read
 * every one).  A function passes &fcinfo->args[first] straight through, so
 * nothing is copied per row.  citizenship_buf holds the decoded
 * citizenships (EL_MAX_CITIZENSHIPS entries).  Inline: it runs once per row
 * of a scan.
 */
/*
 * A three-valued fact that was supplied.  Only the facts a plan reads are
 * looked at; see el_person_from_facts.
 */
static inline el_tri
el_tri_fact(const NullableDatum *fact)
{
	if (fact->isnull)
		return EL_UNKNOWN;
	return DatumGetBool(fact->value) ? EL_YES : EL_NO;
}

/*
 * A date fact that was supplied: false when NULL.  '-infinity' and
 * 'infinity' prove nothing about a person either: they count as not known
 * (else an infinitely early birth date would pass every age test).
 */
static inline bool
el_date_fact(const NullableDatum *fact, el_day *out)
{
	if (fact->isnull || DATE_NOT_FINITE(DatumGetDateADT(fact->value)))
		return false;
	*out = DatumGetDateADT(fact->value);
	return true;
}

/*
 * The EL_NEED_* bits are in el_fact order, so the facts worth reading are
 * needs & el_supplied(nfacts): one test per fact on the way, no other.
 */
StaticAssertDecl(EL_NEED_CITIZENSHIPS == 1u << EL_FACT_CITIZENSHIPS &&
				 EL_NEED_BIRTH_DATE == 1u << EL_FACT_BIRTH_DATE &&
				 EL_NEED_RESIDENCE == 1u << EL_FACT_RESIDENCE &&
				 EL_NEED_RESIDENT_SINCE == 1u << EL_FACT_RESIDENT_SINCE &&
				 EL_NEED_REGISTERED == 1u << EL_FACT_REGISTERED &&
				 EL_NEED_INCAPACITATED == 1u << EL_FACT_INCAPACITATED &&
				 EL_NEED_IMPRISONED == 1u << EL_FACT_IMPRISONED &&
				 EL_NEED_DETAINED == 1u << EL_FACT_DETAINED &&
				 EL_NEED_CITIZEN_BY_BIRTH == 1u << EL_FACT_CITIZEN_BY_BIRTH &&
				 EL_NEED_FOREIGN_PERMIT == 1u << EL_FACT_FOREIGN_RESIDENCE_PERMIT &&
				 EL_NEED_EVER_FOREIGN == 1u << EL_FACT_EVER_FOREIGN &&
				 EL_NFACTS == 11,
				 "EL_NEED_* bits must follow el_fact");

static inline unsigned
el_supplied(int nfacts)
{
	return nfacts >= EL_NFACTS ? EL_NEED_ALL : nfacts <= 0 ? 0 : (1u << nfacts) - 1;
}

static inline void
el_person_from_facts(const el_rules *rules, const NullableDatum *facts, int nfacts,
					 unsigned needs, el_person *p, int16_t *buf)
{
	unsigned	read = needs & el_supplied(nfacts);

	/* first the SQL defaults of every fact, then what was supplied and is needed */
	p->citizenships = NULL;
	p->ncitizenships = 0;
	p->unknown_citizenship = false;
	p->has_birth_date = false;
	p->has_residence = true;
	p->residence = EL_RES_NONE;
	p->has_resident_since = false;
	p->registered = EL_NO;
	p->incapacitated = EL_NO;
	p->imprisoned = EL_NO;
	p->detained = EL_NO;
	p->citizen_by_birth = EL_UNKNOWN;
	p->foreign_residence_permit = EL_NO;
	p->ever_foreign = EL_NO;

	if ((read & EL_NEED_CITIZENSHIPS) && !facts[EL_FACT_CITIZENSHIPS].isnull)
	{
		p->ncitizenships = el_read_countries(facts[EL_FACT_CITIZENSHIPS].value, buf,
											 &p->unknown_citizenship);
		p->citizenships = buf;
	}
	if (read & EL_NEED_BIRTH_DATE)
		p->has_birth_date = el_date_fact(&facts[EL_FACT_BIRTH_DATE], &p->birth_date);
	if (read & EL_NEED_RESIDENCE)
	{
		const NullableDatum *f = &facts[EL_FACT_RESIDENCE];

		if (f->isnull)
			p->has_residence = false;
		else if (DatumGetObjectId(f->value) == rules->residence_enum[EL_RES_PERMANENT])
			p->residence = EL_RES_PERMANENT;
		else if (DatumGetObjectId(f->value) == rules->residence_enum[EL_RES_TEMPORARY])
			p->residence = EL_RES_TEMPORARY;
	}
	if (read & EL_NEED_RESIDENT_SINCE)
		p->has_resident_since = el_date_fact(&facts[EL_FACT_RESIDENT_SINCE], &p->resident_since);
	if (read & EL_NEED_REGISTERED)
		p->registered = el_tri_fact(&facts[EL_FACT_REGISTERED]);
	if (read & EL_NEED_INCAPACITATED)
		p->incapacitated = el_tri_fact(&facts[EL_FACT_INCAPACITATED]);
	if (read & EL_NEED_IMPRISONED)
		p->imprisoned = el_tri_fact(&facts[EL_FACT_IMPRISONED]);
	if (read & EL_NEED_DETAINED)
		p->detained = el_tri_fact(&facts[EL_FACT_DETAINED]);
	if (read & EL_NEED_CITIZEN_BY_BIRTH)
		p->citizen_by_birth = el_tri_fact(&facts[EL_FACT_CITIZEN_BY_BIRTH]);
	if (read & EL_NEED_FOREIGN_PERMIT)
		p->foreign_residence_permit = el_tri_fact(&facts[EL_FACT_FOREIGN_RESIDENCE_PERMIT]);
	if (read & EL_NEED_EVER_FOREIGN)
		p->ever_foreign = el_tri_fact(&facts[EL_FACT_EVER_FOREIGN]);
}

/*
 * el_plan_evaluate on the person the facts describe, reading the facts
 * lazily when the plan is straight (rules.h): a bar or an age that fails
 * ends it before anything else is read, and a citizen of the office's
 * country never has the facts the grants look at read.  A foreigner, whom
 * only a grant can admit, has those read next (el_decide_foreigner); a plan
 * that is not straight has every fact it needs read, for el_plan_evaluate.
 * The tests are the core's el_plan_*; only the order of reading is decided
 * here.
 */
bool		el_decide_from_all_facts(const el_rules *rules, const el_plan *plan,
									 const NullableDatum *facts, int nfacts, int16_t *buf);
bool		el_decide_foreigner(const el_rules *rules, const el_plan *plan,
								const NullableDatum *facts, int nfacts, int16_t *buf);

/* supplied: el_supplied(nfacts), which a caller may keep */
static pg_attribute_always_inline bool
el_decide_from_facts(const el_rules *rules, const el_plan *plan,
					 const NullableDatum *facts, int nfacts, unsigned supplied, int16_t *buf)
{

	if (plan->straight)
	{
		/* a bar not supplied takes its default, false: met */
		unsigned	bars = plan->bars & supplied;
		el_day		day = 0;
		bool		known;

		if (((bars & EL_NEED_INCAPACITATED) &&
			 !el_plan_bar_ok(el_tri_fact(&facts[EL_FACT_INCAPACITATED]))) ||
			((bars & EL_NEED_IMPRISONED) &&
			 !el_plan_bar_ok(el_tri_fact(&facts[EL_FACT_IMPRISONED]))) ||
			((bars & EL_NEED_DETAINED) &&
			 !el_plan_bar_ok(el_tri_fact(&facts[EL_FACT_DETAINED]))))
			return false;
		if (plan->check_age)
		{
			known = (supplied & EL_NEED_BIRTH_DATE) &&
				el_date_fact(&facts[EL_FACT_BIRTH_DATE], &day);
			if (!el_plan_age_ok(plan, known, day))
				return false;
		}
		if (plan->check_residence)
		{
			known = (supplied & EL_NEED_RESIDENT_SINCE) &&
				el_date_fact(&facts[EL_FACT_RESIDENT_SINCE], &day);
			if (!el_plan_residence_ok(plan, known, day))
				return false;
		}
		if (plan->citizen == NULL)
			return true;
		if (!(supplied & EL_NEED_CITIZENSHIPS) || facts[EL_FACT_CITIZENSHIPS].isnull)
			return false;		/* citizenships not known: not proven */
		/* a NULL element does not matter to a citizen; anyone else is read again below */
		if (el_holds_country(facts[EL_FACT_CITIZENSHIPS].value, plan->office->country))
			return true;
		return plan->ngrants > 0 && el_decide_foreigner(rules, plan, facts, nfacts, buf);
	}
	return el_decide_from_all_facts(rules, plan, facts, nfacts, buf);
}

/* A polling day for the engine: errors for NULL or infinite dates. */
el_noreturn void el_polling_day_error(bool isnull);

static inline el_day
el_polling_day(bool isnull, Datum value)
{
	if (unlikely(isnull || DATE_NOT_FINITE(DatumGetDateADT(value))))
		el_polling_day_error(isnull);
	return DatumGetDateADT(value);
}

#endif
