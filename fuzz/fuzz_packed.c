/*
 * fuzz_packed.c: arbitrary 64-bit integers through the packed-value API.
 *
 * Input: the first 8 bytes, as a native int64, are the value a client sends
 * through binary COPY or the wire protocol (the recv functions read it with
 * no validation of their own); extra bytes are ignored.  Every kind is tried.
 * The seeds in corpus/packed/ are the published vectors' packings written
 * little-endian (x86-64 and arm64 read them as meant).
 *
 * Why: the recv path trusts el_idnum_check_packed to refuse any integer
 * that is not a valid packing, and then output and the accessors run on the
 * value.  So for any v: format() and the accessors must not crash or write
 * past EL_IDNUM_TEXT_MAX + 1 bytes, and whenever check_packed accepts v,
 * parse(format(v)) must give v back (idnum.h).
 *
 * A random 64-bit integer is almost never a valid packing, so besides v
 * itself we try v folded into the ranges the packings occupy (decimal
 * ranges for the digit-only kinds, a few powers of two for the flagged and
 * mixed-radix ones); that way the accepting branch is reached often.
 */
#include "fuzz_common.h"

#include "idnum.h"

static void
check_one(el_idkind kind, int64_t v)
{
	char	   *buf;
	size_t		n;
	bool		ok;
	el_error	err;
	int64_t		again;
	int			year,
				month,
				day;
	char		sex;
	size_t		i;

	/* exact-size heap buffer: ASan catches a write past the documented size */
	buf = malloc(EL_IDNUM_TEXT_MAX + 1);
	if (buf == NULL)
		abort();
	n = el_idnum_format(kind, v, buf);
	FUZZ_CHECK(n <= EL_IDNUM_TEXT_MAX);
	if (n > 0)
	{
		FUZZ_CHECK(buf[n] == '\0' && strlen(buf) == n);
		/* canonical text is digits, capitals, and the SNILS/passport separators */
		for (i = 0; i < n; i++)
			FUZZ_CHECK((buf[i] >= '0' && buf[i] <= '9') ||
					   (buf[i] >= 'A' && buf[i] <= 'Z') ||
					   buf[i] == ' ' || buf[i] == '-');

		/*
		 * format() must refuse what is no packing: if the text it made is
		 * valid, it must be the text of v and not of some other integer
		 * (else two stored values would print alike).
		 */
		fuzz_poison_error(&err);
		if (el_idnum_parse(kind, buf, n, &again, &err))
			FUZZ_CHECK(again == v);
		else
			FUZZ_CHECK(fuzz_error_ok(&err));
	}

	fuzz_poison_error(&err);
	ok = el_idnum_check_packed(kind, v, &err);
	if (!ok)
		FUZZ_CHECK(fuzz_error_ok(&err));
	else
	{
		/* accepted from the wire: it must be a value the text parser makes */
		FUZZ_CHECK(v >= 0);
		FUZZ_CHECK(n > 0);
		fuzz_poison_error(&err);
		FUZZ_CHECK(el_idnum_parse(kind, buf, n, &again, &err));
		FUZZ_CHECK(again == v);
	}

	/*
	 * Accessors must be safe on any v.  They only need format() to succeed,
	 * not the check digits, so a refused v may still yield a date; what it
	 * yields must still be a real date, and sex must agree with it.
	 */
	if (el_idnum_birth_date(kind, v, &year, &month, &day))
	{
		FUZZ_CHECK(fuzz_valid_date(year, month, day));
		FUZZ_CHECK(el_idnum_sex(kind, v, &sex));
		FUZZ_CHECK(sex == 'M' || sex == 'F');
	}
	else
		FUZZ_CHECK(!el_idnum_sex(kind, v, &sex));
	if (kind == EL_RU_PASSPORT && ok)
	{
		FUZZ_CHECK(el_ru_passport_region(v) >= 0 && el_ru_passport_region(v) <= 99);
		FUZZ_CHECK(el_ru_passport_blank_year(v) >= 1997 &&
				   el_ru_passport_blank_year(v) <= 2096);
	}
	else
	{
		/* defined for any v; only must not trap */
		(void) el_ru_passport_region(v);
		(void) el_ru_passport_blank_year(v);
	}
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t		v;
	uint64_t	u;
	int			kind;
	int			i;
	int64_t		candidates[8];

	if (size < 8)
		return 0;
	memcpy(&v, data, sizeof(v));
	u = (uint64_t) v;

	candidates[0] = v;
	candidates[1] = (int64_t) (u % UINT64_C(10000000000));	/* 10 digits */
	candidates[2] = (int64_t) (u % UINT64_C(100000000000));	/* 11 digits */
	candidates[3] = (int64_t) (u % UINT64_C(1000000000000));	/* 12 digits */
	candidates[4] = (int64_t) (u & ((UINT64_C(1) << 41) - 1));	/* flag bit 40 */
	candidates[5] = (int64_t) (u & ((UINT64_C(1) << 51) - 1));	/* ~1.8e15 */
	candidates[6] = (int64_t) (u & ((UINT64_C(1) << 38) - 1));	/* ~2.7e11 */
	/* the negative twin (negating INT64_MIN would overflow: keep it) */
	candidates[7] = (v == INT64_MIN) ? v : -v;

	for (kind = 0; kind < EL_NIDKINDS; kind++)
		for (i = 0; i < (int) (sizeof(candidates) / sizeof(candidates[0])); i++)
			check_one((el_idkind) kind, candidates[i]);
	return 0;
}
