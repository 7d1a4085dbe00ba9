/*
 * tap.h: the few lines of TAP the core's C unit tests print (one program
 * each, single file: the functions are static).  tools/run-tests counts
 * the "ok" / "not ok" lines.
 */
#ifndef ELECTORAL_TEST_TAP_H
#define ELECTORAL_TEST_TAP_H

#include <stdarg.h>
#include <stdio.h>

static int	ntests = 0;
static int	nfailed = 0;

/* One assertion: "ok N - description" or "not ok N - description". */
static void
ok(int cond, const char *fmt,...)
{
	va_list		ap;

	ntests++;
	if (!cond)
		nfailed++;
	printf("%sok %d - ", cond ? "" : "not ", ntests);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
}

/* The plan, printed last; the program's exit status. */
static int
done_testing(void)
{
	printf("1..%d\n", ntests);
	if (nfailed > 0)
		printf("# %d of %d failed\n", nfailed, ntests);
	return nfailed > 0 ? 1 : 0;
}

#endif
