/*
 * person.c: see person.h.
 */
#include "compat.h"

#include "utils/array.h"
#include "utils/date.h"

#include "person.h"

const char *const el_fact_names[EL_NFACTS] = {
	"citizenships", "birth_date", "residence", "resident_since", "registered",
	"incapacitated", "imprisoned", "detained", "citizen_by_birth",
	"foreign_residence_permit", "ever_foreign", "resides_in_territory", "works_in_territory",
	"conviction", "conviction_imprisonment", "conviction_listed", "conviction_expunged",
	"extremist_conviction", "admin_penalty", "extremist_org", "extremist_org_decided",
	"foreign_agent", "foreign_benefit_document", "not_permanently_resident"
};

/*
 * The general case of el_read_countries (person.h): a compressed, toasted
 * or expanded value (a PL/pgSQL variable), a 4-byte header with NULLs,
 * several dimensions, or too many codes.  pg_detoast_datum turns every form
 * into a plain array, so the ARR_ macros read it as PostgreSQL wrote it.
 */
int
el_read_countries_general(Datum d, int16_t *out, bool *had_null)
{
	ArrayType  *a = DatumGetArrayTypeP(d);
	int			nitems = ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a));
	const bits8 *bitmap = ARR_NULLBITMAP(a);
	/* ARR_DATA_PTR, whose ?: mixes signedness under -Wextra */
	const char *data = (const char *) a +
		(ARR_HASNULL(a) ? (Size) a->dataoffset : (Size) ARR_OVERHEAD_NONULLS(ARR_NDIM(a)));
	int			i,
				n = 0;

	for (i = 0; i < nitems; i++)
	{
		int16		c;

		if (bitmap != NULL && !(bitmap[i / 8] & (1 << (i % 8))))
		{
			if (had_null != NULL)
				*had_null = true;	/* a citizenship not known: not proven */
			continue;
		}
		if (n >= EL_MAX_CITIZENSHIPS)
			ereport(ERROR,
					errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					errmsg("more than %d citizenships given for one person", EL_MAX_CITIZENSHIPS),
					errdetail("The array holds %d elements.", nitems),
					errhint("Pass each citizenship once; no one holds more than %d.",
							EL_MAX_CITIZENSHIPS));
		memcpy(&c, data, sizeof(int16));
		data += sizeof(int16);
		out[n++] = c;
	}
	if ((Pointer) a != DatumGetPointer(d))
		pfree(a);
	return n;
}

/* el_holds_country (person.h) for any other value */
bool
el_holds_country_general(Datum d, int16_t country)
{
	int16_t		codes[EL_MAX_CITIZENSHIPS];

	return el_holds(codes, el_read_countries_general(d, codes, NULL), country);
}

int			el_unsupplied_bars = EL_UNSUPPLIED_MET;

/* The facts before the law-bars ones (convictions and after). */
#define EL_NEED_ALL_BEFORE_BARS (EL_NEED_CONVICTION - 1)

/* The conviction, organisation, foreign-agent and benefit-document facts in read. */
static void
person_bar_facts(const el_rules *rules, const NullableDatum *facts, unsigned read, el_person *p)
{
	if (read & EL_NEED_CONVICTION)
		p->conviction = (el_conviction) el_enum_fact(rules, EL_NEED_CONVICTION, &facts[EL_FACT_CONVICTION]);
	if (read & EL_NEED_CONVICTION_IMPRISONMENT)
		p->conviction_imprisonment = el_tri_fact(&facts[EL_FACT_CONVICTION_IMPRISONMENT]);
	if (read & EL_NEED_CONVICTION_LISTED)
		p->conviction_listed = el_tri_fact(&facts[EL_FACT_CONVICTION_LISTED]);
	if (read & EL_NEED_CONVICTION_EXPUNGED)
		p->has_conviction_expunged = el_date_fact(&facts[EL_FACT_CONVICTION_EXPUNGED], &p->conviction_expunged);
	if (read & EL_NEED_EXTREMIST_CONVICTION)
		p->extremist_conviction = el_tri_fact(&facts[EL_FACT_EXTREMIST_CONVICTION]);
	if (read & EL_NEED_ADMIN_PENALTY)
		p->admin_penalty = el_tri_fact(&facts[EL_FACT_ADMIN_PENALTY]);
	if (read & EL_NEED_EXTREMIST_ORG)
		p->extremist_org = (el_org_role) el_enum_fact(rules, EL_NEED_EXTREMIST_ORG, &facts[EL_FACT_EXTREMIST_ORG]);
	if (read & EL_NEED_EXTREMIST_ORG_DECIDED)
		p->has_extremist_org_decided = el_date_fact(&facts[EL_FACT_EXTREMIST_ORG_DECIDED],
													&p->extremist_org_decided);
	if (read & EL_NEED_FOREIGN_AGENT)
		p->foreign_agent = el_tri_fact(&facts[EL_FACT_FOREIGN_AGENT]);
	if (read & EL_NEED_FOREIGN_BENEFIT_DOCUMENT)
		p->foreign_benefit_document = el_tri_fact(&facts[EL_FACT_FOREIGN_BENEFIT_DOCUMENT]);
	if (read & EL_NEED_NOT_PERMANENTLY_RESIDENT)
		p->not_permanently_resident = el_tri_fact(&facts[EL_FACT_NOT_PERMANENTLY_RESIDENT]);
}

void
el_person_from_facts(const el_rules *rules, const NullableDatum *facts, unsigned supplied,
					 unsigned needs, el_person *p, int16_t *buf)
{
	unsigned	read = needs & supplied;
	el_tri		unsupplied_bar = el_unsupplied_bar();
	el_tri		unsupplied_condition = el_unsupplied_condition();

	/* first the SQL defaults of every fact, then what was supplied and is needed */
	p->citizenships = NULL;
	p->ncitizenships = 0;
	p->unknown_citizenship = false;
	p->has_birth_date = false;
	p->has_residence = true;
	p->residence = EL_RES_NONE;
	p->has_resident_since = false;
	p->registered = EL_NO;
	p->incapacitated = unsupplied_bar;
	p->imprisoned = unsupplied_bar;
	p->detained = unsupplied_bar;
	p->citizen_by_birth = EL_UNKNOWN;
	p->foreign_residence_permit = unsupplied_bar;
	p->ever_foreign = unsupplied_bar;
	p->resides_in_territory = unsupplied_condition;
	p->works_in_territory = unsupplied_condition;
	p->conviction = unsupplied_bar == EL_NO ? EL_CONV_NONE : EL_CONV_UNKNOWN;
	p->conviction_imprisonment = unsupplied_bar;
	p->conviction_listed = unsupplied_bar;
	p->has_conviction_expunged = false;
	p->extremist_conviction = unsupplied_bar;
	p->admin_penalty = unsupplied_bar;
	p->extremist_org = unsupplied_bar == EL_NO ? EL_ORG_NONE : EL_ORG_UNKNOWN;
	p->has_extremist_org_decided = false;
	p->foreign_agent = unsupplied_bar;
	p->foreign_benefit_document = unsupplied_bar;
	p->not_permanently_resident = unsupplied_bar;
	p->unsupplied = (EL_BAR_FACTS | EL_CONDITION_FACTS) & ~supplied;

	if ((read & EL_NEED_CITIZENSHIPS) && !facts[EL_FACT_CITIZENSHIPS].isnull)
	{
		p->ncitizenships = el_read_countries(facts[EL_FACT_CITIZENSHIPS].value, buf,
											 &p->unknown_citizenship);
		p->citizenships = buf;
	}
	if (read & EL_NEED_BIRTH_DATE)
		p->has_birth_date = el_date_fact(&facts[EL_FACT_BIRTH_DATE], &p->birth_date);
	if (read & EL_NEED_RESIDENCE)
	{
		const NullableDatum *f = &facts[EL_FACT_RESIDENCE];

		if (f->isnull)
			p->has_residence = false;
		else if (DatumGetObjectId(f->value) == rules->residence_enum[EL_RES_PERMANENT])
			p->residence = EL_RES_PERMANENT;
		else if (DatumGetObjectId(f->value) == rules->residence_enum[EL_RES_TEMPORARY])
			p->residence = EL_RES_TEMPORARY;
	}
	if (read & EL_NEED_RESIDENT_SINCE)
		p->has_resident_since = el_date_fact(&facts[EL_FACT_RESIDENT_SINCE], &p->resident_since);
	if (read & EL_NEED_REGISTERED)
		p->registered = el_tri_fact(&facts[EL_FACT_REGISTERED]);
	if (read & EL_NEED_INCAPACITATED)
		p->incapacitated = el_tri_fact(&facts[EL_FACT_INCAPACITATED]);
	if (read & EL_NEED_IMPRISONED)
		p->imprisoned = el_tri_fact(&facts[EL_FACT_IMPRISONED]);
	if (read & EL_NEED_DETAINED)
		p->detained = el_tri_fact(&facts[EL_FACT_DETAINED]);
	if (read & EL_NEED_CITIZEN_BY_BIRTH)
		p->citizen_by_birth = el_tri_fact(&facts[EL_FACT_CITIZEN_BY_BIRTH]);
	if (read & EL_NEED_FOREIGN_PERMIT)
		p->foreign_residence_permit = el_tri_fact(&facts[EL_FACT_FOREIGN_RESIDENCE_PERMIT]);
	if (read & EL_NEED_EVER_FOREIGN)
		p->ever_foreign = el_tri_fact(&facts[EL_FACT_EVER_FOREIGN]);
	if (read & EL_NEED_RESIDES_IN_TERRITORY)
		p->resides_in_territory = el_tri_fact(&facts[EL_FACT_RESIDES_IN_TERRITORY]);
	if (read & EL_NEED_WORKS_IN_TERRITORY)
		p->works_in_territory = el_tri_fact(&facts[EL_FACT_WORKS_IN_TERRITORY]);
	if (read & ~EL_NEED_ALL_BEFORE_BARS)
		person_bar_facts(rules, facts, read, p);
}

/*
 * el_source_reader's whole-person read (person.h): a foreigner whom only a
 * grant can admit, or a plan with requirements that do not fold.
 */
const el_person *
el_source_person(const void *src, unsigned needs)
{
	const el_fact_source *s = (const el_fact_source *) src;

	el_person_from_facts(s->rules, s->facts, s->supplied, needs, s->person, s->buf);
	return s->person;
}

void
el_polling_day_error(bool isnull)
{
	if (isnull)
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg("polling day must not be NULL"),
				errdetail("Eligibility is decided by the rules in force on polling day."),
				errhint("Pass the election's polling day, e.g. DATE '2026-09-13'; the offices are listed by: "
						"SELECT code, title FROM electoral.office ORDER BY code;"));
	ereport(ERROR,
			errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			errmsg("polling day must be a finite date"));
	pg_unreachable();
}
