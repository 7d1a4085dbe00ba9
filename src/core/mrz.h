/*
 * mrz.h: the machine-readable zone of ICAO Doc 9303 travel documents
 * (layouts: ../shared/domain/documents.md).
 *
 * Three layouts are read: TD1 (ID cards, 3 lines of 30), TD2 (2 lines of 36)
 * and TD3 (passports, 2 lines of 44).  Visas (MRV-A, MRV-B) share the TD3 and
 * TD2 sizes but have no composite check digit, so they are refused by name
 * rather than mistaken for a passport with a bad check digit.
 *
 * A fourth layout is not ICAO's: the Russian internal passport (since 2011)
 * prints two lines of 44 that start "PNRUS", code the Cyrillic name into
 * Latin letters and digits by a table of its own, carry no expiry date and
 * put the last digit of the series, the issue date and the issuing
 * department's code in the optional data.  It is told from a TD3 passport by
 * those five letters and an expiry field that is all filler.
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
	EL_MRZ_TD3,
	EL_MRZ_RU_INTERNAL			/* Russian internal passport, 2 lines of 44 */
} el_mrz_format;

/*
 * How a TD1 or TD2 document number longer than 9 characters was checked
 * (Doc 9303 parts 5 and 6, note j): by the standard, over the number's
 * characters; or, as some states compute it (Belgian identity cards), over
 * the number with the '<' that stands in the check digit's place kept in.
 */
typedef enum el_mrz_number_check
{
	EL_MRZ_NUMBER_FITS,			/* 9 characters or fewer: one check, in place */
	EL_MRZ_NUMBER_STANDARD,		/* long, checked as Doc 9303 says */
	EL_MRZ_NUMBER_FILLER_KEPT	/* long, checked with the '<' kept in */
} el_mrz_number_check;

/* "standard" or "filler kept" (what mrz_fields reports); NULL for FITS. */
const char *el_mrz_number_check_name(el_mrz_number_check c);

/* Longest canonical text: TD1 is 3 * 30 + 2 newlines, TD3 2 * 44 + 1. */
#define EL_MRZ_MAX_TEXT 92

/* "TD1", "TD2", "TD3" or "RU internal" (what mrz_fields reports as format); NULL if out of range. */
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
 * check digit over the whole number (Doc 9303 parts 5 and 6, note j); the
 * check digit is accepted computed either as the standard says or over the
 * number with that '<' kept in, as Belgian identity cards compute it.  In
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
	bool		has_expiry_date;	/* true but for the RU internal passport, which has none */
	int			expiry_year,
				expiry_month,
				expiry_day;
	/* words separated by single spaces, e.g. "ERIKSSON"; UTF-8 Cyrillic for RU internal */
	char		surname[96];
	char		given_names[96];	/* e.g. "ANNA MARIA"; "" when none */
	char		personal_number[32];	/* optional data, filler stripped; "" if none */
	el_mrz_number_check number_check;
	/* RU internal only (has_issue_date false and "" otherwise): */
	bool		has_issue_date;
	int			issue_year,
				issue_month,
				issue_day;
	char		ru_passport[11];	/* series and number, 10 digits */
	char		department[8];	/* issuing department, "NNN-NNN" */
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
 *
 * For the Russian internal passport, surname and given_names are decoded
 * back to Cyrillic (UTF-8, given names and patronymic in given_names),
 * has_expiry_date is false, personal_number is "", and the issue date (its
 * century chosen like the birth date's), series and number and department
 * code are filled in.
 */
bool		el_mrz_fields_of(const char *mrz, size_t len, el_day today,
							 el_mrz_fields *f, el_error *err);

/*
 * The Cyrillic letter (UTF-8, NUL-terminated) that an internal passport's
 * name character stands for, or NULL if the table has none (0, 1, 5, '<').
 */
const char *el_mrz_ru_letter(char c);

/*
 * Whether a registry name in Cyrillic (UTF-8 in[0..len), "Фамилия Имя
 * Отчество", words split by spaces or hyphens, any case) is the name coded in
 * an internal passport's name field[0..flen) (line 1 from position 6).  Ё
 * and Е are one letter on both sides (registers write either); a field cut
 * at its 39th character matches a longer name that begins the same way.
 */
bool		el_mrz_ru_name_matches(const char *in, size_t len, const char *field, size_t flen);

#endif
