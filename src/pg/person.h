/*
 * person.h: turning SQL values into the core's facts, shared by the
 * eligibility functions and the trigger so that they read facts alike: an
 * el_person filled at once (the trigger, explain), or the lazy el_reader of
 * a row's arguments that can_vote and can_stand hand to el_plan_decide.
 * The per-row parts are inline here; the rest is in person.c.
 */
#ifndef ELECTORAL_PG_PERSON_H
#define ELECTORAL_PG_PERSON_H

#include "compat.h"

#include <string.h>

#include "port/pg_bitutils.h"
#include "utils/array.h"
#include "utils/date.h"

#include "rulecache.h"
#include "rules.h"

/* The most citizenships one person may hold in an argument. */
#define EL_MAX_CITIZENSHIPS 32

/*
 * The facts, in the order of can_stand's parameters after office and
 * on_date (explain's after its leading role).  can_vote has the first eight,
 * then resides_in_territory (its argument 11): el_vote_facts maps them.
 */
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
	EL_FACT_RESIDES_IN_TERRITORY,
	EL_FACT_WORKS_IN_TERRITORY,
	EL_FACT_CONVICTION,
	EL_FACT_CONVICTION_IMPRISONMENT,
	EL_FACT_CONVICTION_LISTED,
	EL_FACT_CONVICTION_EXPUNGED,
	EL_FACT_EXTREMIST_CONVICTION,
	EL_FACT_ADMIN_PENALTY,
	EL_FACT_EXTREMIST_ORG,
	EL_FACT_EXTREMIST_ORG_DECIDED,
	EL_FACT_FOREIGN_AGENT,
	EL_FACT_FOREIGN_BENEFIT_DOCUMENT,
	EL_FACT_NOT_PERMANENTLY_RESIDENT,
	EL_NFACTS
} el_fact;

/* can_vote's facts before resides_in_territory (citizenships .. detained). */
#define EL_VOTE_LEADING_FACTS (EL_FACT_DETAINED + 1)

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
 * electoral.unsupplied_bars (module.c): what a bar fact the caller did not
 * supply counts as.  'met' (the default, as in 1.0): false, the bar is met;
 * 'not_proven': not known, the bar is not met.  Not supplied: a can_vote /
 * can_stand / explain argument left to its DEFAULT (electoral.unsupplied_bar(),
 * which returns this setting's value), a fact the function has no parameter
 * for (can_vote's citizen_by_birth, foreign_residence_permit, ever_foreign).
 */
typedef enum el_unsupplied_mode
{
	EL_UNSUPPLIED_MET,
	EL_UNSUPPLIED_NOT_PROVEN
} el_unsupplied_mode;

extern el_hidden int el_unsupplied_bars;

/*
 * The facts el_unsupplied_bars governs: their DEFAULT is
 * electoral.unsupplied_bar() (or, for the enums conviction and
 * extremist_org, electoral.unsupplied_conviction() / unsupplied_org_role()).
 */
#define EL_BAR_FACTS (EL_NEED_INCAPACITATED | EL_NEED_IMPRISONED | EL_NEED_DETAINED | \
					  EL_NEED_FOREIGN_PERMIT | EL_NEED_EVER_FOREIGN | \
					  EL_NEED_CONVICTION | EL_NEED_CONVICTION_IMPRISONMENT | EL_NEED_CONVICTION_LISTED | \
					  EL_NEED_EXTREMIST_CONVICTION | EL_NEED_ADMIN_PENALTY | EL_NEED_EXTREMIST_ORG | \
					  EL_NEED_FOREIGN_AGENT | EL_NEED_FOREIGN_BENEFIT_DOCUMENT | \
					  EL_NEED_NOT_PERMANENTLY_RESIDENT)

/* The facts that are enums of the rulebook (electoral.conviction, electoral.org_role). */
#define EL_ENUM_FACTS (EL_NEED_CONVICTION | EL_NEED_EXTREMIST_ORG)

/*
 * The positive conditions the same setting governs: residence or work in the
 * territory of the election.  Not supplied, they count as met ('met') or
 * not proven, so a caller who leaves them out gets 1.0's answers.
 */
#define EL_CONDITION_FACTS (EL_NEED_RESIDES_IN_TERRITORY | EL_NEED_WORKS_IN_TERRITORY)

/* What a bar fact not supplied counts as. */
static inline el_tri
el_unsupplied_bar(void)
{
	return el_unsupplied_bars == EL_UNSUPPLIED_NOT_PROVEN ? EL_UNKNOWN : EL_NO;
}

/* What a condition fact not supplied counts as. */
static inline el_tri
el_unsupplied_condition(void)
{
	return el_unsupplied_bars == EL_UNSUPPLIED_NOT_PROVEN ? EL_UNKNOWN : EL_YES;
}

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
				 EL_NEED_RESIDES_IN_TERRITORY == 1u << EL_FACT_RESIDES_IN_TERRITORY &&
				 EL_NEED_WORKS_IN_TERRITORY == 1u << EL_FACT_WORKS_IN_TERRITORY &&
				 EL_NEED_CONVICTION == 1u << EL_FACT_CONVICTION &&
				 EL_NEED_CONVICTION_IMPRISONMENT == 1u << EL_FACT_CONVICTION_IMPRISONMENT &&
				 EL_NEED_CONVICTION_LISTED == 1u << EL_FACT_CONVICTION_LISTED &&
				 EL_NEED_CONVICTION_EXPUNGED == 1u << EL_FACT_CONVICTION_EXPUNGED &&
				 EL_NEED_EXTREMIST_CONVICTION == 1u << EL_FACT_EXTREMIST_CONVICTION &&
				 EL_NEED_ADMIN_PENALTY == 1u << EL_FACT_ADMIN_PENALTY &&
				 EL_NEED_EXTREMIST_ORG == 1u << EL_FACT_EXTREMIST_ORG &&
				 EL_NEED_EXTREMIST_ORG_DECIDED == 1u << EL_FACT_EXTREMIST_ORG_DECIDED &&
				 EL_NEED_FOREIGN_AGENT == 1u << EL_FACT_FOREIGN_AGENT &&
				 EL_NEED_FOREIGN_BENEFIT_DOCUMENT == 1u << EL_FACT_FOREIGN_BENEFIT_DOCUMENT &&
				 EL_NEED_NOT_PERMANENTLY_RESIDENT == 1u << EL_FACT_NOT_PERMANENTLY_RESIDENT &&
				 EL_NFACTS == 24,
				 "EL_NEED_* bits must follow el_fact");

static inline unsigned
el_supplied(int nfacts)
{
	return nfacts >= EL_NFACTS ? EL_NEED_ALL : nfacts <= 0 ? 0 : (1u << nfacts) - 1;
}

/*
 * Fill person from facts[], in el_fact order: the facts whose EL_NEED_* bit
 * is in supplied (el_supplied(n) for the first n); the others were not
 * supplied and take their SQL defaults (a bar or a condition: as
 * electoral.unsupplied_bars says, and marked in person->unsupplied), and so
 * do facts whose bit is not in needs (el_plan.needs; EL_NEED_ALL to read
 * every one).  A function passes &fcinfo->args[first] straight through, so
 * nothing is copied.  buf holds the decoded citizenships
 * (EL_MAX_CITIZENSHIPS entries).
 */
void		el_person_from_facts(const el_rules *rules, const NullableDatum *facts, unsigned supplied,
								 unsigned needs, el_person *p, int16_t *buf);

/*
 * Mark the bar and condition facts among facts (EL_NEED_* bits) as not
 * supplied: they take el_unsupplied_bar() / el_unsupplied_condition() and
 * explanations say so.  For a caller whose
 * "not supplied" is not a missing argument, e.g. the trigger's facts with
 * no column mapped (whose values el_person_from_facts took from defaults).
 */
static inline void
el_person_leave_out(el_person *p, unsigned facts)
{
	el_tri		value = el_unsupplied_bar();

	if (facts & EL_NEED_RESIDES_IN_TERRITORY)
		p->resides_in_territory = el_unsupplied_condition();
	if (facts & EL_NEED_WORKS_IN_TERRITORY)
		p->works_in_territory = el_unsupplied_condition();
	facts &= EL_BAR_FACTS | EL_CONDITION_FACTS;
	if (facts & EL_NEED_INCAPACITATED)
		p->incapacitated = value;
	if (facts & EL_NEED_IMPRISONED)
		p->imprisoned = value;
	if (facts & EL_NEED_DETAINED)
		p->detained = value;
	if (facts & EL_NEED_FOREIGN_PERMIT)
		p->foreign_residence_permit = value;
	if (facts & EL_NEED_EVER_FOREIGN)
		p->ever_foreign = value;
	if (facts & EL_NEED_CONVICTION)
		p->conviction = value == EL_NO ? EL_CONV_NONE : EL_CONV_UNKNOWN;
	if (facts & EL_NEED_CONVICTION_IMPRISONMENT)
		p->conviction_imprisonment = value;
	if (facts & EL_NEED_CONVICTION_LISTED)
		p->conviction_listed = value;
	if (facts & EL_NEED_EXTREMIST_CONVICTION)
		p->extremist_conviction = value;
	if (facts & EL_NEED_ADMIN_PENALTY)
		p->admin_penalty = value;
	if (facts & EL_NEED_EXTREMIST_ORG)
		p->extremist_org = value == EL_NO ? EL_ORG_NONE : EL_ORG_UNKNOWN;
	if (facts & EL_NEED_FOREIGN_AGENT)
		p->foreign_agent = value;
	if (facts & EL_NEED_FOREIGN_BENEFIT_DOCUMENT)
		p->foreign_benefit_document = value;
	if (facts & EL_NEED_NOT_PERMANENTLY_RESIDENT)
		p->not_permanently_resident = value;
	p->unsupplied |= facts;
}

/*
 * The lazy reader (rules.h's el_reader) of a row's SQL arguments, for
 * can_vote and can_stand: el_plan_decide asks for a fact, and only then is
 * its argument looked at.  The whole-person read (a foreigner, a plan with
 * requirements that do not fold) is out of line in person.c.
 */
typedef struct el_fact_source
{
	const el_rules *rules;
	const NullableDatum *facts; /* &fcinfo->args[first fact], or remapped (can_vote) */
	unsigned	supplied;		/* EL_NEED_* bits of the facts supplied, kept by the call site */
	int16_t    *buf;			/* EL_MAX_CITIZENSHIPS codes */
	el_person  *person;			/* filled by el_source_person */
} el_fact_source;

const el_person *el_source_person(const void *src, unsigned needs);

static inline el_tri
el_source_fact(const void *src, unsigned need)
{
	const el_fact_source *s = (const el_fact_source *) src;

	if (!(s->supplied & need))
		return el_unsupplied_bar();		/* el_plan_decide asks only for bars */
	return el_tri_fact(&s->facts[pg_rightmost_one_pos32(need)]);
}

static inline bool
el_source_date(const void *src, unsigned need, el_day *out)
{
	const el_fact_source *s = (const el_fact_source *) src;

	return (s->supplied & need) && el_date_fact(&s->facts[pg_rightmost_one_pos32(need)], out);
}

/* The index of an enum value among a rulebook's label OIDs; -1 when none. */
static inline int
el_enum_index(const Oid *labels, int n, Oid value)
{
	int			i;

	for (i = 0; i < n; i++)
		if (labels[i] == value)
			return i;
	return -1;
}

/* An enum fact (conviction, extremist_org) that was supplied: its index, -1 when NULL. */
static inline int
el_enum_fact(const el_rules *rules, unsigned need, const NullableDatum *fact)
{
	if (fact->isnull)
		return -1;
	if (need == EL_NEED_CONVICTION)
		return el_enum_index(rules->conviction_enum, EL_NCONVICTIONS, DatumGetObjectId(fact->value));
	return el_enum_index(rules->org_role_enum, EL_NORGROLES, DatumGetObjectId(fact->value));
}

static inline int
el_source_level(const void *src, unsigned need)
{
	const el_fact_source *s = (const el_fact_source *) src;

	if (!(s->supplied & need))
		return el_unsupplied_bar() == EL_NO ? 0 : -1;	/* none, or not proven */
	return el_enum_fact(s->rules, need, &s->facts[pg_rightmost_one_pos32(need)]);
}

static inline int
el_source_citizen(const void *src, int16_t country)
{
	const el_fact_source *s = (const el_fact_source *) src;

	if (!(s->supplied & EL_NEED_CITIZENSHIPS) || s->facts[EL_FACT_CITIZENSHIPS].isnull)
		return -1;
	return el_holds_country(s->facts[EL_FACT_CITIZENSHIPS].value, country);
}

static const el_reader el_source_reader = {
	el_source_person, el_source_fact, el_source_date, el_source_level, el_source_citizen
};

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
