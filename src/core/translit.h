/*
 * translit.h: Cyrillic names to the Latin of passports (ICAO 9303 Part 3),
 * and telling whether a registry name is the person an MRZ names.
 *
 * The table (shared/domain/documents.md, "Cyrillic names in the MRZ"):
 *
 *   А A   Б B   В V   Г G   Д D   Е E   Ё E   Ж ZH  З Z   И I   Й I
 *   К K   Л L   М M   Н N   О O   П P   Р R   С S   Т T   У U   Ф F
 *   Х KH  Ц TS  Ч CH  Ш SH  Щ SHCH      Ы Y   Ъ IE  Ь (omitted)
 *   Э E   Ю IU  Я IA  І I   Ї I   Є IE  Ґ G   Ў U
 *
 * Every script uses that table, with exactly the differences the document
 * states and no others:
 *
 *   EL_SCRIPT_RU  the table as it is (FMS order 320 of 15.10.2012 onwards);
 *   EL_SCRIPT_BY  Belarusian documents: Г -> H, Ё -> IO
 *                 (Ігар -> IHAR, Аляксандр -> ALIAKSANDR, Ковалёв -> KOVALIOV);
 *   EL_SCRIPT_UK  Ukrainian: И -> Y (Григорий -> GRYGORYI: Г stays G).
 *
 * Not implemented, because the table we were given does not say so: the
 * Ukrainian national romanisation (Г -> H, Є -> YE, Ї -> YI, Й -> Y, Ю -> YU,
 * Я -> YA at the start of a word...), Belarusian national forms beyond Г and
 * Ё, and any Cyrillic letter outside the table (Ђ, Ј, Kazakh Қ Ә Ө...), which
 * is refused.  Two older Russian schemes are not output scripts, but
 * el_name_matches accepts them: FMS order 26 (passports of 2010-2012: Ц ->
 * TC, Ъ dropped) and that of passports issued 1997-2010 (Й -> Y, Ю -> YU,
 * Я -> YA, Ъ dropped).
 *
 * Plain C99, no PostgreSQL header, no allocation.
 */
#ifndef ELECTORAL_CORE_TRANSLIT_H
#define ELECTORAL_CORE_TRANSLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

typedef enum el_script
{
	EL_SCRIPT_RU,
	EL_SCRIPT_BY,
	EL_SCRIPT_UK
} el_script;

/* "ru", "by" or "uk" in any case (exactly those two bytes) -> *out. */
bool		el_script_parse(const char *name, size_t len, el_script *out);

/* The longest output accepted, in bytes (= characters: the output is ASCII). */
#define EL_TRANSLIT_MAX 256

/*
 * Transliterate the UTF-8 name in[0..len) into out (NUL-terminated; *outlen
 * gets its length): ICAO Latin, upper case.
 *
 * - Cyrillic letters of the table in either case, decomposed Й Ё Ў Ї (the
 *   letter followed by U+0306 or U+0308) included; ASCII letters pass
 *   through upper-cased.
 * - Words come out separated by one space: any run of whitespace (space,
 *   tab, CR, LF, VT, FF, no-break space) collapses; leading and trailing
 *   whitespace is dropped.
 * - Hyphens (-, U+2010, U+2011) are kept as '-' and swallow the whitespace
 *   around them: "Римский - Корсаков" -> "RIMSKII-KORSAKOV".  A run of
 *   separators holding a hyphen gives one hyphen; separators with no word
 *   on one side (leading, trailing) are dropped.
 * - Apostrophes (', U+2019, U+02BC: the Ukrainian and Belarusian apostrophe)
 *   are dropped and do not split the word.  So is Ь; a word that gives no
 *   letter at all (e.g. "Ь") vanishes with its separator.
 * - Anything else (digits, other punctuation, other alphabets, control
 *   characters, bytes that are not UTF-8) is refused with a detail naming
 *   the character and its 1-based character position.
 * - Refused as too long when the output would exceed EL_TRANSLIT_MAX or
 *   outcap - 1 bytes, whichever is smaller.
 *
 * Empty or blank input gives "" (true).  out must hold outcap bytes.
 */
bool		el_translit(const char *in, size_t len, el_script script,
						char *out, size_t outcap, size_t *outlen, el_error *err);

/*
 * Is the registry name cyrillic[0..clen) the person named by mrz_name[0..mlen)?
 * Returns false, not an error, when either side cannot be read.
 *
 * The MRZ side: an MRZ name field, "SURNAME<<GIVEN<NAMES<<<<" ('<<' ends the
 * primary identifier, '<' separates words, trailing '<' is filler), or the
 * same written with spaces ("SURNAME GIVEN NAMES"); any case; '<',
 * whitespace and '-' all separate words, the first "<<" also marks where the
 * surname ends.  Only ASCII letters, '<', '-' and whitespace are readable;
 * surrounding whitespace is ignored.  "<<GIVEN" (no primary) is unreadable.
 *
 * The registry side: a full name as el_translit reads it (Cyrillic or
 * Latin), "Иванов Иван Иванович", "Ковалёв-Смирнов Игорь"; whitespace and
 * hyphens split words (the MRZ writes hyphens as '<').  Each registry word
 * may be spelt in any of its per-word spellings: the 'ru', 'by' and 'uk'
 * transliterations and the FMS order 26 one ('ru' with Ц -> TC and Ъ
 * dropped); so TS/TC for Ц, IE/nothing for Ъ, G/H for Г, E/IO for Ё, I/Y
 * for И.  Spellings are chosen per word, not per name.
 *
 * Order: the MRZ always gives the surname first.  The registry may be
 * surname first ("Иванов Иван Иванович") or given names first ("Иван
 * Иванович Иванов", the surname being the last words).  MRZ words must match
 * registry words one for one, in order, and every MRZ word must be matched;
 * registry words the MRZ lacks are allowed only at the end of the given-name
 * part (the patronymic, which Russian international passports omit), and
 * when the registry has given names the MRZ must carry at least the first.
 * With "<<" the surname is exactly the words before it; written with spaces,
 * the split is unknown and any split that works is taken.
 *
 * Truncation: when the MRZ text (without surrounding whitespace) is made
 * only of letters and '<', is 39 (TD3), 31 (TD2) or 30 (TD1) characters
 * long and ends in a letter (no filler), the field may have been cut: its
 * last word may be a prefix of the registry word's spelling and the registry
 * words after it may be missing.
 *
 * Bounded work, no allocation: more than EL_MATCH_MAX_WORDS words on either
 * side gives false, and so does a registry name whose spellings do not fit a
 * fixed buffer of 8 * EL_TRANSLIT_MAX bytes (never one that el_translit
 * accepts in some script).
 */
#define EL_MATCH_MAX_WORDS 16

bool		el_name_matches(const char *cyrillic, size_t clen,
							const char *mrz_name, size_t mlen);

#endif
