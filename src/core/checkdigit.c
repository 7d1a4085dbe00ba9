/*
 * checkdigit.c: see checkdigit.h.
 */
#include "checkdigit.h"

int
el_icao_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	if (c == '<')
		return 0;
	return -1;
}

int
el_icao_check(const char *s, size_t len)
{
	static const int weights[3] = {7, 3, 1};
	int			sum = 0;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		int			v = el_icao_value(s[i]);

		if (v < 0)
			return -1;
		sum += v * weights[i % 3];
	}
	return sum % 10;
}

int
el_weighted_sum(const char *digits, const int *weights, size_t n)
{
	int			sum = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		sum += (digits[i] - '0') * weights[i];
	return sum;
}
