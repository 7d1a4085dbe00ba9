/*
 * test_bars.c: the bars of standing that terms after expungement or a
 * court's decision set (rules.h, law-bars kinds), on their boundary days,
 * through both deciders: el_evaluate's walk and the plan, which keeps the
 * conviction and organisation requirements behind a gate.
 *
 * A term of N years from a day bars to the same date N years on inclusive
 * (Civil Code RF art. 191-192), 29 February ending on 28 February.
 */
#include <string.h>

#include "tap.h"

#include "calendar.h"
#include "country.h"
#include "rules.h"

static el_office office;
static el_requirement stand[4];
static int16_t cits[1];

static el_requirement
req(el_reqkind kind, int years)
{
	el_requirement r;

	memset(&r, 0, sizeof(r));
	r.kind = kind;
	r.years = years;
	r.in_force.from = EL_DAY_MIN;
	r.in_force.to = EL_DAY_MAX;
	r.legal_basis = "test";
	return r;
}

/* A citizen with a clear record but what the caller sets. */
static el_person
clear_record(void)
{
	el_person	p;

	memset(&p, 0, sizeof(p));
	p.citizenships = cits;
	p.ncitizenships = 1;
	p.conviction = EL_CONV_NONE;
	p.extremist_org = EL_ORG_NONE;
	return p;
}

/* Both deciders, which must agree; -1 when they do not. */
static int
may_stand(const el_person *p, el_day day)
{
	el_plan		plan;
	bool		walked = el_evaluate(&office, EL_STAND, day, p, NULL, NULL);

	el_plan_build(&plan, &office, EL_STAND, day);
	if (el_plan_decide(&plan, &el_person_reader, p) != walked)
		return -1;
	return walked;
}

static el_day
ymd(int y, int m, int d)
{
	return el_day_from_ymd(y, m, d);
}

int
main(void)
{
	el_person	p;

	cits[0] = (int16_t) el_country_pack("RU", 2);
	stand[0] = req(EL_REQ_CITIZEN, 0);
	stand[1] = req(EL_REQ_NO_GRAVE_CONVICTION, 10);
	stand[2] = req(EL_REQ_NO_EXTREMIST_ORG_LEADERSHIP, 5);
	stand[3] = req(EL_REQ_NO_EXTREMIST_ORG_PARTICIPATION, 3);
	memset(&office, 0, sizeof(office));
	office.code = "RU.council";
	office.code_len = strlen(office.code);
	office.country = cits[0];
	office.level = EL_LOCAL;
	office.direct_vote = true;
	office.reqs[EL_STAND] = stand;
	office.nreqs[EL_STAND] = 4;

	p = clear_record();
	ok(may_stand(&p, ymd(2026, 9, 20)) == 1, "a clear record may stand");
	p.conviction = EL_CONV_UNKNOWN;
	ok(may_stand(&p, ymd(2026, 9, 20)) == 0, "a conviction not known is not proven");

	p = clear_record();
	p.conviction = EL_CONV_GRAVE;
	p.conviction_imprisonment = EL_YES;
	ok(may_stand(&p, ymd(2026, 9, 20)) == 0, "grave, imprisonment, not expunged: barred");
	p.has_conviction_expunged = true;
	p.conviction_expunged = ymd(2016, 9, 20);
	ok(may_stand(&p, ymd(2026, 9, 20)) == 0, "expunged 2016-09-20: barred on 2026-09-20");
	ok(may_stand(&p, ymd(2026, 9, 21)) == 1, "expunged 2016-09-20: free on 2026-09-21");
	p.conviction_expunged = ymd(2024, 2, 29);
	ok(may_stand(&p, ymd(2034, 2, 28)) == 0, "expunged 2024-02-29: barred on 2034-02-28");
	ok(may_stand(&p, ymd(2034, 3, 1)) == 1, "expunged 2024-02-29: free on 2034-03-01");
	p.conviction_expunged = ymd(2026, 9, 21);
	ok(may_stand(&p, ymd(2026, 9, 20)) == 0, "expunged the day after polling day: not yet expunged");
	p.conviction_imprisonment = EL_UNKNOWN;
	ok(may_stand(&p, ymd(2040, 1, 1)) == 0, "the sentence not known: not proven, however long ago");
	p.conviction = EL_CONV_ESPECIALLY_GRAVE;
	p.conviction_imprisonment = EL_YES;
	p.conviction_expunged = ymd(2000, 1, 1);
	ok(may_stand(&p, ymd(2026, 9, 20)) == 1, "an especially grave crime is not this office's (grave) row");

	p = clear_record();
	p.extremist_org = EL_ORG_PARTICIPANT;
	p.has_extremist_org_decided = true;
	p.extremist_org_decided = ymd(2022, 3, 1);
	ok(may_stand(&p, ymd(2025, 3, 1)) == 0, "participant, decision 2022-03-01: barred on 2025-03-01");
	ok(may_stand(&p, ymd(2025, 3, 2)) == 1, "participant: free on 2025-03-02");
	p.extremist_org = EL_ORG_LEADER;
	ok(may_stand(&p, ymd(2025, 3, 2)) == 0, "leader: still barred on 2025-03-02");
	ok(may_stand(&p, ymd(2027, 3, 1)) == 0, "leader: barred on 2027-03-01");
	ok(may_stand(&p, ymd(2027, 3, 2)) == 1, "leader: free on 2027-03-02");
	p.has_extremist_org_decided = false;
	ok(may_stand(&p, ymd(2040, 1, 1)) == 0, "leader, the decision's day not known: not proven");
	p.extremist_org = EL_ORG_UNKNOWN;
	ok(may_stand(&p, ymd(2026, 9, 20)) == 0, "involvement not known: not proven");
	return done_testing();
}
