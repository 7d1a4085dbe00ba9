/*
 * rules.h: a compiled rulebook and the pure evaluation of one person
 * against it.
 *
 * The rule tables (electoral.office, electoral.requirement,
 * electoral.franchise_grant) are compiled by the glue into these plain
 * structs; everything here is arithmetic on them.  Two ways to decide:
 * el_evaluate walks the requirements and can explain each (explain, the
 * trigger's messages); an el_plan is compiled from the same requirements
 * for one office, role and polling day, and el_plan_decide answers yes or
 * no for many people: the one decider of can_vote, can_stand and the
 * trigger, reading facts through an el_reader (eagerly from an el_person,
 * or lazily from SQL arguments).  fuzz/fuzz_rules.c holds el_plan_decide,
 * through both kinds of reader, to el_evaluate's answers.
 *
 * Facts about a person are three-valued where the law needs proof: a fact
 * that is not known (SQL NULL) never satisfies a requirement.
 */
#ifndef ELECTORAL_CORE_RULES_H
#define ELECTORAL_CORE_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar.h"

typedef enum el_role
{
	EL_VOTE,
	EL_STAND,
	EL_NROLES
} el_role;

typedef enum el_level
{
	EL_LOCAL,
	EL_REGIONAL,
	EL_NATIONAL,
	EL_NLEVELS
} el_level;

typedef enum el_residence
{
	EL_RES_NONE,
	EL_RES_TEMPORARY,
	EL_RES_PERMANENT
} el_residence;

/* Keep in the order of the SQL enum electoral.requirement_kind. */
typedef enum el_reqkind
{
	EL_REQ_MIN_AGE,
	EL_REQ_CITIZEN,
	EL_REQ_CITIZEN_BY_BIRTH,
	EL_REQ_RESIDENCE_YEARS,
	EL_REQ_NO_FOREIGN_CITIZENSHIP,
	EL_REQ_NO_FOREIGN_RESIDENCE_PERMIT,
	EL_REQ_NEVER_FOREIGN,
	EL_REQ_NOT_INCAPACITATED,
	EL_REQ_NOT_IMPRISONED,
	EL_REQ_NOT_DETAINED,
	EL_REQ_RESIDES_IN_TERRITORY,
	EL_REQ_LIVES_OR_WORKS_IN_TERRITORY,
	/* law-bars: convictions and other bars on standing (years: the bar's term) */
	EL_REQ_NO_CONVICTION,
	EL_REQ_NO_UNEXPUNGED_CONVICTION,
	EL_REQ_NO_GRAVE_CONVICTION,
	EL_REQ_NO_ESPECIALLY_GRAVE_CONVICTION,
	EL_REQ_NO_LISTED_MEDIUM_CONVICTION,
	EL_REQ_NO_EXTREMIST_CONVICTION,
	EL_REQ_NO_ADMIN_PENALTY,
	EL_REQ_NO_EXTREMIST_ORG_LEADERSHIP,
	EL_REQ_NO_EXTREMIST_ORG_PARTICIPATION,
	EL_REQ_NOT_FOREIGN_AGENT,
	EL_REQ_NO_FOREIGN_BENEFIT_DOCUMENT,
	EL_REQ_PERMANENTLY_RESIDENT,
	EL_NREQKINDS
} el_reqkind;

/*
 * The gravest category of the conviction a person reports (electoral.conviction):
 * EL_CONV_NONE when never convicted.  Criminal Code of the Russian Federation
 * art. 15 (and of Belarus art. 12) sort crimes so.
 */
typedef enum el_conviction
{
	EL_CONV_UNKNOWN = -1,
	EL_CONV_NONE,
	EL_CONV_MINOR,
	EL_CONV_MEDIUM,
	EL_CONV_GRAVE,
	EL_CONV_ESPECIALLY_GRAVE,
	EL_NCONVICTIONS
} el_conviction;

/* A role in an organisation a court banned as extremist or terrorist (electoral.org_role). */
typedef enum el_org_role
{
	EL_ORG_UNKNOWN = -1,
	EL_ORG_NONE,
	EL_ORG_PARTICIPANT,
	EL_ORG_LEADER,
	EL_NORGROLES
} el_org_role;

/* SQL names of the enums above, index = value. */
extern const char *const el_role_names[EL_NROLES];
extern const char *const el_level_names[EL_NLEVELS];
extern const char *const el_residence_names[3];
extern const char *const el_reqkind_names[EL_NREQKINDS];
extern const char *const el_conviction_names[EL_NCONVICTIONS];
extern const char *const el_org_role_names[EL_NORGROLES];

/* Three-valued facts. */
typedef enum el_tri
{
	EL_UNKNOWN = -1,
	EL_NO = 0,
	EL_YES = 1
} el_tri;

/* Does a requirement of this kind take a number of years? */
bool		el_reqkind_has_years(el_reqkind kind);

/* A period [from, to): EL_DAY_MIN / EL_DAY_MAX for open ends. */
typedef struct el_period
{
	el_day		from;
	el_day		to;
} el_period;

typedef struct el_requirement
{
	el_reqkind	kind;
	int			years;			/* el_reqkind_has_years: an age, a residence, a bar's term */
	bool		continuous;		/* residence_years: immediately before polling day */
	bool		grant_may_waive;	/* a franchise grant may stand in for it */
	el_period	in_force;
	const char *legal_basis;
} el_requirement;

typedef struct el_grant
{
	int16_t		host;			/* packed electoral.country */
	const int16_t *nationals;
	int			nnationals;
	unsigned	roles;			/* bit per el_role */
	unsigned	levels;			/* bit per el_level */
	const char *const *except_offices;
	int			nexcept;
	el_period	in_force;
	el_residence min_residence; /* the least status that qualifies (EL_RES_NONE: any) */
	int			min_residence_years;
	bool		registration;
	bool		in_territory;	/* the national must reside in the election's territory */
	bool		has_cutoff;
	el_day		resident_since_before;
	const char *treaty;
	const char *legal_basis;
} el_grant;

typedef struct el_office
{
	const char *code;
	size_t		code_len;		/* strlen(code), kept for the lookup */
	int16_t		country;
	el_level	level;
	bool		direct_vote;
	const char *title;
	const char *legal_basis;	/* may be NULL */
	/* requirements of each role, in table order */
	const el_requirement *reqs[EL_NROLES];
	int			nreqs[EL_NROLES];
	/* the grants that could ever apply to this office and role (host, level, exceptions) */
	const el_grant *const *grants[EL_NROLES];
	int			ngrants[EL_NROLES];
} el_office;

typedef struct el_rulebook
{
	const el_office *offices;	/* sorted by code */
	int			noffices;
} el_rulebook;

/* What the caller knows of a person. */
typedef struct el_person
{
	const int16_t *citizenships;	/* NULL when not known */
	int			ncitizenships;
	bool		unknown_citizenship;	/* the list had a NULL element */
	bool		has_birth_date;
	el_day		birth_date;
	el_residence residence;
	bool		has_residence;
	bool		has_resident_since;
	el_day		resident_since;
	el_tri		registered;
	el_tri		incapacitated;
	el_tri		imprisoned;
	el_tri		detained;
	el_tri		citizen_by_birth;
	el_tri		foreign_residence_permit;
	el_tri		ever_foreign;
	el_tri		resides_in_territory;	/* in the district / municipality of the election */
	el_tri		works_in_territory;

	/*
	 * The conviction whose bar runs longest (one per person): its category,
	 * whether the sentence was deprivation of liberty, whether the crime is
	 * one of the medium-gravity crimes 67-FZ art. 4 p. 3.2 lists, and the
	 * day it was expunged or lifted (has_conviction_expunged false while not).
	 */
	el_conviction conviction;
	el_tri		conviction_imprisonment;
	el_tri		conviction_listed;
	bool		has_conviction_expunged;
	el_day		conviction_expunged;
	el_tri		extremist_conviction;	/* an unexpunged conviction for an extremist crime */
	el_tri		admin_penalty;	/* an administrative penalty under KoAP 20.3 / 20.29 in force */
	el_org_role extremist_org;	/* role in an organisation banned as extremist or terrorist */
	bool		has_extremist_org_decided;
	el_day		extremist_org_decided;	/* the day the court's decision took effect */
	el_tri		foreign_agent;
	el_tri		foreign_benefit_document;	/* a Pole's Card or like document of a foreign state */
	el_tri		not_permanently_resident;	/* a citizen not permanently residing in the country */

	/*
	 * EL_NEED_* bits of the facts the caller did not supply (an argument
	 * left to its default, a column not mapped): their value above is the
	 * default the caller chose, EL_NO (met) or EL_UNKNOWN (not proven).
	 * Only explanations read it, to say so; answers read the values.
	 */
	unsigned	unsupplied;
} el_person;

/* One line of an explanation. */
typedef struct el_reason
{
	const char *requirement;	/* e.g. "min_age 18", "grant: permanent residence" */
	bool		satisfied;
	const char *detail;			/* never cut: any length, the rules' own bytes */
	const char *legal_basis;
} el_reason;

/*
 * Called once per requirement considered; only when explaining.  Strings
 * in the reason live until the callback returns.
 */
typedef void (*el_reason_fn) (const el_reason *reason, void *arg);

/* Binary search by code; NULL when unknown. */
const el_office *el_find_office(const el_rulebook *book, const char *code, size_t len);

/*
 * May the person take the role for this office on polling day?  With
 * explain == NULL it stops at the first unmet requirement; otherwise it
 * reports every requirement in force, and the answer is true exactly when
 * no reported line is unsatisfied.
 */
bool		el_evaluate(const el_office *office, el_role role, el_day polling_day,
						const el_person *person, el_reason_fn explain, void *arg);

/*
 * A plan: the requirements of one office and role in force on one polling
 * day, with the day-dependent arithmetic done once (the latest birth date
 * that reaches a minimum age, the latest start of residence that reaches a
 * number of years).  Queries ask about one office and one polling day for
 * millions of people; el_plan_decide answers exactly as el_evaluate
 * without an explanation, with no date conversion and no period test per
 * person.
 */
#define EL_PLAN_MAX 32
#define EL_PLAN_MAX_GRANTS 8

/*
 * A franchise grant as a plan applies it: in force on the plan's polling
 * day, covering its office and role; the years of residence it asks for
 * turned into the latest start of residence that has them.
 */
typedef struct el_plan_grant
{
	const el_grant *grant;
	int64_t		latest_start;	/* min_residence_years > 0 */
} el_plan_grant;

/*
 * The facts an evaluation may read, so that a caller turning SQL values
 * into an el_person can skip the others (see el_plan.needs).
 */
#define EL_NEED_CITIZENSHIPS		(1u << 0)
#define EL_NEED_BIRTH_DATE			(1u << 1)
#define EL_NEED_RESIDENCE			(1u << 2)
#define EL_NEED_RESIDENT_SINCE		(1u << 3)
#define EL_NEED_REGISTERED			(1u << 4)
#define EL_NEED_INCAPACITATED		(1u << 5)
#define EL_NEED_IMPRISONED			(1u << 6)
#define EL_NEED_DETAINED			(1u << 7)
#define EL_NEED_CITIZEN_BY_BIRTH	(1u << 8)
#define EL_NEED_FOREIGN_PERMIT		(1u << 9)
#define EL_NEED_EVER_FOREIGN		(1u << 10)
#define EL_NEED_RESIDES_IN_TERRITORY (1u << 11)
#define EL_NEED_WORKS_IN_TERRITORY	(1u << 12)
#define EL_NEED_CONVICTION			(1u << 13)
#define EL_NEED_CONVICTION_IMPRISONMENT (1u << 14)
#define EL_NEED_CONVICTION_LISTED	(1u << 15)
#define EL_NEED_CONVICTION_EXPUNGED (1u << 16)
#define EL_NEED_EXTREMIST_CONVICTION (1u << 17)
#define EL_NEED_ADMIN_PENALTY		(1u << 18)
#define EL_NEED_EXTREMIST_ORG		(1u << 19)
#define EL_NEED_EXTREMIST_ORG_DECIDED (1u << 20)
#define EL_NEED_FOREIGN_AGENT		(1u << 21)
#define EL_NEED_FOREIGN_BENEFIT_DOCUMENT (1u << 22)
#define EL_NEED_NOT_PERMANENTLY_RESIDENT (1u << 23)
#define EL_NEED_ALL					((1u << 24) - 1)

/* The bars el_plan_decide tests after the first three, one per bit. */
#define EL_MORE_BARS (EL_NEED_EXTREMIST_CONVICTION | EL_NEED_ADMIN_PENALTY | \
					  EL_NEED_FOREIGN_AGENT | EL_NEED_FOREIGN_BENEFIT_DOCUMENT | \
					  EL_NEED_NOT_PERMANENTLY_RESIDENT)

/* el_plan.tail: the tests after citizenship */
#define EL_TAIL_OTHERS		1u	/* nothers > 0 */
#define EL_TAIL_LAW_BARS	2u	/* more_bars or gated requirements */

typedef struct el_plan
{
	const el_office *office;
	el_role		role;
	el_day		day;
	bool		no_direct_vote; /* voting for an office no one votes for */
	bool		generic;		/* too many requirements: use el_evaluate */
	unsigned	needs;			/* EL_NEED_* bits: the facts el_plan_decide reads */
	unsigned	grant_needs;	/* those of them el_plan_grant_admits reads, but citizenships */

	/*
	 * The requirements in force folded into a few tests, since all of them
	 * must hold, in any order: ages and residence lengths keep the strictest
	 * threshold (a latest birth date, a latest start of residence); bars are
	 * EL_NEED_* bits of the three-valued facts that must be EL_NO; one
	 * citizenship requirement, with the grants in force that may stand in
	 * for it.
	 */
	bool		check_age;
	bool		check_residence;
	unsigned	bars;			/* EL_NEED_INCAPACITATED, _IMPRISONED, _DETAINED */
	unsigned	more_bars;		/* EL_MORE_BARS bits */

	/*
	 * The conviction and organisation requirements, checked one by one as
	 * el_evaluate does, but only for a person whose facts named in gate are
	 * not EL_CONV_NONE / EL_ORG_NONE: a clear record meets every one of them.
	 */
	unsigned	gate;
	int			ngated;
	const el_requirement *gated[EL_PLAN_MAX];

	/* what follows the citizenship test: EL_TAIL_* bits, 0 for nothing */
	unsigned	tail;
	int64_t		max_birth_date;
	int64_t		max_resident_since;
	const el_requirement *citizen;	/* NULL: no citizenship requirement */
	int			ngrants;		/* may stand in for citizen (grant_may_waive) */
	el_plan_grant grants[EL_PLAN_MAX_GRANTS];

	/* the requirements that do not fold, checked one by one as el_evaluate does */
	int			nothers;
	const el_requirement *others[EL_PLAN_MAX];
} el_plan;

void		el_plan_build(el_plan *plan, const el_office *office, el_role role, el_day day);

/* The parts of el_plan_decide that are not inline. */
bool		el_plan_evaluate_generic(const el_plan *plan, const el_person *person);
bool		el_plan_others_met(const el_plan *plan, const el_person *person);
bool		el_plan_gated_met(const el_plan *plan, const el_person *person);

/*
 * The folded tests, one per kind of fact, for el_plan_decide below, which
 * reads a fact only when the test before it passed.
 */
static inline bool
el_plan_bar_ok(el_tri fact)
{
	return fact == EL_NO;		/* a bar is met only when known not to apply */
}

static inline bool
el_plan_age_ok(const el_plan *plan, bool has_birth_date, el_day birth_date)
{
	return !plan->check_age || (has_birth_date && birth_date <= plan->max_birth_date);
}

static inline bool
el_plan_residence_ok(const el_plan *plan, bool has_resident_since, el_day resident_since)
{
	return !plan->check_residence ||
		(has_resident_since && resident_since <= plan->max_resident_since);
}

static inline bool
el_holds(const int16_t *citizenships, int n, int16_t country)
{
	int			i;

	for (i = 0; i < n; i++)
		if (citizenships[i] == country)
			return true;
	return false;
}

/* A citizen of the office's country (then no grant is needed)? */
static inline bool
el_plan_home_citizen(const el_plan *plan, const int16_t *citizenships, int n)
{
	return el_holds(citizenships, n, plan->office->country);
}

/*
 * A foreign national entitled by one of the plan's grants: a national of a
 * partner who meets every condition of that grant.
 */
static inline bool
el_plan_grant_admits(const el_plan *plan, const el_person *p)
{
	int			i,
				j;

	for (i = 0; i < plan->ngrants; i++)
	{
		const el_plan_grant *pg = &plan->grants[i];
		const el_grant *g = pg->grant;
		bool		national = false;

		for (j = 0; j < g->nnationals && !national; j++)
			national = el_holds(p->citizenships, p->ncitizenships, g->nationals[j]);
		if (!national)
			continue;
		if (g->min_residence != EL_RES_NONE &&
			!(p->has_residence && p->residence >= g->min_residence))
			continue;
		if (g->min_residence_years > 0 &&
			!(p->has_resident_since && p->resident_since <= pg->latest_start))
			continue;
		if (g->has_cutoff &&
			!(p->has_resident_since && p->resident_since < g->resident_since_before))
			continue;
		if (g->registration && p->registered != EL_YES)
			continue;
		if (g->in_territory && p->resides_in_territory != EL_YES)
			continue;
		return true;
	}
	return false;
}

#if defined(__GNUC__)
#define EL_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define EL_ALWAYS_INLINE inline
#endif

/*
 * How el_plan_decide reads a person's facts: the facts one at a time, for
 * the folded tests, so that a row failing a bar or an age has nothing else
 * read; and a whole el_person with at least the facts in needs (EL_NEED_*
 * bits) filled, for the grants and the requirements that do not fold.  A
 * fact not known reads as EL_UNKNOWN / false, and a fact not supplied as
 * the default the caller chose.  src is the reader's own state.
 *
 * The struct is meant to be a constant known where el_plan_decide is
 * inlined, so that the compiler calls the accessors directly (and inlines
 * them): the SQL functions' reader (src/pg/person.h) costs no more than
 * hand-written reads.  el_person_reader's functions read an el_person.
 */
typedef struct el_reader
{
	const el_person *(*person) (const void *src, unsigned needs);
	el_tri		(*fact) (const void *src, unsigned need);	/* a three-valued fact */
	bool		(*date) (const void *src, unsigned need, el_day *out);	/* false: not known */
	int			(*level) (const void *src, unsigned need);	/* an enum fact's index; -1: not known */
	int			(*citizen) (const void *src, int16_t country);	/* 1, 0, -1: not known */
} el_reader;

static inline el_tri
el_person_fact(const void *src, unsigned need)
{
	const el_person *p = (const el_person *) src;

	switch (need)
	{
		case EL_NEED_INCAPACITATED:
			return p->incapacitated;
		case EL_NEED_IMPRISONED:
			return p->imprisoned;
		case EL_NEED_DETAINED:
			return p->detained;
		case EL_NEED_EXTREMIST_CONVICTION:
			return p->extremist_conviction;
		case EL_NEED_ADMIN_PENALTY:
			return p->admin_penalty;
		case EL_NEED_FOREIGN_AGENT:
			return p->foreign_agent;
		case EL_NEED_FOREIGN_BENEFIT_DOCUMENT:
			return p->foreign_benefit_document;
		case EL_NEED_NOT_PERMANENTLY_RESIDENT:
			return p->not_permanently_resident;
		default:
			return EL_UNKNOWN;	/* el_plan_decide asks for no other */
	}
}

static inline bool
el_person_date(const void *src, unsigned need, el_day *out)
{
	const el_person *p = (const el_person *) src;

	if (need == EL_NEED_BIRTH_DATE)
	{
		*out = p->birth_date;
		return p->has_birth_date;
	}
	*out = p->resident_since;
	return p->has_resident_since;
}

static inline int
el_person_level(const void *src, unsigned need)
{
	const el_person *p = (const el_person *) src;

	return need == EL_NEED_CONVICTION ? (int) p->conviction : (int) p->extremist_org;
}

static inline int
el_person_citizen(const void *src, int16_t country)
{
	const el_person *p = (const el_person *) src;

	if (p->citizenships == NULL)
		return -1;
	return el_holds(p->citizenships, p->ncitizenships, country);
}

static inline const el_person *
el_person_whole(const void *src, unsigned needs)
{
	(void) needs;
	return (const el_person *) src;
}

/* The eager reader: src is an el_person with every fact filled (the trigger). */
static const el_reader el_person_reader = {
	el_person_whole, el_person_fact, el_person_date, el_person_level, el_person_citizen
};

/* Every bar of plan->more_bars known not to apply? */
static inline bool
el_plan_more_bars_ok(const el_plan *plan, const el_reader *rd, const void *src)
{
	unsigned	b;

	for (b = plan->more_bars; b != 0; b &= b - 1)
		if (!el_plan_bar_ok(rd->fact(src, b & (~b + 1))))
			return false;
	return true;
}

/* Is the record clear of what the plan's gated requirements look at? */
static inline bool
el_plan_gate_clear(const el_plan *plan, const el_reader *rd, const void *src)
{
	return (!(plan->gate & EL_NEED_CONVICTION) || rd->level(src, EL_NEED_CONVICTION) == EL_CONV_NONE) &&
		(!(plan->gate & EL_NEED_EXTREMIST_ORG) || rd->level(src, EL_NEED_EXTREMIST_ORG) == EL_ORG_NONE);
}

/*
 * The tests after citizenship: the bars past the first three, the gated
 * requirements (only for a record that is not clear), the others.
 */
static inline bool
el_plan_tail_ok(const el_plan *plan, const el_reader *rd, const void *src)
{
	if (plan->more_bars != 0 && !el_plan_more_bars_ok(plan, rd, src))
		return false;
	if (plan->ngated > 0 && !el_plan_gate_clear(plan, rd, src) &&
		!el_plan_gated_met(plan, rd->person(src, plan->needs)))
		return false;
	return plan->nothers == 0 || el_plan_others_met(plan, rd->person(src, plan->needs));
}

/*
 * May the person take the plan's role?  The same answer as el_evaluate
 * without an explanation: the one decider of can_vote, can_stand and the
 * trigger.  Inline, as it runs once per row of a scan: the folded tests are
 * a few compares, each reading only its fact; a citizen of the office's
 * country under a plan with nothing else to check (every shipped vote) has
 * nothing more read.  A foreigner has the facts the grants read read next,
 * and a plan with requirements that do not fold has every fact read.
 */
static EL_ALWAYS_INLINE bool
el_plan_decide(const el_plan *plan, const el_reader *rd, const void *src)
{
	el_day		day = 0;
	bool		known;
	int			citizen;

	if (plan->no_direct_vote)
		return false;			/* no one votes for the office: nothing to read */
	if (plan->generic)
		return el_plan_evaluate_generic(plan, rd->person(src, EL_NEED_ALL));
	if (((plan->bars & EL_NEED_INCAPACITATED) &&
		 !el_plan_bar_ok(rd->fact(src, EL_NEED_INCAPACITATED))) ||
		((plan->bars & EL_NEED_IMPRISONED) &&
		 !el_plan_bar_ok(rd->fact(src, EL_NEED_IMPRISONED))) ||
		((plan->bars & EL_NEED_DETAINED) &&
		 !el_plan_bar_ok(rd->fact(src, EL_NEED_DETAINED))))
		return false;
	if (plan->check_age)
	{
		known = rd->date(src, EL_NEED_BIRTH_DATE, &day);
		if (!el_plan_age_ok(plan, known, day))
			return false;
	}
	if (plan->check_residence)
	{
		known = rd->date(src, EL_NEED_RESIDENT_SINCE, &day);
		if (!el_plan_residence_ok(plan, known, day))
			return false;
	}
	if (plan->citizen != NULL)
	{
		/* a NULL element does not matter to a citizen; anyone else is read in full */
		citizen = rd->citizen(src, plan->office->country);
		if (citizen < 0)
			return false;		/* citizenships not known: not proven */
		if (citizen == 0 &&
			!(plan->ngrants > 0 &&
			  el_plan_grant_admits(plan, rd->person(src, plan->grant_needs | EL_NEED_CITIZENSHIPS))))
			return false;
	}
	/* tested in the order of the plans most asked: nothing more, then others alone */
	if (plan->tail == 0)
		return true;
	if (plan->tail == EL_TAIL_OTHERS)
		return el_plan_others_met(plan, rd->person(src, plan->needs));
	return el_plan_tail_ok(plan, rd, src);
}

/* Link a freshly built office to the grants that could apply to it. */
bool		el_grant_covers_office(const el_grant *g, const el_office *office, el_role role);

#endif
