/*
 * rules.h: a compiled rulebook and the pure evaluation of one person
 * against it.
 *
 * The rule tables (electoral.office, electoral.requirement,
 * electoral.franchise_grant) are compiled by the glue into these plain
 * structs; everything here is arithmetic on them.  can_vote, can_stand,
 * explain and the trigger all call el_evaluate, so they cannot disagree.
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
	EL_NREQKINDS
} el_reqkind;

/* SQL names of the enums above, index = value. */
extern const char *const el_role_names[EL_NROLES];
extern const char *const el_level_names[EL_NLEVELS];
extern const char *const el_residence_names[3];
extern const char *const el_reqkind_names[EL_NREQKINDS];

/* Three-valued facts. */
typedef enum el_tri
{
	EL_UNKNOWN = -1,
	EL_NO = 0,
	EL_YES = 1
} el_tri;

/* A period [from, to): EL_DAY_MIN / EL_DAY_MAX for open ends. */
typedef struct el_period
{
	el_day		from;
	el_day		to;
} el_period;

typedef struct el_requirement
{
	el_reqkind	kind;
	int			years;			/* min_age, residence_years */
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
	bool		permanent_residence;
	int			min_residence_years;
	bool		registration;
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
} el_person;

/* One line of an explanation. */
typedef struct el_reason
{
	const char *requirement;	/* e.g. "min_age 18", "grant: permanent residence" */
	bool		satisfied;
	char		detail[200];
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
 * millions of people; el_plan_evaluate answers exactly as el_evaluate
 * without an explanation, with no date conversion and no period test per
 * person.
 */
#define EL_PLAN_MAX 32

typedef struct el_plan
{
	const el_office *office;
	el_role		role;
	el_day		day;
	bool		no_direct_vote; /* voting for an office no one votes for */
	bool		generic;		/* too many requirements: use el_evaluate */
	int			n;
	const el_requirement *reqs[EL_PLAN_MAX];
	int64_t		latest_start[EL_PLAN_MAX];	/* min_age, residence_years (see el_latest_start) */
} el_plan;

void		el_plan_build(el_plan *plan, const el_office *office, el_role role, el_day day);
bool		el_plan_evaluate(const el_plan *plan, const el_person *person);

/* Link a freshly built office to the grants that could apply to it. */
bool		el_grant_covers_office(const el_grant *g, const el_office *office, el_role role);

#endif
