/*
 * plans.h: the last few el_plans of a call site (see rules.h), so that a
 * scan asking about one polling day and a handful of offices builds each
 * plan once.  Reset it whenever the rulebook generation changes.
 */
#ifndef ELECTORAL_PG_PLANS_H
#define ELECTORAL_PG_PLANS_H

#include "rules.h"

#define EL_RECENT_PLANS 4

typedef struct el_recent_plans
{
	int			next;			/* slot to overwrite next */
	int			last;			/* slot of the plan returned last */
	el_plan		plans[EL_RECENT_PLANS];
} el_recent_plans;

static inline void
el_recent_plans_reset(el_recent_plans *rp)
{
	int			i;

	rp->next = 0;
	rp->last = 0;
	for (i = 0; i < EL_RECENT_PLANS; i++)
		rp->plans[i].office = NULL;
}

static inline const el_plan *
el_recent_plan(el_recent_plans *rp, const el_office *office, el_role role, el_day day)
{
	int			i;
	el_plan    *plan = &rp->plans[rp->last];

	/* a scan asks the same as the row before: one compare */
	if (likely(plan->office == office && plan->day == day && plan->role == role))
		return plan;
	for (i = 0; i < EL_RECENT_PLANS; i++)
	{
		plan = &rp->plans[i];
		if (plan->office == office && plan->day == day && plan->role == role)
		{
			rp->last = i;
			return plan;
		}
	}
	rp->last = rp->next;
	plan = &rp->plans[rp->next];
	rp->next = (rp->next + 1) % EL_RECENT_PLANS;
	el_plan_build(plan, office, role, day);
	return plan;
}

#endif
