/*
 * idnum.c: national identity numbers (see idnum.h).
 *
 * Every parser works on the normalised ASCII text, checks the shape
 * character by character (so the detail can say exactly where it breaks),
 * then the check digits, then packs.
 */
#include "idnum.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "checkdigit.h"
#include "normalize.h"

const el_idnum_info el_idnum_infos[EL_NIDKINDS] = {
	[EL_RU_INN] = {"ru_inn", "Russian INN"},
	[EL_RU_SNILS] = {"ru_snils", "Russian SNILS"},
	[EL_RU_PASSPORT] = {"ru_passport", "Russian internal passport number"},
	[EL_BY_PERSONAL_NUMBER] = {"by_personal_number", "Belarusian personal number"},
	[EL_BY_PASSPORT] = {"by_passport", "Belarusian passport number"},
	[EL_KZ_IIN] = {"kz_iin", "Kazakh IIN"},
};

/* Pack bit that tells a 12-digit INN from a 10-digit one (10^12 < 2^40). */
#define INN12_FLAG	(INT64_C(1) << 40)

static const int64_t pow10_table[] = {
	INT64_C(1), INT64_C(10), INT64_C(100), INT64_C(1000), INT64_C(10000),
	INT64_C(100000), INT64_C(1000000), INT64_C(10000000), INT64_C(100000000),
	INT64_C(1000000000), INT64_C(10000000000), INT64_C(100000000000),
	INT64_C(1000000000000)
};

bool
el_valid_date(int year, int month, int day)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			last;

	if (month < 1 || month > 12 || day < 1)
		return false;
	last = mdays[month - 1];
	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		last = 29;
	return day <= last;
}

static int64_t
digits_value(const char *s, size_t n)
{
	int64_t		v = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* Write v as exactly n decimal digits. */
static void
put_digits(char *out, int64_t v, size_t n)
{
	while (n > 0)
	{
		out[--n] = (char) ('0' + v % 10);
		v /= 10;
	}
}

/*
 * Where the text a parser reads came from, so that a message names what was
 * typed: in, and the offset in it of each character (NULL when the parser
 * reads the input itself).
 */
typedef struct typed
{
	const char *in;
	size_t		len;
	const size_t *from;
} typed;

/* Character i of s, quoted as the user typed it. */
static const char *
as_typed(const typed *t, const char *s, size_t i, char *buf, size_t size)
{
	el_typed_char(t->in, t->len, t->from, s, i, buf, size);
	return buf;
}

/* The shape check: every character digit; count in allowed set. */
static bool
all_digits(const char *s, size_t n, const typed *t, const char *what, el_error *err)
{
	size_t		i;
	char		c[16];

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return el_fail(err, NULL, "%s has only digits, found %s at digit position %zu",
						   what, as_typed(t, s, i, c, sizeof(c)), i + 1);
	return true;
}

/* Shape given as a pattern: 'D' a digit, 'L' a Latin letter. */
static bool
match_pattern(const char *s, size_t n, const typed *t, const char *pattern, const char *what,
			  const char *hint, el_error *err)
{
	size_t		plen = strlen(pattern);
	size_t		i;
	char		c[16];

	if (n != plen)
		return el_fail(err, hint, "%s has %zu characters, found %zu", what, plen, n);
	for (i = 0; i < n; i++)
	{
		bool		digit = s[i] >= '0' && s[i] <= '9';
		bool		letter = s[i] >= 'A' && s[i] <= 'Z';

		if (pattern[i] == 'D' && !digit)
			return el_fail(err, hint, "character %zu must be a digit, found %s", i + 1,
						   as_typed(t, s, i, c, sizeof(c)));
		if (pattern[i] == 'L' && !letter)
			return el_fail(err, hint, "character %zu must be a letter, found %s", i + 1,
						   as_typed(t, s, i, c, sizeof(c)));
	}
	return true;
}

/* ---- Russia: INN ---- */

static int
inn_check(const char *d, const int *weights, size_t n)
{
	return el_weighted_sum(d, weights, n) % 11 % 10;
}

static bool
parse_inn(const char *s, size_t n, const typed *t, int64_t *out, el_error *err)
{
	static const int w10[9] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w11[10] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	static const int w12[11] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
	const char *hint = "An INN has 10 digits (organisation) or 12 digits (individual).";
	int			c;

	if (!all_digits(s, n, t, "an INN", err))
		return false;
	if (n == 10)
	{
		c = inn_check(s, w10, 9);
		if (s[9] - '0' != c)
			return el_fail(err, NULL, "check digit is %c, expected %d", s[9], c);
		*out = digits_value(s, 10);
		return true;
	}
	if (n == 12)
	{
		c = inn_check(s, w11, 10);
		if (s[10] - '0' != c)
			return el_fail(err, NULL, "first check digit (11th) is %c, expected %d", s[10], c);
		c = inn_check(s, w12, 11);
		if (s[11] - '0' != c)
			return el_fail(err, NULL, "second check digit (12th) is %c, expected %d", s[11], c);
		*out = INN12_FLAG | digits_value(s, 12);
		return true;
	}
	return el_fail(err, hint, "expected 10 or 12 digits, found %zu", n);
}

static size_t
format_inn(int64_t v, char *buf)
{
	if (v >= 0 && v < pow10_table[10])
	{
		put_digits(buf, v, 10);
		return 10;
	}
	if (v >= INN12_FLAG && v < INN12_FLAG + pow10_table[12])
	{
		put_digits(buf, v - INN12_FLAG, 12);
		return 12;
	}
	return 0;
}

/* ---- Russia: SNILS ---- */

/* Numbers up to 001-001-998 were issued before the check number existed. */
#define SNILS_UNCHECKED_MAX 1001998

static bool
parse_snils(const char *s, size_t n, const typed *t, int64_t *out, el_error *err)
{
	int64_t		body = 0;
	int			sum = 0;
	int			control;
	size_t		i;

	if (!all_digits(s, n, t, "a SNILS", err))
		return false;
	if (n != 11)
		return el_fail(err, "A SNILS has 11 digits, written NNN-NNN-NNN NN.",
					   "expected 11 digits, found %zu", n);
	/* one pass over the nine-digit body: its value and its weighted sum (weights 9..1) */
	for (i = 0; i < 9; i++)
	{
		body = body * 10 + (s[i] - '0');
		sum += (s[i] - '0') * (int) (9 - i);
	}
	if (body > SNILS_UNCHECKED_MAX)
	{
		/* S < 100: S; S = 100 or 101: 00; else S mod 101, where 100 gives 00 */
		control = sum < 100 ? sum : (sum % 101) % 100;
		if ((s[9] - '0') * 10 + (s[10] - '0') != control)
			return el_fail(err, NULL, "check number is %c%c, expected %02d",
						   s[9], s[10], control);
	}
	*out = body * 100 + (s[9] - '0') * 10 + (s[10] - '0');
	return true;
}

static size_t
format_snils(int64_t v, char *buf)
{
	char		d[11];

	if (v < 0 || v >= pow10_table[11])
		return 0;
	put_digits(d, v, 11);
	memcpy(buf, d, 3);
	buf[3] = '-';
	memcpy(buf + 4, d + 3, 3);
	buf[7] = '-';
	memcpy(buf + 8, d + 6, 3);
	buf[11] = ' ';
	memcpy(buf + 12, d + 9, 2);
	return 14;
}

/* ---- Russia: internal passport (no check digit) ---- */

static bool
parse_ru_passport(const char *s, size_t n, const typed *t, int64_t *out, el_error *err)
{
	if (!all_digits(s, n, t, "a Russian passport number", err))
		return false;
	if (n != 10)
		return el_fail(err, "A Russian passport number is a 4-digit series and a 6-digit number: NN NN NNNNNN.",
					   "expected 10 digits, found %zu", n);
	*out = digits_value(s, 10);
	return true;
}

static size_t
format_ru_passport(int64_t v, char *buf)
{
	char		d[10];

	if (v < 0 || v >= pow10_table[10])
		return 0;
	put_digits(d, v, 10);
	memcpy(buf, d, 2);
	buf[2] = ' ';
	memcpy(buf + 3, d + 2, 2);
	buf[5] = ' ';
	memcpy(buf + 6, d + 4, 6);
	return 12;
}

/* ---- Belarus: personal (identification) number ---- */

#define BY_PN_PATTERN "DDDDDDDLDDDLLD"

static bool
parse_by_pn(const char *s, size_t n, const typed *t, int64_t *out, el_error *err)
{
	int			c;
	int64_t		v;

	if (!match_pattern(s, n, t, BY_PN_PATTERN, "a Belarusian personal number",
					   "The shape is 7 digits, a letter, 3 digits, 2 letters and a check digit, e.g. 3270287A012PB2.",
					   err))
		return false;
	c = el_icao_check(s, 13);
	if (s[13] - '0' != c)
		return el_fail(err, NULL, "check digit is %c, expected %d", s[13], c);
	/* mixed radix in text order: 7 digits, letter, 3 digits, 2 letters, digit */
	v = digits_value(s, 7);
	v = v * 26 + (s[7] - 'A');
	v = v * 1000 + digits_value(s + 8, 3);
	v = v * 26 + (s[11] - 'A');
	v = v * 26 + (s[12] - 'A');
	v = v * 10 + (s[13] - '0');
	*out = v;
	return true;
}

static size_t
format_by_pn(int64_t v, char *buf)
{
	if (v < 0 || v >= pow10_table[7] * 26 * 1000 * 26 * 26 * 10)
		return 0;
	buf[13] = (char) ('0' + v % 10);
	v /= 10;
	buf[12] = (char) ('A' + v % 26);
	v /= 26;
	buf[11] = (char) ('A' + v % 26);
	v /= 26;
	put_digits(buf + 8, v % 1000, 3);
	v /= 1000;
	buf[7] = (char) ('A' + v % 26);
	v /= 26;
	put_digits(buf, v, 7);
	return 14;
}

/* ---- Belarus: passport number (no check digit) ---- */

static bool
parse_by_passport(const char *s, size_t n, const typed *t, int64_t *out, el_error *err)
{
	if (!match_pattern(s, n, t, "LLDDDDDDD", "a Belarusian passport number",
					   "A Belarusian passport number is 2 letters and 7 digits, e.g. MP1234567.",
					   err))
		return false;
	*out = ((int64_t) (s[0] - 'A') * 26 + (s[1] - 'A')) * pow10_table[7] + digits_value(s + 2, 7);
	return true;
}

static size_t
format_by_passport(int64_t v, char *buf)
{
	int64_t		series;

	if (v < 0 || v >= 26 * 26 * pow10_table[7])
		return 0;
	series = v / pow10_table[7];
	buf[0] = (char) ('A' + series / 26);
	buf[1] = (char) ('A' + series % 26);
	put_digits(buf + 2, v % pow10_table[7], 7);
	return 9;
}

/* ---- Kazakhstan: IIN ---- */

/* The check digit of an IIN, or -1 when none exists (both passes give 10). */
static int
kz_iin_check(const char *d)
{
	static const int w1[11] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
	static const int w2[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
	int			c = el_weighted_sum(d, w1, 11) % 11;

	if (c == 10)
		c = el_weighted_sum(d, w2, 11) % 11;
	return c == 10 ? -1 : c;
}

static bool
parse_kz_iin(const char *s, size_t n, const typed *t, int64_t *out, el_error *err)
{
	int			c;

	if (!all_digits(s, n, t, "an IIN", err))
		return false;
	if (n != 12)
		return el_fail(err, "A Kazakh IIN has 12 digits: YYMMDD, a century/sex digit, 4 serial digits and a check digit.",
					   "expected 12 digits, found %zu", n);
	c = kz_iin_check(s);
	if (c < 0)
		return el_fail(err, NULL, "no check digit is possible for the first 11 digits (both weightings give 10)");
	if (s[11] - '0' != c)
		return el_fail(err, NULL, "check digit is %c, expected %d", s[11], c);
	*out = digits_value(s, 12);
	return true;
}

static size_t
format_kz_iin(int64_t v, char *buf)
{
	if (v < 0 || v >= pow10_table[12])
		return 0;
	put_digits(buf, v, 12);
	return 12;
}

/* ---- dispatch ---- */

/* Only what el_normalize would keep unchanged: digits and capital letters. */
static bool
already_clean(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'A' && s[i] <= 'Z')))
			return false;
	return true;
}

typedef bool (*parse_fn) (const char *s, size_t n, const typed *t, int64_t *out, el_error *err);
typedef size_t (*format_fn) (int64_t v, char *buf);

static const parse_fn parsers[EL_NIDKINDS] = {
	parse_inn, parse_snils, parse_ru_passport, parse_by_pn, parse_by_passport, parse_kz_iin
};
static const format_fn formatters[EL_NIDKINDS] = {
	format_inn, format_snils, format_ru_passport, format_by_pn, format_by_passport, format_kz_iin
};

bool
el_idnum_parse(el_idkind kind, const char *in, size_t len, int64_t *out, el_error *err)
{
	char		norm[EL_NORM_MAX + 1];
	size_t		from[EL_NORM_MAX];
	size_t		n;
	typed		as_is = {in, len, NULL};
	typed		t = {in, len, from};

	if (kind < 0 || kind >= EL_NIDKINDS)
		return el_fail(err, NULL, "unknown identifier kind");
	/*
	 * Most values in a bulk load are already canonical digits and capitals:
	 * parse those in place and normalise only what needs it.
	 */
	if (len > 0 && len <= EL_NORM_MAX && already_clean(in, len))
		return parsers[kind] (in, len, &as_is, out, err);
	if (!el_normalize_from(in, len, NULL, norm, &n, from, err))
		return false;
	if (n == 0)
		return el_fail(err, NULL, "value is empty");
	return parsers[kind] (norm, n, &t, out, err);
}

size_t
el_idnum_format(el_idkind kind, int64_t v, char *buf)
{
	size_t		n;

	if (kind < 0 || kind >= EL_NIDKINDS)
		return 0;
	n = formatters[kind] (v, buf);
	buf[n] = '\0';
	return n;
}

bool
el_idnum_check_packed(el_idkind kind, int64_t v, el_error *err)
{
	char		buf[EL_IDNUM_TEXT_MAX + 1];
	size_t		n = el_idnum_format(kind, v, buf);
	int64_t		again;

	if (n == 0)
		return el_fail(err, NULL, "binary value %lld is out of range", (long long) v);
	if (!el_idnum_parse(kind, buf, n, &again, err))
		return false;
	if (again != v)
		return el_fail(err, NULL, "binary value %lld is not canonical", (long long) v);
	return true;
}

/* ---- what a number says of its holder ---- */

/*
 * Century and sex from the digit both countries use: 1/2 the 1800s,
 * 3/4 the 1900s, 5/6 the 2000s; odd male, even female.
 */
static bool
century_sex_digit(int digit, int *century, char *sex)
{
	if (digit < 1 || digit > 6)
		return false;
	if (century != NULL)
		*century = 1800 + 100 * ((digit - 1) / 2);
	if (sex != NULL)
		*sex = (digit % 2 == 1) ? 'M' : 'F';
	return true;
}

bool
el_idnum_birth_date(el_idkind kind, int64_t v, int *year, int *month, int *day)
{
	char		buf[EL_IDNUM_TEXT_MAX + 1];
	int			century,
				y,
				m,
				d;

	if (el_idnum_format(kind, v, buf) == 0)
		return false;
	if (kind == EL_KZ_IIN)
	{
		/* YYMMDD then the century/sex digit */
		if (!century_sex_digit(buf[6] - '0', &century, NULL))
			return false;
		y = century + (int) digits_value(buf, 2);
		m = (int) digits_value(buf + 2, 2);
		d = (int) digits_value(buf + 4, 2);
	}
	else if (kind == EL_BY_PERSONAL_NUMBER)
	{
		/* century/sex digit then DDMMYY; numbers from 2012 start with 7 and hold no date */
		if (!century_sex_digit(buf[0] - '0', &century, NULL))
			return false;
		d = (int) digits_value(buf + 1, 2);
		m = (int) digits_value(buf + 3, 2);
		y = century + (int) digits_value(buf + 5, 2);
	}
	else
		return false;
	if (!el_valid_date(y, m, d))
		return false;
	*year = y;
	*month = m;
	*day = d;
	return true;
}

bool
el_idnum_sex(el_idkind kind, int64_t v, char *sex)
{
	char		buf[EL_IDNUM_TEXT_MAX + 1];
	int			y,
				m,
				d;

	/* only where the number really encodes a birth: same conditions as the date */
	if (!el_idnum_birth_date(kind, v, &y, &m, &d))
		return false;
	el_idnum_format(kind, v, buf);
	return century_sex_digit(kind == EL_KZ_IIN ? buf[6] - '0' : buf[0] - '0', NULL, sex);
}

int
el_ru_passport_region(int64_t v)
{
	return (int) (v / pow10_table[8]);
}

int
el_ru_passport_blank_year(int64_t v)
{
	/* the current passport dates from 1997: 97..99 are 1990s blanks, 00..96 later ones */
	int			yy = (int) (v / pow10_table[6] % 100);

	return yy >= 97 ? 1900 + yy : 2000 + yy;
}

/*
 * The days a passport due for replacement at an age stays valid after that
 * birthday: none before 16.07.2021; since then until the new one is issued,
 * at most 90 days after the birthday (Government Decree No. 1205 of
 * 15.07.2021 amending the Regulation on the passport, Decree No. 828 of
 * 08.07.1997).  The period counts from the day after the birthday (Civil
 * Code art. 191), so the 90th day after it is the last valid one.  Whether a
 * new passport was issued meanwhile is not known here: the most it can be.
 */
#define EL_PASSPORT_GRACE_DAYS 90

static bool
ru_passport_aged_out(int32_t birth, int32_t issued, int32_t on, int age)
{
	el_day		birthday;
	el_day		last_valid;

	if (el_years_reached(birth, issued, age) || !el_years_reached(birth, on, age))
		return false;			/* issued at that age or later, or the holder is younger */
	birthday = el_add_years(birth, age);
	if (on < el_day_from_ymd(2021, 7, 16))
		return true;			/* invalid from the birthday */
	last_valid = birthday + EL_PASSPORT_GRACE_DAYS;
	return on > last_valid;
}

bool
el_ru_passport_valid_on(int32_t birth, int32_t issued, int32_t on)
{
	if (on < issued || !el_years_reached(birth, issued, 14))
		return false;
	return !ru_passport_aged_out(birth, issued, on, 20) &&
		!ru_passport_aged_out(birth, issued, on, 45);
}
