/*
 * fuzz_idnum.c: el_idnum_parse on hostile text, and what must hold after it.
 *
 * Input: the first byte picks the kind (mod EL_NIDKINDS; the ASCII digits
 * '0'..'5' happen to map to kinds 0..5, so seed files stay readable), the
 * rest is the text, as typed into a COPY file or a form.
 *
 * Why these properties: the packed integer is the on-disk and binary-wire
 * form, and the binary receive path re-validates by parse(format(v)) == v
 * (idnum.h).  So every value the text parser accepts must survive that round
 * trip, or a value stored by INSERT could be refused by a later COPY BINARY
 * or pg_restore.  A refusal must carry a detail, since the fmgr glue puts it
 * into the error message as a string.
 */
#include "fuzz_common.h"

#include "idnum.h"

/* Accessors on an accepted value: must not crash, and must agree. */
static void
check_accessors(el_idkind kind, int64_t v)
{
	int			year,
				month,
				day;
	char		sex = 0;
	bool		has_date;

	has_date = el_idnum_birth_date(kind, v, &year, &month, &day);
	if (has_date)
	{
		FUZZ_CHECK(fuzz_valid_date(year, month, day));
		/* century/sex digits 1..6 cover 1800..2099 */
		FUZZ_CHECK(year >= 1800 && year <= 2099);
		FUZZ_CHECK(kind == EL_KZ_IIN || kind == EL_BY_PERSONAL_NUMBER);
	}
	/* sex is defined exactly where the birth date is (idnum.c) */
	FUZZ_CHECK(el_idnum_sex(kind, v, &sex) == has_date);
	if (has_date)
		FUZZ_CHECK(sex == 'M' || sex == 'F');

	if (kind == EL_RU_PASSPORT)
	{
		int			region = el_ru_passport_region(v);
		int			blank = el_ru_passport_blank_year(v);

		FUZZ_CHECK(region >= 0 && region <= 99);
		FUZZ_CHECK(blank >= 1997 && blank <= 2096);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	el_idkind	kind;
	const char *text;
	void	   *block;
	size_t		len;
	int64_t		v,
				again;
	el_error	err;
	char		buf[EL_IDNUM_TEXT_MAX + 1];
	size_t		n;

	if (size < 1)
		return 0;
	kind = (el_idkind) (data[0] % EL_NIDKINDS);
	len = size - 1;
	text = fuzz_copy(data + 1, len, &block);

	fuzz_poison_error(&err);
	if (!el_idnum_parse(kind, text, len, &v, &err))
	{
		FUZZ_CHECK(fuzz_error_ok(&err));
		free(block);
		return 0;
	}

	/* the packing is documented as non-negative */
	FUZZ_CHECK(v >= 0);

	/* format() must recognise every value parse() produces */
	memset(buf, 'X', sizeof(buf));
	n = el_idnum_format(kind, v, buf);
	FUZZ_CHECK(n > 0 && n <= EL_IDNUM_TEXT_MAX);
	FUZZ_CHECK(buf[n] == '\0' && strlen(buf) == n);

	/* and its canonical text must parse back to the very same integer */
	fuzz_poison_error(&err);
	FUZZ_CHECK(el_idnum_parse(kind, buf, n, &again, &err));
	FUZZ_CHECK(again == v);

	/* the binary receive path accepts it */
	fuzz_poison_error(&err);
	FUZZ_CHECK(el_idnum_check_packed(kind, v, &err));

	check_accessors(kind, v);

	free(block);
	return 0;
}
