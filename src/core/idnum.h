/*
 * idnum.h: national identity numbers held by Russian, Belarusian and Kazakh
 * registries (formats and check digits: ../shared/domain/documents.md).
 *
 * Each kind is normalised (see normalize.h), validated and packed into a
 * non-negative 64-bit integer whose order is a sensible order of the
 * canonical text.  The packing is the on-disk and binary-wire form, so it
 * must never change for an existing kind.
 *
 * format() refuses (returns 0) an integer that is not a packing of some
 * string of the right shape, and parse(format(v)) == v exactly for valid
 * values: the binary receive functions re-validate by that round trip.
 */
#ifndef ELECTORAL_CORE_IDNUM_H
#define ELECTORAL_CORE_IDNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef enum el_idkind
{
	EL_RU_INN,
	EL_RU_SNILS,
	EL_RU_PASSPORT,
	EL_BY_PERSONAL_NUMBER,
	EL_BY_PASSPORT,
	EL_KZ_IIN,
	EL_NIDKINDS
} el_idkind;

/* Longest canonical text (SNILS "NNN-NNN-NNN NN" is 14, the Belarusian number 14). */
#define EL_IDNUM_TEXT_MAX 16

typedef struct el_idnum_info
{
	const char *sql_name;		/* type name in schema electoral, e.g. "ru_inn" */
	const char *title;			/* for messages, e.g. "Russian INN" */
} el_idnum_info;

extern const el_idnum_info el_idnum_infos[EL_NIDKINDS];

/* Parse and validate user text (not NUL-terminated). */
bool		el_idnum_parse(el_idkind kind, const char *in, size_t len,
						   int64_t *out, el_error *err);

/*
 * Canonical text of a packed value into buf (EL_IDNUM_TEXT_MAX + 1 bytes),
 * NUL-terminated; returns its length, or 0 when v is no packing of this kind.
 */
size_t		el_idnum_format(el_idkind kind, int64_t v, char *buf);

/* Re-validate a packed value from an untrusted source (binary input). */
bool		el_idnum_check_packed(el_idkind kind, int64_t v, el_error *err);

/*
 * What a number says of its holder.  Return false when the number does not
 * encode it (Belarusian numbers from 2012, an impossible date, a century
 * digit out of range); sex is 'M' or 'F'.
 */
bool		el_idnum_birth_date(el_idkind kind, int64_t v, int *year, int *month, int *day);
bool		el_idnum_sex(el_idkind kind, int64_t v, char *sex);

/* Russian passport series: OKATO region (0..99) and the printing year of the blank. */
int			el_ru_passport_region(int64_t v);
int			el_ru_passport_blank_year(int64_t v);

/*
 * Is a Russian internal passport valid on a day?  It is issued from 14 and
 * must be replaced at 20 and at 45: one issued before the holder's 20th
 * birthday is invalid from that birthday, one issued before the 45th from
 * the 45th; one issued at 45 or later does not expire with age.  Since
 * 16.07.2021 (Government Decree No. 1205 of 15.07.2021) it stays valid until
 * replaced, at most 90 days after that birthday: the most it can be, as
 * whether a new one was issued is not known here.  A passport is not valid
 * before it was issued, nor if issued before the holder was 14.  Days as in
 * calendar.h.
 */
bool		el_ru_passport_valid_on(int32_t birth, int32_t issued, int32_t on);

/* Calendar helper shared with other core files. */
bool		el_valid_date(int year, int month, int day);

#endif
