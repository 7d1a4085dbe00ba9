/*
 * normalize.c: see normalize.h.
 */
#include "normalize.h"

#include <stdio.h>
#include <string.h>

/* See normalize.h. */
size_t
el_utf8_decode(const unsigned char *s, size_t len, unsigned int *cp)
{
	unsigned int c = s[0];
	size_t		n,
				i;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, c &= 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, c &= 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, c &= 0x07;
	else
		return 0;
	if (len < n)
		return 0;
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* reject overlong forms and surrogates */
	if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
		(c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

/* The Latin letter a Cyrillic look-alike stands for, or 0. */
static char
cyrillic_lookalike(unsigned int cp)
{
	/* upper case U+0410.. and lower case U+0430.. share the offsets */
	if (cp >= 0x0430 && cp <= 0x044F)
		cp -= 0x20;
	switch (cp)
	{
		case 0x0410: return 'A';	/* А */
		case 0x0412: return 'B';	/* В */
		case 0x0421: return 'C';	/* С */
		case 0x0415: return 'E';	/* Е */
		case 0x041D: return 'H';	/* Н */
		case 0x041A: return 'K';	/* К */
		case 0x041C: return 'M';	/* М */
		case 0x041E: return 'O';	/* О */
		case 0x0420: return 'P';	/* Р */
		case 0x0422: return 'T';	/* Т */
		case 0x0425: return 'X';	/* Х */
		default: return 0;
	}
}

void
el_describe_char(const char *in, size_t len, char *buf, size_t bufsize)
{
	unsigned int cp;
	size_t		n = el_utf8_decode((const unsigned char *) in, len, &cp);

	if (n == 0)
		snprintf(buf, bufsize, "byte 0x%02X", (unsigned char) in[0]);
	else if (cp < 0x20 || cp == 0x7F)
		snprintf(buf, bufsize, "control character U+%04X", cp);
	else
		snprintf(buf, bufsize, "character \"%.*s\"", (int) n, in);
}

bool
el_normalize(const char *in, size_t len, const char *keep,
			 char *out, size_t *outlen, el_error *err)
{
	return el_normalize_from(in, len, keep, out, outlen, NULL, err);
}

void
el_typed_char(const char *in, size_t len, const size_t *from, const char *out,
			  size_t i, char *buf, size_t bufsize)
{
	unsigned int cp;
	size_t		n;

	if (from == NULL)
	{
		snprintf(buf, bufsize, "\"%c\"", out[i]);
		return;
	}
	/* the normaliser kept only ASCII and well-formed look-alikes: this decodes */
	n = el_utf8_decode((const unsigned char *) in + from[i], len - from[i], &cp);
	if (n == 0)
		n = 1;
	snprintf(buf, bufsize, "\"%.*s\"", (int) n, in + from[i]);
}

bool
el_normalize_from(const char *in, size_t len, const char *keep,
				  char *out, size_t *outlen, size_t *from, el_error *err)
{
	size_t		i = 0,
				o = 0,
				pos = 0;		/* 0-based character (not byte) position */

	while (i < len)
	{
		unsigned char c = (unsigned char) in[i];
		char		latin = 0;
		size_t		step = 1;

		if (c < 0x80)
		{
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '.')
			{
				i++;
				pos++;
				continue;
			}
			if (c >= 'a' && c <= 'z')
				latin = (char) (c - 'a' + 'A');
			else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
				latin = (char) c;
			else if (keep != NULL && c != '\0' && strchr(keep, c) != NULL)
				latin = (char) c;
		}
		else
		{
			unsigned int cp;

			step = el_utf8_decode((const unsigned char *) in + i, len - i, &cp);
			if (step != 0 && cp == 0x00A0)
			{
				/* no-break space, as pasted from word processors */
				i += step;
				pos++;
				continue;
			}
			if (step != 0)
				latin = cyrillic_lookalike(cp);
		}
		if (latin == 0)
		{
			char		what[32];

			el_describe_char(in + i, len - i, what, sizeof(what));
			return el_fail(err, NULL, "unexpected %s at position %zu",
						   what, pos + 1);
		}
		if (o >= EL_NORM_MAX)
			return el_fail(err, NULL, "value is too long: more than %d significant characters",
						   EL_NORM_MAX);
		if (from != NULL)
			from[o] = i;
		out[o++] = latin;
		i += step;
		pos++;
	}
	out[o] = '\0';
	*outlen = o;
	return true;
}
