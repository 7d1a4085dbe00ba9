/*
 * test_mrz.c: standalone TAP tests of src/core/mrz.c.
 *
 *   gcc -Wall -Wextra -Werror -Isrc/core test/core/test_mrz.c src/core/[a-z]*.c -o /tmp/test_mrz
 *   /tmp/test_mrz
 *
 * The vectors are the ICAO Doc 9303 specimens (parts 4, 5 and 6) and
 * examples whose check digits were computed by a separate implementation of
 * the 7-3-1 rule, not by el_icao_check, so a bug there cannot vouch for
 * itself.  Every assertion compares against a literal expected value.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "country.h"
#include "mrz.h"

#include "tap.h"

static void
diag(const char *what, const char *got, const char *want)
{
	printf("#   %s\n#     got:  \"%s\"\n#     want: \"%s\"\n", what, got, want);
}

static void
is_str(const char *got, const char *want, const char *desc)
{
	int			same = strcmp(got, want) == 0;

	ok(same, "%s", desc);
	if (!same)
		diag(desc, got, want);
}

static void
is_int(long got, long want, const char *desc)
{
	ok(got == want, "%s", desc);
	if (got != want)
		printf("#   got %ld, want %ld\n", got, want);
}

/* 2026-11-27, the "today" of the century tests */
static el_day
today(void)
{
	return el_day_from_ymd(2026, 11, 27);
}

/* Text of a packed country, or "?" */
static const char *
country(int16_t code)
{
	const el_country *c = el_country_lookup(code);

	return c != NULL ? el_country_text(c) : "?";
}

static char *
join(const char *a, const char *sep, const char *b, const char *sep2, const char *c)
{
	static char buf[4][512];
	static int	k = 0;
	char	   *out = buf[k++ % 4];

	snprintf(out, 512, "%s%s%s%s%s", a, sep, b, c != NULL ? sep2 : "", c != NULL ? c : "");
	return out;
}

/* in must parse, to exactly want (canonical), and its canonical form must parse to itself. */
static void
parses_to(const char *in, const char *want, const char *desc)
{
	char		out[EL_MRZ_MAX_TEXT + 1];
	char		again[EL_MRZ_MAX_TEXT + 1];
	size_t		outlen = 0,
				againlen = 0;
	el_error	err;
	char		label[256];

	memset(out, 0, sizeof(out));
	err.detail[0] = '\0';
	if (!el_mrz_parse(in, strlen(in), out, &outlen, &err))
	{
		ok(0, "%s: parses", desc);
		printf("#   refused: %s\n", err.detail);
		return;
	}
	snprintf(label, sizeof(label), "%s: canonical text", desc);
	is_str(out, want, label);
	snprintf(label, sizeof(label), "%s: length", desc);
	is_int((long) outlen, (long) strlen(want), label);
	ok(el_mrz_parse(out, outlen, again, &againlen, &err) &&
	   againlen == outlen && memcmp(again, out, outlen) == 0,
	   "%s: parse(canonical) == canonical", desc);
}

/* in must be refused with exactly this detail */
static void
refused(const char *in, const char *want, const char *desc)
{
	char		out[EL_MRZ_MAX_TEXT + 1];
	size_t		outlen;
	el_error	err;
	el_mrz_fields f;
	char		label[256];

	memset(&err, 0, sizeof(err));
	if (el_mrz_parse(in, strlen(in), out, &outlen, &err))
	{
		ok(0, "%s: refused", desc);
		printf("#   accepted as \"%s\"\n", out);
		return;
	}
	snprintf(label, sizeof(label), "%s: detail", desc);
	is_str(err.detail, want, label);

	/* el_mrz_fields_of re-validates, so it must refuse the same way */
	memset(&err, 0, sizeof(err));
	ok(!el_mrz_fields_of(in, strlen(in), today(), &f, &err) &&
	   strcmp(err.detail, want) == 0, "%s: el_mrz_fields_of refuses it too", desc);
}

/* Fields of in on a given day; a failure is reported and f zeroed. */
static bool
fields_on(const char *in, el_day day, el_mrz_fields *f, const char *desc)
{
	el_error	err;

	memset(f, 0, sizeof(*f));
	if (!el_mrz_fields_of(in, strlen(in), day, f, &err))
	{
		ok(0, "%s: fields", desc);
		printf("#   refused: %s\n", err.detail);
		memset(f, 0, sizeof(*f));
		return false;
	}
	return true;
}

static void
is_date(bool has, int y, int m, int d, const char *want, const char *desc)
{
	char		got[32];

	if (has)
		snprintf(got, sizeof(got), "%04d-%02d-%02d", y, m, d);
	else
		snprintf(got, sizeof(got), "unknown");
	is_str(got, want, desc);
}

/* All the fields at once, as one string, so a failure shows every field. */
static void
fields_are(const char *in, el_day day, const char *want, const char *desc)
{
	el_mrz_fields f;
	char		got[512];
	char		birth[16],
				expiry[16];

	if (!fields_on(in, day, &f, desc))
		return;
	if (f.has_birth_date)
		snprintf(birth, sizeof(birth), "%04d-%02d-%02d", f.birth_year, f.birth_month, f.birth_day);
	else
		snprintf(birth, sizeof(birth), "unknown");
	if (f.has_expiry_date)
		snprintf(expiry, sizeof(expiry), "%04d-%02d-%02d", f.expiry_year, f.expiry_month, f.expiry_day);
	else
		snprintf(expiry, sizeof(expiry), "unknown");
	snprintf(got, sizeof(got), "%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s",
			 el_mrz_format_name(f.format), f.document_code, country(f.issuing_state),
			 f.document_number, country(f.nationality), birth,
			 f.sex == 'M' ? "M" : f.sex == 'F' ? "F" : f.sex == 0 ? "NULL" : "?",
			 expiry, f.surname, f.given_names, f.personal_number);
	is_str(got, want, desc);
}

/* ---- vectors ---- */

/* Doc 9303 part 4 specimen passport */
#define TD3_1 "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
#define TD3_2 "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
/* Doc 9303 part 5 specimen ID card */
#define TD1_1 "I<UTOD231458907<<<<<<<<<<<<<<<"
#define TD1_2 "7408122F1204159UTO<<<<<<<<<<<6"
#define TD1_3 "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"
/* Doc 9303 part 6 specimen */
#define TD2_1 "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"
#define TD2_2 "D231458907UTO7408122F1204159<<<<<<<6"
/* Doc 9303 part 5: a 12-character document number D23145890734 continued into the optional data */
#define TD1L_1 "I<UTOD23145890<7349<<<<<<<<<<<"
#define TD1L_2 "3407127M9507122UTO<<<<<<<<<<<2"
#define TD1L_3 "STEVENSON<<PETER<JOHN<<<<<<<<<"

static void
test_specimens(void)
{
	const char *td3 = TD3_1 "\n" TD3_2;
	const char *td1 = TD1_1 "\n" TD1_2 "\n" TD1_3;
	const char *td2 = TD2_1 "\n" TD2_2;

	parses_to(td3, td3, "TD3 specimen");
	fields_are(td3, today(),
			   "TD3|P|UTO|L898902C3|UTO|1974-08-12|F|2012-04-15|ERIKSSON|ANNA MARIA|ZE184226B",
			   "TD3 specimen fields");
	parses_to(td1, td1, "TD1 specimen");
	fields_are(td1, today(),
			   "TD1|I|UTO|D23145890|UTO|1974-08-12|F|2012-04-15|ERIKSSON|ANNA MARIA|",
			   "TD1 specimen fields");
	parses_to(td2, td2, "TD2 specimen");
	fields_are(td2, today(),
			   "TD2|I|UTO|D23145890|UTO|1974-08-12|F|2012-04-15|ERIKSSON|ANNA MARIA|",
			   "TD2 specimen fields");
	is_str(el_mrz_format_name(EL_MRZ_TD1), "TD1", "format name TD1");
	is_str(el_mrz_format_name(EL_MRZ_TD3), "TD3", "format name TD3");
	ok(el_mrz_format_name((el_mrz_format) 7) == NULL, "format name out of range is NULL");
}

static void
test_long_document_numbers(void)
{
	const char *td1 = TD1L_1 "\n" TD1L_2 "\n" TD1L_3;
	const char *td1opt = "I<UTOD23145890<7349<AB12<<<<<<\n"
		"3407127M3507120UTO<<<<<<<<<<<2\n"
		"STEVENSON<<PETER<JOHN<<<<<<<<<";
	const char *td2 = "I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
		"D23145890<UTO3407127M95071227349<<<8";

	parses_to(td1, td1, "TD1 long document number (Doc 9303 part 5)");
	fields_are(td1, today(),
			   "TD1|I|UTO|D23145890734|UTO|1934-07-12|M|1995-07-12|STEVENSON|PETER JOHN|",
			   "TD1 long number joined, optional data after it empty");
	fields_are(td1opt, today(),
			   "TD1|I|UTO|D23145890734|UTO|1934-07-12|M|2035-07-12|STEVENSON|PETER JOHN|AB12",
			   "TD1 long number followed by optional data");
	refused("I<UTOD23145890<7348<<<<<<<<<<<\n" TD1L_2 "\n" TD1L_3,
			"document number check digit is 8, expected 9",
			"TD1 long number, wrong check digit");
	refused("I<UTOD23145890<7<<<<<<<<<<<<<<\n" TD1L_2 "\n" TD1L_3,
			"document number continues into the optional data but has only its check digit there",
			"TD1 continuation with nothing but a check digit");
	refused("I<UTOD23145890<<<<<<<<<<<<<<<<\n" TD1L_2 "\n" TD1L_3,
			"document number check digit is <, expected 7",
			"TD1 '<' check digit with no continuation");
	refused("I<UTOD2314589<<7349<<<<<<<<<<<\n" TD1L_2 "\n" TD1L_3,
			"document number check digit is <, expected 7",
			"TD1 short number cannot continue");

	parses_to(td2, td2, "TD2 long document number");
	fields_are(td2, today(),
			   "TD2|I|UTO|D23145890734|UTO|1934-07-12|M|1995-07-12|STEVENSON|PETER JOHN|",
			   "TD2 long number joined");
	refused("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\n"
			"D23145890<UTO3407127M95071227348<<<8",
			"document number check digit is 8, expected 9",
			"TD2 long number, wrong check digit");
	refused("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
			"L898902C3<UTO7408122F1204159ZE184226B<<<<<10",
			"document number check digit is <, expected 6",
			"TD3 has no continued numbers");
}

static void
test_realistic(void)
{
	const char *ru = "P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
		"7512345672RUS8503150M3109203<<<<<<<<<<<<<<06";
	const char *ru_lt = "P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
		"7512345672RUS8503150M3109203<<<<<<<<<<<<<<<6";
	const char *by = "P<BLRKAVALIOU<<IHAR<<<<<<<<<<<<<<<<<<<<<<<<<\n"
		"MP12345677BLR8702274M30051433270287A012PB282";
	const char *de = "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\n"
		"C11T002JM4D<<9608122F1310317<<<<<<<<<<<<<<<6";
	const char *de_id = "IDD<<LZ6311T475<<<<<<<<<<<<<<<\n"
		"8308126F3107313D<<<<<<<<<<<<<8\n"
		"MUSTERMANN<<ERIKA<<<<<<<<<<<<<";
	const char *be = "IDBELB12345678185020100200<<<<\n"
		"8502016F3001019BELXY12<<<<<<<8\n"
		"VAN<DER<VELDEN<<GREET<HILDE<<<";
	const char *xxa = "P<D<<ERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
		"L898902C36XXA7408122F1204159<<<<<<<<<<<<<<08";

	parses_to(ru, ru, "Russian passport");
	fields_are(ru, today(),
			   "TD3|P|RU|751234567|RU|1985-03-15|M|2031-09-20|IVANOV|IVAN|",
			   "Russian passport fields");
	parses_to(ru_lt, ru_lt, "empty personal number with '<' check digit");
	parses_to(by, by, "Belarusian passport");
	fields_are(by, today(),
			   "TD3|P|BY|MP1234567|BY|1987-02-27|M|2030-05-14|KAVALIOU|IHAR|3270287A012PB2",
			   "Belarusian passport fields, personal number");
	parses_to(de, de, "German passport specimen (D<<)");
	fields_are(de, today(),
			   "TD3|P|DE|C11T002JM|DE|1996-08-12|F|2013-10-31|MUSTERMANN|ERIKA|",
			   "German passport fields: D<< is DE");
	fields_are(de_id, today(),
			   "TD1|ID|DE|LZ6311T47|DE|1983-08-12|F|2031-07-31|MUSTERMANN|ERIKA|",
			   "German ID card: two-letter document code, D<<");
	fields_are(be, today(),
			   "TD1|ID|BE|B12345678|BE|1985-02-01|F|2030-01-01|VAN DER VELDEN|GREET HILDE|85020100200 XY12",
			   "TD1 with both optional fields");
	fields_are(xxa, today(),
			   "TD3|P|DE|L898902C3|XXA|1974-08-12|F|2012-04-15|ERIKSSON|ANNA|",
			   "stateless nationality XXA");
}

static void
test_check_digits(void)
{
	refused(TD3_1 "\nL898902C35UTO7408122F1204159ZE184226B<<<<<10",
			"document number check digit is 5, expected 6", "TD3 document number check digit");
	refused(TD3_1 "\nL898902C36UTO7408123F1204159ZE184226B<<<<<10",
			"birth date check digit is 3, expected 2", "TD3 birth date check digit");
	refused(TD3_1 "\nL898902C36UTO7408122F1204158ZE184226B<<<<<10",
			"expiry date check digit is 8, expected 9", "TD3 expiry date check digit");
	refused(TD3_1 "\nL898902C36UTO7408122F1204159ZE184226B<<<<<20",
			"personal number check digit is 2, expected 1", "TD3 personal number check digit");
	refused(TD3_1 "\nL898902C36UTO7408122F1204159ZE184226B<<<<<<0",
			"personal number check digit is <, expected 1",
			"TD3 '<' personal number check digit only when the field is empty");
	refused(TD3_1 "\nL898902C36UTO7408122F1204159ZE184226B<<<<<17",
			"composite check digit is 7, expected 0", "TD3 composite check digit");
	refused(TD3_1 "\nL898902C36UTO7408122F1204159ZE184226C<<<<<10",
			"personal number check digit is 1, expected 2", "TD3 changed personal number");
	refused(TD3_1 "\nL898902C3AUTO7408122F1204159ZE184226B<<<<<10",
			"document number check digit is A, expected 6", "a letter where a check digit belongs");
	refused(TD1_1 "\n7408122F1204159UTO<<<<<<<<<<<5\n" TD1_3,
			"composite check digit is 5, expected 6", "TD1 composite check digit");
	refused("I<UTOD231458908<<<<<<<<<<<<<<<\n" TD1_2 "\n" TD1_3,
			"document number check digit is 8, expected 7", "TD1 document number check digit");
	refused(TD1_1 "\n7408121F1204159UTO<<<<<<<<<<<6\n" TD1_3,
			"birth date check digit is 1, expected 2", "TD1 birth date check digit");
	refused(TD1_1 "\n7408122F1204150UTO<<<<<<<<<<<6\n" TD1_3,
			"expiry date check digit is 0, expected 9", "TD1 expiry date check digit");
	refused("I<UTOD231458907<<<<<<<<<<<<<<1\n" TD1_2 "\n" TD1_3,
			"composite check digit is 6, expected 3", "TD1 optional data is under the composite");
	fields_are(TD2_1 "\nD231458907UTO7408122F1204159AB123452", today(),
			   "TD2|I|UTO|D23145890|UTO|1974-08-12|F|2012-04-15|ERIKSSON|ANNA MARIA|AB12345",
			   "TD2 optional data filling its field");
	refused(TD2_1 "\nD231458907UTO7408122F1204159AB123462",
			"composite check digit is 2, expected 9", "TD2 optional data is under the composite");
	refused(TD2_1 "\nD231458907UTO7408122F1204159<<<<<<<5",
			"composite check digit is 5, expected 6", "TD2 composite check digit");
	refused(TD2_1 "\nD231458906UTO7408122F1204159<<<<<<<6",
			"document number check digit is 6, expected 7", "TD2 document number check digit");
}

static void
test_input_forms(void)
{
	const char *canon = TD3_1 "\n" TD3_2;
	char		lower[128];
	char		buf[256];
	char		out[EL_MRZ_MAX_TEXT + 1];
	size_t		outlen,
				i;
	el_error	err;

	snprintf(lower, sizeof(lower), "%s", canon);
	for (i = 0; lower[i]; i++)
		if (lower[i] >= 'A' && lower[i] <= 'Z')
			lower[i] = (char) (lower[i] - 'A' + 'a');
	parses_to(lower, canon, "lower case");
	parses_to(join(TD3_1, " ", TD3_2, "", NULL), canon, "lines separated by a space");
	parses_to(join(TD3_1, "\r\n", TD3_2, "", NULL), canon, "CRLF");
	parses_to(join("\n\n  ", TD3_1, "\t \r\n\n", TD3_2, "\n \n"), canon,
			  "runs of white space, leading and trailing");
	parses_to(join(TD3_1, "", TD3_2, "", NULL), canon, "TD3 lines run together (88)");
	parses_to(join(TD2_1, "", TD2_2, "", NULL), TD2_1 "\n" TD2_2, "TD2 lines run together (72)");
	parses_to(join(TD1_1, "", TD1_2, "", TD1_3), TD1_1 "\n" TD1_2 "\n" TD1_3,
			  "TD1 lines run together (90)");
	parses_to(join(TD1_1, " ", TD1_2, "\n", TD1_3), TD1_1 "\n" TD1_2 "\n" TD1_3,
			  "TD1 with mixed separators");

	/* the length is what counts: bytes after len are not read */
	snprintf(buf, sizeof(buf), "%s\n%sGARBAGE", TD3_1, TD3_2);
	ok(el_mrz_parse(buf, strlen(canon), out, &outlen, &err) && strcmp(out, canon) == 0,
	   "input is read up to len only");
	ok(!el_mrz_parse(buf, strlen(canon) - 1, out, &outlen, &err) &&
	   strcmp(err.detail, "expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 44 and 43") == 0,
	   "one byte short of len is a short line");
}

static void
test_lengths(void)
{
	refused(join(TD3_1, "\n", "L898902C36UTO7408122F1204159ZE184226B<<<<<1", "", NULL),
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 44 and 43",
			"short second line");
	refused("", "expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found no characters",
			"empty");
	refused(" \n\t\r\n ", "expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found no characters",
			"white space only");
	refused("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<1",
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found one line of 87",
			"one run of 87");
	refused(join(TD1_1, "\n", TD1_2, "\n", "ERIKSSON<<ANNA<MARIA<<<<<<<<<"),
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 30, 30 and 29",
			"short TD1 line");
	refused(join(TD1_1, "\n", TD1_2, "", NULL),
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 30 and 30",
			"TD1 missing its name line");
	refused(join(TD3_1, "\n", TD2_2, "", NULL),
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 44 and 36",
			"lines of two layouts");
	refused("P<UTO ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2,
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 5, 39 and 44",
			"a space inside a line splits it");
	refused("A B C D E F",
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found 6 lines",
			"many lines");
	refused(join(TD3_1, "\n", TD3_2, "\n", "<"),
			"expected 2 lines of 44 (TD3), 2 of 36 (TD2) or 3 of 30 (TD1); found lines of 44, 44 and 1",
			"trailing extra line");
}

static void
test_characters(void)
{
	refused("P<UTOERIKSSON<<ANNA-MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2,
			"unexpected character \"-\" at line 1, position 20", "hyphen");
	refused(TD3_1 "\nL898902C36UTO7408122F1204159ZE184226B<<<<<1.",
			"unexpected character \".\" at line 2, position 44", "dot at the end of line 2");
	refused("\xD0\xA0<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2,
			"unexpected character \"\xD0\xA0\" at line 1, position 1", "Cyrillic look-alike");
	refused(TD3_1 "L898902C36UTO7408122F1204159ZE184226B<<<<<1*",
			"unexpected character \"*\" at line 2, position 44",
			"lines run together: position given in the right line");
	refused(TD1_1 TD1_2 "ERIKSSON<<ANNA<MARIA<<<<<<<<<\x01",
			"unexpected control character U+0001 at line 3, position 30",
			"control character in run-together TD1");
	refused("P<UTO\xFF\n" TD3_2, "unexpected byte 0xFF at line 1, position 6", "invalid UTF-8");
}

static void
test_fields_refused(void)
{
	refused("1<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" TD3_2,
			"document code \"1<\" is not a letter followed by a letter or \"<\"", "document code");
	refused("V<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			"L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08",
			"document code \"V<\" marks a visa (MRV), which is not a TD1, TD2 or TD3 document",
			"visa");
	refused("P<ZZZERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			"L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08",
			"issuing state \"ZZZ\" is not an ISO 3166-1 alpha-3 code or an ICAO 9303 code",
			"unknown issuing state");
	refused("P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			"L898902C36RU<7408122F1204159<<<<<<<<<<<<<<08",
			"nationality \"RU<\" is not a three-letter code", "two-letter nationality");
	refused("P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			"L898902C36UTO7408122Q1204159<<<<<<<<<<<<<<08",
			"sex is \"Q\", expected M, F or <", "sex");
	refused("P<UTOERIKSS0N<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			"L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08",
			"name has \"0\" at line 1, position 12", "digit in a TD3 name");
	refused(TD1_1 "\n" TD1_2 "\nERIKSSON<<ANNA<MAR1A<<<<<<<<<<",
			"name has \"1\" at line 3, position 19", "digit in a TD1 name");
	refused("P<UTO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			"L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08",
			"name is empty", "empty name");
	refused("P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			"<<<<<<<<<0UTO7408122F1204159<<<<<<<<<<<<<<00",
			"document number is empty", "empty document number");
}

static void
test_dates(void)
{
	el_mrz_fields f;
	el_error	err;
	const char *unk_day = TD3_1 "\nL898902C36UTO7408<<7F1204159ZE184226B<<<<<10";
	const char *unk_md = TD3_1 "\nL898902C36UTO74<<<<1F1204159ZE184226B<<<<<18";
	const char *leap00 = TD3_1 "\nL898902C36UTO0002299F2802297ZE184226B<<<<<16";

	refused(TD3_1 "\nL898902C36UTO7413324F1204159ZE184226B<<<<<10",
			"birth date 741332 is not a valid date", "birth date month 13");
	refused(TD3_1 "\nL898902C36UTO7413014F1204159ZE184226B<<<<<10",
			"birth date 741301 is not a valid date", "birth date month 13 alone");
	refused(TD3_1 "\nL898902C36UTO7401329F1204159ZE184226B<<<<<12",
			"birth date 740132 is not a valid date", "birth date day 32 alone");
	refused(TD3_1 "\nL898902C36UTO7408122F1204311ZE184226B<<<<<14",
			"expiry date 120431 is not a valid date", "31 April");
	refused(TD3_1 "\nL898902C36UTO7408122F1302295ZE184226B<<<<<10",
			"expiry date 130229 is not a valid date", "29 February in a common year");
	refused(TD3_1 "\nL898902C36UTO7408122F1204<<1ZE184226B<<<<<10",
			"expiry date 1204<< is not a valid date", "unknown expiry day");
	refused(TD3_1 "\nL898902C36UTO74081<0F1204159ZE184226B<<<<<10",
			"birth date 74081< is not a valid date", "half-unknown birth day");

	parses_to(unk_day, unk_day, "unknown birth day '<<'");
	fields_are(unk_day, today(),
			   "TD3|P|UTO|L898902C3|UTO|unknown|F|2012-04-15|ERIKSSON|ANNA MARIA|ZE184226B",
			   "unknown birth day: no birth date");
	fields_are(unk_md, today(),
			   "TD3|P|UTO|L898902C3|UTO|unknown|F|2012-04-15|ERIKSSON|ANNA MARIA|ZE184226B",
			   "unknown birth month and day");

	fields_are(leap00, today(),
			   "TD3|P|UTO|L898902C3|UTO|2000-02-29|F|2028-02-29|ERIKSSON|ANNA MARIA|ZE184226B",
			   "29 February 2000 and 2028");
	memset(&err, 0, sizeof(err));
	ok(!el_mrz_fields_of(leap00, strlen(leap00), el_day_from_ymd(1950, 1, 1), &f, &err) &&
	   strcmp(err.detail, "birth date 000229 would be 29 February 1900, which does not exist") == 0,
	   "birth 000229 seen from 1950 falls in 1900, which has no 29 February");
}

static void
test_centuries(void)
{
	el_mrz_fields f;
	/* birth 251127, expiry 311127 */
	const char *b25 = "P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
		"L898902C36UTO2511270X3111275<<<<<<<<<<<<<<04";
	/* birth 261127 (today), expiry 761127 (today - 50 years) */
	const char *b26 = "P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
		"L898902C36UTO2611273<7611278<<<<<<<<<<<<<<06";
	/* birth 261128 (tomorrow), expiry 761126 (the day before today - 50 years) */
	const char *b26b = "P<UTOERIKSSON<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<\n"
		"L898902C36UTO2611284M7611267<<<<<<<<<<<<<<02";

	fields_are(b25, today(),
			   "TD3|P|UTO|L898902C3|UTO|2025-11-27|NULL|2031-11-27|ERIKSSON|ANNA|",
			   "birth 25 in the past: 2025; sex X is NULL");
	fields_are(b26, today(),
			   "TD3|P|UTO|L898902C3|UTO|2026-11-27|NULL|1976-11-27|ERIKSSON|ANNA|",
			   "birth today is not in the future; expiry exactly 50 years ago stays in 1976");
	fields_are(b26b, today(),
			   "TD3|P|UTO|L898902C3|UTO|1926-11-28|M|2076-11-26|ERIKSSON|ANNA|",
			   "birth tomorrow goes back a century; expiry before the window goes forward");

	if (fields_on(b26b, el_day_from_ymd(2026, 11, 28), &f, "birth on today"))
		is_date(f.has_birth_date, f.birth_year, f.birth_month, f.birth_day, "2026-11-28",
				"the same birth date seen a day later is 2026");
	if (fields_on(TD3_1 "\n" TD3_2, el_day_from_ymd(1990, 6, 1), &f, "seen from 1990"))
	{
		is_date(f.has_birth_date, f.birth_year, f.birth_month, f.birth_day, "1974-08-12",
				"specimen birth seen from 1990");
		is_date(f.has_expiry_date, f.expiry_year, f.expiry_month, f.expiry_day, "2012-04-15",
				"specimen expiry seen from 1990");
	}
	if (fields_on(TD3_1 "\n" TD3_2, el_day_from_ymd(2070, 1, 1), &f, "seen from 2070"))
	{
		is_date(f.has_birth_date, f.birth_year, f.birth_month, f.birth_day, "1974-08-12",
				"specimen birth seen from 2070 is 1974 (2074 is in the future)");
		is_date(f.has_expiry_date, f.expiry_year, f.expiry_month, f.expiry_day, "2112-04-15",
				"specimen expiry seen from 2070 is 2112");
	}
}

static void
test_names(void)
{
	fields_are("P<UTO<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			   "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08", today(),
			   "TD3|P|UTO|L898902C3|UTO|1974-08-12|F|2012-04-15||ANNA|",
			   "no primary identifier");
	fields_are("P<UTOERIKSSON<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<\n"
			   "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08", today(),
			   "TD3|P|UTO|L898902C3|UTO|1974-08-12|F|2012-04-15|ERIKSSON ANNA MARIA||",
			   "no \"<<\": surname only");
	fields_are("P<UTO<ERIKSSON<<<ANNA<<MARIA<<<<<<<<<<<<<<<<\n"
			   "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<08", today(),
			   "TD3|P|UTO|L898902C3|UTO|1974-08-12|F|2012-04-15|ERIKSSON|ANNA MARIA|",
			   "stray filler: no space at either end, runs become one space");
}

/*
 * Belgian identity cards (TD1, 12-digit card numbers).  The check digit of
 * the number is computed by the standard on some cards and with the '<' at
 * position 15 kept in on others; both are real.  Vectors: cheminfo/mrz,
 * src/parse/__tests__/td1.test.ts, from the EU Council's PRADO specimens
 * BEL-BO-11005 (issuing state UTO on the specimen, BEL there; the state is
 * not under any check digit) and BEL-BO-03003; Arg0s1080/mrz pull request
 * #41 (the 2020 card).  Their check digits were recomputed in Python.
 */
#define BEL03_1 "IDBEL000590240<6013<<<<<<<<<<<"
#define BEL03_2 "8512017F1311048BEL851201002007"
#define BEL03_3 "REINARTZ<<ULRIKE<KATIA<E<<<<<<"
#define BEL11_1 "IDBEL600001795<0152<<<<<<<<<<<"
#define BEL11_2 "1301014F2311207BEL130101987398"
#define BEL11_3 "SPECIMEN<<SPECIMEN<<<<<<<<<<<<"

static void
number_check_is(const char *in, const char *want, const char *desc)
{
	el_mrz_fields f;
	const char *got;

	if (!fields_on(in, today(), &f, desc))
		return;
	got = el_mrz_number_check_name(f.number_check);
	is_str(got != NULL ? got : "NULL", want, desc);
}

static void
test_belgian_cards(void)
{
	const char *b03 = BEL03_1 "\n" BEL03_2 "\n" BEL03_3;
	const char *b11 = BEL11_1 "\n" BEL11_2 "\n" BEL11_3;

	parses_to(b03, b03, "PRADO BEL-BO-03003: check digit with the filler kept in");
	fields_are(b03, today(),
			   "TD1|ID|BE|000590240601|BE|1985-12-01|F|2013-11-04|REINARTZ|ULRIKE KATIA E|85120100200",
			   "BEL-BO-03003 fields: the 12-digit card number joined");
	number_check_is(b03, "filler kept", "BEL-BO-03003 says its number was checked with the filler kept");
	parses_to(b11, b11, "PRADO BEL-BO-11005: the standard's check digit");
	number_check_is(b11, "standard", "BEL-BO-11005 says the standard's form matched");
	number_check_is(TD1_1 "\n" TD1_2 "\n" TD1_3, "NULL", "a 9-character number has no long form");
	number_check_is(TD1L_1 "\n" TD1L_2 "\n" TD1L_3, "standard",
					"Doc 9303 part 5 long number: both forms give 9, the standard's is named");
	parses_to("IDBEL000590696<1015<<<<<<<<<<<\n9401013F2710017BEL000101123453\n"
			  "SPECIMEN<<SPECIMEN<<<<<<<<<<<<",
			  "IDBEL000590696<1015<<<<<<<<<<<\n9401013F2710017BEL000101123453\n"
			  "SPECIMEN<<SPECIMEN<<<<<<<<<<<<",
			  "2020 Belgian specimen (Arg0s1080/mrz #41)");
	refused("IDBEL000590240<6016<<<<<<<<<<<\n" BEL03_2 "\n" BEL03_3,
			"document number check digit is 6, expected 1 (or 3 with the filler kept in)",
			"a wrong digit names both forms");
}

/*
 * The Russian internal passport.  No complete real MRZ is published (they
 * carry personal data); these are built with the MVD table and layout and
 * their check digits computed by a separate Python implementation of the
 * 7-3-1 rule.
 */
#define RU1_1 "PNRUS3ERNY42V<<SERGEQ<V83ESLAVOVI3<<<<<<<<<<"
#define RU1_2 "4502358579RUS7803107M<<<<<<<9230526770003<02"
#define RU2_1 "PNRUSSOLOV92VA<<7L98<6DUARDOVNA<<<<<<<<<<<<<"
#define RU2_2 "4013456788RUS9107049F<<<<<<<2110915780045<96"
#define RU3_1 "PNRUSPODX83EV<WUKIN<<JORJ<HACEVI3<<<<<<<<<<<"
#define RU3_2 "4600011222RUS0002299M<<<<<<<5140301500112<16"
#define RU4_1 "PNRUSKONSTANTINOPOL9SKIQ<ALEKSANDROVSKIQ<<KO"
#define RU4_2 "4510000015RUS8512316M<<<<<<<1051231770001<00"

static void
ru_fields_are(const char *in, const char *want, const char *desc)
{
	el_mrz_fields f;
	char		got[512];

	if (!fields_on(in, today(), &f, desc))
		return;
	snprintf(got, sizeof(got), "%s|%s|%s|%s|%04d-%02d-%02d|%c|%d|%04d-%02d-%02d|%s|%s|%s|%s|%s",
			 el_mrz_format_name(f.format), f.document_code, country(f.issuing_state),
			 country(f.nationality), f.birth_year, f.birth_month, f.birth_day,
			 f.sex ? f.sex : '-', f.has_expiry_date,
			 f.issue_year, f.issue_month, f.issue_day,
			 f.ru_passport, f.department, f.surname, f.given_names, f.document_number);
	is_str(got, want, desc);
}

static void
test_ru_internal(void)
{
	parses_to(RU1_1 " " RU1_2, RU1_1 "\n" RU1_2, "internal passport: read, not refused for its expiry");
	is_str(el_mrz_format_name(EL_MRZ_RU_INTERNAL), "RU internal", "format name");
	ru_fields_are(RU1_1 "\n" RU1_2,
				  "RU internal|PN|RU|RU|1978-03-10|M|0|2023-05-26|4509235857|770-003|"
				  "ЧЕРНЫШЁВ|СЕРГЕЙ ВЯЧЕСЛАВОВИЧ|4509235857",
				  "Ё, Й, Ч, Ы, Ш, Я decoded; series 4509 joined from positions 1-3 and 29");
	ru_fields_are(RU2_1 "\n" RU2_2,
				  "RU internal|PN|RU|RU|1991-07-04|F|0|2011-09-15|4012345678|780-045|"
				  "СОЛОВЬЁВА|ЮЛЬЯ ЭДУАРДОВНА|4012345678",
				  "Ь, Ё, Ю, Э decoded");
	ru_fields_are(RU3_1 "\n" RU3_2,
				  "RU internal|PN|RU|RU|2000-02-29|M|0|2014-03-01|4605001122|500-112|"
				  "ПОДЪЯЧЕВ ЩУКИН|ЖОРЖ ХАЦЕВИЧ|4605001122",
				  "Ъ, Щ, Ж, Х, Ц decoded; a double surname");
	refused(RU1_1 "\n4502358578RUS7803107M<<<<<<<9230526770003<02",
			"series and number check digit is 8, expected 9", "series and number check digit");
	refused(RU1_1 "\n4502358579RUS7803107M<<<<<<<9230526770003<12",
			"optional data check digit is 1, expected 0", "optional data check digit");
	refused(RU1_1 "\n4502358579RUS7803107M<<<<<<<9230526770003<03",
			"composite check digit is 3, expected 2", "composite check digit");
	refused(RU1_1 "\n4502358579RUS7803107M<<<<<<<9231326770003<02",
			"issue date 231326 is not a valid date", "issue date month 13");
	refused(RU1_1 "\n4502358579RUS7803107M<<<<<<<92305267700035<2",
			"line 2, position 42 is \"5\", expected the filler <", "position 42 not filler");
	refused("PNRUS3ERNY42V<<SERGEQ<V83ESLAVOVI5<<<<<<<<<<\n" RU1_2,
			"name has \"5\" at line 1, position 34, which codes no Cyrillic letter",
			"a digit the table does not use");
	/* a Russian foreign passport (P<RUS) is still a TD3 */
	fields_are("P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n"
			   "7512345672RUS8001014M3001019<<<<<<<<<<<<<<08", today(),
			   "TD3|P|RU|751234567|RU|1980-01-01|M|2030-01-01|IVANOV|IVAN|",
			   "P<RUS is a TD3");
}

static void
ru_name(const char *name, const char *field, bool want, const char *desc)
{
	ok(el_mrz_ru_name_matches(name, strlen(name), field, strlen(field)) == want, "%s", desc);
}

static void
test_ru_names(void)
{
	const char *f1 = RU1_1 + 5;
	const char *f4 = RU4_1 + 5;

	ru_name("Чернышёв Сергей Вячеславович", f1, true, "the record as typed, lower case");
	ru_name("ЧЕРНЫШЕВ СЕРГЕЙ ВЯЧЕСЛАВОВИЧ", f1, true, "Е for Ё in the register");
	ru_name("Чернышов Сергей Вячеславович", f1, false, "another surname");
	ru_name("Чернышёв Сергей", f1, false, "a patronymic the register lacks is a difference");
	ru_name("Чернышёв  Сергей   Вячеславович ", f1, true, "runs of spaces");
	ru_name("Чернышёв Сeргей Вячеславович", f1, true, "a Latin look-alike e among the Cyrillic");
	ru_name("Chernyshev Sergei", f1, false, "a Latin name is not the Cyrillic one");
	ru_name("Подъячев-Щукин Жорж Хацевич", RU3_1 + 5, true, "hyphenated surname as <");
	ru_name("Константинопольский-Александровский Константин Владимирович", f4, true,
			"a cut field matches the name it begins");
	ru_name("Константинопольский-Александровский Кирилл Владимирович", f4, false,
			"a cut field must still begin the given name");
	ru_name("Иванов Иван", "IVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", true, "two words");
	ru_name("Иванов Иван", "IVANOV<<IV<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", false,
			"a field with filler left was not cut");
}

int
main(void)
{
	test_specimens();
	test_long_document_numbers();
	test_realistic();
	test_check_digits();
	test_input_forms();
	test_lengths();
	test_characters();
	test_fields_refused();
	test_dates();
	test_centuries();
	test_names();
	test_belgian_cards();
	test_ru_internal();
	test_ru_names();
	return done_testing();
}
