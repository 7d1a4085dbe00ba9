/*
 * error.c: filling an el_error (see error.h).
 */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

bool
el_fail(el_error *err, const char *hint, const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return false;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, ap);
	va_end(ap);
	if (hint != NULL)
		snprintf(err->hint, sizeof(err->hint), "%s", hint);
	else
		err->hint[0] = '\0';
	return false;
}
