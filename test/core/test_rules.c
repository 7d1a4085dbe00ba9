/*
 * test_rules.c: explanations of the rule engine (rules.h) read true, whole
 * and in the rules' own bytes; the one decider answers as the walk.
 *
 * A treaty name of 300 Cyrillic characters (600 bytes of UTF-8) was cut by
 * a 200-byte buffer in the middle of a character; "also a citizen of KZ"
 * was said of someone holding KZ alone; a bar left out was explained as if
 * supplied.
 */
#include <string.h>

#include "tap.h"

#include "calendar.h"
#include "country.h"
#include "rules.h"

static char treaty[1024];
static int16_t RU, KZ;

/* The detail of the line labelled label, copied (reasons live for the callback only). */
typedef struct wanted
{
	const char *label;
	char		detail[2048];
	int			satisfied;		/* -1: no such line */
} wanted;

static void
find(const el_reason *reason, void *arg)
{
	wanted	   *w = arg;

	if (strcmp(reason->requirement, w->label) != 0)
		return;
	strncpy(w->detail, reason->detail, sizeof(w->detail) - 1);
	w->satisfied = reason->satisfied;
}

static wanted
line(const el_office *o, el_role role, const el_person *p, const char *label)
{
	wanted		w;

	memset(&w, 0, sizeof(w));
	w.label = label;
	w.satisfied = -1;
	el_evaluate(o, role, 0, p, find, &w);
	return w;
}

/* Is s well-formed UTF-8 (no cut character)? */
static int
valid_utf8(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	while (*u)
	{
		int			n = *u < 0x80 ? 0 : (*u & 0xE0) == 0xC0 ? 1 : (*u & 0xF0) == 0xE0 ? 2 :
			(*u & 0xF8) == 0xF0 ? 3 : -1;

		if (n < 0)
			return 0;
		for (u++; n > 0; n--, u++)
			if ((*u & 0xC0) != 0x80)
				return 0;
	}
	return 1;
}

int
main(void)
{
	el_requirement vote[3];
	el_requirement stand[2];
	el_grant	grant;
	const el_grant *links[1] = {&grant};
	int16_t		kz_nationals[1];
	el_office	office;
	el_person	p;
	int16_t		only_kz[1],
				ru_kz[2];
	wanted		w;
	char		want[1200];
	el_plan		plan;
	int			i;

	RU = (int16_t) el_country_pack("RU", 2);
	KZ = (int16_t) el_country_pack("KZ", 2);
	for (i = 0; i < 20; i++)
		strcat(treaty, "Договор о правах ");	/* 17 characters, 30 bytes */

	memset(vote, 0, sizeof(vote));
	memset(stand, 0, sizeof(stand));
	for (i = 0; i < 3; i++)
	{
		vote[i].in_force.from = EL_DAY_MIN;
		vote[i].in_force.to = EL_DAY_MAX;
		vote[i].legal_basis = "test";
	}
	stand[0] = vote[0];
	stand[1] = vote[0];
	vote[0].kind = EL_REQ_CITIZEN;
	vote[0].grant_may_waive = true;
	vote[1].kind = EL_REQ_NOT_INCAPACITATED;
	vote[2].kind = EL_REQ_NOT_IMPRISONED;
	stand[0].kind = EL_REQ_NO_FOREIGN_CITIZENSHIP;
	stand[1].kind = EL_REQ_NEVER_FOREIGN;

	memset(&grant, 0, sizeof(grant));
	kz_nationals[0] = KZ;
	grant.host = RU;
	grant.nationals = kz_nationals;
	grant.nnationals = 1;
	grant.roles = 1u << EL_VOTE;
	grant.levels = 1u << EL_LOCAL;
	grant.in_force.from = EL_DAY_MIN;
	grant.in_force.to = EL_DAY_MAX;
	grant.treaty = treaty;
	grant.legal_basis = "test";

	memset(&office, 0, sizeof(office));
	office.code = "RU.council";
	office.code_len = strlen(office.code);
	office.country = RU;
	office.level = EL_LOCAL;
	office.direct_vote = true;
	office.reqs[EL_VOTE] = vote;
	office.nreqs[EL_VOTE] = 3;
	office.reqs[EL_STAND] = stand;
	office.nreqs[EL_STAND] = 2;
	office.grants[EL_VOTE] = links;
	office.ngrants[EL_VOTE] = 1;

	memset(&p, 0, sizeof(p));
	only_kz[0] = KZ;
	ru_kz[0] = RU;
	ru_kz[1] = KZ;
	p.citizenships = only_kz;
	p.ncitizenships = 1;
	p.has_residence = true;
	p.residence = EL_RES_PERMANENT;
	p.citizen_by_birth = EL_UNKNOWN;

	/* a treaty name of any length, whole */
	w = line(&office, EL_VOTE, &p, "citizen");
	snprintf(want, sizeof(want), "citizen of KZ, entitled under %s", treaty);
	ok(w.satisfied == 1 && strcmp(w.detail, want) == 0,
	   "a 340-character Cyrillic treaty name is in the detail whole (%zu bytes)", strlen(w.detail));
	ok(valid_utf8(w.detail), "and the detail is well-formed UTF-8");

	/* "also" only of a citizen of the office's country */
	w = line(&office, EL_STAND, &p, "no_foreign_citizenship");
	ok(strcmp(w.detail, "a citizen of KZ") == 0, "KZ alone: \"%s\"", w.detail);
	p.citizenships = ru_kz;
	p.ncitizenships = 2;
	w = line(&office, EL_STAND, &p, "no_foreign_citizenship");
	ok(strcmp(w.detail, "also a citizen of KZ") == 0, "RU and KZ: \"%s\"", w.detail);

	/* bars left out, met by default or not proven, against a supplied false */
	p.citizenships = only_kz;
	p.ncitizenships = 1;
	p.unsupplied = EL_NEED_INCAPACITATED;
	w = line(&office, EL_VOTE, &p, "not_incapacitated");
	ok(w.satisfied == 1 &&
	   strcmp(w.detail, "legal capacity not supplied by the caller: counted as not declared incapable") == 0,
	   "left out, counted as met: \"%s\"", w.detail);
	p.incapacitated = EL_UNKNOWN;
	w = line(&office, EL_VOTE, &p, "not_incapacitated");
	ok(w.satisfied == 0 && strcmp(w.detail, "legal capacity not supplied by the caller: not proven") == 0,
	   "left out, not proven: \"%s\"", w.detail);
	p.unsupplied = 0;
	p.incapacitated = EL_NO;
	w = line(&office, EL_VOTE, &p, "not_incapacitated");
	ok(w.satisfied == 1 && strcmp(w.detail, "not declared incapable") == 0, "supplied false: \"%s\"", w.detail);
	p.unsupplied = EL_NEED_EVER_FOREIGN;
	p.citizenships = ru_kz + 0;
	p.ncitizenships = 1;		/* RU alone */
	w = line(&office, EL_STAND, &p, "never_foreign");
	ok(w.satisfied == 1 && strstr(w.detail, "not supplied by the caller: counted as never") != NULL,
	   "never_foreign, ever_foreign left out: \"%s\"", w.detail);

	/* the one decider agrees with the walk */
	p.unsupplied = 0;
	p.citizenships = only_kz;
	p.ncitizenships = 1;
	el_plan_build(&plan, &office, EL_VOTE, 0);
	ok(el_plan_decide(&plan, &el_person_reader, &p) == el_evaluate(&office, EL_VOTE, 0, &p, NULL, NULL) &&
	   el_plan_decide(&plan, &el_person_reader, &p),
	   "el_plan_decide admits the Kazakh national under the grant, as el_evaluate does");
	p.imprisoned = EL_UNKNOWN;
	ok(!el_plan_decide(&plan, &el_person_reader, &p) && !el_evaluate(&office, EL_VOTE, 0, &p, NULL, NULL),
	   "and both refuse when imprisonment is not known");
	return done_testing();
}
