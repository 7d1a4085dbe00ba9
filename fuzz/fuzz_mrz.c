/*
 * fuzz_mrz.c: el_mrz_parse and el_mrz_fields_of on hostile text.
 *
 * Input: the whole input is the text, as typed or pasted into a COPY file
 * (the seeds are readable MRZs).  The "today" that decides centuries is a
 * fixed day, and a second one derived from the bytes, so that both the
 * everyday case and the far corners of the century rules are exercised
 * without spending input bytes on it.
 *
 * Why these properties: the canonical text is what is stored, and the
 * binary receive path and any later COPY re-parse it, so it must parse to
 * itself; mrz_fields() runs el_mrz_fields_of() on stored values, so it must
 * succeed on everything the parser accepted and return fields the SQL glue
 * can turn into text and dates without further checks.  el_mrz_fields_of()
 * re-validates, so on arbitrary bytes it must agree with the parser.
 *
 * The Russian internal passport (format RU internal) is read from the same
 * 2 x 44 text: its name is decoded to Cyrillic, so the decoded name, written
 * as a registry would write it, must match the field it came from
 * (el_mrz_ru_name_matches), and el_mrz_ru_name_matches must survive any
 * bytes as the registry's side.
 */
#include "fuzz_common.h"

#include "country.h"
#include "mrz.h"

/* A NUL-terminated string within its buffer, made of the given characters. */
static bool
string_of(const char *s, size_t size, const char *allowed)
{
	const char *end = memchr(s, '\0', size);
	const char *p;

	if (end == NULL)
		return false;
	for (p = s; p < end; p++)
		if (strchr(allowed, *p) == NULL)
			return false;
	return true;
}

/* Words of A-Z separated by single spaces, none at either end. */
static bool
words(const char *s, size_t size)
{
	size_t		n;

	if (!string_of(s, size, "ABCDEFGHIJKLMNOPQRSTUVWXYZ "))
		return false;
	n = strlen(s);
	if (n == 0)
		return true;
	return s[0] != ' ' && s[n - 1] != ' ' && strstr(s, "  ") == NULL;
}

#define UPPER_DIGITS "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

/* Compare dates as (year, month, day), which is how mrz.h states the windows. */
static int
ymd_cmp(int y1, int m1, int d1, int y2, int m2, int d2)
{
	if (y1 != y2)
		return y1 < y2 ? -1 : 1;
	if (m1 != m2)
		return m1 < m2 ? -1 : 1;
	if (d1 != d2)
		return d1 < d2 ? -1 : 1;
	return 0;
}

/*
 * Words of Cyrillic capitals А-Я and Ё (UTF-8) separated by single spaces:
 * what an internal passport's name decodes to.
 */
static bool
cyrillic_words(const char *s, size_t size)
{
	const unsigned char *p = (const unsigned char *) s;
	const char *end = memchr(s, '\0', size);
	bool		gap = true;		/* no space first */

	if (end == NULL)
		return false;
	while (*p != '\0')
	{
		if (*p == ' ')
		{
			if (gap)
				return false;
			gap = true;
			p++;
			continue;
		}
		/* А-П D0 90..9F, Р-Я D0 A0..AF, Ё D0 81 */
		if (!(p[0] == 0xD0 && ((p[1] >= 0x90 && p[1] <= 0xAF) || p[1] == 0x81)))
			return false;
		gap = false;
		p += 2;
	}
	return !gap || p == (const unsigned char *) s;
}

/* The internal passport's own fields. */
static void
check_ru_fields(const el_mrz_fields *f, int ty, int tm, int td)
{
	FUZZ_CHECK(string_of(f->document_number, sizeof(f->document_number), "0123456789"));
	FUZZ_CHECK(strlen(f->document_number) == 10);
	FUZZ_CHECK(strcmp(f->ru_passport, f->document_number) == 0);
	FUZZ_CHECK(strlen(f->department) == 7 && f->department[3] == '-');
	FUZZ_CHECK(f->personal_number[0] == '\0');
	FUZZ_CHECK(f->number_check == EL_MRZ_NUMBER_FITS);
	FUZZ_CHECK(cyrillic_words(f->surname, sizeof(f->surname)));
	FUZZ_CHECK(cyrillic_words(f->given_names, sizeof(f->given_names)));
	FUZZ_CHECK(!f->has_expiry_date);
	/* the issue date, like a birth date: in (today - 100 years, today] */
	FUZZ_CHECK(f->has_issue_date);
	FUZZ_CHECK(fuzz_valid_date(f->issue_year, f->issue_month, f->issue_day));
	FUZZ_CHECK(ymd_cmp(f->issue_year, f->issue_month, f->issue_day, ty, tm, td) <= 0);
	FUZZ_CHECK(ymd_cmp(f->issue_year, f->issue_month, f->issue_day, ty - 100, tm, td) > 0);
}

static void
check_fields(const el_mrz_fields *f, el_day today)
{
	int			ty,
				tm,
				td;
	size_t		n;

	FUZZ_CHECK(el_mrz_format_name(f->format) != NULL);
	FUZZ_CHECK(string_of(f->document_code, sizeof(f->document_code), "ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
	FUZZ_CHECK(f->document_code[0] != '\0');
	FUZZ_CHECK(f->document_code[0] != 'V');
	FUZZ_CHECK(el_country_lookup(f->issuing_state) != NULL);
	FUZZ_CHECK(el_country_lookup(f->nationality) != NULL);
	FUZZ_CHECK(f->sex == 'M' || f->sex == 'F' || f->sex == 0);
	FUZZ_CHECK(f->surname[0] != '\0' || f->given_names[0] != '\0');
	el_ymd_from_day(today, &ty, &tm, &td);
	if (f->has_birth_date)
	{
		FUZZ_CHECK(fuzz_valid_date(f->birth_year, f->birth_month, f->birth_day));
		FUZZ_CHECK(ymd_cmp(f->birth_year, f->birth_month, f->birth_day, ty, tm, td) <= 0);
		FUZZ_CHECK(ymd_cmp(f->birth_year, f->birth_month, f->birth_day, ty - 100, tm, td) > 0);
	}
	else
		FUZZ_CHECK(f->birth_year == 0 && f->birth_month == 0 && f->birth_day == 0);

	if (f->format == EL_MRZ_RU_INTERNAL)
	{
		check_ru_fields(f, ty, tm, td);
		return;
	}
	FUZZ_CHECK(!f->has_issue_date && f->ru_passport[0] == '\0' && f->department[0] == '\0');

	FUZZ_CHECK(string_of(f->document_number, sizeof(f->document_number), UPPER_DIGITS "<"));
	n = strlen(f->document_number);
	FUZZ_CHECK(n > 0 && f->document_number[n - 1] != '<');
	/* 9 characters, or 9 + what the optional data can continue (14 in TD1, 6 in TD2) */
	FUZZ_CHECK(n <= (f->format == EL_MRZ_TD1 ? 23 : f->format == EL_MRZ_TD2 ? 15 : 9));
	/* only a continued number (10 or more characters) has a long form */
	FUZZ_CHECK((f->number_check == EL_MRZ_NUMBER_FITS) == (n <= 9));

	FUZZ_CHECK(string_of(f->personal_number, sizeof(f->personal_number), UPPER_DIGITS "< "));
	n = strlen(f->personal_number);
	FUZZ_CHECK(n == 0 || (f->personal_number[0] != '<' && f->personal_number[n - 1] != '<'));

	FUZZ_CHECK(words(f->surname, sizeof(f->surname)));
	FUZZ_CHECK(words(f->given_names, sizeof(f->given_names)));

	/* expiry: in [today - 50 years, today + 50 years) */
	FUZZ_CHECK(f->has_expiry_date);
	FUZZ_CHECK(fuzz_valid_date(f->expiry_year, f->expiry_month, f->expiry_day));
	FUZZ_CHECK(ymd_cmp(f->expiry_year, f->expiry_month, f->expiry_day, ty - 50, tm, td) >= 0);
	FUZZ_CHECK(ymd_cmp(f->expiry_year, f->expiry_month, f->expiry_day, ty + 50, tm, td) < 0);
}

static bool
same_fields(const el_mrz_fields *a, const el_mrz_fields *b)
{
	return a->format == b->format &&
		strcmp(a->document_code, b->document_code) == 0 &&
		a->issuing_state == b->issuing_state &&
		strcmp(a->document_number, b->document_number) == 0 &&
		a->nationality == b->nationality &&
		a->has_birth_date == b->has_birth_date &&
		a->birth_year == b->birth_year &&
		a->birth_month == b->birth_month &&
		a->birth_day == b->birth_day &&
		a->sex == b->sex &&
		a->has_expiry_date == b->has_expiry_date &&
		a->expiry_year == b->expiry_year &&
		a->expiry_month == b->expiry_month &&
		a->expiry_day == b->expiry_day &&
		strcmp(a->surname, b->surname) == 0 &&
		strcmp(a->given_names, b->given_names) == 0 &&
		strcmp(a->personal_number, b->personal_number) == 0 &&
		a->number_check == b->number_check &&
		a->has_issue_date == b->has_issue_date &&
		a->issue_year == b->issue_year &&
		a->issue_month == b->issue_month &&
		a->issue_day == b->issue_day &&
		strcmp(a->ru_passport, b->ru_passport) == 0 &&
		strcmp(a->department, b->department) == 0;
}

/*
 * An internal passport's decoded name, written as a registry writes it
 * (surname words joined by hyphens, then the given names), matches its own
 * field, when the field is laid out as the rules lay it out: one "<<", not
 * at the start, and no longer runs of filler before the padding.
 */
static void
check_ru_round_trip(const char *canonical, const el_mrz_fields *f)
{
	const char *field = canonical + 5;
	size_t		n = 39;
	char		record[256];
	size_t		i;
	const char *first;

	while (n > 0 && field[n - 1] == '<')
		n--;
	first = memchr(field, '<', n);
	if (field[0] == '<' || first == NULL || first + 1 >= field + n || first[1] != '<' ||
		first[2] == '<')
		return;
	for (i = (size_t) (first - field) + 2; i + 1 < n; i++)
		if (field[i] == '<' && field[i + 1] == '<')
			return;
	snprintf(record, sizeof(record), "%s %s", f->surname, f->given_names);
	/* the surname's inner spaces are a registry's hyphens */
	for (i = 0; i < strlen(f->surname); i++)
		if (record[i] == ' ')
			record[i] = '-';
	FUZZ_CHECK(el_mrz_ru_name_matches(record, strlen(record), field, 39));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text;
	void	   *block;
	el_error	err,
				err2;
	char		out[EL_MRZ_MAX_TEXT + 1 + 8];
	char		again[EL_MRZ_MAX_TEXT + 1];
	size_t		outlen = 0,
				againlen = 0,
				i;
	el_mrz_fields f,
				g;
	el_day		today = el_day_from_ymd(2026, 11, 27);
	el_day		other;
	unsigned int h = 2166136261u;
	bool		parsed,
				have_fields;

	/* a second "today" between 1900 and 2100, from the bytes (FNV-1a) */
	for (i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	other = el_day_from_ymd(1900, 1, 1) + (el_day) (h % 73049u);

	text = fuzz_copy(data, size, &block);

	/* bytes past EL_MRZ_MAX_TEXT + 1 are a tripwire for overlong writes */
	memset(out, 'X', sizeof(out));
	fuzz_poison_error(&err);
	parsed = el_mrz_parse(text, size, out, &outlen, &err);

	fuzz_poison_error(&err2);
	memset(&f, 'X', sizeof(f));
	have_fields = el_mrz_fields_of(text, size, today, &f, &err2);

	if (!parsed)
	{
		FUZZ_CHECK(fuzz_error_ok(&err));
		/* fields_of re-validates: it refuses the same text for the same reason */
		FUZZ_CHECK(!have_fields);
		FUZZ_CHECK(fuzz_error_ok(&err2));
		FUZZ_CHECK(strcmp(err.detail, err2.detail) == 0);
		free(block);
		return 0;
	}

	/* canonical shape: 2 x 44, 2 x 36 or 3 x 30, joined by '\n' */
	FUZZ_CHECK(outlen == 89 || outlen == 73 || outlen == 92);
	FUZZ_CHECK(out[outlen] == '\0' && strlen(out) == outlen);
	for (i = outlen + 1; i < sizeof(out); i++)
		FUZZ_CHECK(out[i] == 'X');
	for (i = 0; i < outlen; i++)
	{
		size_t		width = outlen == 89 ? 44 : outlen == 73 ? 36 : 30;

		if (i % (width + 1) == width)
			FUZZ_CHECK(out[i] == '\n');
		else
			FUZZ_CHECK(strchr(UPPER_DIGITS "<", out[i]) != NULL && out[i] != '\0');
	}

	/* idempotent: the canonical text parses to itself */
	fuzz_poison_error(&err);
	FUZZ_CHECK(el_mrz_parse(out, outlen, again, &againlen, &err));
	FUZZ_CHECK(againlen == outlen && memcmp(again, out, outlen) == 0);

	/* the fields of what the parser accepted, from the input or the canonical text alike */
	FUZZ_CHECK(have_fields);
	check_fields(&f, today);
	FUZZ_CHECK(outlen == 89 ? (f.format == EL_MRZ_TD3 || f.format == EL_MRZ_RU_INTERNAL) :
			   f.format == (outlen == 73 ? EL_MRZ_TD2 : EL_MRZ_TD1));
	if (f.format == EL_MRZ_RU_INTERNAL)
		check_ru_round_trip(out, &f);
	/* any bytes as a registry's name: no crash, and a plain answer */
	if (outlen == 89)
		(void) el_mrz_ru_name_matches(text, size, out + 5, 39);
	memset(&g, 'X', sizeof(g));
	fuzz_poison_error(&err);
	FUZZ_CHECK(el_mrz_fields_of(out, outlen, today, &g, &err));
	FUZZ_CHECK(same_fields(&f, &g));

	/*
	 * Another day: only the dates may change, and the one refusal allowed is
	 * a 29 February that the chosen century lacks (1900, 2100).
	 */
	memset(&g, 'X', sizeof(g));
	fuzz_poison_error(&err);
	if (el_mrz_fields_of(out, outlen, other, &g, &err))
	{
		check_fields(&g, other);
		FUZZ_CHECK(strcmp(f.document_number, g.document_number) == 0 &&
				   strcmp(f.surname, g.surname) == 0 &&
				   strcmp(f.personal_number, g.personal_number) == 0 &&
				   f.has_birth_date == g.has_birth_date &&
				   f.birth_month == g.birth_month && f.birth_day == g.birth_day &&
				   (f.birth_year - g.birth_year) % 100 == 0 &&
				   f.expiry_month == g.expiry_month && f.expiry_day == g.expiry_day &&
				   (f.expiry_year - g.expiry_year) % 100 == 0 &&
				   f.issue_month == g.issue_month && f.issue_day == g.issue_day &&
				   (f.issue_year - g.issue_year) % 100 == 0);
	}
	else
	{
		FUZZ_CHECK(fuzz_error_ok(&err));
		FUZZ_CHECK(strstr(err.detail, "29 February") != NULL);
	}

	free(block);
	return 0;
}
