/*
 * normalize.h: turning hand-typed identifier text into canonical ASCII.
 *
 * Registries are typed by hand and mix alphabets, so before any format check
 * we drop the separators people type (spaces, tabs, no-break spaces, hyphens,
 * dots), upper-case ASCII letters and map the Cyrillic letters that look like
 * Latin ones (А В С Е Н К М О Р Т Х, either case) to those Latin letters.
 * Input is UTF-8; anything else non-ASCII is refused with a detail naming it.
 */
#ifndef ELECTORAL_CORE_NORMALIZE_H
#define ELECTORAL_CORE_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

/*
 * The longest normalised identifier any type accepts, plus room to say
 * "too long" precisely.  Callers use a buffer of EL_NORM_MAX + 1 bytes.
 */
#define EL_NORM_MAX 32

/*
 * Normalise in[0..len) into out (NUL-terminated).  *outlen gets the length.
 * Fails (false, err filled) on a character that is neither a separator,
 * an ASCII letter or digit, nor a Cyrillic look-alike, or when the result
 * would exceed EL_NORM_MAX.  keep is a string of extra ASCII characters to
 * keep as they are (e.g. "<" for machine-readable codes); may be NULL.
 */
bool		el_normalize(const char *in, size_t len, const char *keep,
						 char *out, size_t *outlen, el_error *err);

/*
 * The same, also setting from[i] to the byte offset in in of the character
 * out[i] came from (from has EL_NORM_MAX entries), so that a later check
 * can name the character as typed (a Cyrillic "Н", not the "H" it reads as).
 */
bool		el_normalize_from(const char *in, size_t len, const char *keep,
							  char *out, size_t *outlen, size_t *from, el_error *err);

/*
 * What the user typed where out[i] came from, quoted ("н"), for messages;
 * the normalised character itself when from is NULL.
 */
void		el_typed_char(const char *in, size_t len, const size_t *from, const char *out,
						  size_t i, char *buf, size_t bufsize);

/*
 * Decode one UTF-8 sequence at s[0..len), len >= 1.  Returns its length
 * (1..4) and sets *cp, or 0 when the bytes are not well-formed UTF-8
 * (overlong forms and surrogates included).
 */
size_t		el_utf8_decode(const unsigned char *s, size_t len, unsigned int *cp);

/*
 * Describe the character at in[0..len) for an error message:
 * character "Ж", control character U+0001, or byte 0xFF (not UTF-8).
 */
void		el_describe_char(const char *in, size_t len, char *buf, size_t bufsize);

#endif
