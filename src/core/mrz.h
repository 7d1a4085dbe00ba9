/*
 * mrz.h: the machine-readable zone of ICAO Doc 9303 travel documents
 * (layouts: ../shared/domain/documents.md).
 *
 * Three layouts are read: TD1 (ID cards, 3 lines of 30), TD2 (2 lines of 36)
 * and TD3 (passports, 2 lines of 44).  Visas (MRV-A, MRV-B) share the TD3 and
 * TD2 sizes but have no composite check digit, so they are refused by name
 * rather than mistaken for a passport with a bad check digit.
 *
 * The stored value is the canonical text: the lines upper-cased and joined
 * by '\n', nothing else.  Every check digit is verified on the way in, so a
 * stored MRZ is always internally consistent.
 */
#ifndef ELECTORAL_CORE_MRZ_H
#define ELECTORAL_CORE_MRZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "error.h"

typedef enum el_mrz_format
{
	EL_MRZ_TD1,
	EL_MRZ_TD2,
	EL_MRZ_TD3
} el_mrz_format;

/* Longest canonical text: TD1 is 3 * 30 + 2 newlines, TD3 2 * 44 + 1. */
#define EL_MRZ_MAX_TEXT 92

/* "TD1", "TD2" or "TD3" (what mrz_fields reports as format); NULL if out of range. */
const char *el_mrz_format_name(el_mrz_format format);

/*
 * Parse user text in[0..len) (not NUL-terminated) into canonical form.
 *
 * The lines may be separated by any run of spaces, tabs, CR or LF, or not at
 * all when the whole text is exactly 90, 72 or 88 characters; a name line
 * never contains a space, so splitting on white space is safe.  Lower-case
 * letters are upper-cased.  The layout is verified field by field and every
 * check digit is checked.
 *
 * out needs EL_MRZ_MAX_TEXT + 1 bytes; it gets the canonical text,
 * NUL-terminated, and *outlen its length (92, 73 or 89 with the newlines).
 * On failure err says why (the field, and for a check digit the digit
 * found and the one expected); out is then unspecified.
 *
 * In TD1 and TD2 a document number longer than 9 characters shows its first
 * 9, a '<' in place of the check digit, and continues at the start of the
 * optional data up to the first '<', the last character before it being the
 * check digit over the whole number (Doc 9303 parts 5 and 6, note j).  In
 * TD3 the personal number check digit may be '<' when the personal number
 * is all filler (Doc 9303 part 4), and only then.
 */
bool		el_mrz_parse(const char *in, size_t len, char *out, size_t *outlen,
						 el_error *err);

typedef struct el_mrz_fields
{
	el_mrz_format format;
	char		document_code[3];	/* e.g. "P", "ID", "I" ('<' filler stripped) */
	int16_t		issuing_state;	/* packed electoral.country (country.h) */
	char		document_number[32];	/* filler stripped; TD1/TD2 long numbers joined */
	int16_t		nationality;	/* packed electoral.country */
	bool		has_birth_date; /* false when any part is unknown ('<<') */
	int			birth_year,
				birth_month,
				birth_day;		/* 0 when !has_birth_date */
	char		sex;			/* 'M', 'F', or 0 for '<' or 'X' */
	bool		has_expiry_date;	/* always true: an unknown expiry is refused */
	int			expiry_year,
				expiry_month,
				expiry_day;
	char		surname[48];	/* words separated by single spaces, e.g. "ERIKSSON" */
	char		given_names[48];	/* e.g. "ANNA MARIA"; "" when none */
	char		personal_number[32];	/* optional data, filler stripped; "" if none */
} el_mrz_fields;

/*
 * The fields of an MRZ: mrz[0..len) is anything el_mrz_parse accepts (in
 * particular its canonical output), and is validated again in full, so this
 * is safe on untrusted input such as a binary receive buffer.
 *
 * today decides the two-digit years (ICAO gives no century):
 *   - birth: the latest year ending in YY that does not put the birth date
 *     after today;
 *   - expiry: the year ending in YY that puts the expiry date in
 *     [today - 50 years, today + 50 years).
 * Fails (f untouched) only where el_mrz_parse would, or where that century
 * makes a 29 February that does not exist: el_mrz_parse accepts 000229 as it
 * would be in 2000, but seen from 1950 it falls in 1900.
 *
 * personal_number is the TD3 personal number (positions 29-42 of line 2),
 * the TD2 optional data (29-35), or for TD1 the optional data of line 1
 * (after any continued document number) and of line 2, joined by a single
 * space when both are present.  Filler '<' is stripped at both ends; inner
 * '<' are kept, since their meaning is the issuing state's.
 */
bool		el_mrz_fields_of(const char *mrz, size_t len, el_day today,
							 el_mrz_fields *f, el_error *err);

#endif
