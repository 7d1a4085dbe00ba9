/*
 * country.c: see country.h.
 *
 * Parsing runs once per row of a COPY that may load millions of rows, so
 * lookups go through two flat index arrays rather than a search of the
 * table: every packed code (alpha-2, alpha-3 and ICAO-only, 27^3 slots) to
 * its table index, and every numeric code to its table index.  They are
 * built on first use; a backend is single-threaded, so a plain flag will do.
 */
#include "country.h"

#include <stdio.h>
#include <string.h>

#include "normalize.h"

/* Number of distinct packed values: three base-27 places, 0 .. 19682. */
#define EL_COUNTRY_NCODES	(27 * 27 * 27)

/* ISO 3166-1 numeric codes are three decimal digits. */
#define EL_COUNTRY_NNUMERIC 1000

#define EL_COUNTRY_HINT "Use an ISO 3166-1 code such as RU, BLR or 112."

static int16_t code_index[EL_COUNTRY_NCODES];
static int16_t numeric_index[EL_COUNTRY_NNUMERIC];
static bool index_ready = false;

int
el_country_pack(const char *code, size_t len)
{
	int			v = 0;
	size_t		i;

	if (code == NULL || len < 1 || len > 3)
		return -1;
	for (i = 0; i < 3; i++)
	{
		int			d = 0;		/* a missing trailing place packs as ' ' */

		if (i < len)
		{
			if (code[i] < 'A' || code[i] > 'Z')
				return -1;
			d = code[i] - 'A' + 1;
		}
		v = v * 27 + d;
	}
	return v;
}

static void
index_code(const char *code, size_t i)
{
	int			p;

	if (code == NULL)
		return;
	p = el_country_pack(code, strlen(code));
	/* the generator checks codes and uniqueness; this only guards memory */
	if (p >= 0 && code_index[p] < 0)
		code_index[p] = (int16_t) i;
}

static void
build_index(void)
{
	size_t		i;

	for (i = 0; i < EL_COUNTRY_NCODES; i++)
		code_index[i] = -1;
	for (i = 0; i < EL_COUNTRY_NNUMERIC; i++)
		numeric_index[i] = -1;

	/* a few hundred entries: the int16 indexes cannot overflow */
	for (i = 0; i < el_ncountries && i <= INT16_MAX; i++)
	{
		const el_country *c = &el_countries[i];

		index_code(c->alpha2, i);
		index_code(c->alpha3, i);
		/* numeric 0 means "none" (ICAO-only codes), so it is never indexed */
		if (c->numeric > 0 && c->numeric < EL_COUNTRY_NNUMERIC &&
			numeric_index[c->numeric] < 0)
			numeric_index[c->numeric] = (int16_t) i;
	}
	index_ready = true;
}

static inline void
ensure_index(void)
{
	if (!index_ready)
		build_index();
}

const char *
el_country_text(const el_country *c)
{
	if (c == NULL)
		return NULL;
	return c->alpha2 != NULL ? c->alpha2 : c->alpha3;
}

/* The packed canonical code of an entry. */
static int16_t
canonical_code(const el_country *c)
{
	const char *t = el_country_text(c);

	return (int16_t) el_country_pack(t, strlen(t));
}

const el_country *
el_country_lookup(int16_t code)
{
	const el_country *c;
	int			i;

	/* codes may come from untrusted binary input (recv), so check the range */
	if (code < 0 || code >= EL_COUNTRY_NCODES)
		return NULL;
	ensure_index();
	i = code_index[code];
	if (i < 0)
		return NULL;
	c = &el_countries[i];

	/*
	 * The index also holds alpha-3 codes, but only the canonical code is a
	 * valid stored value: "DEU" packed is not how Germany is stored.
	 */
	if (canonical_code(c) != code)
		return NULL;
	return c;
}

/* Hints for two-letter codes people use that ISO 3166-1 does not assign. */
static const char *
alpha2_hint(const char *code)
{
	if (strcmp(code, "UK") == 0)
		return "The ISO 3166-1 code of the United Kingdom is GB (GBR).";
	if (strcmp(code, "EL") == 0)
		return "The ISO 3166-1 code of Greece is GR (GRC).";
	if (strcmp(code, "EU") == 0)
		return "The ICAO 9303 code of the European Union is EUE.";
	return EL_COUNTRY_HINT;
}

/* Already plain: ASCII letters, digits and MRZ filler, spaces only around them. */
static bool
plain_ascii_code(const char *s, size_t n)
{
	size_t		i;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	while (n > 0 && s[0] == ' ')
		s++, n--;
	for (i = 0; i < n; i++)
	{
		char		c = s[i];

		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '<'))
			return false;
	}
	return true;
}

bool
el_country_parse(const char *in, size_t len, int16_t *out, el_error *err)
{
	size_t		start = 0,
				end = len,
				n,
				i;
	bool		all_letters = true,
				all_digits = true;
	char		code[4];
	char		norm[EL_NORM_MAX + 1];
	int			idx;

	ensure_index();

	/*
	 * Hand-typed codes normalise as the numbers do: separators dropped,
	 * Cyrillic look-alikes read as Latin ("ВY" and "B-Y" are BY).  The usual
	 * plain code skips the copy.
	 */
	if (!plain_ascii_code(in, len))
	{
		if (!el_normalize(in, len, "<", norm, &n, err))
		{
			/* e.g. a Cyrillic "У", which looks like no Latin letter */
			if (err != NULL)
			{
				size_t		used = strlen(err->detail);

				snprintf(err->detail + used, sizeof(err->detail) - used, " in country code");
				snprintf(err->hint, sizeof(err->hint), "%s",
						 "Country codes are written in Latin letters A-Z.");
			}
			return false;
		}
		in = norm;
		len = end = n;
	}

	while (start < end && in[start] == ' ')
		start++;
	while (end > start && in[end - 1] == ' ')
		end--;
	/* machine-readable zones pad codes to the field width: "D<<" is "D" */
	while (end > start && in[end - 1] == '<')
		end--;
	if (start == end)
		return el_fail(err, EL_COUNTRY_HINT, "country code is empty");

	/*
	 * Reject stray characters first, naming them.  Everything before in[i] is
	 * ASCII (we stop at the first byte that is not), so i + 1 is also the
	 * character position.
	 */
	for (i = start; i < end; i++)
	{
		unsigned char c = (unsigned char) in[i];

		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
			all_digits = false;
		else if (c >= '0' && c <= '9')
			all_letters = false;
		else
		{
			char		what[32];

			el_describe_char(in + i, len - i, what, sizeof(what));
			/* e.g. a Cyrillic "Р" that looks like the Latin "P" */
			return el_fail(err, c >= 0x80 ? "Country codes are written in Latin letters A-Z." :
						   EL_COUNTRY_HINT,
						   "unexpected %s at position %zu in country code",
						   what, i + 1);
		}
	}

	n = end - start;
	if (n > 3 || (!all_letters && !all_digits))
		return el_fail(err, EL_COUNTRY_HINT,
					   "expected a 2- or 3-letter code or a numeric code of 1 to 3 digits");

	if (all_digits)
	{
		int			num = 0;

		for (i = start; i < end; i++)
			num = num * 10 + (in[i] - '0');
		idx = numeric_index[num];
		if (idx < 0)
			return el_fail(err, EL_COUNTRY_HINT,
						   "numeric code %03d is not assigned", num);
		*out = canonical_code(&el_countries[idx]);
		return true;
	}

	for (i = 0; i < n; i++)
	{
		char		c = in[start + i];

		code[i] = (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
	}
	code[n] = '\0';

	if (n == 1)
	{
		/* ICAO 9303 writes Germany as "D", not "DEU" */
		if (code[0] == 'D')
		{
			*out = (int16_t) el_country_pack("DE", 2);
			return true;
		}
		return el_fail(err,
					   "The only one-letter code is D, Germany's code in ICAO 9303 documents.",
					   "expected a 2- or 3-letter code or a numeric code of 1 to 3 digits");
	}

	/*
	 * A 2-letter code can only hit an alpha-2 slot of the index, and a
	 * 3-letter one an alpha-3 or ICAO slot: their packings differ in the
	 * last place (' ' = 0 against a letter).
	 */
	idx = code_index[el_country_pack(code, n)];
	if (idx < 0)
	{
		if (n == 2)
			return el_fail(err, alpha2_hint(code),
						   "\"%s\" is not an ISO 3166-1 alpha-2 code", code);
		return el_fail(err, EL_COUNTRY_HINT,
					   "\"%s\" is not an ISO 3166-1 alpha-3 code or an ICAO 9303 code",
					   code);
	}
	*out = canonical_code(&el_countries[idx]);
	return true;
}

const char *
el_country_ascii_name(const el_country *c, char *buf, size_t size)
{
	/* base letters of U+00C0..U+00FF, the only non-ASCII letters in the names */
	static const char latin1[] =
		"AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTs"
		"aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	const unsigned char *p = (const unsigned char *) c->name;
	size_t		o = 0;

	while (*p != '\0' && o + 1 < size)
	{
		if (p[0] < 0x80)
			buf[o++] = (char) *p++;
		else if ((p[0] == 0xC3) && p[1] >= 0x80 && p[1] <= 0xBF)
		{
			buf[o++] = latin1[(p[1] - 0x80) + 0];
			p += 2;
		}
		else
		{
			/* any other sequence: skip its bytes, write '?' once */
			buf[o++] = '?';
			p++;
			while ((*p & 0xC0) == 0x80)
				p++;
		}
	}
	buf[o] = '\0';
	return buf;
}
