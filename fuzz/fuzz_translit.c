/*
 * fuzz_translit.c: el_translit and el_name_matches on hostile text.
 *
 * Input: the first byte picks the script (mod 3; the ASCII digits '0' '1'
 * '2' give ru, by, uk, so seed files stay readable); the rest is a registry
 * name, then optionally '|' and an MRZ name field (the first '|' splits; a
 * '|' in the name itself would be refused anyway).
 *
 * Why these properties: translit decodes UTF-8 by hand and writes up to
 * EL_TRANSLIT_MAX bytes into the caller's buffer, so the output goes to
 * exact-size heap blocks (the full one, and one just big enough, and one a
 * byte too small) where ASan sees any write past the end.  Its output is
 * what the SQL function returns, so it must be canonical: [A-Z], single
 * spaces or hyphens between words, none at the ends, and a fixed point.
 * name_matches runs on any two texts a query hands it and must only answer;
 * and a name must match its own transliteration in every form an MRZ may
 * carry it (with spaces, as a field with "<<" and filler, and cut at the
 * TD3, TD2 and TD1 name-field lengths), or real passports would be missed.
 */
#include "fuzz_common.h"

#include "translit.h"

static bool
is_sep(char c)
{
	return c == ' ' || c == '-';
}

/* Canonical output: [A-Z] words joined by one ' ' or '-', none at the ends. */
static void
check_canonical(const char *out, size_t outlen)
{
	size_t		i;

	FUZZ_CHECK(outlen <= EL_TRANSLIT_MAX);
	FUZZ_CHECK(out[outlen] == '\0' && strlen(out) == outlen);
	for (i = 0; i < outlen; i++)
	{
		FUZZ_CHECK((out[i] >= 'A' && out[i] <= 'Z') || is_sep(out[i]));
		if (is_sep(out[i]))
			FUZZ_CHECK(i > 0 && i + 1 < outlen && !is_sep(out[i - 1]) && !is_sep(out[i + 1]));
	}
}

static int
count_words(const char *s, size_t len)
{
	int			n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		if (!is_sep(s[i]) && (i == 0 || is_sep(s[i - 1])))
			n++;
	return n;
}

/* el_name_matches with the MRZ side in an exact-size heap block. */
static bool
matches(const char *name, size_t nlen, const char *mrz, size_t mlen)
{
	void	   *block;
	const char *copy = fuzz_copy((const uint8_t *) mrz, mlen, &block);
	bool		r = el_name_matches(name, nlen, copy, mlen);

	free(block);
	return r;
}

/* The name must match its transliteration however an MRZ writes it. */
static void
check_self_match(const char *name, size_t nlen, const char *out, size_t outlen)
{
	char		mrz[2 * EL_TRANSLIT_MAX + 8];
	size_t		m = 0,
				i;
	bool		first = true;
	static const size_t field_lengths[3] = {39, 31, 30};

	/* as printed: words with spaces and hyphens */
	FUZZ_CHECK(matches(name, nlen, out, outlen));

	/* as an MRZ field: first space -> "<<", other separators -> '<' */
	for (i = 0; i < outlen; i++)
	{
		if (out[i] == ' ' && first)
		{
			mrz[m++] = '<';
			mrz[m++] = '<';
			first = false;
		}
		else if (is_sep(out[i]))
			mrz[m++] = '<';
		else
			mrz[m++] = out[i];
	}
	/* with filler: never taken for a cut field */
	memcpy(mrz + m, "<<<", 3);
	FUZZ_CHECK(matches(name, nlen, mrz, m + 3));

	/* cut at a name-field length, ending in a letter: a truncated field */
	for (i = 0; i < 3; i++)
	{
		size_t		cut = field_lengths[i];

		if (m >= cut && mrz[cut - 1] >= 'A' && mrz[cut - 1] <= 'Z')
			FUZZ_CHECK(matches(name, nlen, mrz, cut));
	}
}

static void
check_translit(const char *name, size_t nlen, el_script script)
{
	char	   *out = malloc(EL_TRANSLIT_MAX + 1);
	char	   *again = malloc(EL_TRANSLIT_MAX + 1);
	char	   *tight;
	size_t		outlen = (size_t) -1,
				n2 = (size_t) -1;
	el_error	err;
	int			s,
				words;

	if (out == NULL || again == NULL)
		abort();
	fuzz_poison_error(&err);
	if (!el_translit(name, nlen, script, out, EL_TRANSLIT_MAX + 1, &outlen, &err))
	{
		FUZZ_CHECK(fuzz_error_ok(&err));
		free(out);
		free(again);
		return;
	}
	check_canonical(out, outlen);
	/* Щ (2 bytes) -> SHCH is the widest a character gets */
	FUZZ_CHECK(outlen <= 2 * nlen);

	/* canonical output is a fixed point, in every script (it is Latin) */
	for (s = 0; s < 3; s++)
	{
		fuzz_poison_error(&err);
		FUZZ_CHECK(el_translit(out, outlen, (el_script) s, again, EL_TRANSLIT_MAX + 1, &n2, &err));
		FUZZ_CHECK(n2 == outlen && memcmp(out, again, outlen + 1) == 0);
	}

	/* a buffer of exactly outlen + 1 bytes suffices; one byte less does not */
	tight = malloc(outlen + 1);
	if (tight == NULL)
		abort();
	FUZZ_CHECK(el_translit(name, nlen, script, tight, outlen + 1, &n2, &err));
	FUZZ_CHECK(n2 == outlen && memcmp(out, tight, outlen + 1) == 0);
	free(tight);
	tight = malloc(outlen > 0 ? outlen : 1);
	if (tight == NULL)
		abort();
	fuzz_poison_error(&err);
	FUZZ_CHECK(!el_translit(name, nlen, script, tight, outlen, &n2, &err));
	FUZZ_CHECK(fuzz_error_ok(&err));
	free(tight);

	words = count_words(out, outlen);
	if (words >= 1 && words <= 6)
		check_self_match(name, nlen, out, outlen);
	else if (words == 0)
		FUZZ_CHECK(!matches(name, nlen, out, outlen));

	free(out);
	free(again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	el_script	script;
	const uint8_t *rest;
	const uint8_t *bar;
	size_t		restlen,
				nlen,
				mlen,
				i;
	const char *name,
			   *mrz;
	char	   *lower,
			   *padded;
	void	   *nblock,
			   *mblock;
	bool		r;
	el_error	err;
	char		out[EL_TRANSLIT_MAX + 1];
	size_t		outlen;

	if (size < 1)
		return 0;
	script = (el_script) (data[0] % 3);
	rest = data + 1;
	restlen = size - 1;
	bar = restlen > 0 ? memchr(rest, '|', restlen) : NULL;
	nlen = bar != NULL ? (size_t) (bar - rest) : restlen;
	mlen = bar != NULL ? restlen - nlen - 1 : 0;
	name = fuzz_copy(rest, nlen, &nblock);
	mrz = fuzz_copy(bar != NULL ? bar + 1 : rest, mlen, &mblock);

	check_translit(name, nlen, script);

	/* any two texts: an answer, no crash */
	r = el_name_matches(name, nlen, mrz, mlen);
	if (r)
	{
		/* a name that matches is one translit reads (unless too long) */
		fuzz_poison_error(&err);
		FUZZ_CHECK(el_translit(name, nlen, EL_SCRIPT_RU, out, sizeof(out), &outlen, &err) ||
				   strstr(err.detail, "too long") != NULL);
		FUZZ_CHECK(nlen > 0 && mlen > 0);
	}

	/* the MRZ side's case and surrounding whitespace do not matter */
	lower = malloc(mlen + 2);
	padded = malloc(mlen + 2);
	if (lower == NULL || padded == NULL)
		abort();
	for (i = 0; i < mlen; i++)
		lower[i] = (mrz[i] >= 'A' && mrz[i] <= 'Z') ? (char) (mrz[i] - 'A' + 'a') : mrz[i];
	FUZZ_CHECK(matches(name, nlen, lower, mlen) == r);
	padded[0] = ' ';
	if (mlen > 0)
		memcpy(padded + 1, mrz, mlen);
	padded[mlen + 1] = '\n';
	FUZZ_CHECK(matches(name, nlen, padded, mlen + 2) == r);

	free(lower);
	free(padded);
	free(nblock);
	free(mblock);
	return 0;
}
