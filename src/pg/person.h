/*
 * person.h: turning SQL values into the core's el_person, shared by the
 * eligibility functions and the trigger so that they read facts alike.
 */
#ifndef ELECTORAL_PG_PERSON_H
#define ELECTORAL_PG_PERSON_H

#include "compat.h"

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

/*
 * Fill person from facts[0 .. nfacts-1], in el_fact order; facts past
 * nfacts were not supplied and take their SQL defaults.  A function passes
 * &fcinfo->args[first] straight through, so nothing is copied per row.
 * citizenship_buf holds the decoded citizenships (EL_MAX_CITIZENSHIPS
 * entries); the array is read in place, without detoasting a short inline
 * value.
 */
void		el_person_from_facts(const el_rules *rules, const NullableDatum *facts, int nfacts,
								 el_person *person, int16_t *citizenship_buf);

/* A polling day for the engine: errors for NULL or infinite dates. */
el_day		el_polling_day(bool isnull, Datum value);

#endif
