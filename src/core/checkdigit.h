/*
 * checkdigit.h: the check-digit families used by the identity documents of
 * ../shared/domain/documents.md.  Pure functions over ASCII; no allocation.
 */
#ifndef ELECTORAL_CORE_CHECKDIGIT_H
#define ELECTORAL_CORE_CHECKDIGIT_H

#include <stddef.h>

/*
 * ICAO 9303 check digit (weights 7,3,1 repeating; '<' = 0, digits as is,
 * A-Z = 10..35; sum mod 10).  Also the Belarusian personal number's check.
 * Returns -1 if a character outside [0-9A-Z<] occurs.
 */
int			el_icao_check(const char *s, size_t len);

/* Value of one character in the ICAO scheme, or -1. */
int			el_icao_value(char c);

/*
 * Weighted sum of decimal digits: sum(digits[i] * weights[i]) for i < n.
 * digits are ASCII '0'..'9' (caller has checked).
 */
int			el_weighted_sum(const char *digits, const int *weights, size_t n);

#endif
