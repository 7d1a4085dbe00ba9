/*
 * error.h: how the plain-C core reports why a value is refused.
 *
 * The core includes no PostgreSQL header, so it cannot ereport.  Every parser
 * fills an el_error instead; the fmgr glue turns it into an ereport with
 * SQLSTATE 22P02, and electoral.validation_error() returns it as text.
 */
#ifndef ELECTORAL_CORE_ERROR_H
#define ELECTORAL_CORE_ERROR_H

#include <stdbool.h>

#define EL_ERROR_TEXT 160

typedef struct el_error
{
	char		detail[EL_ERROR_TEXT];	/* what is wrong, e.g. "check digit is 3, expected 2" */
	char		hint[EL_ERROR_TEXT];	/* optional: how to fix it; "" when none */
} el_error;

/* Fill err (may be NULL) and return false, so parsers can "return el_fail(...)". */
bool		el_fail(el_error *err, const char *hint, const char *fmt,...)
#if defined(__GNUC__)
			__attribute__((format(printf, 3, 4)))
#endif
			;

#endif
