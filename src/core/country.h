/*
 * country.h: ISO 3166-1 countries and the extra codes of ICAO Doc 9303.
 *
 * A country is stored as a 16-bit code: its canonical text (the ISO alpha-2
 * code, or for ICAO-only codes such as UTO or XXA the ICAO code) packed in
 * base 27 with ' ' = 0 and 'A'..'Z' = 1..26, three places.  The packing is
 * stable across versions (it is what sits on disk) and sorts like the text.
 */
#ifndef ELECTORAL_CORE_COUNTRY_H
#define ELECTORAL_CORE_COUNTRY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "error.h"

typedef struct el_country
{
	const char *alpha2;			/* ISO 3166-1 alpha-2, or NULL for ICAO-only codes */
	const char *alpha3;			/* ISO alpha-3, or the ICAO code (UTO, XXA, D<< is not here) */
	int			numeric;		/* ISO 3166-1 numeric, or 0 where none */
	const char *name;			/* English short name, UTF-8 */
} el_country;

/* The table, sorted by canonical code (country_data.c). */
extern const el_country el_countries[];
extern const size_t el_ncountries;

/* Pack / unpack canonical text (1..3 chars A-Z) <-> 16-bit code; -1 / NULL when not a code. */
int			el_country_pack(const char *code, size_t len);

/*
 * Parse user input: alpha-2, alpha-3 or numeric (1-3 digits), any case,
 * surrounding spaces ignored; ICAO forms "D", "D<<" and '<'-padded codes.
 * On success *out is the packed canonical code.
 */
bool		el_country_parse(const char *in, size_t len, int16_t *out, el_error *err);

/* The entry for a packed code, or NULL when the code is not in the table. */
const el_country *el_country_lookup(int16_t code);

/*
 * The entry's name folded to ASCII (Côte d'Ivoire -> Cote d'Ivoire), for
 * databases whose encoding cannot hold every name.  Returns buf.
 */
const char *el_country_ascii_name(const el_country *c, char *buf, size_t size);

/* Canonical text of an entry: alpha-2, else the ICAO code. */
const char *el_country_text(const el_country *c);

#endif
