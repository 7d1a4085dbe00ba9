/*
 * fuzz_normalize.c: el_normalize on arbitrary bytes (invalid UTF-8 included).
 *
 * Input: the first byte picks the keep set (mod 4; ASCII '0'..'3' give
 * 0..3, for readable seeds), the rest is the text.
 *
 * Why: every identifier parser runs this first on user text, decoding UTF-8
 * by hand, so it is where an overread or an off-by-one into the fixed
 * EL_NORM_MAX + 1 output buffer would be.  The output buffer is an
 * exact-size heap block so ASan sees any write past it.  Properties: the
 * output is at most EL_NORM_MAX characters of [0-9A-Z] or keep, terminated;
 * normalising it again changes nothing (it is canonical); a refusal says why.
 */
#include "fuzz_common.h"

#include "normalize.h"

/* Keep sets the core's callers might pass: none, MRZ filler, and odd ones. */
static const char *const keeps[4] = {NULL, "<", "", "<+/"};

static bool
allowed(char c, const char *keep)
{
	if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))
		return true;
	return keep != NULL && c != '\0' && strchr(keep, c) != NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *keep;
	const char *text;
	void	   *block;
	char	   *out,
			   *out2;
	size_t		len,
				outlen = (size_t) -1,
				outlen2 = (size_t) -1,
				i;
	el_error	err;

	if (size < 1)
		return 0;
	keep = keeps[data[0] % 4];
	len = size - 1;
	text = fuzz_copy(data + 1, len, &block);
	out = malloc(EL_NORM_MAX + 1);
	out2 = malloc(EL_NORM_MAX + 1);
	if (out == NULL || out2 == NULL)
		abort();

	fuzz_poison_error(&err);
	if (!el_normalize(text, len, keep, out, &outlen, &err))
		FUZZ_CHECK(fuzz_error_ok(&err));
	else
	{
		FUZZ_CHECK(outlen <= EL_NORM_MAX);
		FUZZ_CHECK(out[outlen] == '\0' && strlen(out) == outlen);
		/* each input character gives at most one output character */
		FUZZ_CHECK(outlen <= len);
		for (i = 0; i < outlen; i++)
			FUZZ_CHECK(allowed(out[i], keep));

		/* canonical text is a fixed point */
		fuzz_poison_error(&err);
		FUZZ_CHECK(el_normalize(out, outlen, keep, out2, &outlen2, &err));
		FUZZ_CHECK(outlen2 == outlen && memcmp(out, out2, outlen) == 0);
	}

	free(out);
	free(out2);
	free(block);
	return 0;
}
