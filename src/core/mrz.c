/*
 * mrz.c: ICAO Doc 9303 machine-readable zones (see mrz.h).
 *
 * Parsing runs in two steps.  scan() splits the user's text into lines,
 * decides the layout from the line lengths and writes the canonical text;
 * it knows nothing of fields.  check() then walks the fields of the
 * canonical text in the order they are printed, verifying each one's shape
 * and check digit, and records where the variable parts are, so that
 * el_mrz_fields_of() extracts values from exactly what was verified.
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
	const char *opt1;			/* optional data after any continued document number */
	size_t		opt1len;
	const char *opt2;			/* TD1 line 2 optional data; NULL otherwise */
	size_t		opt2len;
	const char *birth;			/* YYMMDD, each pair possibly "<<" */
	const char *expiry;			/* YYMMDD */
	char		sex;			/* as printed: M, F, X or < */
	const char *name;
	size_t		namelen;
} mrz_parts;

const char *
el_mrz_format_name(el_mrz_format format)
{
	if ((int) format < 0 || (int) format > EL_MRZ_TD3)
		return NULL;
	return layouts[format].name;
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
	}
	if (!verify_check("document number", full, n, check, err))
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
	size_t		i,
				n;
	int			yy,
				mm,
				dd,
				year;

	if (!scan(mrz, len, text, &textlen, &format, err) ||
		!check(text, format, &p, err))
		return false;

	memset(f, 0, sizeof(*f));
	f->format = format;
	f->document_code[0] = p.code[0];
	f->document_code[1] = p.code[1] == '<' ? '\0' : p.code[1];
	f->document_code[2] = '\0';
	f->issuing_state = p.issuing_state;
	f->nationality = p.nationality;
	memcpy(f->document_number, p.number, sizeof(f->document_number));
	f->sex = (p.sex == 'M' || p.sex == 'F') ? p.sex : 0;

	/* surname before the first "<<", given names after it */
	for (i = 0; i + 1 < p.namelen; i++)
		if (p.name[i] == '<' && p.name[i + 1] == '<')
			break;
	if (i + 1 < p.namelen)
	{
		name_words(p.name, i, f->surname);
		name_words(p.name + i + 2, p.namelen - i - 2, f->given_names);
	}
	else
		name_words(p.name, p.namelen, f->surname);

	n = strip_filler(p.opt1, p.opt1len, f->personal_number);
	if (p.opt2 != NULL)
	{
		char		second[12];

		/* 15 + 1 + 11 characters at most: fits in personal_number[32] */
		if (strip_filler(p.opt2, p.opt2len, second) > 0)
			snprintf(f->personal_number + n, sizeof(f->personal_number) - n,
					 "%s%s", n > 0 ? " " : "", second);
	}

	el_ymd_from_day(today, &ty, &tm, &td);

	/* birth: the latest century that does not put it after today */
	if (p.birth[0] != '<' && p.birth[2] != '<' && p.birth[4] != '<')
	{
		yy = two_digits(p.birth);
		mm = two_digits(p.birth + 2);
		dd = two_digits(p.birth + 4);
		year = ty - mod100(ty - yy);
		if (year == ty && (mm > tm || (mm == tm && dd > td)))
			year -= 100;
		if (dd > month_days(mm, is_leap(year)))
			return el_fail(err, NULL,
						   "birth date %.6s would be 29 February %d, which does not exist",
						   p.birth, year);
		f->has_birth_date = true;
		f->birth_year = year;
		f->birth_month = mm;
		f->birth_day = dd;
	}

	/* expiry: the century that puts it in [today - 50 years, today + 50 years) */
	yy = two_digits(p.expiry);
	mm = two_digits(p.expiry + 2);
	dd = two_digits(p.expiry + 4);
	year = (ty - 50) + mod100(yy - (ty - 50));
	if (year == ty - 50 && (mm < tm || (mm == tm && dd < td)))
		year += 100;
	if (dd > month_days(mm, is_leap(year)))
		return el_fail(err, NULL,
					   "expiry date %.6s would be 29 February %d, which does not exist",
					   p.expiry, year);
	f->has_expiry_date = true;
	f->expiry_year = year;
	f->expiry_month = mm;
	f->expiry_day = dd;
	return true;
}
