/*
 * fuzz_country.c: country codes from text and from the wire.
 *
 * Input: all of it is text for el_country_parse; its first 2 bytes, as a
 * native int16, are also a packed code for el_country_lookup (what the recv
 * function gets from a binary client).
 *
 * Why: a stored country is the packed canonical code, printed through
 * lookup() and el_country_text().  So whatever parse() accepts must be a
 * code lookup() knows, and its text must parse back to the same code, or a
 * dump would not restore.  lookup() on any int16 must stay inside its index
 * arrays, and any entry it returns must round-trip the same way, through
 * each of its alpha-2, alpha-3 and numeric forms.
 */
#include "fuzz_common.h"

#include "country.h"

/* parse(text) must give code exactly. */
static void
check_parses_to(const char *text, int16_t code)
{
	int16_t		again = -1;
	el_error	err;

	fuzz_poison_error(&err);
	FUZZ_CHECK(el_country_parse(text, strlen(text), &again, &err));
	FUZZ_CHECK(again == code);
}

/* An entry lookup() returned for code: consistent with code in every form. */
static void
check_entry(const el_country *c, int16_t code)
{
	const char *text = el_country_text(c);
	char		num[8];

	FUZZ_CHECK(text != NULL);
	FUZZ_CHECK(strlen(text) >= 2 && strlen(text) <= 3);
	FUZZ_CHECK(el_country_pack(text, strlen(text)) == code);
	FUZZ_CHECK(c->name != NULL && c->name[0] != '\0');
	check_parses_to(text, code);
	if (c->alpha3 != NULL)
		check_parses_to(c->alpha3, code);
	if (c->numeric > 0)
	{
		snprintf(num, sizeof(num), "%03d", c->numeric);
		check_parses_to(num, code);
	}
	FUZZ_CHECK(el_country_lookup(code) == c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text;
	void	   *block;
	int16_t		code = -1;
	int16_t		wire;
	el_error	err;
	const el_country *c;

	text = fuzz_copy(data, size, &block);
	fuzz_poison_error(&err);
	if (el_country_parse(text, size, &code, &err))
	{
		c = el_country_lookup(code);
		FUZZ_CHECK(c != NULL);
		check_entry(c, code);
	}
	else
		FUZZ_CHECK(fuzz_error_ok(&err));
	free(block);

	if (size >= sizeof(wire))
	{
		memcpy(&wire, data, sizeof(wire));
		c = el_country_lookup(wire);
		if (c != NULL)
			check_entry(c, wire);
	}
	return 0;
}
