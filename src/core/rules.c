/*
 * rules.c: evaluation of one person against a compiled rulebook (rules.h).
 *
 * Hot path: the plans (el_plan_build here, el_plan_evaluate inline in
 * rules.h), asked once per row by can_vote / can_stand and the trigger.
 * el_evaluate is the general walk: with explain == NULL it allocates
 * nothing, formats nothing and returns at the first unmet requirement; the
 * detail strings are built only when an explanation is asked for.
 */
#include "rules.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "country.h"

const char *const el_role_names[EL_NROLES] = {"vote", "stand"};
const char *const el_level_names[EL_NLEVELS] = {"local", "regional", "national"};
const char *const el_residence_names[3] = {"none", "temporary", "permanent"};
const char *const el_reqkind_names[EL_NREQKINDS] = {
	"min_age", "citizen", "citizen_by_birth", "residence_years",
	"no_foreign_citizenship", "no_foreign_residence_permit", "never_foreign",
	"not_incapacitated", "not_imprisoned", "not_detained"
};

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

/* The person's citizenships other than the office's country, as "BY, KZ". */
static void
foreign_list(const el_person *p, int16_t home, char *buf, size_t size)
{
	size_t		used = 0;
	int			i;

	buf[0] = '\0';
	for (i = 0; i < p->ncitizenships && used < size; i++)
	{
		if (p->citizenships[i] == home)
			continue;
		used += snprintf(buf + used, size - used, "%s%s", used ? ", " : "",
						 country_text(p->citizenships[i]));
	}
}

/* An explanation line under construction. */
typedef struct reporter
{
	el_reason_fn fn;
	void	   *arg;
} reporter;

static void
report(const reporter *r, const char *requirement, bool satisfied,
	   const char *legal_basis, const char *fmt,...)
#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
;

static void
report(const reporter *r, const char *requirement, bool satisfied,
	   const char *legal_basis, const char *fmt,...)
{
	el_reason	reason;
	va_list		ap;

	reason.requirement = requirement;
	reason.satisfied = satisfied;
	reason.legal_basis = legal_basis;
	va_start(ap, fmt);
	vsnprintf(reason.detail, sizeof(reason.detail), fmt, ap);
	va_end(ap);
	r->fn(&reason, r->arg);
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
 * unmet; reports each when r is not NULL.
 */
static int
grant_conditions(const el_grant *g, const el_person *p, el_day day, const reporter *r)
{
	int			unmet = 0;
	char		d1[16],
				d2[16];

	if (g->permanent_residence)
	{
		bool		ok = p->has_residence && p->residence == EL_RES_PERMANENT;

		unmet += !ok;
		if (r)
			report(r, "grant: permanent residence", ok, g->legal_basis,
				   !p->has_residence ? "residence status not known" :
				   ok ? "permanently resident" : "residence is %s, permanent residence required",
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
				 el_day day, const el_person *p, const reporter *r)
{
	const el_grant *best = NULL;
	int			best_unmet = 0;
	int			i;
	char		foreign[64];

	for (i = 0; i < office->ngrants[role]; i++)
	{
		const el_grant *g = office->grants[role][i];
		int			unmet;

		if (!grant_reaches(g, p, day))
			continue;
		unmet = grant_conditions(g, p, day, NULL);
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

	foreign_list(p, office->country, foreign, sizeof(foreign));
	if (best == NULL)
	{
		report(r, "citizen", false, req->legal_basis,
			   "not a citizen of %s (holds %s), and no franchise grant in force covers them for this office",
			   country_text(office->country), foreign[0] ? foreign : "no citizenship");
		return false;
	}
	report(r, "citizen", best_unmet == 0, req->legal_basis,
		   best_unmet == 0 ? "citizen of %s, entitled under %s" :
		   "citizen of %s; %s entitles them only on its conditions, see the grant lines",
		   foreign, best->treaty);
	grant_conditions(best, p, day, r);
	return best_unmet == 0;
}

/* Foreign citizenships all waived by grants reaching this office and role? */
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

			if (!in_period(&g->in_force, day))
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

/* ---- one requirement ---- */

static const char *
tri_word(el_tri t, const char *yes, const char *no, const char *unknown)
{
	return t == EL_YES ? yes : t == EL_NO ? no : unknown;
}

/* A bar: met only when the fact is known to be false. */
static bool
bar(const reporter *r, const char *label, const el_requirement *req, el_tri fact,
	const char *if_yes, const char *if_no, const char *if_unknown)
{
	bool		ok = fact == EL_NO;

	if (r)
		report(r, label, ok, req->legal_basis, "%s", tri_word(fact, if_yes, if_no, if_unknown));
	return ok;
}

/* Evaluate req; report it when r != NULL.  Returns whether it is met. */
static bool
check(const el_office *office, el_role role, const el_requirement *req,
	  el_day day, const el_person *p, const reporter *r)
{
	char		label[64];
	char		buf[64];
	bool		ok;
	const char *kind = el_reqkind_names[req->kind];

	if (r)
	{
		if (req->kind == EL_REQ_MIN_AGE || req->kind == EL_REQ_RESIDENCE_YEARS)
			snprintf(label, sizeof(label), "%s %d%s", kind, req->years,
					 req->continuous ? " (continuous)" : "");
		else
			snprintf(label, sizeof(label), "%s", kind);
	}

	switch (req->kind)
	{
		case EL_REQ_MIN_AGE:
			ok = p->has_birth_date && el_years_reached(p->birth_date, day, req->years);
			if (r)
			{
				if (!p->has_birth_date)
					report(r, label, false, req->legal_basis, "birth date not known");
				else
					report(r, label, ok, req->legal_basis, "aged %d on polling day, %d required",
						   el_full_years(p->birth_date, day), req->years);
			}
			return ok;

		case EL_REQ_CITIZEN:
			if (p->citizenships == NULL)
			{
				if (r)
					report(r, label, false, req->legal_basis, "citizenships not known");
				return false;
			}
			if (holds(p, office->country))
			{
				if (r)
					report(r, label, true, req->legal_basis, "citizen of %s",
						   country_text(office->country));
				return true;
			}
			if (!req->grant_may_waive)
			{
				if (r)
				{
					foreign_list(p, office->country, buf, sizeof(buf));
					report(r, label, false, req->legal_basis,
						   "not a citizen of %s (holds %s); the office is reserved to citizens",
						   country_text(office->country), buf[0] ? buf : "no citizenship");
				}
				return false;
			}
			if (r)
			{
				/* citizen_by_grant reports under its own label */
				return citizen_by_grant(office, role, req, day, p, r);
			}
			return citizen_by_grant(office, role, req, day, p, NULL);

		case EL_REQ_CITIZEN_BY_BIRTH:
			ok = p->citizen_by_birth == EL_YES;
			if (r)
				report(r, label, ok, req->legal_basis, "%s",
					   tri_word(p->citizen_by_birth, "citizen by birth",
								"not a citizen by birth", "citizenship by birth not known"));
			return ok;

		case EL_REQ_RESIDENCE_YEARS:
			/* one start date proves continuous residence; it is also enough for a total */
			ok = p->has_resident_since && el_years_reached(p->resident_since, day, req->years);
			if (r)
			{
				if (!p->has_resident_since)
					report(r, label, false, req->legal_basis, "date residence began not known");
				else
				{
					format_day(p->resident_since, buf, sizeof(buf));
					report(r, label, ok, req->legal_basis,
						   "resident since %s: %d full years on polling day, %d required",
						   buf, el_full_years(p->resident_since, day), req->years);
				}
			}
			return ok;

		case EL_REQ_NO_FOREIGN_CITIZENSHIP:
			{
				const el_grant *by = NULL;
				bool		foreign;

				if (p->citizenships == NULL || p->unknown_citizenship)
				{
					if (r)
						report(r, label, false, req->legal_basis,
							   p->citizenships == NULL ? "citizenships not known" :
							   "a citizenship in the list is not known (NULL)");
					return false;
				}
				foreign = holds_foreign(p, office->country);
				ok = !foreign || (req->grant_may_waive &&
								  foreign_waived(office, role, day, p, &by));
				if (r)
				{
					foreign_list(p, office->country, buf, sizeof(buf));
					if (!foreign)
						report(r, label, true, req->legal_basis, "no other citizenship");
					else if (ok)
						report(r, label, true, req->legal_basis,
							   "also a citizen of %s, allowed under %s", buf, by->treaty);
					else
						report(r, label, false, req->legal_basis, "also a citizen of %s", buf);
				}
				return ok;
			}

		case EL_REQ_NO_FOREIGN_RESIDENCE_PERMIT:
			return bar(r, label, req, p->foreign_residence_permit, "holds a foreign residence permit",
					   "no foreign residence permit", "foreign residence permit not known");

		case EL_REQ_NEVER_FOREIGN:
			/* never held: not now either, so a current foreign citizenship or permit fails it */
			ok = p->ever_foreign == EL_NO && p->citizenships != NULL && !p->unknown_citizenship &&
				!holds_foreign(p, office->country) && p->foreign_residence_permit == EL_NO;
			if (r)
			{
				foreign_list(p, office->country, buf, sizeof(buf));
				if (p->ever_foreign == EL_YES)
					report(r, label, false, req->legal_basis,
						   "has held foreign citizenship or a foreign residence permit");
				else if (p->citizenships == NULL || p->unknown_citizenship)
					report(r, label, false, req->legal_basis, "citizenships not known");
				else if (buf[0] != '\0')
					report(r, label, false, req->legal_basis, "holds citizenship of %s", buf);
				else if (p->foreign_residence_permit == EL_YES)
					report(r, label, false, req->legal_basis, "holds a foreign residence permit");
				else if (p->foreign_residence_permit == EL_UNKNOWN)
					report(r, label, false, req->legal_basis, "foreign residence permit not known");
				else if (p->ever_foreign == EL_UNKNOWN)
					report(r, label, false, req->legal_basis,
						   "whether foreign citizenship or a residence permit was ever held is not known");
				else
					report(r, label, true, req->legal_basis,
						   "never held foreign citizenship or a foreign residence permit");
			}
			return ok;

		case EL_REQ_NOT_INCAPACITATED:
			return bar(r, label, req, p->incapacitated, "declared legally incapable by a court",
					   "not declared incapable", "legal capacity not known");

		case EL_REQ_NOT_IMPRISONED:
			return bar(r, label, req, p->imprisoned,
					   "held in a place of deprivation of liberty under a sentence",
					   "not imprisoned", "imprisonment not known");

		case EL_REQ_NOT_DETAINED:
			return bar(r, label, req, p->detained, "held in pre-trial detention",
					   "not in pre-trial detention", "pre-trial detention not known");

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

bool
el_evaluate(const el_office *office, el_role role, el_day day,
			const el_person *person, el_reason_fn explain, void *arg)
{
	reporter	rep;
	const reporter *r = NULL;
	const el_requirement *reqs = office->reqs[role];
	int			n = office->nreqs[role];
	bool		all = true;
	int			i;

	if (explain)
	{
		rep.fn = explain;
		rep.arg = arg;
		r = &rep;
	}
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
		plan->grant_needs |= EL_NEED_RESIDENCE | EL_NEED_RESIDENT_SINCE | EL_NEED_REGISTERED;
	}
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
			plan->bars |= EL_NEED_INCAPACITATED;
			plan->needs |= EL_NEED_INCAPACITATED;
			return true;
		case EL_REQ_NOT_IMPRISONED:
			plan->bars |= EL_NEED_IMPRISONED;
			plan->needs |= EL_NEED_IMPRISONED;
			return true;
		case EL_REQ_NOT_DETAINED:
			plan->bars |= EL_NEED_DETAINED;
			plan->needs |= EL_NEED_DETAINED;
			return true;
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
		if (plan->nothers == EL_PLAN_MAX)
			plan->generic = true;
		else
			plan->others[plan->nothers++] = req;
	}
	/* check() may read any fact */
	if (plan->generic || plan->nothers > 0)
		plan->needs = EL_NEED_ALL;
	plan->straight = !plan->generic && !plan->no_direct_vote && plan->nothers == 0;
}

bool
el_plan_evaluate_generic(const el_plan *plan, const el_person *p)
{
	return el_evaluate(plan->office, plan->role, plan->day, p, NULL, NULL);
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
