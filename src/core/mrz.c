/*
 * mrz.c: ICAO Doc 9303 machine-readable zones (see mrz.h).
 *
 * Parsing runs in two steps.  scan() splits the user's text into lines,
 * decides the layout from the line lengths and writes the canonical text;
 * it knows nothing of fields.  check() then walks the fields of the
 * canonical text in the order they are printed, verifying each one's shape
 * and check digit, and records where the variable parts are, so that
 * el_mrz_fields_of() extracts values from exactly what was verified.
 *
 * The Russian internal passport shares TD3's size; check() tells it apart
 * (line 1 "PNRUS", an expiry field of filler) and checks it by its own
 * layout (Order of the MVD No. 851 of 13.11.2017 and before it the FMS
 * rules of 2011: line 2 is 1-9 the first three digits of the series and
 * the number, 10 check, 11-13 nationality, 14-19 birth date, 20 check,
 * 21 sex, 22-28 filler, 29 the last digit of the series, 30-35 issue date,
 * 36-41 issuing department code, 42 filler, 43 check over 29-42, 44
 * composite over 1-10, 14-20 and 22-43, as in TD3).
 */
#include "mrz.h"

#include <stdio.h>
#include <string.h>

#include "checkdigit.h"
#include "country.h"
#include "normalize.h"

#define MRZ_LAYOUT_HINT \
	"An MRZ is 2 lines of 44 characters (passport, TD3), 2 lines of 36 (TD2) or 3 lines of 30 (ID card, TD1)."
#define MRZ_CHAR_HINT \
	"An MRZ has only the letters A-Z, the digits 0-9 and the filler \"<\"."
#define MRZ_COUNTRY_HINT \
	"ICAO 9303 writes states as three-letter codes (D<< for Germany), such as RUS, BLR or UTO."

/* The line lengths that tell the layouts apart. */
static const struct
{
	int			lines;
	int			width;
	const char *name;
}			layouts[3] = {
	[EL_MRZ_TD1] = {3, 30, "TD1"},
	[EL_MRZ_TD2] = {2, 36, "TD2"},
	[EL_MRZ_TD3] = {2, 44, "TD3"},
};

/* Line lengths listed in a "found lines of ..." detail; beyond that, a count. */
#define MRZ_REPORTED_LINES 5

/*
 * Where check() found the parts that are not fixed-width values.  The
 * pointers are into the canonical text.
 */
typedef struct mrz_parts
{
	el_mrz_format format;
	const char *code;			/* 2 characters */
	int16_t		issuing_state;
	int16_t		nationality;
	char		number[32];		/* document number, trailing filler stripped */
	el_mrz_number_check number_check;
	const char *opt1;			/* optional data after any continued document number */
	size_t		opt1len;
	const char *opt2;			/* TD1 line 2 optional data; NULL otherwise */
	size_t		opt2len;
	const char *birth;			/* YYMMDD, each pair possibly "<<" */
	const char *expiry;			/* YYMMDD */
	char		sex;			/* as printed: M, F, X or < */
	const char *name;
	size_t		namelen;
	const char *ru_optional;	/* RU internal: line 2 from position 29; NULL otherwise */
} mrz_parts;

/*
 * The internal passport's name table, Cyrillic letter by the Latin letter
 * or digit that codes it: А A, Б B, В V, Г G, Д D, Е E, Ё 2, Ж J, З Z,
 * И I, Й Q, К K, Л L, М M, Н N, О O, П P, Р R, С S, Т T, У U, Ф F, Х H,
 * Ц C, Ч 3, Ш 4, Щ W, Ъ X, Ы Y, Ь 9, Э 6, Ю 7, Я 8 (the "modernised
 * Clair" table of the MVD rules; the same table decodes the field in
 * romanmazeev/MRZParser, CyrillicNameConverter.swift).  Indexed by
 * letter - 'A', then by digit.
 */
static const char *const ru_by_letter[26] = {
	"А", "Б", "Ц", "Д", "Е", "Ф", "Г", "Х", "И", "Ж", "К", "Л", "М",
	"Н", "О", "П", "Й", "Р", "С", "Т", "У", "В", "Щ", "Ъ", "Ы", "З"
};
static const char *const ru_by_digit[10] = {
	NULL, NULL, "Ё", "Ч", "Ш", NULL, "Э", "Ю", "Я", "Ь"
};

#define RU_INTERNAL_NAME "RU internal"


const char *
el_mrz_format_name(el_mrz_format format)
{
	if (format == EL_MRZ_RU_INTERNAL)
		return RU_INTERNAL_NAME;
	if ((int) format < 0 || (int) format > EL_MRZ_TD3)
		return NULL;
	return layouts[format].name;
}

const char *
el_mrz_number_check_name(el_mrz_number_check c)
{
	switch (c)
	{
		case EL_MRZ_NUMBER_STANDARD:
			return "standard";
		case EL_MRZ_NUMBER_FILLER_KEPT:
			return "filler kept";
		default:
			return NULL;
	}
}

const char *
el_mrz_ru_letter(char c)
{
	if (c >= 'A' && c <= 'Z')
		return ru_by_letter[c - 'A'];
	if (c >= '0' && c <= '9')
		return ru_by_digit[c - '0'];
	return NULL;
}

static bool
is_letter(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_separator(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool
is_mrz_char(char c)
{
	return is_letter(c) || is_digit(c) || c == '<' || (c >= 'a' && c <= 'z');
}

/* The Gregorian month length; leap decided by the caller. */
static int
month_days(int month, bool leap)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && leap)
		return 29;
	return mdays[month - 1];
}

static bool
is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/* a mod 100 in 0..99, also for negative a (today may be any el_day) */
static int
mod100(int a)
{
	return ((a % 100) + 100) % 100;
}

/* ---- scan: text to canonical lines ---- */

static bool
scan(const char *in, size_t len, char *out, size_t *outlen,
	 el_mrz_format *format, el_error *err)
{
	size_t		ntok = 0;
	size_t		tok_start[3] = {0, 0, 0};
	size_t		tok_len[MRZ_REPORTED_LINES] = {0, 0, 0, 0, 0};
	bool		have_bad = false;
	size_t		bad = 0,
				bad_tok = 0,
				bad_off = 0;
	bool		found = false,
				joined = false;
	el_mrz_format f = EL_MRZ_TD3;
	size_t		i = 0,
				o = 0;
	int			line,
				k;

	/*
	 * One pass: the lines (runs of non-separators), their lengths, and the
	 * first character that cannot be in an MRZ.  Everything before that
	 * character is ASCII, so its byte offset in its line is also its
	 * character position.
	 */
	while (i < len)
	{
		size_t		start;

		while (i < len && is_separator(in[i]))
			i++;
		if (i == len)
			break;
		start = i;
		while (i < len && !is_separator(in[i]))
		{
			if (!have_bad && !is_mrz_char(in[i]))
			{
				have_bad = true;
				bad = i;
				bad_tok = ntok;
				bad_off = i - start;
			}
			i++;
		}
		if (ntok < 3)
			tok_start[ntok] = start;
		if (ntok < MRZ_REPORTED_LINES)
			tok_len[ntok] = i - start;
		ntok++;
	}

	/* the layout, from the line lengths or from the length of one run */
	for (k = EL_MRZ_TD1; k <= EL_MRZ_TD3 && !found; k++)
	{
		size_t		w = (size_t) layouts[k].width;
		size_t		nl = (size_t) layouts[k].lines;

		if (ntok == 1 && tok_len[0] == w * nl)
		{
			found = joined = true;
			f = (el_mrz_format) k;
		}
		else if (ntok == nl && tok_len[0] == w && tok_len[1] == w &&
				 (nl < 3 || tok_len[2] == w))
		{
			found = true;
			f = (el_mrz_format) k;
		}
	}

	if (have_bad)
	{
		char		what[32];
		size_t		bline = bad_tok + 1,
					bpos = bad_off + 1;

		/* lines typed without separators: say where the character really is */
		if (found && joined)
		{
			bline = bad_off / (size_t) layouts[f].width + 1;
			bpos = bad_off % (size_t) layouts[f].width + 1;
		}
		el_describe_char(in + bad, len - bad, what, sizeof(what));
		return el_fail(err, MRZ_CHAR_HINT, "unexpected %s at line %zu, position %zu",
					   what, bline, bpos);
	}

	if (!found)
	{
		char		seen[96];

		if (ntok == 0)
			snprintf(seen, sizeof(seen), "no characters");
		else if (ntok == 1)
			snprintf(seen, sizeof(seen), "one line of %zu", tok_len[0]);
		else if (ntok > MRZ_REPORTED_LINES)
			snprintf(seen, sizeof(seen), "%zu lines", ntok);
		else
		{
			size_t		n = 0,
						t;

			n += (size_t) snprintf(seen, sizeof(seen), "lines of %zu", tok_len[0]);
			for (t = 1; t < ntok && n < sizeof(seen); t++)
				n += (size_t) snprintf(seen + n, sizeof(seen) - n, "%s%zu",
									   t + 1 == ntok ? " and " : ", ", tok_len[t]);
		}
		return el_fail(err, MRZ_LAYOUT_HINT,
					   "expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found %s",
					   seen);
	}

	for (line = 0; line < layouts[f].lines; line++)
	{
		size_t		w = (size_t) layouts[f].width;
		const char *src = joined ? in + tok_start[0] + (size_t) line * w : in + tok_start[line];
		size_t		c;

		if (line > 0)
			out[o++] = '\n';
		for (c = 0; c < w; c++)
		{
			char		ch = src[c];

			out[o++] = (ch >= 'a' && ch <= 'z') ? (char) (ch - 'a' + 'A') : ch;
		}
	}
	out[o] = '\0';
	*outlen = o;
	*format = f;
	return true;
}

/* ---- check: the fields of canonical text ---- */

/* found must be the ICAO check digit of s[0..n). */
static bool
verify_check(const char *what, const char *s, size_t n, char found, el_error *err)
{
	int			expected = el_icao_check(s, n);

	/* scan() let only [0-9A-Z<] through, so this is a guard, not a path */
	if (expected < 0)
		return el_fail(err, MRZ_CHAR_HINT, "%s has a character outside A-Z, 0-9 and <", what);
	if (found != (char) ('0' + expected))
		return el_fail(err, NULL, "%s check digit is %c, expected %d", what, found, expected);
	return true;
}

static bool
document_code(const char *s, el_error *err)
{
	if (!is_letter(s[0]) || !(is_letter(s[1]) || s[1] == '<'))
		return el_fail(err, "The document code is a letter (P, I, A, C) and a letter or \"<\".",
					   "document code \"%.2s\" is not a letter followed by a letter or \"<\"", s);

	/*
	 * MRV-A and MRV-B visas have the TD3 and TD2 sizes but no composite
	 * check digit: say so instead of blaming a check digit.
	 */
	if (s[0] == 'V')
		return el_fail(err, NULL,
					   "document code \"%.2s\" marks a visa (MRV), which is not a TD1, TD2 or TD3 document",
					   s);
	return true;
}

/* A three-character state field: three letters, or D<< (Germany). */
static bool
country_field(const char *s, const char *what, int16_t *out, el_error *err)
{
	bool		letters = is_letter(s[0]) && is_letter(s[1]) && is_letter(s[2]);

	/*
	 * el_country_parse would also take "RU<" (an alpha-2 code) or "112", but
	 * ICAO 9303 prints only alpha-3 and ICAO codes here, and the one short
	 * code, D, always padded.
	 */
	if (!letters && !(s[0] == 'D' && s[1] == '<' && s[2] == '<'))
		return el_fail(err, MRZ_COUNTRY_HINT, "%s \"%.3s\" is not a three-letter code",
					   what, s);
	if (!el_country_parse(s, 3, out, NULL))
		return el_fail(err, MRZ_COUNTRY_HINT,
					   "%s \"%.3s\" is not an ISO 3166-1 alpha-3 code or an ICAO 9303 code",
					   what, s);
	return true;
}

/*
 * The check digit of a continued number full[0..n) (its 9 characters shown
 * and the rest).  Doc 9303 computes it over those characters; some states
 * (Belgian identity cards, PRADO BEL-BO-03003) over the number with the '<'
 * at position 15 kept in, and readers in the field accept both.  Says which
 * matched; when both would, the standard's.
 */
static bool
long_number_check(const char *full, size_t n, char check, el_mrz_number_check *how,
				  el_error *err)
{
	char		kept[9 + 1 + 15];
	int			standard = el_icao_check(full, n);
	int			filler_kept;

	memcpy(kept, full, 9);
	kept[9] = '<';
	memcpy(kept + 10, full + 9, n - 9);
	filler_kept = el_icao_check(kept, n + 1);
	/* scan() let only [0-9A-Z<] through, so this is a guard, not a path */
	if (standard < 0 || filler_kept < 0)
		return el_fail(err, MRZ_CHAR_HINT, "document number has a character outside A-Z, 0-9 and <");
	if (check == (char) ('0' + standard))
		*how = EL_MRZ_NUMBER_STANDARD;
	else if (check == (char) ('0' + filler_kept))
		*how = EL_MRZ_NUMBER_FILLER_KEPT;
	else if (standard == filler_kept)
		return el_fail(err, NULL, "document number check digit is %c, expected %d", check, standard);
	else
		return el_fail(err, "Some states (Belgium) compute the check digit of a long document number "
					   "with the \"<\" at position 15 kept in; both forms are accepted.",
					   "document number check digit is %c, expected %d (or %d with the filler kept in)",
					   check, standard, filler_kept);
	return true;
}

/*
 * The document number: 9 characters and a check digit.  In TD1 and TD2 a
 * longer number shows its first 9 characters, a '<' where the check digit
 * would be, and continues at the start of the optional data up to the first
 * '<'; the last character before that '<' is the check digit over the whole
 * number (Doc 9303 part 5 note j, part 6 note j).  opt/optlen is that
 * optional data (NULL, 0 for TD3, which has no such form).
 */
static bool
document_number(const char *num, char check, const char *opt, size_t optlen,
				mrz_parts *p, el_error *err)
{
	char		full[9 + 15];
	size_t		n = 9,
				k = 0;

	p->opt1 = opt;
	p->opt1len = optlen;
	memcpy(full, num, 9);

	/*
	 * A number shorter than 9 is padded with '<' and has its check digit in
	 * place; only a full first part can continue.  Otherwise a '<' check
	 * digit just fails below, naming the digit it should be.
	 */
	if (check == '<' && optlen > 0 && opt[0] != '<' && memchr(num, '<', 9) == NULL)
	{
		while (k < optlen && opt[k] != '<')
			k++;
		if (k < 2)
			return el_fail(err, NULL,
						   "document number continues into the optional data but has only its check digit there");
		memcpy(full + 9, opt, k - 1);
		n = 9 + k - 1;
		check = opt[k - 1];
		p->opt1 = opt + k;
		p->opt1len = optlen - k;
		if (!long_number_check(full, n, check, &p->number_check, err))
			return false;
	}
	else if (!verify_check("document number", full, n, check, err))
		return false;
	while (n > 0 && full[n - 1] == '<')
		n--;
	if (n == 0)
		return el_fail(err, NULL, "document number is empty");
	memcpy(p->number, full, n);
	p->number[n] = '\0';
	return true;
}

/*
 * A date YYMMDD followed by its check digit.  Doc 9303 fills an unknown
 * part of a birth date with "<<"; an expiry date is always complete.  The
 * century is not known here, so 29 February is accepted in every year
 * divisible by 4 (2000 was a leap year); el_mrz_fields_of() checks again
 * once it has chosen the century.
 */
static bool
date_field(const char *what, const char *s, bool allow_unknown, el_error *err)
{
	int			v[3];
	int			k;

	if (!verify_check(what, s, 6, s[6], err))
		return false;
	for (k = 0; k < 3; k++)
	{
		char		a = s[2 * k],
					b = s[2 * k + 1];

		if (is_digit(a) && is_digit(b))
			v[k] = (a - '0') * 10 + (b - '0');
		else if (allow_unknown && a == '<' && b == '<')
			v[k] = -1;
		else
			return el_fail(err, NULL, "%s %.6s is not a valid date", what, s);
	}
	if ((v[1] >= 0 && (v[1] < 1 || v[1] > 12)) ||
		(v[2] >= 0 && (v[2] < 1 || v[2] > 31)) ||
		(v[1] >= 1 && v[2] >= 1 && v[2] > month_days(v[1], v[0] < 0 || v[0] % 4 == 0)))
		return el_fail(err, NULL, "%s %.6s is not a valid date", what, s);
	return true;
}

static bool
sex_field(char c, el_error *err)
{
	if (c != 'M' && c != 'F' && c != 'X' && c != '<')
		return el_fail(err, "The sex is M, F, or \"<\" (or X) when unspecified.",
					   "sex is \"%c\", expected M, F or <", c);
	return true;
}

/*
 * Doc 9303 part 4: when the personal number field is all filler, its check
 * digit may be '<' as well as 0.  A '<' after a real personal number is an
 * error like any other wrong digit.
 */
static bool
personal_number_check(const char *s, size_t n, char check, el_error *err)
{
	size_t		i = 0;

	while (i < n && s[i] == '<')
		i++;
	if (i == n && check == '<')
		return true;
	return verify_check("personal number", s, n, check, err);
}

/* The composite check digit over the given pieces of the lines. */
static bool
composite_check(const char *const *piece, const size_t *piecelen, int npieces,
				char check, el_error *err)
{
	char		buf[64];
	size_t		n = 0;
	int			k;

	for (k = 0; k < npieces; k++)
	{
		memcpy(buf + n, piece[k], piecelen[k]);
		n += piecelen[k];
	}
	return verify_check("composite", buf, n, check, err);
}

/*
 * The name field: letters and '<' only (Doc 9303 transliterates everything
 * else, and a digit here usually means a shifted line).  line and col are
 * 1-based, for the detail.
 */
static bool
name_field(const char *s, size_t n, int line, int col, el_error *err)
{
	size_t		i;
	bool		any = false;

	for (i = 0; i < n; i++)
	{
		if (is_letter(s[i]))
			any = true;
		else if (s[i] != '<')
			return el_fail(err, "Names in an MRZ are written with the letters A-Z and \"<\" only.",
						   "name has \"%c\" at line %d, position %d", s[i], line, col + (int) i);
	}
	if (!any)
		return el_fail(err, NULL, "name is empty");
	return true;
}

/* ---- the Russian internal passport ---- */

/* Line 1 "PNRUS" and an expiry field of filler: the internal passport, not a TD3. */
static bool
is_ru_internal(const char *l1, const char *l2)
{
	return memcmp(l1, "PNRUS", 5) == 0 && memcmp(l2 + 21, "<<<<<<<", 7) == 0;
}

/* n characters of s are digits. */
static bool
all_digits(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (!is_digit(s[i]))
			return false;
	return true;
}

/*
 * The internal passport's name field: letters, the digits its table uses
 * (2 3 4 6 7 8 9) and '<'.
 */
static bool
ru_name_field(const char *s, size_t n, el_error *err)
{
	size_t		i;
	bool		any = false;

	for (i = 0; i < n; i++)
	{
		if (el_mrz_ru_letter(s[i]) != NULL)
			any = true;
		else if (s[i] != '<')
			return el_fail(err, "The internal passport codes names with A-Z and the digits 2, 3, 4, 6, 7, 8, 9.",
						   "name has \"%c\" at line 1, position %d, which codes no Cyrillic letter",
						   s[i], 6 + (int) i);
	}
	if (!any)
		return el_fail(err, NULL, "name is empty");
	return true;
}

/* Positions 29-42: last digit of the series, issue date, department code, filler. */
static bool
ru_optional_data(const char *s, el_error *err)
{
	if (!is_digit(s[0]))
		return el_fail(err, NULL, "last digit of the passport series (line 2, position 29) is \"%c\", not a digit",
					   s[0]);
	if (!all_digits(s + 1, 6))
		return el_fail(err, NULL, "issue date %.6s is not a valid date", s + 1);
	if (!all_digits(s + 7, 6))
		return el_fail(err, NULL, "issuing department code %.6s is not 6 digits", s + 7);
	if (s[13] != '<')
		return el_fail(err, NULL, "line 2, position 42 is \"%c\", expected the filler <", s[13]);
	return true;
}

/* A date YYMMDD of digits with no check digit of its own (the issue date). */
static bool
plain_date(const char *what, const char *s, el_error *err)
{
	int			yy = (s[0] - '0') * 10 + (s[1] - '0');
	int			mm = (s[2] - '0') * 10 + (s[3] - '0');
	int			dd = (s[4] - '0') * 10 + (s[5] - '0');

	if (mm < 1 || mm > 12 || dd < 1 || dd > month_days(mm, yy % 4 == 0))
		return el_fail(err, NULL, "%s %.6s is not a valid date", what, s);
	return true;
}

/*
 * The series and number, 10 digits: the series' first three digits
 * (positions 1-3), its last (29), the number (4-9).
 */
static void
ru_number(const char *l2, mrz_parts *p)
{
	memcpy(p->number, l2, 3);
	p->number[3] = l2[28];
	memcpy(p->number + 4, l2 + 3, 6);
	p->number[10] = '\0';
}

/* Every field of an internal passport, in the order they are printed. */
static bool
check_ru_internal(const char *l1, const char *l2, mrz_parts *p, el_error *err)
{
	const char *piece[3] = {l2, l2 + 13, l2 + 21};
	const size_t piecelen[3] = {10, 7, 22};

	p->format = EL_MRZ_RU_INTERNAL;
	p->birth = l2 + 13;
	p->sex = l2[20];
	p->expiry = NULL;
	p->name = l1 + 5;
	p->namelen = 39;
	p->ru_optional = l2 + 28;
	if (!all_digits(l2, 9))
		return el_fail(err, "Line 2 of an internal passport starts with the first three digits of the series and the 6-digit number.",
					   "series and number %.9s are not 9 digits", l2);
	ru_number(l2, p);
	return verify_check("series and number", l2, 9, l2[9], err) &&
		country_field(l2 + 10, "nationality", &p->nationality, err) &&
		date_field("birth date", l2 + 13, false, err) &&
		sex_field(l2[20], err) &&
		ru_optional_data(l2 + 28, err) &&
		plain_date("issue date", l2 + 29, err) &&
		verify_check("optional data", l2 + 28, 14, l2[42], err) &&
		composite_check(piece, piecelen, 3, l2[43], err) &&
		ru_name_field(l1 + 5, 39, err);
}

/*
 * Verify every field of canonical text of the given layout, in the order
 * they are printed, and record where the parts are.
 */
static bool
check(const char *text, el_mrz_format format, mrz_parts *p, el_error *err)
{
	size_t		w = (size_t) layouts[format].width;
	const char *l1 = text;
	const char *l2 = text + w + 1;
	const char *l3 = text + 2 * (w + 1);

	memset(p, 0, sizeof(*p));
	p->format = format;
	p->code = l1;
	if (!document_code(l1, err) ||
		!country_field(l1 + 2, "issuing state", &p->issuing_state, err))
		return false;
	if (format == EL_MRZ_TD3 && is_ru_internal(l1, l2))
		return check_ru_internal(l1, l2, p, err);

	if (format == EL_MRZ_TD1)
	{
		const char *piece[4] = {l1 + 5, l2, l2 + 8, l2 + 18};
		const size_t piecelen[4] = {25, 7, 7, 11};

		p->birth = l2;
		p->sex = l2[7];
		p->expiry = l2 + 8;
		p->opt2 = l2 + 18;
		p->opt2len = 11;
		p->name = l3;
		p->namelen = 30;
		return document_number(l1 + 5, l1[14], l1 + 15, 15, p, err) &&
			date_field("birth date", l2, true, err) &&
			sex_field(l2[7], err) &&
			date_field("expiry date", l2 + 8, false, err) &&
			country_field(l2 + 15, "nationality", &p->nationality, err) &&
			composite_check(piece, piecelen, 4, l2[29], err) &&
			name_field(l3, 30, 3, 1, err);
	}
	else
	{
		/* TD2 and TD3 share line 1 and line 2 up to the expiry check digit */
		bool		td3 = format == EL_MRZ_TD3;
		const char *piece[3] = {l2, l2 + 13, l2 + 21};
		const size_t piecelen[3] = {10, 7, td3 ? 22 : 14};

		p->birth = l2 + 13;
		p->sex = l2[20];
		p->expiry = l2 + 21;
		p->name = l1 + 5;
		p->namelen = w - 5;
		if (!document_number(l2, l2[9], td3 ? NULL : l2 + 28, td3 ? 0 : 7, p, err) ||
			!country_field(l2 + 10, "nationality", &p->nationality, err) ||
			!date_field("birth date", l2 + 13, true, err) ||
			!sex_field(l2[20], err) ||
			!date_field("expiry date", l2 + 21, false, err))
			return false;
		if (td3)
		{
			p->opt1 = l2 + 28;
			p->opt1len = 14;
			if (!personal_number_check(l2 + 28, 14, l2[42], err))
				return false;
		}
		return composite_check(piece, piecelen, 3, l2[w - 1], err) &&
			name_field(l1 + 5, w - 5, 1, 6, err);
	}
}

bool
el_mrz_parse(const char *in, size_t len, char *out, size_t *outlen, el_error *err)
{
	el_mrz_format format;
	mrz_parts	parts;

	if (!scan(in, len, out, outlen, &format, err))
		return false;
	return check(out, format, &parts, err);
}

/* ---- fields ---- */

/* s[0..n) without filler at either end, into out (room for n + 1). */
static size_t
strip_filler(const char *s, size_t n, char *out)
{
	while (n > 0 && s[0] == '<')
	{
		s++;
		n--;
	}
	while (n > 0 && s[n - 1] == '<')
		n--;
	memcpy(out, s, n);
	out[n] = '\0';
	return n;
}

/* Name words: every run of '<' becomes one space, none at either end. */
static void
name_words(const char *s, size_t n, char *out)
{
	size_t		i,
				o = 0;
	bool		gap = false;

	for (i = 0; i < n; i++)
	{
		if (s[i] == '<')
		{
			gap = true;
			continue;
		}
		if (gap && o > 0)
			out[o++] = ' ';
		gap = false;
		out[o++] = s[i];
	}
	out[o] = '\0';
}

static int
two_digits(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/*
 * The latest year ending in yy that does not put yy-mm-dd after today
 * (ty-tm-td): the century of a birth or issue date.
 */
static int
latest_year(int yy, int mm, int dd, int ty, int tm, int td)
{
	int			year = ty - mod100(ty - yy);

	if (year == ty && (mm > tm || (mm == tm && dd > td)))
		year -= 100;
	return year;
}

/*
 * A date in the past (birth, issue): s is YYMMDD of digits.  Fails where
 * the century chosen makes a 29 February that does not exist.
 */
static bool
past_date(const char *what, const char *s, int ty, int tm, int td,
		  int *y, int *m, int *d, el_error *err)
{
	int			mm = two_digits(s + 2),
				dd = two_digits(s + 4);
	int			year = latest_year(two_digits(s), mm, dd, ty, tm, td);

	if (dd > month_days(mm, is_leap(year)))
		return el_fail(err, NULL, "%s %.6s would be 29 February %d, which does not exist",
					   what, s, year);
	*y = year;
	*m = mm;
	*d = dd;
	return true;
}

/* Name words, decoded back to Cyrillic (UTF-8) for the internal passport. */
static void
ru_name_words(const char *s, size_t n, char *out, size_t outsize)
{
	char		latin[48];
	size_t		i,
				o = 0;

	name_words(s, n, latin);
	for (i = 0; latin[i] != '\0' && o + 3 < outsize; i++)
	{
		const char *cyr = el_mrz_ru_letter(latin[i]);

		/* check() let through only characters of the table and '<' */
		if (cyr == NULL)
			out[o++] = latin[i];
		else
		{
			memcpy(out + o, cyr, strlen(cyr));
			o += strlen(cyr);
		}
	}
	out[o] = '\0';
}

/* Surname before the first "<<", given names after it. */
static void
split_name(const mrz_parts *p, el_mrz_fields *f)
{
	bool		ru = p->format == EL_MRZ_RU_INTERNAL;
	size_t		i;

	for (i = 0; i + 1 < p->namelen; i++)
		if (p->name[i] == '<' && p->name[i + 1] == '<')
			break;
	if (i + 1 >= p->namelen)
		i = p->namelen;
	if (ru)
	{
		ru_name_words(p->name, i, f->surname, sizeof(f->surname));
		if (i < p->namelen)
			ru_name_words(p->name + i + 2, p->namelen - i - 2, f->given_names, sizeof(f->given_names));
	}
	else
	{
		name_words(p->name, i, f->surname);
		if (i < p->namelen)
			name_words(p->name + i + 2, p->namelen - i - 2, f->given_names);
	}
}

/* The optional data: TD3 personal number, TD2 optional data, TD1 both parts. */
static void
personal_number(const mrz_parts *p, el_mrz_fields *f)
{
	size_t		n;

	if (p->opt1 == NULL)
		return;
	n = strip_filler(p->opt1, p->opt1len, f->personal_number);
	if (p->opt2 != NULL)
	{
		char		second[12];

		/* 15 + 1 + 11 characters at most: fits in personal_number[32] */
		if (strip_filler(p->opt2, p->opt2len, second) > 0)
			snprintf(f->personal_number + n, sizeof(f->personal_number) - n,
					 "%s%s", n > 0 ? " " : "", second);
	}
}

/* The internal passport's series and number, issue date and department. */
static bool
ru_fields(const mrz_parts *p, int ty, int tm, int td, el_mrz_fields *f, el_error *err)
{
	const char *o = p->ru_optional;

	memcpy(f->ru_passport, p->number, 10);
	f->ru_passport[10] = '\0';
	snprintf(f->department, sizeof(f->department), "%.3s-%.3s", o + 7, o + 10);
	if (!past_date("issue date", o + 1, ty, tm, td,
				   &f->issue_year, &f->issue_month, &f->issue_day, err))
		return false;
	f->has_issue_date = true;
	return true;
}

/* The expiry: the century that puts it in [today - 50 years, today + 50 years). */
static bool
expiry_date(const char *s, int ty, int tm, int td, el_mrz_fields *f, el_error *err)
{
	int			yy = two_digits(s),
				mm = two_digits(s + 2),
				dd = two_digits(s + 4);
	int			year = (ty - 50) + mod100(yy - (ty - 50));

	if (year == ty - 50 && (mm < tm || (mm == tm && dd < td)))
		year += 100;
	if (dd > month_days(mm, is_leap(year)))
		return el_fail(err, NULL,
					   "expiry date %.6s would be 29 February %d, which does not exist",
					   s, year);
	f->has_expiry_date = true;
	f->expiry_year = year;
	f->expiry_month = mm;
	f->expiry_day = dd;
	return true;
}

bool
el_mrz_fields_of(const char *mrz, size_t len, el_day today, el_mrz_fields *f,
				 el_error *err)
{
	char		text[EL_MRZ_MAX_TEXT + 1];
	size_t		textlen;
	el_mrz_format format;
	mrz_parts	p;
	int			ty,
				tm,
				td;

	if (!scan(mrz, len, text, &textlen, &format, err) ||
		!check(text, format, &p, err))
		return false;

	memset(f, 0, sizeof(*f));
	f->format = p.format;
	f->document_code[0] = p.code[0];
	f->document_code[1] = p.code[1] == '<' ? '\0' : p.code[1];
	f->document_code[2] = '\0';
	f->issuing_state = p.issuing_state;
	f->nationality = p.nationality;
	memcpy(f->document_number, p.number, sizeof(f->document_number));
	f->number_check = p.number_check;
	f->sex = (p.sex == 'M' || p.sex == 'F') ? p.sex : 0;
	split_name(&p, f);
	personal_number(&p, f);

	el_ymd_from_day(today, &ty, &tm, &td);
	/* a birth date with an unknown part ("<<") has no date */
	if (p.birth[0] != '<' && p.birth[2] != '<' && p.birth[4] != '<')
	{
		if (!past_date("birth date", p.birth, ty, tm, td,
					   &f->birth_year, &f->birth_month, &f->birth_day, err))
			return false;
		f->has_birth_date = true;
	}
	if (p.format == EL_MRZ_RU_INTERNAL)
		return ru_fields(&p, ty, tm, td, f, err);
	return expiry_date(p.expiry, ty, tm, td, f, err);
}

/* ---- a registry name against an internal passport's name field ---- */

#define RU_NAME_MAX 128			/* longest coded registry name compared */
#define RU_WORDS_MAX 12

/* Codes of А..Я (U+0410..U+042F) in the internal passport's table, Ё as Е. */
static const char ru_codes[] = "ABVGDEJZIQKLMNOPRSTUFHC34WXY9678";

/*
 * The code of one character of a registry name: a Cyrillic letter of
 * either case; a Latin look-alike typed among them read as its Cyrillic
 * letter, as registries mix the two; ' ' and '-' as the separators '#'
 * (between surname and given names) and '<'.  0 for anything else.
 */
static char
ru_code_of(unsigned int cp, bool first_gap)
{
	static const char latin[] = "ABCEHKMOPTX";
	static const char as_cyr[] = "AVSENKMORTH";
	const char *l;

	if (cp >= 0x430 && cp <= 0x44F)
		cp -= 0x20;
	if (cp == 0x401 || cp == 0x451)
		return 'E';				/* Ё read as Е: registers write either */
	if (cp >= 0x410 && cp <= 0x42F)
		return ru_codes[cp - 0x410];
	if (cp >= 'a' && cp <= 'z')
		cp -= 0x20;
	if (cp < 0x80 && cp != 0 && (l = strchr(latin, (int) cp)) != NULL)
		return as_cyr[l - latin];
	if (cp == ' ')
		return first_gap ? '#' : '<';
	if (cp == '-')
		return '<';
	return 0;
}

/*
 * A registry name coded as the field codes it: "SURNAME<PART<<GIVEN<PATRONYMIC"
 * (the first space ends the surname).  False if a character has no code or
 * the name is too long to be a name.
 */
static bool
ru_code_name(const char *in, size_t len, char *out)
{
	size_t		i = 0,
				o = 0;
	bool		surname = true;

	while (i < len)
	{
		unsigned int cp;
		size_t		n = el_utf8_decode((const unsigned char *) in + i, len - i, &cp);
		char		c;

		if (n == 0 || (c = ru_code_of(cp, surname)) == 0)
			return false;
		i += n;
		if (c == '#' || c == '<')
		{
			/* runs of separators are one; none at either end */
			if (o == 0 || out[o - 1] == '<')
				continue;
			if (c == '#')
			{
				if (o + 2 >= RU_NAME_MAX)
					return false;
				out[o++] = '<';
				surname = false;
			}
			c = '<';
		}
		if (o + 1 >= RU_NAME_MAX)
			return false;
		out[o++] = c;
	}
	while (o > 0 && out[o - 1] == '<')
		o--;
	out[o] = '\0';
	return o > 0;
}

typedef struct ru_words
{
	int			n;
	const char *word[RU_WORDS_MAX];
	size_t		len[RU_WORDS_MAX];
	bool		given[RU_WORDS_MAX];	/* after the "<<" */
} ru_words;

/* The words of a coded name s[0..n); false if there are too many. */
static bool
ru_split(const char *s, size_t n, ru_words *w)
{
	size_t		i = 0;
	bool		given = false;

	w->n = 0;
	while (i < n)
	{
		size_t		start;

		if (s[i] == '<')
		{
			if (i + 1 < n && s[i + 1] == '<')
				given = true;
			i++;
			continue;
		}
		start = i;
		while (i < n && s[i] != '<')
			i++;
		if (w->n == RU_WORDS_MAX)
			return false;
		w->word[w->n] = s + start;
		w->len[w->n] = i - start;
		w->given[w->n] = given;
		w->n++;
	}
	return true;
}

/*
 * A full field may have cut the name: each of its words begins the
 * registry's word in the same place (surname or given names), and it may
 * have fewer words, but none the registry lacks.
 */
static bool
ru_truncated_match(const ru_words *field, const ru_words *rec)
{
	int			k;

	if (field->n == 0 || field->n > rec->n)
		return false;
	for (k = 0; k < field->n; k++)
		if (field->given[k] != rec->given[k] || field->len[k] > rec->len[k] ||
			memcmp(field->word[k], rec->word[k], field->len[k]) != 0)
			return false;
	return true;
}

bool
el_mrz_ru_name_matches(const char *in, size_t len, const char *field, size_t flen)
{
	char		rec[RU_NAME_MAX];
	char		fld[64];
	size_t		i,
				n;
	ru_words	rw,
				fw;

	if (flen == 0 || flen >= sizeof(fld) || !ru_code_name(in, len, rec))
		return false;
	/* Ё (2) read as Е, as on the registry's side */
	for (i = 0; i < flen; i++)
		fld[i] = field[i] == '2' ? 'E' : field[i];
	n = flen;
	while (n > 0 && fld[n - 1] == '<')
		n--;
	if (n == strlen(rec) && memcmp(fld, rec, n) == 0)
		return true;
	/* a field with no filler left at its end may have been cut */
	return n == flen && ru_split(fld, n, &fw) && ru_split(rec, strlen(rec), &rw) &&
		ru_truncated_match(&fw, &rw);
}
