/*
 * rules.c: evaluation of one person against a compiled rulebook (rules.h).
 *
 * Hot path: the plans (el_plan_build here, el_plan_decide inline in
 * rules.h), asked once per row by can_vote / can_stand and the trigger.
 * el_evaluate is the general walk: with explain == NULL it allocates
 * nothing, formats nothing and returns at the first unmet requirement; the
 * detail strings are built only when an explanation is asked for.
 */
#include "rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"

const char *const el_role_names[EL_NROLES] = {"vote", "stand"};
const char *const el_level_names[EL_NLEVELS] = {"local", "regional", "national"};
const char *const el_residence_names[3] = {"none", "temporary", "permanent"};
const char *const el_reqkind_names[EL_NREQKINDS] = {
	"min_age", "citizen", "citizen_by_birth", "residence_years",
	"no_foreign_citizenship", "no_foreign_residence_permit", "never_foreign",
	"not_incapacitated", "not_imprisoned", "not_detained",
	"resides_in_territory", "lives_or_works_in_territory",
	"no_conviction", "no_unexpunged_conviction", "no_grave_conviction",
	"no_especially_grave_conviction", "no_listed_medium_conviction", "no_extremist_conviction",
	"no_admin_penalty", "no_extremist_org_leadership", "no_extremist_org_participation",
	"not_foreign_agent", "no_foreign_benefit_document", "permanently_resident"
};
const char *const el_conviction_names[EL_NCONVICTIONS] = {
	"none", "minor", "medium", "grave", "especially_grave"
};
const char *const el_org_role_names[EL_NORGROLES] = {"none", "participant", "leader"};

bool
el_reqkind_has_years(el_reqkind kind)
{
	switch (kind)
	{
		case EL_REQ_MIN_AGE:
		case EL_REQ_RESIDENCE_YEARS:
		case EL_REQ_NO_GRAVE_CONVICTION:
		case EL_REQ_NO_ESPECIALLY_GRAVE_CONVICTION:
		case EL_REQ_NO_LISTED_MEDIUM_CONVICTION:
		case EL_REQ_NO_EXTREMIST_ORG_LEADERSHIP:
		case EL_REQ_NO_EXTREMIST_ORG_PARTICIPATION:
			return true;
		default:
			return false;
	}
}

/* ---- small helpers ---- */

static bool
in_period(const el_period *p, el_day d)
{
	return d >= p->from && d < p->to;
}

static bool
holds(const el_person *p, int16_t country)
{
	return el_holds(p->citizenships, p->ncitizenships, country);
}

static const char *
country_text(int16_t code)
{
	const el_country *c = el_country_lookup(code);

	return c != NULL ? el_country_text(c) : "?";
}

static void
format_day(el_day d, char *buf, size_t size)
{
	int			y,
				m,
				dd;

	el_ymd_from_day(d, &y, &m, &dd);
	snprintf(buf, size, "%04d-%02d-%02d", y, m, dd);
}

/* Does the person hold any citizenship but the office's country? */
static bool
holds_foreign(const el_person *p, int16_t home)
{
	int			i;

	for (i = 0; i < p->ncitizenships; i++)
		if (p->citizenships[i] != home)
			return true;
	return false;
}

/*
 * An explanation under construction.  Details are formatted into a buffer
 * that grows to fit (a treaty's name may be any length, in any encoding):
 * a detail is never cut, so never cut inside a character.  The buffers are
 * malloc'd, kept for the whole walk and freed by el_evaluate; should the
 * callback not return (the glue's ereport), they are lost, not corrupted.
 */
typedef struct reporter
{
	el_reason_fn fn;
	void	   *arg;
	char	   *detail;			/* the line being reported */
	size_t		detail_size;
	char	   *list;			/* foreign_list's result */
	size_t		list_size;
} reporter;

/* When malloc fails: a short detail that says so rather than none. */
static const char out_of_memory[] = "(detail not available: out of memory)";

/* Make *buf hold at least size bytes; false when memory is short. */
static bool
reserve(char **buf, size_t *cap, size_t size)
{
	char	   *grown;

	if (size <= *cap)
		return true;
	grown = realloc(*buf, size);
	if (grown == NULL)
		return false;
	*buf = grown;
	*cap = size;
	return true;
}

static bool
format_grown(char **buf, size_t *cap, size_t at, const char *fmt, va_list ap)
#if defined(__GNUC__)
__attribute__((format(printf, 4, 0)))
#endif
;

/* vsnprintf into *buf, grown to fit; false when memory is short. */
static bool
format_grown(char **buf, size_t *cap, size_t at, const char *fmt, va_list ap)
{
	va_list		again;
	int			need;

	va_copy(again, ap);
	need = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	if (need < 0 || !reserve(buf, cap, at + (size_t) need + 1))
		return false;
	vsnprintf(*buf + at, *cap - at, fmt, ap);
	return true;
}

static bool
append(char **buf, size_t *cap, size_t at, const char *fmt,...)
#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
;

static bool
append(char **buf, size_t *cap, size_t at, const char *fmt,...)
{
	va_list		ap;
	bool		ok;

	va_start(ap, fmt);
	ok = format_grown(buf, cap, at, fmt, ap);
	va_end(ap);
	return ok;
}

/*
 * The person's citizenships other than the office's country, as "BY, KZ",
 * or "" when there are none.  Lives in r until the next call.
 */
static const char *
foreign_list(reporter *r, const el_person *p, int16_t home)
{
	size_t		used = 0;
	int			i;

	if (!reserve(&r->list, &r->list_size, 1))
		return "?";
	r->list[0] = '\0';
	for (i = 0; i < p->ncitizenships; i++)
	{
		if (p->citizenships[i] == home)
			continue;
		if (!append(&r->list, &r->list_size, used, "%s%s", used ? ", " : "",
					country_text(p->citizenships[i])))
			return "?";
		used = strlen(r->list);
	}
	return r->list;
}

static void
report(reporter *r, const char *requirement, bool satisfied,
	   const char *legal_basis, const char *fmt,...)
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
;

static void
report(reporter *r, const char *requirement, bool satisfied,
	   const char *legal_basis, const char *fmt,...)
{
	el_reason	reason;
	va_list		ap;
	bool		formatted;

	reason.requirement = requirement;
	reason.satisfied = satisfied;
	reason.legal_basis = legal_basis;
	va_start(ap, fmt);
	formatted = format_grown(&r->detail, &r->detail_size, 0, fmt, ap);
	va_end(ap);
	reason.detail = formatted ? r->detail : out_of_memory;
	r->fn(&reason, r->arg);
}

/*
 * The words of a territory fact (a condition, not a bar: met only when
 * known to hold); one the caller did not supply is said to be so.
 */
static const char *
territory_words(const el_person *p, unsigned need, el_tri fact, const char *yes, const char *no,
				const char *what)
{
	static char buf[128];

	if (p->unsupplied & need)
	{
		snprintf(buf, sizeof(buf), "%s not supplied by the caller: %s", what,
				 fact == EL_YES ? "counted as met" : "not proven");
		return buf;
	}
	return fact == EL_YES ? yes : fact == EL_NO ? no : "not known";
}

/* ---- franchise grants ---- */

bool
el_grant_covers_office(const el_grant *g, const el_office *office, el_role role)
{
	int			i;

	if (g->host != office->country || !(g->roles & (1u << role)) ||
		!(g->levels & (1u << office->level)))
		return false;
	for (i = 0; i < g->nexcept; i++)
		if (strcmp(g->except_offices[i], office->code) == 0)
			return false;
	return true;
}

/* In force on polling day and the person is a national of a partner. */
static bool
grant_reaches(const el_grant *g, const el_person *p, el_day day)
{
	int			i;

	if (!in_period(&g->in_force, day))
		return false;
	for (i = 0; i < g->nnationals; i++)
		if (holds(p, g->nationals[i]))
			return true;
	return false;
}

/*
 * The conditions a grant puts on a foreign national.  Returns how many are
 * unmet; reports each when r is not NULL.  A citizen of the host country
 * (a dual national whose other citizenship a grant waives) holds no
 * residence status there: the status condition is not theirs, the others
 * (residence in the territory, years, cut-off, registration) are.
 */
static int
grant_conditions(const el_grant *g, const el_person *p, el_day day, bool host_citizen, reporter *r)
{
	int			unmet = 0;
	char		d1[16],
				d2[16];

	if (g->min_residence != EL_RES_NONE && !host_citizen)
	{
		bool		permanent = g->min_residence == EL_RES_PERMANENT;
		bool		ok = p->has_residence && p->residence >= g->min_residence;

		unmet += !ok;
		if (r)
			report(r, permanent ? "grant: permanent residence" : "grant: lawful residence", ok, g->legal_basis,
				   !p->has_residence ? "residence status not known" :
				   ok ? (permanent ? "permanently resident" : "lawfully resident (%s)") :
				   permanent ? "residence is %s, permanent residence required" :
				   "residence is %s, lawful residence required",
				   el_residence_names[p->has_residence ? p->residence : 0]);
	}
	if (g->min_residence_years > 0)
	{
		bool		ok = p->has_resident_since &&
			el_years_reached(p->resident_since, day, g->min_residence_years);

		unmet += !ok;
		if (r)
		{
			if (!p->has_resident_since)
				report(r, "grant: years of residence", false, g->legal_basis,
					   "date residence began not known; %d years required", g->min_residence_years);
			else
			{
				format_day(p->resident_since, d1, sizeof(d1));
				report(r, "grant: years of residence", ok, g->legal_basis,
					   "resident since %s: %d full years on polling day, %d required",
					   d1, el_full_years(p->resident_since, day), g->min_residence_years);
			}
		}
	}
	if (g->has_cutoff)
	{
		bool		ok = p->has_resident_since && p->resident_since < g->resident_since_before;

		unmet += !ok;
		if (r)
		{
			format_day(g->resident_since_before, d2, sizeof(d2));
			if (!p->has_resident_since)
				report(r, "grant: residence began before cut-off", false, g->legal_basis,
					   "date residence began not known; must be before %s", d2);
			else
			{
				format_day(p->resident_since, d1, sizeof(d1));
				report(r, "grant: residence began before cut-off", ok, g->legal_basis,
					   "resident since %s, must be before %s", d1, d2);
			}
		}
	}
	if (g->in_territory)
	{
		bool		ok = p->resides_in_territory == EL_YES;

		unmet += !ok;
		if (r)
			report(r, "grant: resides in the territory", ok, g->legal_basis, "%s",
				   territory_words(p, EL_NEED_RESIDES_IN_TERRITORY, p->resides_in_territory,
								   "resides in the territory of the election",
								   "does not reside in the territory of the election",
								   "residence in the territory"));
	}
	if (g->registration)
	{
		bool		ok = p->registered == EL_YES;

		unmet += !ok;
		if (r)
			report(r, "grant: registered with the local election commission", ok, g->legal_basis,
				   p->registered == EL_YES ? "registered" :
				   p->registered == EL_NO ? "not registered with the local election commission" :
				   "registration not known");
	}
	return unmet;
}

/*
 * The citizenship requirement for a person who is not a citizen: met when
 * a grant in force reaches them and all its conditions hold.
 */
static bool
citizen_by_grant(const el_office *office, el_role role, const el_requirement *req,
				 el_day day, const el_person *p, reporter *r)
{
	const el_grant *best = NULL;
	int			best_unmet = 0;
	int			i;
	const char *foreign;

	for (i = 0; i < office->ngrants[role]; i++)
	{
		const el_grant *g = office->grants[role][i];
		int			unmet;

		if (!grant_reaches(g, p, day))
			continue;
		unmet = grant_conditions(g, p, day, false, NULL);
		if (best == NULL || unmet < best_unmet)
		{
			best = g;
			best_unmet = unmet;
		}
		if (unmet == 0)
			break;
	}
	if (r == NULL)
		return best != NULL && best_unmet == 0;

	foreign = foreign_list(r, p, office->country);
	if (best == NULL)
	{
		report(r, "citizen", false, req->legal_basis,
			   "not a citizen of %s (holds %s), and no franchise grant in force covers them for this office",
			   country_text(office->country), foreign[0] ? foreign : "no citizenship");
		return false;
	}
	/* a grant reached them, so they hold a partner's citizenship: foreign is not empty */
	report(r, "citizen", best_unmet == 0, req->legal_basis,
		   best_unmet == 0 ? "citizen of %s, entitled under %s" :
		   "citizen of %s; %s entitles them only on its conditions, see the grant lines",
		   foreign, best->treaty);
	grant_conditions(best, p, day, false, r);
	return best_unmet == 0;
}

/*
 * Foreign citizenships all waived by grants reaching this office and role?
 * A grant stands in for the bar only for a person who meets its conditions
 * (residence in the territory, years, cut-off, registration; a residence
 * status only of one who is not a citizen of the host), as it does for
 * citizenship.
 */
static bool
foreign_waived(const el_office *office, el_role role, el_day day, const el_person *p,
			   const el_grant **by)
{
	int			i,
				j,
				k;

	for (i = 0; i < p->ncitizenships; i++)
	{
		int16_t		c = p->citizenships[i];
		bool		waived = false;

		if (c == office->country)
			continue;
		for (j = 0; j < office->ngrants[role] && !waived; j++)
		{
			const el_grant *g = office->grants[role][j];

			if (!in_period(&g->in_force, day) ||
				grant_conditions(g, p, day, holds(p, office->country), NULL) > 0)
				continue;
			for (k = 0; k < g->nnationals; k++)
				if (g->nationals[k] == c)
				{
					waived = true;
					*by = g;
					break;
				}
		}
		if (!waived)
			return false;
	}
	return true;
}

/*
 * A grant in force for this office and role that lists one of the person's
 * citizenships (for the words of an unmet no_foreign_citizenship).
 */
static const el_grant *
partner_grant(const el_office *office, el_role role, el_day day, const el_person *p)
{
	int			j;

	for (j = 0; j < office->ngrants[role]; j++)
		if (grant_reaches(office->grants[role][j], p, day))
			return office->grants[role][j];
	return NULL;
}

/* ---- one requirement ---- */

/*
 * What check() hands each requirement's function: the office, role and
 * polling day; the label it is reported under; where to report (NULL when
 * only the answer is wanted).
 */
typedef struct checking
{
	const el_office *office;
	el_role		role;
	el_day		day;
	const char *label;
	reporter   *r;
} checking;

static const char *
tri_word(el_tri t, const char *yes, const char *no, const char *unknown)
{
	return t == EL_YES ? yes : t == EL_NO ? no : unknown;
}

/* The wording of one bar, a fact that must be known to be false. */
typedef struct bar_words
{
	unsigned	fact;			/* its EL_NEED_* bit */
	const char *yes;
	const char *no;
	const char *unknown;
	const char *what;			/* the fact, for "... not supplied by the caller" */
} bar_words;

static const bar_words incapacity_words = {
	EL_NEED_INCAPACITATED, "declared legally incapable by a court", "not declared incapable",
	"legal capacity not known", "legal capacity"
};
static const bar_words imprisonment_words = {
	EL_NEED_IMPRISONED, "held in a place of deprivation of liberty under a sentence",
	"not imprisoned", "imprisonment not known", "imprisonment"
};
static const bar_words detention_words = {
	EL_NEED_DETAINED, "held in pre-trial detention", "not in pre-trial detention",
	"pre-trial detention not known", "pre-trial detention"
};
static const bar_words permit_words = {
	EL_NEED_FOREIGN_PERMIT, "holds a foreign residence permit", "no foreign residence permit",
	"foreign residence permit not known", "foreign residence permit"
};

/*
 * A bar: met only when the fact is known to be false.  A fact the caller
 * did not supply (el_person.unsupplied) is reported as such: met by its
 * default, or not proven, as the caller chose.
 */
static bool
check_bar(const checking *c, const el_requirement *req, el_tri fact, const bar_words *w,
		  const el_person *p)
{
	bool		ok = fact == EL_NO;

	if (c->r == NULL)
		return ok;
	if (p->unsupplied & w->fact)
		report(c->r, c->label, ok, req->legal_basis,
			   ok ? "%s not supplied by the caller: counted as %s" :
			   "%s not supplied by the caller: not proven",
			   w->what, w->no);
	else
		report(c->r, c->label, ok, req->legal_basis, "%s",
			   tri_word(fact, w->yes, w->no, w->unknown));
	return ok;
}

static bool
check_min_age(const checking *c, const el_requirement *req, const el_person *p)
{
	bool		ok = p->has_birth_date && el_years_reached(p->birth_date, c->day, req->years);

	if (c->r == NULL)
		return ok;
	if (!p->has_birth_date)
		report(c->r, c->label, false, req->legal_basis, "birth date not known");
	else
		report(c->r, c->label, ok, req->legal_basis, "aged %d on polling day, %d required",
			   el_full_years(p->birth_date, c->day), req->years);
	return ok;
}

static bool
check_citizen(const checking *c, const el_requirement *req, const el_person *p)
{
	const el_office *office = c->office;
	const char *foreign;

	if (p->citizenships == NULL)
	{
		if (c->r)
			report(c->r, c->label, false, req->legal_basis, "citizenships not known");
		return false;
	}
	if (holds(p, office->country))
	{
		if (c->r)
			report(c->r, c->label, true, req->legal_basis, "citizen of %s",
				   country_text(office->country));
		return true;
	}
	if (req->grant_may_waive)
		return citizen_by_grant(office, c->role, req, c->day, p, c->r);	/* its own lines */
	if (c->r)
	{
		foreign = foreign_list(c->r, p, office->country);
		report(c->r, c->label, false, req->legal_basis,
			   "not a citizen of %s (holds %s); the office is reserved to citizens",
			   country_text(office->country), foreign[0] ? foreign : "no citizenship");
	}
	return false;
}

static bool
check_citizen_by_birth(const checking *c, const el_requirement *req, const el_person *p)
{
	bool		ok = p->citizen_by_birth == EL_YES;

	if (c->r)
		report(c->r, c->label, ok, req->legal_basis, "%s",
			   tri_word(p->citizen_by_birth, "citizen by birth",
						"not a citizen by birth", "citizenship by birth not known"));
	return ok;
}

static bool
check_residence_years(const checking *c, const el_requirement *req, const el_person *p)
{
	/* one start date proves continuous residence; it is also enough for a total */
	bool		ok = p->has_resident_since &&
		el_years_reached(p->resident_since, c->day, req->years);
	char		since[16];

	if (c->r == NULL)
		return ok;
	if (!p->has_resident_since)
		report(c->r, c->label, false, req->legal_basis, "date residence began not known");
	else
	{
		format_day(p->resident_since, since, sizeof(since));
		report(c->r, c->label, ok, req->legal_basis,
			   "resident since %s: %d full years on polling day, %d required",
			   since, el_full_years(p->resident_since, c->day), req->years);
	}
	return ok;
}

/*
 * No citizenship but the office's country's, unless grants waive it.  The
 * words say "also" only of someone who is a citizen of that country.
 */
static bool
check_no_foreign_citizenship(const checking *c, const el_requirement *req, const el_person *p)
{
	const el_office *office = c->office;
	const el_grant *by = NULL;
	bool		foreign,
				ok;
	const char *list;
	const char *as;

	if (p->citizenships == NULL || p->unknown_citizenship)
	{
		if (c->r)
			report(c->r, c->label, false, req->legal_basis,
				   p->citizenships == NULL ? "citizenships not known" :
				   "a citizenship in the list is not known (NULL)");
		return false;
	}
	foreign = holds_foreign(p, office->country);
	ok = !foreign || (req->grant_may_waive && foreign_waived(office, c->role, c->day, p, &by));
	if (c->r == NULL)
		return ok;
	if (!foreign)
	{
		report(c->r, c->label, true, req->legal_basis, "no other citizenship");
		return ok;
	}
	list = foreign_list(c->r, p, office->country);
	as = holds(p, office->country) ? "also a citizen of" : "a citizen of";
	if (ok)
		report(c->r, c->label, true, req->legal_basis, "%s %s, allowed under %s",
			   as, list, by->treaty);
	else if (req->grant_may_waive && (by = partner_grant(office, c->role, c->day, p)) != NULL)
		report(c->r, c->label, false, req->legal_basis, "%s %s; %s allows it only on its conditions",
			   as, list, by->treaty);
	else
		report(c->r, c->label, false, req->legal_basis, "%s %s", as, list);
	return ok;
}

/* The words for never_foreign, in the order its facts are looked at. */
static void
report_never_foreign(const checking *c, const el_requirement *req, const el_person *p, bool ok)
{
	const char *list = foreign_list(c->r, p, c->office->country);
	unsigned	unsupplied = p->unsupplied & (EL_NEED_EVER_FOREIGN | EL_NEED_FOREIGN_PERMIT);

	if (p->ever_foreign == EL_YES)
		report(c->r, c->label, false, req->legal_basis,
			   "has held foreign citizenship or a foreign residence permit");
	else if (p->citizenships == NULL || p->unknown_citizenship)
		report(c->r, c->label, false, req->legal_basis, "citizenships not known");
	else if (list[0] != '\0')
		report(c->r, c->label, false, req->legal_basis, "holds citizenship of %s", list);
	else if (p->foreign_residence_permit == EL_YES)
		report(c->r, c->label, false, req->legal_basis, "holds a foreign residence permit");
	else if (p->foreign_residence_permit == EL_UNKNOWN)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   (unsupplied & EL_NEED_FOREIGN_PERMIT) ?
			   "foreign residence permit not supplied by the caller: not proven" :
			   "foreign residence permit not known");
	else if (p->ever_foreign == EL_UNKNOWN)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   (unsupplied & EL_NEED_EVER_FOREIGN) ?
			   "whether foreign citizenship or a residence permit was ever held not supplied by the caller: not proven" :
			   "whether foreign citizenship or a residence permit was ever held is not known");
	else
		report(c->r, c->label, ok, req->legal_basis, "%s%s",
			   "never held foreign citizenship or a foreign residence permit",
			   unsupplied == 0 ? "" :
			   unsupplied == EL_NEED_FOREIGN_PERMIT ?
			   " (a foreign residence permit not supplied by the caller: counted as none)" :
			   unsupplied == EL_NEED_EVER_FOREIGN ?
			   " (whether one was ever held not supplied by the caller: counted as never)" :
			   " (neither supplied by the caller: counted as never)");
}

/* Never held: not now either, so a current foreign citizenship or permit fails it. */
static bool
check_never_foreign(const checking *c, const el_requirement *req, const el_person *p)
{
	bool		ok = p->ever_foreign == EL_NO && p->citizenships != NULL &&
		!p->unknown_citizenship && !holds_foreign(p, c->office->country) &&
		p->foreign_residence_permit == EL_NO;

	if (c->r)
		report_never_foreign(c, req, p, ok);
	return ok;
}

/* ---- law-bars: convictions, penalties, organisations, foreign agents ---- */

/*
 * check_law_bar stays out of line: inlined into check(), it would make every
 * requirement's call of check() dearer (its checking stored to memory for
 * the helpers' pointers), and check() runs per row for the requirements that
 * do not fold.
 */
#if defined(__GNUC__)
#define EL_NOINLINE __attribute__((noinline))
#else
#define EL_NOINLINE
#endif

static const bar_words extremist_conviction_words = {
	EL_NEED_EXTREMIST_CONVICTION, "holds an unexpunged conviction for an extremist crime",
	"no unexpunged conviction for an extremist crime", "conviction for an extremist crime not known",
	"conviction for an extremist crime"
};
static const bar_words admin_penalty_words = {
	EL_NEED_ADMIN_PENALTY,
	"subject to an administrative penalty under KoAP art. 20.3 or 20.29 on polling day",
	"no administrative penalty under KoAP art. 20.3 or 20.29 in force",
	"administrative penalty under KoAP art. 20.3 / 20.29 not known",
	"administrative penalty under KoAP art. 20.3 / 20.29"
};
static const bar_words foreign_agent_words = {
	EL_NEED_FOREIGN_AGENT, "has the status of a foreign agent", "not a foreign agent",
	"foreign-agent status not known", "foreign-agent status"
};
static const bar_words benefit_document_words = {
	EL_NEED_FOREIGN_BENEFIT_DOCUMENT,
	"holds a document of a foreign state giving benefits (a Pole's Card or the like)",
	"no document of a foreign state giving benefits",
	"document of a foreign state giving benefits not known",
	"document of a foreign state giving benefits"
};

static const bar_words residence_words = {
	EL_NEED_NOT_PERMANENTLY_RESIDENT, "does not permanently reside in the country",
	"permanently resides in the country", "permanent residence in the country not known",
	"permanent residence in the country"
};

/*
 * Has a term of years counted from a day run out before polling day?  A
 * term counted in years starts the day after the event and expires on the
 * same date of its last year (Civil Code of the Russian Federation art.
 * 191, 192): "until ten years have passed" still bars on that date, and
 * no longer the day after.
 */
static bool
term_over(el_day from, el_day day, int years)
{
	return day != EL_DAY_MIN && el_years_reached(from, day - 1, years);
}

/* The last day a term of years from a day runs, for explanations. */
static void
format_term_end(el_day from, int years, char *buf, size_t size)
{
	format_day(el_add_years(from, years), buf, size);
}

/* "not supplied by the caller" or "not known", for a fact the caller left out or gave NULL */
static const char *
not_known(const el_person *p, unsigned fact, const char *what, char *buf, size_t size)
{
	snprintf(buf, size, (p->unsupplied & fact) ? "%s not supplied by the caller: not proven" :
			 "%s not known", what);
	return buf;
}

/* The words for a conviction of 'none': supplied, or left to the default. */
static const char *
never_convicted(const el_person *p)
{
	return (p->unsupplied & EL_NEED_CONVICTION) ?
		"conviction not supplied by the caller: counted as never convicted" : "never convicted";
}

/* A conviction fact: met only when known to be none. */
static bool
check_no_conviction(const checking *c, const el_requirement *req, const el_person *p)
{
	bool		ok = p->conviction == EL_CONV_NONE;
	char		buf[96];

	if (c->r == NULL)
		return ok;
	if (p->conviction == EL_CONV_UNKNOWN)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   not_known(p, EL_NEED_CONVICTION, "conviction", buf, sizeof(buf)));
	else if (ok)
		report(c->r, c->label, true, req->legal_basis, "%s", never_convicted(p));
	else
		report(c->r, c->label, false, req->legal_basis, "convicted (the gravest crime: %s)%s",
			   el_conviction_names[p->conviction],
			   p->has_conviction_expunged ? " (the conviction is expunged, which this office does not look past)" : "");
	return ok;
}

/* Is the reported conviction expunged or lifted on polling day? */
static bool
expunged_by(const el_person *p, el_day day)
{
	return p->has_conviction_expunged && p->conviction_expunged <= day;
}

static bool
check_no_unexpunged_conviction(const checking *c, const el_requirement *req, const el_person *p)
{
	bool		ok = p->conviction == EL_CONV_NONE ||
		(p->conviction != EL_CONV_UNKNOWN && expunged_by(p, c->day));
	char		buf[96];

	if (c->r == NULL)
		return ok;
	if (p->conviction == EL_CONV_UNKNOWN)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   not_known(p, EL_NEED_CONVICTION, "conviction", buf, sizeof(buf)));
	else if (p->conviction == EL_CONV_NONE)
		report(c->r, c->label, true, req->legal_basis, "%s", never_convicted(p));
	else if (ok)
	{
		format_day(p->conviction_expunged, buf, sizeof(buf));
		report(c->r, c->label, true, req->legal_basis, "conviction (the gravest crime: %s) expunged on %s",
			   el_conviction_names[p->conviction], buf);
	}
	else
		report(c->r, c->label, false, req->legal_basis, "conviction (the gravest crime: %s) not expunged on polling day",
			   el_conviction_names[p->conviction]);
	return ok;
}

/*
 * A sentence of imprisonment for a crime of one category (for the listed
 * medium crimes, one 67-FZ lists): bars while unexpunged and until
 * req->years have passed from expungement.
 */
static bool
check_imprisonment_for(const checking *c, const el_requirement *req, const el_person *p,
					   el_conviction category, bool listed)
{
	bool		matches = p->conviction == category && (!listed || p->conviction_listed == EL_YES);
	bool		unknown = p->conviction == EL_CONV_UNKNOWN ||
		(p->conviction == category && listed && p->conviction_listed == EL_UNKNOWN) ||
		(matches && p->conviction_imprisonment == EL_UNKNOWN);
	bool		barred = matches && p->conviction_imprisonment == EL_YES &&
		!(expunged_by(p, c->day) && term_over(p->conviction_expunged, c->day, req->years));
	bool		ok = !unknown && !barred;
	const char *kind = listed ? "a listed medium-gravity" :
		category == EL_CONV_ESPECIALLY_GRAVE ? "an especially grave" : "a grave";
	char		d1[16],
				d2[16],
				buf[128];

	if (c->r == NULL)
		return ok;
	if (p->conviction == EL_CONV_UNKNOWN)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   not_known(p, EL_NEED_CONVICTION, "conviction", buf, sizeof(buf)));
	else if (unknown && p->conviction_listed == EL_UNKNOWN && listed)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   not_known(p, EL_NEED_CONVICTION_LISTED, "whether the medium-gravity crime is a listed one",
						 buf, sizeof(buf)));
	else if (unknown)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   not_known(p, EL_NEED_CONVICTION_IMPRISONMENT, "whether the sentence was imprisonment",
						 buf, sizeof(buf)));
	else if (p->conviction == EL_CONV_NONE)
		report(c->r, c->label, true, req->legal_basis, "%s", never_convicted(p));
	else if (!matches || p->conviction_imprisonment == EL_NO)
		report(c->r, c->label, true, req->legal_basis, "no sentence of imprisonment for %s crime", kind);
	else if (!expunged_by(p, c->day))
		report(c->r, c->label, false, req->legal_basis,
			   "sentenced to imprisonment for %s crime; the conviction is not expunged on polling day", kind);
	else
	{
		format_day(p->conviction_expunged, d1, sizeof(d1));
		format_term_end(p->conviction_expunged, req->years, d2, sizeof(d2));
		report(c->r, c->label, ok, req->legal_basis,
			   "sentenced to imprisonment for %s crime, expunged on %s: barred %d years, to %s inclusive",
			   kind, d1, req->years, d2);
	}
	return ok;
}

/*
 * Involvement in an organisation a court banned as extremist or terrorist:
 * bars those of at least the given role until req->years have passed from
 * the day the decision took effect.
 */
static bool
check_extremist_org(const checking *c, const el_requirement *req, const el_person *p, el_org_role role)
{
	bool		matches = p->extremist_org >= role;
	bool		unknown = p->extremist_org == EL_ORG_UNKNOWN ||
		(matches && !p->has_extremist_org_decided);
	bool		ok = !unknown &&
		(!matches || term_over(p->extremist_org_decided, c->day, req->years));
	char		d1[16],
				d2[16],
				buf[128];

	if (c->r == NULL)
		return ok;
	if (p->extremist_org == EL_ORG_UNKNOWN)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   not_known(p, EL_NEED_EXTREMIST_ORG, "involvement in a banned organisation", buf, sizeof(buf)));
	else if (p->extremist_org == EL_ORG_NONE && (p->unsupplied & EL_NEED_EXTREMIST_ORG))
		report(c->r, c->label, true, req->legal_basis,
			   "involvement in a banned organisation not supplied by the caller: counted as none");
	else if (!matches)
		report(c->r, c->label, true, req->legal_basis, "not %s of an organisation banned as extremist or terrorist",
			   role == EL_ORG_LEADER ? "a founder or leader" : "involved in the work");
	else if (unknown)
		report(c->r, c->label, false, req->legal_basis, "%s",
			   not_known(p, EL_NEED_EXTREMIST_ORG_DECIDED, "the day the court's decision took effect",
						 buf, sizeof(buf)));
	else
	{
		format_day(p->extremist_org_decided, d1, sizeof(d1));
		format_term_end(p->extremist_org_decided, req->years, d2, sizeof(d2));
		report(c->r, c->label, ok, req->legal_basis,
			   "%s of an organisation banned by a court decision in force on %s: barred %d years, to %s inclusive",
			   role == EL_ORG_LEADER ? "a founder or leader" : "involved in the work", d1, req->years, d2);
	}
	return ok;
}

/* A grant in force for this office and role reaching the person (a partner's national)? */
static const el_grant *
grant_reaching(const el_office *office, el_role role, el_day day, const el_person *p)
{
	int			i;

	if (p->citizenships == NULL)
		return NULL;
	for (i = 0; i < office->ngrants[role]; i++)
		if (grant_reaches(office->grants[role][i], p, day))
			return office->grants[role][i];
	return NULL;
}

/*
 * A document of a foreign state giving benefits; with grant_may_waive, a
 * national a franchise grant reaches (the treaty's exception) is not barred.
 */
static bool
check_benefit_document(const checking *c, const el_requirement *req, const el_person *p)
{
	const el_grant *by;

	if (p->foreign_benefit_document == EL_NO || !req->grant_may_waive)
		return check_bar(c, req, p->foreign_benefit_document, &benefit_document_words, p);
	by = grant_reaching(c->office, c->role, c->day, p);
	if (by == NULL)
		return check_bar(c, req, p->foreign_benefit_document, &benefit_document_words, p);
	if (c->r)
		report(c->r, c->label, true, req->legal_basis, "%s, allowed under %s",
			   p->foreign_benefit_document == EL_YES ?
			   "holds a document of a foreign state giving benefits" :
			   "a document of a foreign state giving benefits not known", by->treaty);
	return true;
}

/*
 * The law-bars kinds, out of line with their own checking: check() hands
 * its checking to no function of these, so it keeps it in registers.
 */
static EL_NOINLINE bool
check_law_bar(const el_office *office, el_role role, const el_requirement *req,
			  el_day day, const el_person *p, reporter *r, const char *label)
{
	checking	c = {office, role, day, label, r};

	switch (req->kind)
	{
		case EL_REQ_NO_CONVICTION:
			return check_no_conviction(&c, req, p);
		case EL_REQ_NO_UNEXPUNGED_CONVICTION:
			return check_no_unexpunged_conviction(&c, req, p);
		case EL_REQ_NO_GRAVE_CONVICTION:
			return check_imprisonment_for(&c, req, p, EL_CONV_GRAVE, false);
		case EL_REQ_NO_ESPECIALLY_GRAVE_CONVICTION:
			return check_imprisonment_for(&c, req, p, EL_CONV_ESPECIALLY_GRAVE, false);
		case EL_REQ_NO_LISTED_MEDIUM_CONVICTION:
			return check_imprisonment_for(&c, req, p, EL_CONV_MEDIUM, true);
		case EL_REQ_NO_EXTREMIST_CONVICTION:
			return check_bar(&c, req, p->extremist_conviction, &extremist_conviction_words, p);
		case EL_REQ_NO_ADMIN_PENALTY:
			return check_bar(&c, req, p->admin_penalty, &admin_penalty_words, p);
		case EL_REQ_NO_EXTREMIST_ORG_LEADERSHIP:
			return check_extremist_org(&c, req, p, EL_ORG_LEADER);
		case EL_REQ_NO_EXTREMIST_ORG_PARTICIPATION:
			return check_extremist_org(&c, req, p, EL_ORG_PARTICIPANT);
		case EL_REQ_NOT_FOREIGN_AGENT:
			return check_bar(&c, req, p->foreign_agent, &foreign_agent_words, p);
		case EL_REQ_NO_FOREIGN_BENEFIT_DOCUMENT:
			return check_benefit_document(&c, req, p);
		case EL_REQ_PERMANENTLY_RESIDENT:
			return check_bar(&c, req, p->not_permanently_resident, &residence_words, p);
		default:
			return false;		/* check() sends no other kind */
	}
}

/* Residence in the territory of the election (a district, a municipality). */
static bool
check_resides(const checking *c, const el_requirement *req, const el_person *p)
{
	bool		ok = p->resides_in_territory == EL_YES;

	if (c->r)
		report(c->r, c->label, ok, req->legal_basis, "%s",
			   territory_words(p, EL_NEED_RESIDES_IN_TERRITORY, p->resides_in_territory,
							   "resides in the territory of the election",
							   "does not reside in the territory of the election",
							   "residence in the territory"));
	return ok;
}

/* Living or working in the territory: either fact, known to hold, is enough. */
static bool
check_lives_or_works(const checking *c, const el_requirement *req, const el_person *p)
{
	bool		lives = p->resides_in_territory == EL_YES;
	bool		works = p->works_in_territory == EL_YES;

	if (c->r == NULL || lives || works)
	{
		if (c->r)
			report(c->r, c->label, true, req->legal_basis, "%s",
				   lives ? territory_words(p, EL_NEED_RESIDES_IN_TERRITORY, EL_YES,
										   "lives in the territory of the election", "", "residence in the territory") :
				   territory_words(p, EL_NEED_WORKS_IN_TERRITORY, EL_YES,
								   "works in the territory of the election", "", "work in the territory"));
		return lives || works;
	}
	if (p->resides_in_territory == EL_NO && p->works_in_territory == EL_NO)
		report(c->r, c->label, false, req->legal_basis, "neither lives nor works in the territory of the election");
	else
		report(c->r, c->label, false, req->legal_basis, "%s",
			   (p->unsupplied & (EL_NEED_RESIDES_IN_TERRITORY | EL_NEED_WORKS_IN_TERRITORY)) ?
			   "residence or work in the territory not supplied by the caller: not proven" :
			   "residence or work in the territory not known");
	return false;
}

/* The label of a requirement in an explanation, e.g. "min_age 18". */
static void
label_of(const el_requirement *req, char *label, size_t size)
{
	const char *kind = el_reqkind_names[req->kind];

	if (el_reqkind_has_years(req->kind))
		snprintf(label, size, "%s %d%s", kind, req->years, req->continuous ? " (continuous)" : "");
	else
		snprintf(label, size, "%s", kind);
}

/* Evaluate req; report it when r != NULL.  Returns whether it is met. */
static bool
check(const el_office *office, el_role role, const el_requirement *req,
	  el_day day, const el_person *p, reporter *r)
{
	char		label[64];
	checking	c = {office, role, day, label, r};

	if (r)
		label_of(req, label, sizeof(label));
	switch (req->kind)
	{
		case EL_REQ_MIN_AGE:
			return check_min_age(&c, req, p);
		case EL_REQ_CITIZEN:
			return check_citizen(&c, req, p);
		case EL_REQ_CITIZEN_BY_BIRTH:
			return check_citizen_by_birth(&c, req, p);
		case EL_REQ_RESIDENCE_YEARS:
			return check_residence_years(&c, req, p);
		case EL_REQ_NO_FOREIGN_CITIZENSHIP:
			return check_no_foreign_citizenship(&c, req, p);
		case EL_REQ_NO_FOREIGN_RESIDENCE_PERMIT:
			return check_bar(&c, req, p->foreign_residence_permit, &permit_words, p);
		case EL_REQ_NEVER_FOREIGN:
			return check_never_foreign(&c, req, p);
		case EL_REQ_NOT_INCAPACITATED:
			return check_bar(&c, req, p->incapacitated, &incapacity_words, p);
		case EL_REQ_NOT_IMPRISONED:
			return check_bar(&c, req, p->imprisoned, &imprisonment_words, p);
		case EL_REQ_NOT_DETAINED:
			return check_bar(&c, req, p->detained, &detention_words, p);
		case EL_REQ_NO_CONVICTION:
		case EL_REQ_NO_UNEXPUNGED_CONVICTION:
		case EL_REQ_NO_GRAVE_CONVICTION:
		case EL_REQ_NO_ESPECIALLY_GRAVE_CONVICTION:
		case EL_REQ_NO_LISTED_MEDIUM_CONVICTION:
		case EL_REQ_NO_EXTREMIST_CONVICTION:
		case EL_REQ_NO_ADMIN_PENALTY:
		case EL_REQ_NO_EXTREMIST_ORG_LEADERSHIP:
		case EL_REQ_NO_EXTREMIST_ORG_PARTICIPATION:
		case EL_REQ_NOT_FOREIGN_AGENT:
		case EL_REQ_NO_FOREIGN_BENEFIT_DOCUMENT:
		case EL_REQ_PERMANENTLY_RESIDENT:
			return check_law_bar(office, role, req, day, p, r, label);
		case EL_REQ_RESIDES_IN_TERRITORY:
			return check_resides(&c, req, p);
		case EL_REQ_LIVES_OR_WORKS_IN_TERRITORY:
			return check_lives_or_works(&c, req, p);
		case EL_NREQKINDS:
			break;
	}
	if (r)
		report(r, label, false, req->legal_basis, "unknown requirement kind");
	return false;
}

/* ---- the entry points ---- */

const el_office *
el_find_office(const el_rulebook *book, const char *code, size_t len)
{
	int			lo = 0,
				hi = book->noffices - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		const char *c = book->offices[mid].code;
		size_t		clen = book->offices[mid].code_len;
		int			cmp = memcmp(c, code, clen < len ? clen : len);

		if (cmp == 0)
			cmp = (clen > len) - (clen < len);
		if (cmp == 0)
			return &book->offices[mid];
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* el_evaluate's walk; r is NULL when no explanation is asked for */
static bool
walk(const el_office *office, el_role role, el_day day, const el_person *person, reporter *r)
{
	const el_requirement *reqs = office->reqs[role];
	int			n = office->nreqs[role];
	bool		all = true;
	int			i;

	if (role == EL_VOTE && !office->direct_vote)
	{
		if (r)
			report(r, "direct election", false, office->legal_basis,
				   "%s is not elected by popular vote", office->code);
		return false;
	}
	for (i = 0; i < n; i++)
	{
		if (!in_period(&reqs[i].in_force, day))
			continue;
		if (!check(office, role, &reqs[i], day, person, r))
		{
			all = false;
			if (r == NULL)
				return false;
		}
	}
	return all;
}

bool
el_evaluate(const el_office *office, el_role role, el_day day,
			const el_person *person, el_reason_fn explain, void *arg)
{
	reporter	rep = {explain, arg, NULL, 0, NULL, 0};
	bool		ok;

	if (explain == NULL)
		return walk(office, role, day, person, NULL);
	ok = walk(office, role, day, person, &rep);
	free(rep.detail);
	free(rep.list);
	return ok;
}

/* ---- plans: one office, role and polling day, many people ---- */

/*
 * The grants that may stand in for citizenship under the plan: in force on
 * polling day (el_grant_covers_office linked only those covering the office
 * and role).  False, with none kept, when there are too many to hold.
 */
static bool
fold_grants(el_plan *plan)
{
	const el_office *office = plan->office;
	int			n = 0;
	int			i;

	for (i = 0; i < office->ngrants[plan->role]; i++)
		n += in_period(&office->grants[plan->role][i]->in_force, plan->day);
	if (n > EL_PLAN_MAX_GRANTS)
		return false;
	for (i = 0; i < office->ngrants[plan->role]; i++)
	{
		const el_grant *g = office->grants[plan->role][i];
		el_plan_grant *pg;

		if (!in_period(&g->in_force, plan->day))
			continue;
		pg = &plan->grants[plan->ngrants++];
		pg->grant = g;
		pg->latest_start = g->min_residence_years > 0
			? el_latest_start(plan->day, g->min_residence_years) : 0;
		/* what el_plan_grant_admits reads of the conditions */
		plan->grant_needs |= EL_NEED_RESIDENCE | EL_NEED_RESIDENT_SINCE | EL_NEED_REGISTERED |
			EL_NEED_RESIDES_IN_TERRITORY;
	}
	return true;
}

/*
 * A bar that must be known false: its fact joins one of the plan's bar sets
 * (bars, tested first; more_bars, tested after citizenship) and the facts
 * the plan reads.
 */
static bool
fold_bar(el_plan *plan, unsigned *set, unsigned fact)
{
	*set |= fact;
	plan->needs |= fact;
	return true;
}

/*
 * Fold one requirement into the plan's tests; false when it has no place
 * there (the plan then checks it among the others).
 */
static bool
fold(el_plan *plan, const el_requirement *req)
{
	int64_t		latest_start;

	switch (req->kind)
	{
		case EL_REQ_MIN_AGE:
			latest_start = el_latest_start(plan->day, req->years);
			if (!plan->check_age || latest_start < plan->max_birth_date)
				plan->max_birth_date = latest_start;
			plan->check_age = true;
			plan->needs |= EL_NEED_BIRTH_DATE;
			return true;
		case EL_REQ_RESIDENCE_YEARS:
			latest_start = el_latest_start(plan->day, req->years);
			if (!plan->check_residence || latest_start < plan->max_resident_since)
				plan->max_resident_since = latest_start;
			plan->check_residence = true;
			plan->needs |= EL_NEED_RESIDENT_SINCE;
			return true;
		case EL_REQ_NOT_INCAPACITATED:
			return fold_bar(plan, &plan->bars, EL_NEED_INCAPACITATED);
		case EL_REQ_NOT_IMPRISONED:
			return fold_bar(plan, &plan->bars, EL_NEED_IMPRISONED);
		case EL_REQ_NOT_DETAINED:
			return fold_bar(plan, &plan->bars, EL_NEED_DETAINED);
		case EL_REQ_NO_EXTREMIST_CONVICTION:
			return fold_bar(plan, &plan->more_bars, EL_NEED_EXTREMIST_CONVICTION);
		case EL_REQ_NO_ADMIN_PENALTY:
			return fold_bar(plan, &plan->more_bars, EL_NEED_ADMIN_PENALTY);
		case EL_REQ_NOT_FOREIGN_AGENT:
			return fold_bar(plan, &plan->more_bars, EL_NEED_FOREIGN_AGENT);
		case EL_REQ_PERMANENTLY_RESIDENT:
			return fold_bar(plan, &plan->more_bars, EL_NEED_NOT_PERMANENTLY_RESIDENT);
		case EL_REQ_NO_FOREIGN_BENEFIT_DOCUMENT:
			/* a treaty's exception needs the citizenships: checked as it stands */
			if (req->grant_may_waive)
				return false;
			return fold_bar(plan, &plan->more_bars, EL_NEED_FOREIGN_BENEFIT_DOCUMENT);
		case EL_REQ_CITIZEN:
			/* a second one (another basis), or too many grants: checked as it stands */
			if (plan->citizen != NULL || (req->grant_may_waive && !fold_grants(plan)))
				return false;
			plan->citizen = req;
			plan->needs |= EL_NEED_CITIZENSHIPS | plan->grant_needs;
			return true;
		default:
			return false;
	}
}

/* A requirement that a clear record meets (no conviction, no banned organisation)? */
static unsigned
gate_of(el_reqkind kind)
{
	switch (kind)
	{
		case EL_REQ_NO_CONVICTION:
		case EL_REQ_NO_UNEXPUNGED_CONVICTION:
		case EL_REQ_NO_GRAVE_CONVICTION:
		case EL_REQ_NO_ESPECIALLY_GRAVE_CONVICTION:
		case EL_REQ_NO_LISTED_MEDIUM_CONVICTION:
			return EL_NEED_CONVICTION;
		case EL_REQ_NO_EXTREMIST_ORG_LEADERSHIP:
		case EL_REQ_NO_EXTREMIST_ORG_PARTICIPATION:
			return EL_NEED_EXTREMIST_ORG;
		default:
			return 0;
	}
}

/* A requirement that does not fold: among the gated or the others; false when full. */
static bool
keep_unfolded(el_plan *plan, const el_requirement *req)
{
	unsigned	gate = gate_of(req->kind);

	if (gate != 0)
	{
		if (plan->ngated == EL_PLAN_MAX)
			return false;
		plan->gate |= gate;
		plan->gated[plan->ngated++] = req;
		return true;
	}
	if (plan->nothers == EL_PLAN_MAX)
		return false;
	plan->others[plan->nothers++] = req;
	return true;
}

void
el_plan_build(el_plan *plan, const el_office *office, el_role role, el_day day)
{
	const el_requirement *reqs = office->reqs[role];
	int			i;

	plan->office = office;
	plan->role = role;
	plan->day = day;
	plan->no_direct_vote = role == EL_VOTE && !office->direct_vote;
	plan->generic = false;
	plan->needs = 0;
	plan->grant_needs = 0;
	plan->check_age = false;
	plan->check_residence = false;
	plan->bars = 0;
	plan->more_bars = 0;
	plan->gate = 0;
	plan->ngated = 0;
	plan->max_birth_date = 0;
	plan->max_resident_since = 0;
	plan->citizen = NULL;
	plan->ngrants = 0;
	plan->nothers = 0;
	for (i = 0; i < office->nreqs[role] && !plan->generic; i++)
	{
		const el_requirement *req = &reqs[i];

		if (!in_period(&req->in_force, day) || fold(plan, req))
			continue;
		plan->generic = !keep_unfolded(plan, req);
	}
	/* check() may read any fact */
	if (plan->generic || plan->nothers > 0 || plan->ngated > 0)
		plan->needs = EL_NEED_ALL;
	plan->tail = (plan->nothers > 0 ? EL_TAIL_OTHERS : 0) |
		(plan->more_bars != 0 || plan->ngated > 0 ? EL_TAIL_LAW_BARS : 0);
}

bool
el_plan_evaluate_generic(const el_plan *plan, const el_person *p)
{
	return el_evaluate(plan->office, plan->role, plan->day, p, NULL, NULL);
}

bool
el_plan_gated_met(const el_plan *plan, const el_person *p)
{
	int			i;

	for (i = 0; i < plan->ngated; i++)
		if (!check(plan->office, plan->role, plan->gated[i], plan->day, p, NULL))
			return false;
	return true;
}

bool
el_plan_others_met(const el_plan *plan, const el_person *p)
{
	int			i;

	for (i = 0; i < plan->nothers; i++)
		if (!check(plan->office, plan->role, plan->others[i], plan->day, p, NULL))
			return false;
	return true;
}
