/*
 * fuzz_rules.c: the pure rule engine (rules.h) on a small synthetic
 * rulebook, for any office, role, polling day and person.
 *
 * Input (missing bytes read as zero):
 *   [0]      office index (low bits) and role (bit 7)
 *   [1]      how to read the polling day (see pick_day), [2..5] its int32
 *   [6]      how to read the birth date, [7..10] its int32
 *   [11]     how to read resident_since, [12..15] its int32
 *   [16]     flags: has_birth_date, has_residence, has_resident_since,
 *            unknown_citizenship, citizenships NULL; bits 5-6 residence
 *   [17..23] the seven el_tri facts, each byte % 3 - 1
 *   [24]     number of citizenships (% 5), then per citizenship one byte
 *            choosing RU/BY/KZ/UTO or, for other values, two raw bytes
 *   then     one byte: which bars were not supplied (el_person.unsupplied;
 *            dropped for a fact that reads EL_YES, which no default gives)
 *   then     the law-bars facts: conviction (% 6 - 1), conviction_imprisonment,
 *            conviction_listed (el_tri), a flags byte (has_conviction_expunged,
 *            has_extremist_org_decided), the expunged day (mode, int32),
 *            extremist_conviction, admin_penalty (el_tri), extremist_org
 *            (% 4 - 1), the decision's day (mode, int32), foreign_agent,
 *            foreign_benefit_document, not_permanently_resident (el_tri)
 *
 * The polling day may be any int32, although the glue refuses infinite
 * dates (el_polling_day), because the core promises exact arithmetic for
 * any int32 day.  Build with -DFUZZ_RULES_FINITE_DAYS to keep it within
 * PostgreSQL's finite dates instead.
 *
 * Why these properties: can_vote, can_stand and the trigger answer per row
 * through one decider, el_plan_decide, reading facts through an el_reader:
 * the trigger eagerly from an el_person, the functions lazily from their
 * arguments (a fact read only when asked; a whole person filled only with
 * the facts the plan says it needs, the rest at their SQL defaults).  Both
 * readers are run here -- the lazy one as a stand-in for the SQL one, with
 * the same contract -- and held to el_evaluate's walk and its explanation;
 * rules.h promises they agree, so a citizen could otherwise be told
 * "eligible" by one function and "not eligible" by another.  The
 * reasons are turned into SQL text by the glue, so they must be terminated
 * strings with a label.  Days come from PostgreSQL dates and may be
 * anything an int32 holds.
 */
#include "fuzz_common.h"

#include "calendar.h"
#include "country.h"
#include "rules.h"

/* ---- the rulebook, built once ---- */

static int16_t RU, BY, KZ, UTO;

#define OPEN {EL_DAY_MIN, EL_DAY_MAX}

static el_requirement council_vote[4];
static el_requirement council_stand[13];
static el_requirement duma_vote[5];
static el_requirement duma_stand[17];
static el_requirement pres_vote[4];
static el_requirement pres_stand[10];
static el_requirement senate_stand[4];

static int16_t by_nationals[1];
static int16_t ru_nationals[2];
static const char *const by_except[] = {"RU.state_duma"};

static el_grant grants[2];
static el_office offices[4];
static const el_grant *links[4][EL_NROLES][2];

static el_requirement
req(el_reqkind kind, int years, bool continuous, bool waive, el_day from, el_day to)
{
	el_requirement r;

	r.kind = kind;
	r.years = years;
	r.continuous = continuous;
	r.grant_may_waive = waive;
	r.in_force.from = from;
	r.in_force.to = to;
	r.legal_basis = "synthetic";
	return r;
}

static void
set_office(el_office *o, const char *code, int16_t country, el_level level, bool direct,
		   el_requirement *vote, int nvote, el_requirement *stand, int nstand)
{
	memset(o, 0, sizeof(*o));
	o->code = code;
	o->code_len = strlen(code);
	o->country = country;
	o->level = level;
	o->direct_vote = direct;
	o->title = code;
	o->legal_basis = NULL;
	o->reqs[EL_VOTE] = vote;
	o->nreqs[EL_VOTE] = nvote;
	o->reqs[EL_STAND] = stand;
	o->nreqs[EL_STAND] = nstand;
}

static void
build_rulebook(void)
{
	el_day		y2000 = 0;
	el_day		y2020 = el_day_from_ymd(2020, 1, 1);
	el_day		y2027 = el_day_from_ymd(2027, 7, 1);
	el_day		y2029 = el_day_from_ymd(2029, 3, 1);
	int			o,
				role,
				i,
				n;

	RU = (int16_t) el_country_pack("RU", 2);
	BY = (int16_t) el_country_pack("BY", 2);
	KZ = (int16_t) el_country_pack("KZ", 2);
	UTO = (int16_t) el_country_pack("UTO", 3);

	/* RU.municipal_council: local, RU; foreigners under a grant */
	council_vote[0] = req(EL_REQ_MIN_AGE, 18, false, false, EL_DAY_MIN, EL_DAY_MAX);
	council_vote[1] = req(EL_REQ_CITIZEN, 0, false, true, EL_DAY_MIN, EL_DAY_MAX);
	council_vote[2] = req(EL_REQ_NOT_INCAPACITATED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	council_vote[3] = req(EL_REQ_NOT_IMPRISONED, 0, false, false, EL_DAY_MIN, y2027);
	council_stand[0] = req(EL_REQ_MIN_AGE, 18, false, false, EL_DAY_MIN, y2027);
	council_stand[1] = req(EL_REQ_MIN_AGE, 21, false, false, y2027, EL_DAY_MAX);
	council_stand[2] = req(EL_REQ_CITIZEN, 0, false, true, EL_DAY_MIN, EL_DAY_MAX);
	council_stand[3] = req(EL_REQ_RESIDENCE_YEARS, 1, true, false, y2020, EL_DAY_MAX);
	council_stand[4] = req(EL_REQ_NO_FOREIGN_CITIZENSHIP, 0, false, true, EL_DAY_MIN, EL_DAY_MAX);
	council_stand[5] = req(EL_REQ_NOT_DETAINED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	council_stand[6] = req(EL_REQ_NO_GRAVE_CONVICTION, 10, false, false, y2000, EL_DAY_MAX);
	council_stand[7] = req(EL_REQ_NO_LISTED_MEDIUM_CONVICTION, 5, false, false, y2020, EL_DAY_MAX);
	council_stand[8] = req(EL_REQ_NO_EXTREMIST_ORG_LEADERSHIP, 5, false, false, y2020, EL_DAY_MAX);
	council_stand[9] = req(EL_REQ_NO_EXTREMIST_ORG_PARTICIPATION, 3, false, false, y2020, y2029);
	council_stand[10] = req(EL_REQ_NOT_FOREIGN_AGENT, 0, false, false, y2027, EL_DAY_MAX);
	council_stand[11] = req(EL_REQ_NO_FOREIGN_BENEFIT_DOCUMENT, 0, false, true, y2020, EL_DAY_MAX);
	council_stand[12] = req(EL_REQ_LIVES_OR_WORKS_IN_TERRITORY, 0, false, false, y2020, EL_DAY_MAX);

	/* RU.state_duma: national, RU; citizens only */
	duma_vote[0] = req(EL_REQ_MIN_AGE, 18, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_vote[1] = req(EL_REQ_CITIZEN, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_vote[2] = req(EL_REQ_NOT_INCAPACITATED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_vote[3] = req(EL_REQ_NOT_IMPRISONED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_vote[4] = req(EL_REQ_NOT_DETAINED, 0, false, false, y2029, EL_DAY_MAX);
	duma_stand[0] = req(EL_REQ_MIN_AGE, 21, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[1] = req(EL_REQ_CITIZEN, 0, false, true, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[2] = req(EL_REQ_CITIZEN_BY_BIRTH, 0, false, false, y2020, y2029);
	duma_stand[3] = req(EL_REQ_RESIDENCE_YEARS, 0, false, false, EL_DAY_MIN, y2000);
	duma_stand[4] = req(EL_REQ_NO_FOREIGN_CITIZENSHIP, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[5] = req(EL_REQ_NO_FOREIGN_RESIDENCE_PERMIT, 0, false, false, y2000, EL_DAY_MAX);
	duma_stand[6] = req(EL_REQ_NEVER_FOREIGN, 0, false, false, y2027, EL_DAY_MAX);
	duma_stand[7] = req(EL_REQ_NOT_INCAPACITATED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[8] = req(EL_REQ_NOT_IMPRISONED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[9] = req(EL_REQ_NOT_DETAINED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[10] = req(EL_REQ_NO_CONVICTION, 0, false, false, y2027, EL_DAY_MAX);
	duma_stand[11] = req(EL_REQ_NO_UNEXPUNGED_CONVICTION, 0, false, false, EL_DAY_MIN, y2027);
	duma_stand[12] = req(EL_REQ_NO_ESPECIALLY_GRAVE_CONVICTION, 15, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[13] = req(EL_REQ_NO_EXTREMIST_CONVICTION, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[14] = req(EL_REQ_NO_ADMIN_PENALTY, 0, false, false, y2000, EL_DAY_MAX);
	duma_stand[15] = req(EL_REQ_NO_FOREIGN_BENEFIT_DOCUMENT, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	duma_stand[16] = req(EL_REQ_PERMANENTLY_RESIDENT, 0, false, false, y2020, EL_DAY_MAX);

	/* BY.president: national, BY */
	pres_vote[0] = req(EL_REQ_MIN_AGE, 18, false, false, EL_DAY_MIN, EL_DAY_MAX);
	pres_vote[1] = req(EL_REQ_CITIZEN, 0, false, true, EL_DAY_MIN, EL_DAY_MAX);
	pres_vote[2] = req(EL_REQ_MIN_AGE, 0, false, false, y2000, EL_DAY_MAX);
	pres_vote[3] = req(EL_REQ_NOT_INCAPACITATED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	pres_stand[0] = req(EL_REQ_MIN_AGE, 40, false, false, EL_DAY_MIN, EL_DAY_MAX);
	pres_stand[1] = req(EL_REQ_MIN_AGE, 35, false, false, EL_DAY_MIN, y2020);
	pres_stand[2] = req(EL_REQ_CITIZEN, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	pres_stand[3] = req(EL_REQ_CITIZEN_BY_BIRTH, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	pres_stand[4] = req(EL_REQ_RESIDENCE_YEARS, 20, true, false, EL_DAY_MIN, EL_DAY_MAX);
	pres_stand[5] = req(EL_REQ_RESIDENCE_YEARS, 10, false, false, y2000, y2020);
	pres_stand[6] = req(EL_REQ_NO_FOREIGN_CITIZENSHIP, 0, false, true, EL_DAY_MIN, EL_DAY_MAX);
	pres_stand[7] = req(EL_REQ_NO_FOREIGN_RESIDENCE_PERMIT, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	pres_stand[8] = req(EL_REQ_NEVER_FOREIGN, 0, false, false, y2020, EL_DAY_MAX);
	pres_stand[9] = req(EL_REQ_NOT_IMPRISONED, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);

	/* RU.federation_council: no direct vote; standing needs 30 years */
	senate_stand[0] = req(EL_REQ_MIN_AGE, 30, false, false, EL_DAY_MIN, EL_DAY_MAX);
	senate_stand[1] = req(EL_REQ_CITIZEN, 0, false, false, EL_DAY_MIN, EL_DAY_MAX);
	senate_stand[2] = req(EL_REQ_RESIDENCE_YEARS, 25, false, false, EL_DAY_MIN, y2027);
	senate_stand[3] = req(EL_REQ_RESIDES_IN_TERRITORY, 0, false, false, y2000, EL_DAY_MAX);

	/* sorted by code bytewise, as el_find_office expects */
	set_office(&offices[0], "BY.president", 0, EL_NATIONAL, true, pres_vote, 4, pres_stand, 10);
	set_office(&offices[1], "RU.federation_council", 0, EL_NATIONAL, false,
			   duma_vote, 0, senate_stand, 4);
	set_office(&offices[2], "RU.municipal_council", 0, EL_LOCAL, true,
			   council_vote, 4, council_stand, 13);
	set_office(&offices[3], "RU.state_duma", 0, EL_NATIONAL, true, duma_vote, 5, duma_stand, 17);
	offices[0].country = BY;
	offices[1].country = RU;
	offices[2].country = RU;
	offices[3].country = RU;

	/* RU hosts BY nationals at local and national level, except the Duma */
	by_nationals[0] = BY;
	memset(grants, 0, sizeof(grants));
	grants[0].host = RU;
	grants[0].nationals = by_nationals;
	grants[0].nnationals = 1;
	grants[0].roles = (1u << EL_VOTE) | (1u << EL_STAND);
	grants[0].levels = (1u << EL_LOCAL) | (1u << EL_NATIONAL);
	grants[0].except_offices = by_except;
	grants[0].nexcept = 1;
	grants[0].in_force.from = el_day_from_ymd(1999, 12, 8);
	grants[0].in_force.to = EL_DAY_MAX;
	grants[0].min_residence = EL_RES_PERMANENT;
	grants[0].registration = true;
	grants[0].in_territory = true;
	grants[0].treaty = "Union State treaty (synthetic)";
	grants[0].legal_basis = "synthetic grant RU";

	/* BY hosts RU and KZ nationals for voting, with residence conditions */
	ru_nationals[0] = RU;
	ru_nationals[1] = KZ;
	grants[1].host = BY;
	grants[1].nationals = ru_nationals;
	grants[1].nnationals = 2;
	grants[1].roles = 1u << EL_VOTE;
	grants[1].levels = (1u << EL_NATIONAL) | (1u << EL_REGIONAL);
	grants[1].in_force.from = y2000;
	grants[1].in_force.to = y2029;
	grants[1].min_residence = EL_RES_TEMPORARY;
	grants[1].min_residence_years = 5;
	grants[1].has_cutoff = true;
	grants[1].resident_since_before = el_day_from_ymd(2024, 1, 1);
	grants[1].treaty = "BY-RU agreement (synthetic)";
	grants[1].legal_basis = "synthetic grant BY";

	for (o = 0; o < 4; o++)
		for (role = 0; role < EL_NROLES; role++)
		{
			n = 0;
			for (i = 0; i < 2; i++)
				if (el_grant_covers_office(&grants[i], &offices[o], (el_role) role))
					links[o][role][n++] = &grants[i];
			offices[o].grants[role] = links[o][role];
			offices[o].ngrants[role] = n;
		}
}

/* ---- reading the input ---- */

typedef struct reader
{
	const uint8_t *p;
	size_t		left;
} reader;

static uint8_t
u8(reader *r)
{
	if (r->left == 0)
		return 0;
	r->left--;
	return *r->p++;
}

static uint32_t
u32(reader *r)
{
	uint32_t	v = 0;
	int			i;

	for (i = 0; i < 4; i++)
		v = (v << 8) | u8(r);
	return v;
}

static const el_day extremes[] = {
	EL_DAY_MIN, EL_DAY_MIN + 1, EL_DAY_MIN + 2, EL_DAY_MAX, EL_DAY_MAX - 1,
	EL_DAY_MAX - 366, 0, -1, 1
};

/*
 * mode % 4: 0 the raw int32, 1 within 2025..2030, 2 within 1940..2030,
 * 3 one of the extremes.
 */
static el_day
pick_day(uint8_t mode, uint32_t raw)
{
	switch (mode % 4)
	{
		case 1:
			return el_day_from_ymd(2025, 1, 1) + (el_day) (raw % (6 * 366));
		case 2:
			return el_day_from_ymd(1940, 1, 1) + (el_day) (raw % (91 * 366));
		case 3:
			return extremes[raw % (sizeof(extremes) / sizeof(extremes[0]))];
		default:
			return (el_day) raw;
	}
}

static el_tri
tri(reader *r)
{
	return (el_tri) ((int) (u8(r) % 3) - 1);
}

/* ---- explanation collector ---- */

typedef struct collected
{
	int			nreasons;
	int			nunsatisfied;
} collected;

static void
collect(const el_reason *reason, void *arg)
{
	collected  *c = arg;

	FUZZ_CHECK(reason->detail != NULL);
	(void) strlen(reason->detail);	/* terminated: ASan would catch a read past the end */
	FUZZ_CHECK(reason->requirement != NULL && reason->requirement[0] != '\0');
	c->nreasons++;
	if (!reason->satisfied)
		c->nunsatisfied++;
}

/* ---- a lazy reader, as the SQL functions' (src/pg/person.h) ---- */

typedef struct lazy_source
{
	const el_person *all;		/* the facts "in the arguments" */
	el_person	filled;			/* what person() fills */
	unsigned	asked;			/* EL_NEED_* bits of the facts read */
} lazy_source;

/*
 * The person with only the facts in needs taken from the arguments and
 * every other at its SQL default, as el_person_from_facts fills it: a
 * decider reading a fact it did not ask for gets the default, not the truth.
 */
static const el_person *
lazy_person(const void *src, unsigned needs)
{
	lazy_source *s = (lazy_source *) (uintptr_t) src;	/* the reader's own state */
	const el_person *a = s->all;
	el_person  *p = &s->filled;
	el_tri		unsupplied_default = EL_NO;

	memset(p, 0, sizeof(*p));
	p->has_residence = true;
	p->residence = EL_RES_NONE;
	p->registered = EL_NO;
	p->citizen_by_birth = EL_UNKNOWN;
	p->incapacitated = p->imprisoned = p->detained = unsupplied_default;
	p->foreign_residence_permit = p->ever_foreign = unsupplied_default;
	p->resides_in_territory = p->works_in_territory = EL_YES;	/* conditions: met when not supplied */
	p->conviction = EL_CONV_NONE;
	p->conviction_imprisonment = p->conviction_listed = unsupplied_default;
	p->extremist_conviction = p->admin_penalty = unsupplied_default;
	p->extremist_org = EL_ORG_NONE;
	p->foreign_agent = p->foreign_benefit_document = unsupplied_default;
	p->not_permanently_resident = unsupplied_default;
	p->unsupplied = a->unsupplied;
	s->asked |= needs;
	if (needs & EL_NEED_CITIZENSHIPS)
	{
		p->citizenships = a->citizenships;
		p->ncitizenships = a->ncitizenships;
		p->unknown_citizenship = a->unknown_citizenship;
	}
	if (needs & EL_NEED_BIRTH_DATE)
	{
		p->has_birth_date = a->has_birth_date;
		p->birth_date = a->birth_date;
	}
	if (needs & EL_NEED_RESIDENCE)
	{
		p->has_residence = a->has_residence;
		p->residence = a->residence;
	}
	if (needs & EL_NEED_RESIDENT_SINCE)
	{
		p->has_resident_since = a->has_resident_since;
		p->resident_since = a->resident_since;
	}
	if (needs & EL_NEED_REGISTERED)
		p->registered = a->registered;
	if (needs & EL_NEED_INCAPACITATED)
		p->incapacitated = a->incapacitated;
	if (needs & EL_NEED_IMPRISONED)
		p->imprisoned = a->imprisoned;
	if (needs & EL_NEED_DETAINED)
		p->detained = a->detained;
	if (needs & EL_NEED_CITIZEN_BY_BIRTH)
		p->citizen_by_birth = a->citizen_by_birth;
	if (needs & EL_NEED_FOREIGN_PERMIT)
		p->foreign_residence_permit = a->foreign_residence_permit;
	if (needs & EL_NEED_EVER_FOREIGN)
		p->ever_foreign = a->ever_foreign;
	if (needs & EL_NEED_RESIDES_IN_TERRITORY)
		p->resides_in_territory = a->resides_in_territory;
	if (needs & EL_NEED_WORKS_IN_TERRITORY)
		p->works_in_territory = a->works_in_territory;
	if (needs & EL_NEED_CONVICTION)
		p->conviction = a->conviction;
	if (needs & EL_NEED_CONVICTION_IMPRISONMENT)
		p->conviction_imprisonment = a->conviction_imprisonment;
	if (needs & EL_NEED_CONVICTION_LISTED)
		p->conviction_listed = a->conviction_listed;
	if (needs & EL_NEED_CONVICTION_EXPUNGED)
	{
		p->has_conviction_expunged = a->has_conviction_expunged;
		p->conviction_expunged = a->conviction_expunged;
	}
	if (needs & EL_NEED_EXTREMIST_CONVICTION)
		p->extremist_conviction = a->extremist_conviction;
	if (needs & EL_NEED_ADMIN_PENALTY)
		p->admin_penalty = a->admin_penalty;
	if (needs & EL_NEED_EXTREMIST_ORG)
		p->extremist_org = a->extremist_org;
	if (needs & EL_NEED_EXTREMIST_ORG_DECIDED)
	{
		p->has_extremist_org_decided = a->has_extremist_org_decided;
		p->extremist_org_decided = a->extremist_org_decided;
	}
	if (needs & EL_NEED_FOREIGN_AGENT)
		p->foreign_agent = a->foreign_agent;
	if (needs & EL_NEED_FOREIGN_BENEFIT_DOCUMENT)
		p->foreign_benefit_document = a->foreign_benefit_document;
	if (needs & EL_NEED_NOT_PERMANENTLY_RESIDENT)
		p->not_permanently_resident = a->not_permanently_resident;
	return p;
}

static el_tri
lazy_fact(const void *src, unsigned need)
{
	lazy_source *s = (lazy_source *) (uintptr_t) src;

	s->asked |= need;
	return el_person_fact(s->all, need);
}

static bool
lazy_date(const void *src, unsigned need, el_day *out)
{
	lazy_source *s = (lazy_source *) (uintptr_t) src;

	s->asked |= need;
	return el_person_date(s->all, need, out);
}

static int
lazy_level(const void *src, unsigned need)
{
	lazy_source *s = (lazy_source *) (uintptr_t) src;

	s->asked |= need;
	return el_person_level(s->all, need);
}

static int
lazy_citizen(const void *src, int16_t country)
{
	lazy_source *s = (lazy_source *) (uintptr_t) src;

	s->asked |= EL_NEED_CITIZENSHIPS;
	return el_person_citizen(s->all, country);
}

static const el_reader lazy_reader = {lazy_person, lazy_fact, lazy_date, lazy_level, lazy_citizen};

/* The law-bars facts, from the end of the input. */
static void
read_bar_facts(reader *r, el_person *p)
{
	uint8_t		flags,
				mode;

	p->conviction = (el_conviction) ((int) (u8(r) % 6) - 1);
	p->conviction_imprisonment = tri(r);
	p->conviction_listed = tri(r);
	flags = u8(r);
	p->has_conviction_expunged = flags & 1;
	p->has_extremist_org_decided = (flags >> 1) & 1;
	mode = u8(r);
	p->conviction_expunged = pick_day(mode, u32(r));
	p->extremist_conviction = tri(r);
	p->admin_penalty = tri(r);
	p->extremist_org = (el_org_role) ((int) (u8(r) % 4) - 1);
	mode = u8(r);
	p->extremist_org_decided = pick_day(mode, u32(r));
	p->foreign_agent = tri(r);
	p->foreign_benefit_document = tri(r);
	p->not_permanently_resident = tri(r);
}

/* Fact bits a bar may leave unsupplied, and the fact each reads. */
static void
set_unsupplied(el_person *p, uint8_t bits)
{
	const struct
	{
		unsigned	need;
		el_tri		fact;
	}			bars[] = {
		{EL_NEED_INCAPACITATED, p->incapacitated},
		{EL_NEED_IMPRISONED, p->imprisoned},
		{EL_NEED_DETAINED, p->detained},
		{EL_NEED_FOREIGN_PERMIT, p->foreign_residence_permit},
		{EL_NEED_EVER_FOREIGN, p->ever_foreign},
	};
	int			i;

	p->unsupplied = 0;
	for (i = 0; i < 5; i++)
		if ((bits & (1u << i)) && bars[i].fact != EL_YES)
			p->unsupplied |= bars[i].need;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool built = false;
	reader		r = {data, size};
	const el_office *office;
	el_role		role;
	el_day		day;
	el_person	person;
	int16_t		cits[4];
	uint8_t		b,
				mode,
				flags;
	int			i,
				n;
	bool		direct,
				planned,
				lazily,
				explained;
	el_plan		plan;
	lazy_source lazy;
	collected	c = {0, 0};

	if (!built)
	{
		build_rulebook();
		built = true;
	}

	b = u8(&r);
	office = &offices[(b & 0x7f) % 4];
	role = (b & 0x80) ? EL_STAND : EL_VOTE;
	mode = u8(&r);
	day = pick_day(mode, u32(&r));
#ifdef FUZZ_RULES_FINITE_DAYS
	/* exploration knob: only PostgreSQL's finite dates, as the glue passes */
	if (day < -2451545 || day > 2147483494)
		day = (el_day) (((int64_t) day - INT32_MIN) % ((int64_t) 2147483494 + 2451545 + 1)) - 2451545;
#endif

	memset(&person, 0, sizeof(person));
	mode = u8(&r);
	person.birth_date = pick_day(mode, u32(&r));
	mode = u8(&r);
	person.resident_since = pick_day(mode, u32(&r));
	flags = u8(&r);
	person.has_birth_date = flags & 1;
	person.has_residence = (flags >> 1) & 1;
	person.has_resident_since = (flags >> 2) & 1;
	person.unknown_citizenship = (flags >> 3) & 1;
	person.residence = (el_residence) (((flags >> 5) & 3) % 3);
	person.registered = tri(&r);
	person.incapacitated = tri(&r);
	person.imprisoned = tri(&r);
	person.detained = tri(&r);
	person.citizen_by_birth = tri(&r);
	person.foreign_residence_permit = tri(&r);
	person.ever_foreign = tri(&r);
	person.resides_in_territory = tri(&r);
	person.works_in_territory = tri(&r);

	n = u8(&r) % 5;
	for (i = 0; i < n; i++)
	{
		b = u8(&r);
		switch (b % 8)
		{
			case 0:
			case 1:
				cits[i] = RU;
				break;
			case 2:
			case 3:
				cits[i] = BY;
				break;
			case 4:
				cits[i] = KZ;
				break;
			case 5:
				cits[i] = UTO;
				break;
			default:
				cits[i] = (int16_t) (((uint16_t) u8(&r) << 8) | u8(&r));
				break;
		}
	}
	set_unsupplied(&person, u8(&r));
	read_bar_facts(&r, &person);
	if (flags & 0x10)
	{
		person.citizenships = NULL;
		person.ncitizenships = 0;
	}
	else
	{
		person.citizenships = cits;
		person.ncitizenships = n;
	}

	/* (1) the walk and the one decider, through either reader, agree */
	direct = el_evaluate(office, role, day, &person, NULL, NULL);
	el_plan_build(&plan, office, role, day);
	planned = el_plan_decide(&plan, &el_person_reader, &person);
	FUZZ_CHECK(direct == planned);
	memset(&lazy, 0, sizeof(lazy));
	lazy.all = &person;
	lazily = el_plan_decide(&plan, &lazy_reader, &lazy);
	FUZZ_CHECK(lazily == direct);
	/* the lazy reader was asked only for facts the plan says it reads */
	FUZZ_CHECK((lazy.asked & ~plan.needs) == 0);

	/* the office lookup finds the office it was built from */
	FUZZ_CHECK(el_find_office(&(el_rulebook) {offices, 4}, office->code, office->code_len) == office);

	/* (2) the explanation agrees and every line is well formed */
	explained = el_evaluate(office, role, day, &person, collect, &c);
	FUZZ_CHECK(explained == direct);
	FUZZ_CHECK(explained == (c.nunsatisfied == 0));
	return 0;
}
