/*
 * fuzz_common.h: helpers shared by the libFuzzer harnesses over src/core.
 *
 * A harness asserts properties with FUZZ_CHECK; a violation prints what broke
 * and abort()s, which libFuzzer reports as a crash and saves the input.  We
 * do not use assert(): it vanishes under -DNDEBUG, and these checks must not.
 */
#ifndef ELECTORAL_FUZZ_COMMON_H
#define ELECTORAL_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"

#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
			fuzz_fail(#cond, __FILE__, __LINE__); \
	} while (0)

static inline void
fuzz_fail(const char *what, const char *file, int line)
{
	fprintf(stderr, "fuzz property violated at %s:%d: %s\n", file, line, what);
	abort();
}

/*
 * Copy fuzzer bytes into a heap block that ends exactly where the text ends,
 * with no NUL after it: the core takes (pointer, length) and must never read
 * past the end, and ASan reports the first byte it does.  Even empty input
 * gets a real non-NULL pointer (as from PostgreSQL) with nothing readable
 * behind it: ASan's malloc(0) hands out one readable byte, so we allocate
 * one byte and point just past it.  *block is what to free().
 */
static inline const char *
fuzz_copy(const uint8_t *data, size_t len, void **block)
{
	size_t		alloc = len > 0 ? len : 1;
	char	   *p = malloc(alloc);

	if (p == NULL)
		abort();
	if (len > 0)
		memcpy(p + alloc - len, data, len);
	*block = p;
	return p + alloc - len;
}

/*
 * Poison an el_error so that a parser which reports failure without filling
 * it is caught: no NUL anywhere until el_fail writes one.
 */
static inline void
fuzz_poison_error(el_error *err)
{
	memset(err, 'X', sizeof(*err));
}

/* A refusal must say why: detail non-empty and NUL-terminated, hint terminated. */
static inline bool
fuzz_error_ok(const el_error *err)
{
	return memchr(err->detail, '\0', sizeof(err->detail)) != NULL &&
		err->detail[0] != '\0' &&
		memchr(err->hint, '\0', sizeof(err->hint)) != NULL;
}

/*
 * Our own Gregorian calendar check, written independently of the core's
 * el_valid_date so that a bug there cannot vouch for itself.
 */
static inline bool
fuzz_valid_date(int year, int month, int day)
{
	int			last;

	if (month < 1 || month > 12 || day < 1)
		return false;
	if (month == 2)
	{
		bool		leap = (year % 400 == 0) || (year % 4 == 0 && year % 100 != 0);

		last = leap ? 29 : 28;
	}
	else if (month == 4 || month == 6 || month == 9 || month == 11)
		last = 30;
	else
		last = 31;
	return day <= last;
}

#endif
