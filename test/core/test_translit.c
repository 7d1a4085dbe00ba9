/*
 * test_translit.c: TAP tests of src/core/translit.c (el_translit,
 * el_script_parse, el_name_matches), standalone, no PostgreSQL:
 *
 *   gcc -Wall -Wextra -Werror -Isrc/core test/core/test_translit.c \
 *       src/core/[a-z]*.c -o /tmp/tt && /tmp/tt
 *
 * Prints "ok N - ..." / "not ok N - ..." and the plan "1..N" at the end;
 * exits 1 when a test fails.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "translit.h"

#include "tap.h"

static const char *const script_names[3] = {"ru", "by", "uk"};

/* s[0..len) quoted for a test name: control bytes as \xNN, so TAP lines stay whole. */
static const char *
quote(const char *s, size_t len, char *buf, size_t cap)
{
	size_t		i,
				o = 0;

	buf[o++] = '\'';
	for (i = 0; i < len && o + 6 < cap; i++)
	{
		unsigned char c = (unsigned char) s[i];

		size_t		n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 :
			c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0,
					k;

		/* a lead byte with its continuation bytes is copied, anything else escaped */
		for (k = 1; n > 1 && k < n; k++)
			if (i + k >= len || ((unsigned char) s[i + k] & 0xC0) != 0x80)
				n = 0;
		if (n == 0 || c < 0x20 || c == 0x7F)
			o += (size_t) snprintf(buf + o, cap - o, "\\x%02X", c);
		else
		{
			for (k = 0; k < n && o + 6 < cap; k++)
				buf[o++] = s[i + k];
			i += n - 1;
		}
	}
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

/* el_translit(in[0..len)) succeeds with exactly expect. */
static void
is_translit_len(const char *in, size_t len, el_script s, const char *expect, const char *label)
{
	char		out[EL_TRANSLIT_MAX + 1];
	size_t		outlen = 12345;
	el_error	err;
	bool		r;

	memset(out, 'X', sizeof(out));
	err.detail[0] = '\0';
	r = el_translit(in, len, s, out, sizeof(out), &outlen, &err);
	ok(r && outlen == strlen(expect) && strcmp(out, expect) == 0,
	   "translit(%s, '%s') = '%s'", label, script_names[s], expect);
	if (!r)
		printf("#   refused: %s\n", err.detail);
	else if (strcmp(out, expect) != 0 || outlen != strlen(expect))
		printf("#   got '%s' (length %zu)\n", out, outlen);
}

static void
is_translit(const char *in, el_script s, const char *expect)
{
	char		label[200];

	is_translit_len(in, strlen(in), s, expect, quote(in, strlen(in), label, sizeof(label)));
}

/* el_translit(in[0..len)) fails with exactly detail. */
static void
translit_fails_len(const char *in, size_t len, el_script s, const char *detail, const char *label)
{
	char		out[EL_TRANSLIT_MAX + 1];
	size_t		outlen = 0;
	el_error	err;
	bool		r;

	memset(&err, 'X', sizeof(err));
	r = el_translit(in, len, s, out, sizeof(out), &outlen, &err);
	ok(!r && memchr(err.detail, '\0', sizeof(err.detail)) != NULL &&
	   strcmp(err.detail, detail) == 0,
	   "translit(%s, '%s') refused: %s", label, script_names[s], detail);
	if (r)
		printf("#   accepted: '%s'\n", out);
	else if (memchr(err.detail, '\0', sizeof(err.detail)) == NULL)
		printf("#   detail not terminated\n");
	else if (strcmp(err.detail, detail) != 0)
		printf("#   detail: %s\n", err.detail);
}

static void
translit_fails(const char *in, el_script s, const char *detail)
{
	char		label[200];

	translit_fails_len(in, strlen(in), s, detail, quote(in, strlen(in), label, sizeof(label)));
}

static void
matches(const char *cyr, const char *mrz, bool expect)
{
	bool		r = el_name_matches(cyr, strlen(cyr), mrz, strlen(mrz));
	char		q1[400],
				q2[200];

	ok(r == expect, "name_matches(%s, %s) is %s", quote(cyr, strlen(cyr), q1, sizeof(q1)),
	   quote(mrz, strlen(mrz), q2, sizeof(q2)), expect ? "true" : "false");
}

/* The ICAO 9303 table of documents.md, with the per-script differences. */
static const struct
{
	const char *upper;
	const char *lower;
	const char *latin[3];		/* ru, by, uk */
}			table[] =
{
	{"А", "а", {"A", "A", "A"}},
	{"Б", "б", {"B", "B", "B"}},
	{"В", "в", {"V", "V", "V"}},
	{"Г", "г", {"G", "H", "G"}},
	{"Д", "д", {"D", "D", "D"}},
	{"Е", "е", {"E", "E", "E"}},
	{"Ё", "ё", {"E", "IO", "E"}},
	{"Ж", "ж", {"ZH", "ZH", "ZH"}},
	{"З", "з", {"Z", "Z", "Z"}},
	{"И", "и", {"I", "I", "Y"}},
	{"Й", "й", {"I", "I", "I"}},
	{"К", "к", {"K", "K", "K"}},
	{"Л", "л", {"L", "L", "L"}},
	{"М", "м", {"M", "M", "M"}},
	{"Н", "н", {"N", "N", "N"}},
	{"О", "о", {"O", "O", "O"}},
	{"П", "п", {"P", "P", "P"}},
	{"Р", "р", {"R", "R", "R"}},
	{"С", "с", {"S", "S", "S"}},
	{"Т", "т", {"T", "T", "T"}},
	{"У", "у", {"U", "U", "U"}},
	{"Ф", "ф", {"F", "F", "F"}},
	{"Х", "х", {"KH", "KH", "KH"}},
	{"Ц", "ц", {"TS", "TS", "TS"}},
	{"Ч", "ч", {"CH", "CH", "CH"}},
	{"Ш", "ш", {"SH", "SH", "SH"}},
	{"Щ", "щ", {"SHCH", "SHCH", "SHCH"}},
	{"Ы", "ы", {"Y", "Y", "Y"}},
	{"Ъ", "ъ", {"IE", "IE", "IE"}},
	{"Ь", "ь", {"", "", ""}},
	{"Э", "э", {"E", "E", "E"}},
	{"Ю", "ю", {"IU", "IU", "IU"}},
	{"Я", "я", {"IA", "IA", "IA"}},
	{"І", "і", {"I", "I", "I"}},
	{"Ї", "ї", {"I", "I", "I"}},
	{"Є", "є", {"IE", "IE", "IE"}},
	{"Ґ", "ґ", {"G", "G", "G"}},
	{"Ў", "ў", {"U", "U", "U"}},
};

static void
test_table(void)
{
	size_t		i;
	int			s;
	char		in[32],
				expect[32];

	for (i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		for (s = 0; s < 3; s++)
		{
			is_translit(table[i].upper, (el_script) s, table[i].latin[s]);
			is_translit(table[i].lower, (el_script) s, table[i].latin[s]);
			/* inside a word, between letters (Ь leaves nothing behind) */
			snprintf(in, sizeof(in), "О%sо", table[i].lower);
			snprintf(expect, sizeof(expect), "O%sO", table[i].latin[s]);
			is_translit(in, (el_script) s, expect);
		}
}

static void
test_translit_examples(void)
{
	is_translit("Иванов Иван Иванович", EL_SCRIPT_RU, "IVANOV IVAN IVANOVICH");
	is_translit("Щукин Юрий", EL_SCRIPT_RU, "SHCHUKIN IURII");
	is_translit("Ігар", EL_SCRIPT_BY, "IHAR");
	is_translit("Аляксандр", EL_SCRIPT_BY, "ALIAKSANDR");
	is_translit("Аляксандр Лукашэнка", EL_SCRIPT_BY, "ALIAKSANDR LUKASHENKA");
	is_translit("Ігар Шуневіч", EL_SCRIPT_BY, "IHAR SHUNEVICH");
	is_translit("Ковалёв", EL_SCRIPT_RU, "KOVALEV");
	is_translit("Ковалёв", EL_SCRIPT_BY, "KOVALIOV");
	is_translit("Ковалёв", EL_SCRIPT_UK, "KOVALEV");
	is_translit("Григорий", EL_SCRIPT_RU, "GRIGORII");
	is_translit("Григорий", EL_SCRIPT_BY, "HRIHORII");
	is_translit("Григорий", EL_SCRIPT_UK, "GRYGORYI");
	is_translit("Дмитро Бойко", EL_SCRIPT_UK, "DMYTRO BOIKO");
	is_translit("Римский-Корсаков", EL_SCRIPT_RU, "RIMSKII-KORSAKOV");
	is_translit("Римский-Корсаков Николай", EL_SCRIPT_RU, "RIMSKII-KORSAKOV NIKOLAI");
	is_translit("Царёв Пётр", EL_SCRIPT_RU, "TSAREV PETR");
	is_translit("Подъячев", EL_SCRIPT_RU, "PODIEIACHEV");
	is_translit("Игорь", EL_SCRIPT_RU, "IGOR");
	is_translit("Ольга", EL_SCRIPT_RU, "OLGA");
	is_translit("Хрущёв", EL_SCRIPT_RU, "KHRUSHCHEV");
	is_translit("ЖУРАВЛЁВА", EL_SCRIPT_RU, "ZHURAVLEVA");
	is_translit("Євгенія Їжакевич", EL_SCRIPT_UK, "IEVGENIIA IZHAKEVYCH");
	is_translit("Ґалаґан", EL_SCRIPT_UK, "GALAGAN");
	is_translit("Ўладзімір", EL_SCRIPT_BY, "ULADZIMIR");
	/* the apostrophe, three ways: dropped, and the word stays whole */
	is_translit("Мар'яна", EL_SCRIPT_UK, "MARIANA");
	is_translit("Мар’яна", EL_SCRIPT_UK, "MARIANA");
	is_translit("Марʼяна", EL_SCRIPT_UK, "MARIANA");
	is_translit("Сям'я", EL_SCRIPT_BY, "SIAMIA");
	/* Latin passes through upper-cased */
	is_translit("Ivanov Ivan", EL_SCRIPT_RU, "IVANOV IVAN");
	is_translit("O'Brien Mary-Ann", EL_SCRIPT_RU, "OBRIEN MARY-ANN");
	is_translit("Иvanов", EL_SCRIPT_RU, "IVANOV");
	is_translit("IVANOV IVAN", EL_SCRIPT_BY, "IVANOV IVAN");
	/* decomposed letters (NFD text): letter + combining breve / diaeresis */
	is_translit("Николаи\xCC\x86", EL_SCRIPT_RU, "NIKOLAI");
	is_translit("Николаи\xCC\x86", EL_SCRIPT_UK, "NYKOLAI");
	is_translit("Ковале\xCC\x88в", EL_SCRIPT_BY, "KOVALIOV");
	is_translit("ЁЛКИН", EL_SCRIPT_BY, "IOLKIN");
	is_translit("Е\xCC\x88лкин", EL_SCRIPT_BY, "IOLKIN");
	is_translit("У\xCC\x86", EL_SCRIPT_BY, "U");
}

static void
test_whitespace(void)
{
	is_translit("", EL_SCRIPT_RU, "");
	is_translit("   \t\n ", EL_SCRIPT_RU, "");
	is_translit("  Иванов   Иван  ", EL_SCRIPT_RU, "IVANOV IVAN");
	is_translit("Иванов\tИван\r\nИванович", EL_SCRIPT_RU, "IVANOV IVAN IVANOVICH");
	is_translit("Иванов\xC2\xA0Иван", EL_SCRIPT_RU, "IVANOV IVAN");
	is_translit("Иванов\v\fИван", EL_SCRIPT_RU, "IVANOV IVAN");
	is_translit("Римский - Корсаков", EL_SCRIPT_RU, "RIMSKII-KORSAKOV");
	is_translit("Римский -\t Корсаков", EL_SCRIPT_RU, "RIMSKII-KORSAKOV");
	is_translit("Римский--Корсаков", EL_SCRIPT_RU, "RIMSKII-KORSAKOV");
	is_translit("Римский\xE2\x80\x90Корсаков", EL_SCRIPT_RU, "RIMSKII-KORSAKOV");
	is_translit("Римский\xE2\x80\x91Корсаков", EL_SCRIPT_RU, "RIMSKII-KORSAKOV");
	is_translit("-Иван-", EL_SCRIPT_RU, "IVAN");
	is_translit(" - Иван - ", EL_SCRIPT_RU, "IVAN");
	is_translit("-", EL_SCRIPT_RU, "");
	is_translit("'", EL_SCRIPT_RU, "");
	is_translit("Ь", EL_SCRIPT_RU, "");
	is_translit("Ь Иван Ь", EL_SCRIPT_RU, "IVAN");
	is_translit("Иван 'Петров'", EL_SCRIPT_RU, "IVAN PETROV");
}

static void
test_errors(void)
{
	char		buf[EL_TRANSLIT_MAX + 2];
	char		big[2 * (EL_TRANSLIT_MAX + 2)];
	char		out[8];
	size_t		outlen,
				i;
	el_error	err;

	translit_fails("Иван2", EL_SCRIPT_RU, "unexpected character \"2\" at position 5");
	translit_fails("Иван.", EL_SCRIPT_RU, "unexpected character \".\" at position 5");
	translit_fails("Иванов, Иван", EL_SCRIPT_BY, "unexpected character \",\" at position 7");
	translit_fails("Иванов И.И.", EL_SCRIPT_RU, "unexpected character \".\" at position 9");
	translit_fails("Ђорђе", EL_SCRIPT_RU,
				   "character \"Ђ\" at position 1 is not in the ICAO 9303 transliteration table");
	translit_fails("Нұрлан", EL_SCRIPT_RU,
				   "character \"ұ\" at position 2 is not in the ICAO 9303 transliteration table");
	translit_fails("José", EL_SCRIPT_RU, "unexpected character \"é\" at position 4");
	translit_fails("Ὀδυσσεύς", EL_SCRIPT_RU, "unexpected character \"Ὀ\" at position 1");
	translit_fails("Иван\x01", EL_SCRIPT_RU, "unexpected control character U+0001 at position 5");
	translit_fails_len("Ив\0ан", 6, EL_SCRIPT_RU,
					   "unexpected control character U+0000 at position 3", "'Ив\\0ан'");
	translit_fails("Ив\xFF" "ан", EL_SCRIPT_RU, "unexpected byte 0xFF at position 3");
	translit_fails("Ив\xD0", EL_SCRIPT_RU, "unexpected byte 0xD0 at position 3");
	translit_fails("а\xCC\x81", EL_SCRIPT_RU, "unexpected combining character U+0301 at position 2");
	translit_fails("i\xCC\x88", EL_SCRIPT_UK, "unexpected combining character U+0308 at position 2");
	translit_fails("Иван\xE2\x80\x8B", EL_SCRIPT_RU,
				   "unexpected invisible character U+200B at position 5");
	/* a decomposed Й counts as two characters, as in PostgreSQL's length() */
	translit_fails("И\xCC\x86" "2", EL_SCRIPT_RU, "unexpected character \"2\" at position 3");
	translit_fails("Иван – Петров", EL_SCRIPT_RU, "unexpected character \"–\" at position 6");

	/* length: EL_TRANSLIT_MAX Latin characters fit, one more does not */
	memset(buf, 'a', EL_TRANSLIT_MAX);
	{
		char		out2[EL_TRANSLIT_MAX + 1];
		char		expect[EL_TRANSLIT_MAX + 1];
		bool		r;

		memset(expect, 'A', EL_TRANSLIT_MAX);
		expect[EL_TRANSLIT_MAX] = '\0';
		r = el_translit(buf, EL_TRANSLIT_MAX, EL_SCRIPT_RU, out2, sizeof(out2), &outlen, &err);
		ok(r && outlen == EL_TRANSLIT_MAX && strcmp(out2, expect) == 0,
		   "translit of %d letters is accepted", EL_TRANSLIT_MAX);
	}
	memset(buf, 'a', EL_TRANSLIT_MAX + 1);
	translit_fails_len(buf, EL_TRANSLIT_MAX + 1, EL_SCRIPT_RU,
					   "name is too long: its Latin transliteration exceeds 256 characters",
					   "257 letters");
	/* 128 Щ: 256 bytes of UTF-8 in, 512 Latin out */
	for (i = 0; i < 128; i++)
		memcpy(big + 2 * i, "Щ", 2);
	translit_fails_len(big, 256, EL_SCRIPT_RU,
					   "name is too long: its Latin transliteration exceeds 256 characters",
					   "128 x Щ");
	/* 64 Щ fill exactly 256 */
	{
		char		out2[EL_TRANSLIT_MAX + 1];
		bool		r = el_translit(big, 128, EL_SCRIPT_RU, out2, sizeof(out2), &outlen, &err);

		ok(r && outlen == 256 && strncmp(out2, "SHCHSHCH", 8) == 0,
		   "translit of 64 x Щ gives 256 characters");
	}

	/* a caller's buffer smaller than EL_TRANSLIT_MAX + 1 is respected */
	memset(out, 'X', sizeof(out));
	ok(el_translit("Ивано", strlen("Ивано"), EL_SCRIPT_RU, out, 6, &outlen, &err) &&
	   outlen == 5 && strcmp(out, "IVANO") == 0 && out[6] == 'X',
	   "translit into a 6-byte buffer: 5 letters fit");
	memset(out, 'X', sizeof(out));
	ok(!el_translit("Иванов", strlen("Иванов"), EL_SCRIPT_RU, out, 6, &outlen, &err) &&
	   strcmp(err.detail, "name is too long: its Latin transliteration exceeds 5 characters") == 0 &&
	   out[6] == 'X' && out[7] == 'X',
	   "translit into a 6-byte buffer: 6 letters refused, nothing written past it");
	ok(!el_translit("Щ", strlen("Щ"), EL_SCRIPT_RU, out, 4, &outlen, &err),
	   "translit of Щ into a 4-byte buffer refused");
	ok(!el_translit("И", strlen("И"), EL_SCRIPT_RU, out, 0, &outlen, &err) &&
	   err.detail[0] != '\0',
	   "translit into a 0-byte buffer refused");
	ok(el_translit("", 0, EL_SCRIPT_RU, out, 1, &outlen, &err) && outlen == 0 && out[0] == '\0',
	   "translit of '' into a 1-byte buffer");
	ok(!el_translit("И2", strlen("И2"), EL_SCRIPT_RU, out, sizeof(out), &outlen, NULL),
	   "translit refuses with a NULL el_error");
}

static void
test_script_parse(void)
{
	el_script	s = EL_SCRIPT_UK;

	ok(el_script_parse("ru", 2, &s) && s == EL_SCRIPT_RU, "script 'ru'");
	ok(el_script_parse("RU", 2, &s) && s == EL_SCRIPT_RU, "script 'RU'");
	ok(el_script_parse("by", 2, &s) && s == EL_SCRIPT_BY, "script 'by'");
	ok(el_script_parse("By", 2, &s) && s == EL_SCRIPT_BY, "script 'By'");
	ok(el_script_parse("uk", 2, &s) && s == EL_SCRIPT_UK, "script 'uk'");
	ok(el_script_parse("uK", 2, &s) && s == EL_SCRIPT_UK, "script 'uK'");
	ok(!el_script_parse("ua", 2, &s), "script 'ua' refused");
	ok(!el_script_parse("be", 2, &s), "script 'be' refused");
	ok(!el_script_parse("rus", 3, &s), "script 'rus' refused");
	ok(!el_script_parse("r", 1, &s), "script 'r' refused");
	ok(!el_script_parse("", 0, &s), "script '' refused");
	ok(!el_script_parse("ru ", 3, &s), "script 'ru ' refused");
	ok(el_script_parse("rux", 2, &s) && s == EL_SCRIPT_RU, "script takes exactly len bytes");
}

static void
test_name_matches(void)
{
	char		words[400];
	int			i;

	/* the examples of the issue */
	matches("Иванов Иван Иванович", "IVANOV<<IVAN", true);
	matches("Иван Иванов", "IVANOV<<IVAN", true);
	matches("Иванов Иван", "IVANOV IVAN", true);
	matches("Царёв Пётр", "TSAREV<<PETR", true);
	matches("Царёв Пётр", "TCAREV<<PETR", true);
	matches("Подъячев Олег", "PODIACHEV<<OLEG", true);
	matches("Ігар Шуневіч", "SHUNEVICH<<IHAR", true);
	matches("Аляксандр Лукашэнка", "LUKASHENKA<<ALIAKSANDR", true);
	matches("Римский-Корсаков Николай", "RIMSKII<KORSAKOV<<NIKOLAI", true);
	matches("Иванов Иван", "PETROV<<IVAN", false);
	matches("Иванов Иван", "IVANOV<<IVANA", false);
	matches("Иванов Иван", "IVANOV<<IVANA<<<<<<<<<<<<<<<<<<<<<<<<<<", false);
	matches("Иванов Иван", "IVANOV<<IVAN<PETR", false);
	matches("", "IVANOV<<IVAN", false);
	matches("Иванов Иван", "", false);
	matches("", "", false);

	/* order: surname first or last in the registry; the MRZ is surname first */
	matches("Иван Иванович Иванов", "IVANOV<<IVAN", true);
	matches("Иван Иванович Иванов", "IVANOV<<IVAN<IVANOVICH", true);
	matches("Николай Римский-Корсаков", "RIMSKII<KORSAKOV<<NIKOLAI", true);
	matches("Анна Мария Эрикссон", "ERIKSSON<<ANNA<MARIIA", true);
	matches("Иванов Иван Иванович", "IVAN<<IVANOV", false);
	/* two words: either may be the surname, so this reading cannot be refused */
	matches("Иванов Петр", "PETR<<IVANOV", true);
	matches("Иванов Иван Иванович", "IVANOVICH<<IVAN", false);
	matches("Иван Иванович Иванов", "IVANOV IVAN", true);
	matches("Иван Иванов", "IVANOV IVAN", true);

	/* spellings: Ц, Ъ, Belarusian Г and Ё, Ukrainian И, per word */
	matches("Царёв Пётр", "TSARIOV<<PIOTR", true);
	matches("Царёв Пётр", "TCARIOV<<PETR", false);	/* no scheme spells it so */
	matches("Подъячев Олег", "PODIEIACHEV<<OLEG", true);
	matches("Подъячев Олег", "PODYACHEV<<OLEG", true);	/* 1997-2010: Ъ dropped, Я -> YA */
	matches("Подъячев Олег", "PODJACHEV<<OLEG", false);
	matches("Цыганков Игорь", "TCYGANKOV<<IGOR", true);
	matches("Ігар Шуневіч", "SHUNEVICH<<IGAR", true);
	matches("Бойко Дмитро", "BOIKO<<DMYTRO", true);
	matches("Бойко Дмитро", "BOIKO<<DMITRO", true);
	matches("Бойко Дмитро", "BOJKO<<DMYTRO", false);	/* Й is I or Y, never J */

	/* Russian passports issued 1997-2010: Й -> Y, Ю -> YU, Я -> YA */
	matches("Калинина Любовь", "KALININA<<LYUBOV", true);
	matches("Соколова Юлия", "SOKOLOVA<<YULIYA", true);
	matches("Иванова Наталья", "IVANOVA<<NATALYA", true);
	matches("Жуков Сергей", "ZHUKOV<<SERGEY", true);
	matches("Соколова Юлия", "SOKOLOVA<<JULIJA", false);
	matches("Ковальчук Мар'яна", "KOVALCHUK<<MARIANA", true);
	matches("Гаврилов Гордей", "HAVRILOV<<HORDEI", true);
	matches("Гаврилов Гордей", "GAVRYLOV<<GORDEI", true);
	matches("Ёлкин Сергей", "IOLKIN<<SERGEI", true);
	matches("Ёлкин Сергей", "ELKIN<<SERGEI", true);
	matches("Ёлкин Сергей", "YOLKIN<<SERGEY", false);
	matches("Николаи\xCC\x86 Иванов", "IVANOV<<NIKOLAI", true);	/* NFD Й */

	/* the patronymic may be missing, nothing else */
	matches("Иванов Иван Иванович", "IVANOV<<IVAN<IVANOVICH", true);
	matches("Иванов Иван Иванович", "IVANOV IVAN IVANOVICH", true);
	matches("Иванов Иван Иванович", "IVANOV IVAN", true);
	matches("Иванов Иван Петрович", "IVANOV<<PETROVICH", false);
	matches("Иванов Иван", "IVANOV<<<<<<<<<<", false);
	matches("Иванов Иван", "IVANOV", false);
	matches("Иванов Иван", "IVANOV<<IVAN<IVANOVICH", false);
	matches("Иванов Иван", "IVANOV IVAN IVANOVICH", false);
	matches("Иванов", "IVANOV<<<<<<<<", true);
	matches("Иванов", "IVANOV", true);
	matches("Иванов", "IVANOV<<IVAN", false);
	matches("Римский-Корсаков Николай", "RIMSKII<<NIKOLAI", false);
	matches("Римский-Корсаков Николай", "KORSAKOV<<NIKOLAI", false);

	/* how the MRZ side may be written */
	matches("Иванов Иван", "ivanov<<ivan", true);
	matches("Иванов Иван", "Ivanov Ivan", true);
	matches("Иванов Иван", "  IVANOV<<IVAN<<<<<<<<<<  \n", true);
	matches("Иванов Иван", "IVANOV  \t IVAN", true);
	matches("Иванов Иван", "IVANOV\xC2\xA0IVAN", true);
	matches("Иванов Иван", "<IVANOV<<IVAN", true);
	matches("Римский-Корсаков Николай", "RIMSKII-KORSAKOV NIKOLAI", true);
	matches("Римский-Корсаков Николай", "RIMSKII KORSAKOV NIKOLAI", true);
	matches("Римский-Корсаков Николай", "RIMSKII-KORSAKOV<<NIKOLAI", true);
	matches("Римский Корсаков Николай", "RIMSKII<KORSAKOV<<NIKOLAI", true);
	matches("Иванов Иван", "<<IVANOV<IVAN", false);	/* no primary identifier */
	matches("Иванов Иван", "IVANOV<<IVAN1", false);
	matches("Иванов Иван", "IVANOV,IVAN", false);
	matches("Иванов Иван", "ИВАНОВ<<ИВАН", false);	/* the MRZ side is Latin */
	matches("Иванов Иван", "<<<<<<", false);

	/* the registry side: Latin, Ь-only words, unreadable text */
	matches("Ivanov Ivan", "IVANOV<<IVAN", true);
	matches("IVANOV IVAN", "IVANOV<<IVAN", true);
	matches("Ь Иванов Ь Иван", "IVANOV<<IVAN", true);
	matches("Ь", "IVANOV", false);
	matches("  ", "IVANOV", false);
	matches("Иванов2 Иван", "IVANOV<<IVAN", false);
	matches("Иванов И.", "IVANOV<<I", false);
	matches("Ђорђевић Иван", "DORDEVIC<<IVAN", false);
	matches("Ив\xFF" "анов Иван", "IVANOV<<IVAN", false);

	/* truncation: a full-length field with no filler */
	matches("Константинопольский-Александровский Константин Константинович",
			"KONSTANTINOPOLSKII<ALEKSANDROVSKII<<KON", true);	/* TD3, 39 */
	matches("Константинопольский-Александровский Кирилл",
			"KONSTANTINOPOLSKII<ALEKSANDROVSKII<<KON", false);
	matches("Константинопольский-Александровский Константин",
			"KONSTANTINOPOLSKII<ALEKSANDROVSKII<<KO", false);	/* 38: not cut */
	matches("Константинопольский-Александровский Константин",
			"KONSTANTINOPOLSKII<ALEKSANDROVSKII<<KON<<", false);	/* filler */
	matches("Константинопольский-Александровский Константин",
			"konstantinopolskii<aleksandrovskii<<kon", true);
	matches("Константин Константинович Константинопольский-Александровский",
			"KONSTANTINOPOLSKII<ALEKSANDROVSKII<<KON", true);
	matches("Константинопольская-Александровская-Петропавловская Анна",
			"KONSTANTINOPOLSKAIA<ALEKSANDROVSKAIA<PE", true);	/* cut in the surname */
	matches("Константинопольская-Александровская-Петропавловская Анна",
			"KONSTANTINOPOLSKAIA<ALEKSANDROVSKAIA<PA", false);
	matches("Константинопольская-Александровская Анна",
			"KONSTANTINOPOLSKAIA<ALEKSANDROVSKAIA<PE", false);	/* extra word */
	matches("Цыганков-Подъячев Константин Владимирович",
			"TCYGANKOV<PODIACHEV<<KONSTANTIN", true);	/* TD2, 31 */
	matches("Цыганков-Подъячев Константин Владимирович",
			"TSYGANKOV<PODIEIACHEV<<KONSTAN", true);	/* TD1, 30 */
	matches("Цыганков-Подъячев Константин Владимирович",
			"TSYGANKOV<PODIEIACHEV<<KONSTA", false);	/* 29 */
	matches("Шуневіч-Лукашэнка Аляксандр Рыгоравіч",
			"SHUNEVICH<LUKASHENKA<<ALIAKSAND", true);	/* 31 */
	matches("Шуневіч-Лукашэнка Аляксандр Рыгоравіч",
			"SHUNEVICH<LUKASHENKA<<ALIAKSANDR<RYHORA", true);	/* 39 */
	matches("Шуневіч-Лукашэнка Аляксандр Рыгоравіч",
			"SHUNEVICH LUKASHENKA  ALIAKSANDR RYHORA", false);	/* spaces: not a field */

	/* word limits */
	words[0] = '\0';
	for (i = 0; i < EL_MATCH_MAX_WORDS; i++)
		strcat(words, i == 0 ? "Ли" : " Ли");
	matches(words, "LI<<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI", true);
	strcat(words, " Ли");
	matches(words, "LI<<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI", false);
	matches("Ли Ли", "LI<<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI<LI", false);
}

/* name_matches(x, translit(x, script)) for each script, and with '<<'. */
static void
test_roundtrip(void)
{
	static const char *const names[] = {
		"Иванов Иван Иванович", "Ковалёв-Смирнов Игорь", "Ігар Шуневіч",
		"Подъячев Олег", "Царёв Пётр", "Григорий Сковорода", "Мар'яна Ковальчук",
	};
	size_t		i;
	int			s;
	char		out[EL_TRANSLIT_MAX + 1];
	char		mrz[EL_TRANSLIT_MAX + 1];
	size_t		outlen,
				j;
	el_error	err;
	bool		r;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		for (s = 0; s < 3; s++)
		{
			r = el_translit(names[i], strlen(names[i]), (el_script) s, out, sizeof(out), &outlen, &err);
			ok(r && el_name_matches(names[i], strlen(names[i]), out, outlen),
			   "name_matches('%s', translit(.., '%s') = '%s')", names[i], script_names[s], out);
			/* as an MRZ field: first space -> "<<", other separators -> "<" */
			{
				size_t		o = 0;
				bool		first = true;

				for (j = 0; j < outlen; j++)
				{
					if (out[j] == ' ' && first)
					{
						mrz[o++] = '<';
						mrz[o++] = '<';
						first = false;
					}
					else if (out[j] == ' ' || out[j] == '-')
						mrz[o++] = '<';
					else
						mrz[o++] = out[j];
				}
				mrz[o] = '\0';
				ok(el_name_matches(names[i], strlen(names[i]), mrz, o),
				   "name_matches('%s', '%s')", names[i], mrz);
			}
		}
}

int
main(void)
{
	test_table();
	test_translit_examples();
	test_whitespace();
	test_errors();
	test_script_parse();
	test_name_matches();
	test_roundtrip();
	return done_testing();
}
