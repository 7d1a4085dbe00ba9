/*
 * translit.c: see translit.h.
 */
#include "translit.h"

#include <stdio.h>
#include <string.h>

#include "normalize.h"

/*
 * The schemes a passport may carry: the three output scripts, whose values
 * are those of el_script, and two older Russian ones that only name
 * matching uses: FMS order 26 (passports of 2010-2012: Ц -> TC, Ъ dropped)
 * and the scheme of passports issued 1997-2010 (Й -> Y, Ю -> YU, Я -> YA,
 * Ъ dropped: SERGEY, YULIYA, NATALYA, LYUBOV), which many holders keep in
 * later passports.
 */
#define SCHEME_RU		((int) EL_SCRIPT_RU)
#define SCHEME_BY		((int) EL_SCRIPT_BY)
#define SCHEME_UK		((int) EL_SCRIPT_UK)
#define SCHEME_FMS2010	3
#define SCHEME_1997		4
#define NSCHEMES		5

typedef enum ch_kind
{
	CH_LETTER,					/* ASCII letter or a Cyrillic letter of the table */
	CH_APOSTROPHE,				/* dropped, does not split words */
	CH_SPACE,
	CH_HYPHEN,
	CH_NOT_IN_TABLE,			/* a Cyrillic letter the ICAO table lacks */
	CH_OTHER					/* anything else, bytes that are not UTF-8 too */
} ch_kind;

typedef struct ch_info
{
	ch_kind		kind;
	unsigned int cp;			/* CH_LETTER: the upper-case letter */
	size_t		step;			/* bytes taken */
	size_t		ncp;			/* code points taken (2 for a decomposed letter) */
} ch_info;


/*
 * The ICAO 9303 Latin of an upper-case Cyrillic letter under a scheme, or
 * NULL when the table lacks it.  The only scheme differences are those of
 * documents.md (see translit.h).
 */
static const char *
cyrillic_latin(unsigned int up, int scheme)
{
	switch (up)
	{
		case 0x0410: return "A";	/* А */
		case 0x0411: return "B";	/* Б */
		case 0x0412: return "V";	/* В */
		case 0x0413: return scheme == SCHEME_BY ? "H" : "G";	/* Г */
		case 0x0414: return "D";	/* Д */
		case 0x0415: return "E";	/* Е */
		case 0x0401: return scheme == SCHEME_BY ? "IO" : "E";	/* Ё */
		case 0x0416: return "ZH";	/* Ж */
		case 0x0417: return "Z";	/* З */
		case 0x0418: return scheme == SCHEME_UK ? "Y" : "I";	/* И */
		case 0x0419: return scheme == SCHEME_1997 ? "Y" : "I";	/* Й */
		case 0x041A: return "K";	/* К */
		case 0x041B: return "L";	/* Л */
		case 0x041C: return "M";	/* М */
		case 0x041D: return "N";	/* Н */
		case 0x041E: return "O";	/* О */
		case 0x041F: return "P";	/* П */
		case 0x0420: return "R";	/* Р */
		case 0x0421: return "S";	/* С */
		case 0x0422: return "T";	/* Т */
		case 0x0423: return "U";	/* У */
		case 0x0424: return "F";	/* Ф */
		case 0x0425: return "KH";	/* Х */
		case 0x0426: return scheme == SCHEME_FMS2010 ? "TC" : "TS";	/* Ц */
		case 0x0427: return "CH";	/* Ч */
		case 0x0428: return "SH";	/* Ш */
		case 0x0429: return "SHCH";	/* Щ */
		case 0x042A: return scheme == SCHEME_FMS2010 || scheme == SCHEME_1997 ? "" : "IE";	/* Ъ */
		case 0x042B: return "Y";	/* Ы */
		case 0x042C: return "";		/* Ь */
		case 0x042D: return "E";	/* Э */
		case 0x042E: return scheme == SCHEME_1997 ? "YU" : "IU";	/* Ю */
		case 0x042F: return scheme == SCHEME_1997 ? "YA" : "IA";	/* Я */
		case 0x0406: return "I";	/* І */
		case 0x0407: return "I";	/* Ї */
		case 0x0404: return "IE";	/* Є */
		case 0x0490: return "G";	/* Ґ */
		case 0x040E: return "U";	/* Ў */
		default: return NULL;
	}
}

/* Upper case of a Cyrillic code point (other code points unchanged). */
static unsigned int
cyrillic_upper(unsigned int cp)
{
	if (cp >= 0x0430 && cp <= 0x044F)
		return cp - 0x20;
	if (cp >= 0x0450 && cp <= 0x045F)
		return cp - 0x50;
	if (cp == 0x0491)
		return 0x0490;
	return cp;
}

/* The precomposed letter for upper-case base + combining mark, or 0. */
static unsigned int
compose(unsigned int base, unsigned int mark)
{
	if (mark == 0x0306)			/* combining breve */
	{
		if (base == 0x0418)
			return 0x0419;		/* И -> Й */
		if (base == 0x0423)
			return 0x040E;		/* У -> Ў */
	}
	else if (mark == 0x0308)	/* combining diaeresis */
	{
		if (base == 0x0415)
			return 0x0401;		/* Е -> Ё */
		if (base == 0x0406)
			return 0x0407;		/* І -> Ї */
	}
	return 0;
}

/* Read the character at in[i], i < len. */
static void
classify(const char *in, size_t len, size_t i, ch_info *ch)
{
	unsigned char c = (unsigned char) in[i];
	unsigned int cp,
				up,
				mark;
	size_t		n;

	ch->cp = 0;
	ch->step = 1;
	ch->ncp = 1;
	if (c < 0x80)
	{
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
			ch->kind = CH_SPACE;
		else if (c == '-')
			ch->kind = CH_HYPHEN;
		else if (c == '\'')
			ch->kind = CH_APOSTROPHE;
		else if (c >= 'a' && c <= 'z')
		{
			ch->kind = CH_LETTER;
			ch->cp = c - 'a' + 'A';
		}
		else if (c >= 'A' && c <= 'Z')
		{
			ch->kind = CH_LETTER;
			ch->cp = c;
		}
		else
			ch->kind = CH_OTHER;
		return;
	}
	n = el_utf8_decode((const unsigned char *) in + i, len - i, &cp);
	if (n == 0)
	{
		ch->kind = CH_OTHER;
		return;
	}
	ch->step = n;
	if (cp == 0x00A0)
		ch->kind = CH_SPACE;	/* no-break space */
	else if (cp == 0x2010 || cp == 0x2011)
		ch->kind = CH_HYPHEN;	/* hyphen, non-breaking hyphen */
	else if (cp == 0x2019 || cp == 0x02BC)
		ch->kind = CH_APOSTROPHE;	/* right single quotation mark, modifier apostrophe */
	else
	{
		up = cyrillic_upper(cp);
		if (cyrillic_latin(up, SCHEME_RU) != NULL)
		{
			ch->kind = CH_LETTER;
			ch->cp = up;
			/* a decomposed Й Ў Ё Ї: the letter, then its combining mark */
			if (i + n < len &&
				(n = el_utf8_decode((const unsigned char *) in + i + ch->step,
								 len - i - ch->step, &mark)) != 0 &&
				compose(up, mark) != 0)
			{
				ch->cp = compose(up, mark);
				ch->step += n;
				ch->ncp = 2;
			}
		}
		else if (cp >= 0x0400 && cp <= 0x052F)
			ch->kind = CH_NOT_IN_TABLE;
		else
			ch->kind = CH_OTHER;
	}
}

/*
 * The Latin of a CH_LETTER under a scheme; ascii is a 2-byte buffer for
 * ASCII letters.
 */
static const char *
letter_latin(const ch_info *ch, int scheme, char *ascii)
{
	if (ch->cp < 0x80)
	{
		ascii[0] = (char) ch->cp;
		ascii[1] = '\0';
		return ascii;
	}
	return cyrillic_latin(ch->cp, scheme);
}

/* Name the character at in[0..len) for an error detail. */
static void
describe(const char *in, size_t len, char *buf, size_t bufsize)
{
	unsigned int cp;
	size_t		n = el_utf8_decode((const unsigned char *) in, len, &cp);

	/* marks and invisible format characters would print as nothing useful */
	if (n != 0 && ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
				   (cp >= 0x2028 && cp <= 0x202E) || cp == 0x00AD || cp == 0xFEFF))
		snprintf(buf, bufsize, "%s U+%04X",
				 cp <= 0x036F ? "combining character" : "invisible character", cp);
	else
		el_describe_char(in, len, buf, bufsize);
}

bool
el_script_parse(const char *name, size_t len, el_script *out)
{
	char		a,
				b;

	if (len != 2)
		return false;
	a = name[0];
	b = name[1];
	if (a >= 'A' && a <= 'Z')
		a = (char) (a - 'A' + 'a');
	if (b >= 'A' && b <= 'Z')
		b = (char) (b - 'A' + 'a');
	if (a == 'r' && b == 'u')
		*out = EL_SCRIPT_RU;
	else if (a == 'b' && b == 'y')
		*out = EL_SCRIPT_BY;
	else if (a == 'u' && b == 'k')
		*out = EL_SCRIPT_UK;
	else
		return false;
	return true;
}

bool
el_translit(const char *in, size_t len, el_script script,
			char *out, size_t outcap, size_t *outlen, el_error *err)
{
	size_t		i = 0,
				o = 0,
				pos = 1,		/* 1-based code point position of in[i] */
				limit;
	char		pending = 0;	/* separator owed before the next letter */
	char		ascii[2];
	char		what[48];
	ch_info		ch;

	if (outcap == 0)
		return el_fail(err, NULL, "no room for the transliteration");
	limit = outcap - 1 < EL_TRANSLIT_MAX ? outcap - 1 : EL_TRANSLIT_MAX;
	while (i < len)
	{
		classify(in, len, i, &ch);
		switch (ch.kind)
		{
			case CH_SPACE:
				if (pending != '-')
					pending = ' ';
				break;
			case CH_HYPHEN:
				pending = '-';
				break;
			case CH_APOSTROPHE:
				break;
			case CH_LETTER:
				{
					const char *s = letter_latin(&ch, (int) script, ascii);
					size_t		n = strlen(s);
					bool		sep = pending != 0 && o > 0;

					if (n == 0)
						break;	/* Ь: nothing, and the separator still owed */
					if (o + n + (sep ? 1 : 0) > limit)
						return el_fail(err, NULL,
									   "name is too long: its Latin transliteration exceeds %zu characters",
									   limit);
					if (sep)
						out[o++] = pending;
					pending = 0;
					memcpy(out + o, s, n);
					o += n;
				}
				break;
			case CH_NOT_IN_TABLE:
				describe(in + i, len - i, what, sizeof(what));
				return el_fail(err, NULL,
							   "%s at position %zu is not in the ICAO 9303 transliteration table",
							   what, pos);
			default:
				describe(in + i, len - i, what, sizeof(what));
				return el_fail(err, NULL, "unexpected %s at position %zu", what, pos);
		}
		i += ch.step;
		pos += ch.ncp;
	}
	out[o] = '\0';
	*outlen = o;
	return true;
}

/* ---------------------------------------------------------------- matching */

/*
 * Room for every spelling of every registry word: each scheme's spelling of
 * a name is at most twice its 'ru' one (Ё -> IO), so a name whose 'ru'
 * transliteration fits EL_TRANSLIT_MAX always fits.
 */
#define POOL_SIZE (NSCHEMES * 2 * EL_TRANSLIT_MAX)

typedef struct reg_word
{
	unsigned short off[NSCHEMES];	/* distinct non-empty spellings in pool */
	unsigned short len[NSCHEMES];
	int			nvar;
} reg_word;

typedef struct mrz_word
{
	size_t		off;			/* ASCII letters in the MRZ text, any case */
	size_t		len;
} mrz_word;

/*
 * Spell the word in[start..end) (letters and apostrophes only) under a
 * scheme into pool[*used..POOL_SIZE), and record it in w unless it is empty
 * or the same as a spelling already there.  False when the pool is full.
 */
static bool
add_spelling(const char *in, size_t start, size_t end, int scheme,
			 char *pool, size_t *used, reg_word *w)
{
	size_t		i = start,
				o = *used,
				n;
	int			v;
	char		ascii[2];
	ch_info		ch;

	while (i < end)
	{
		classify(in, end, i, &ch);
		if (ch.kind == CH_LETTER)
		{
			const char *s = letter_latin(&ch, scheme, ascii);

			n = strlen(s);
			if (n > POOL_SIZE - o)
				return false;
			memcpy(pool + o, s, n);
			o += n;
		}
		i += ch.step;
	}
	n = o - *used;
	if (n == 0)
		return true;
	for (v = 0; v < w->nvar; v++)
		if (w->len[v] == n && memcmp(pool + w->off[v], pool + *used, n) == 0)
			return true;
	w->off[w->nvar] = (unsigned short) *used;
	w->len[w->nvar] = (unsigned short) n;
	w->nvar++;
	*used = o;
	return true;
}

/* Split the registry name into words with their spellings. */
static bool
read_registry(const char *in, size_t len, char *pool, reg_word *words, int *nwords)
{
	size_t		i = 0,
				start = 0,
				used = 0;
	bool		inword = false;
	int			n = 0,
				s;
	ch_info		ch;

	for (;;)
	{
		bool		end = i >= len;

		if (!end)
			classify(in, len, i, &ch);
		if (end || ch.kind == CH_SPACE || ch.kind == CH_HYPHEN)
		{
			if (inword)
			{
				inword = false;
				if (n == EL_MATCH_MAX_WORDS)
					return false;
				words[n].nvar = 0;
				for (s = 0; s < NSCHEMES; s++)
					if (!add_spelling(in, start, i, s, pool, &used, &words[n]))
						return false;
				if (words[n].nvar > 0)
					n++;		/* a word of nothing but Ь and apostrophes vanishes */
			}
			if (end)
				break;
		}
		else if (ch.kind == CH_LETTER || ch.kind == CH_APOSTROPHE)
		{
			if (!inword)
			{
				inword = true;
				start = i;
			}
		}
		else
			return false;
		i += ch.step;
	}
	*nwords = n;
	return true;
}

static bool
is_ascii_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool
is_ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/*
 * Split the MRZ side into words.  *primary gets the number of words before
 * the first "<<", or -1 when there is none; *truncated whether the field
 * may have been cut (see translit.h).
 */
static bool
read_mrz(const char *in, size_t len, mrz_word *words, int *nwords,
		 int *primary, bool *truncated)
{
	size_t		b = 0,
				e = len,
				i;
	int			n = 0;
	bool		field_chars_only = true;

	while (b < e && is_ascii_space(in[b]))
		b++;
	while (e > b && is_ascii_space(in[e - 1]))
		e--;
	*primary = -1;
	i = b;
	while (i < e)
	{
		char		c = in[i];

		if (is_ascii_letter(c))
		{
			size_t		start = i;

			while (i < e && is_ascii_letter(in[i]))
				i++;
			if (n == EL_MATCH_MAX_WORDS)
				return false;
			words[n].off = start;
			words[n].len = i - start;
			n++;
			continue;
		}
		if (c == '<')
		{
			if (*primary < 0 && i + 1 < e && in[i + 1] == '<')
				*primary = n;
		}
		else if (is_ascii_space(c) || c == '-')
			field_chars_only = false;
		else if ((unsigned char) c == 0xC2 && i + 1 < e && (unsigned char) in[i + 1] == 0xA0)
		{
			field_chars_only = false;	/* no-break space */
			i++;
		}
		else
			return false;
		i++;
	}
	*nwords = n;
	*truncated = field_chars_only && (e - b == 39 || e - b == 31 || e - b == 30) &&
		is_ascii_letter(in[e - 1]);
	return true;
}

/* Does the MRZ word spell the registry word (or, if prefix, begin one of its spellings)? */
static bool
word_matches(const char *mrz, const mrz_word *mw, const char *pool,
			 const reg_word *rw, bool prefix)
{
	int			v;
	size_t		j;

	for (v = 0; v < rw->nvar; v++)
	{
		const char *p = pool + rw->off[v];

		if (prefix ? mw->len > rw->len[v] : mw->len != rw->len[v])
			continue;
		for (j = 0; j < mw->len; j++)
		{
			char		c = mrz[mw->off + j];

			if (c >= 'a' && c <= 'z')
				c = (char) (c - 'a' + 'A');
			if (c != p[j])
				break;
		}
		if (j == mw->len)
			return true;
	}
	return false;
}

/*
 * The MRZ words against the registry words read with the last k of them as
 * the surname, moved to the front (k = 0: as given), word for word.
 */
static bool
arrangement_matches(const char *mrz, const mrz_word *mw, int m,
					const char *pool, const reg_word *rw, int n, int k,
					bool truncated)
{
	int			i;

	for (i = 0; i < m; i++)
		if (!word_matches(mrz, &mw[i], pool, &rw[(n - k + i) % n],
						  truncated && i == m - 1))
			return false;
	return true;
}

bool
el_name_matches(const char *cyrillic, size_t clen,
				const char *mrz_name, size_t mlen)
{
	char		pool[POOL_SIZE];
	reg_word	rw[EL_MATCH_MAX_WORDS];
	mrz_word	mw[EL_MATCH_MAX_WORDS];
	int			n,
				m,
				p,
				k;
	bool		truncated;

	if (!read_registry(cyrillic, clen, pool, rw, &n) ||
		!read_mrz(mrz_name, mlen, mw, &m, &p, &truncated))
		return false;
	/* every MRZ word needs a registry word of its own */
	if (n == 0 || m == 0 || m > n)
		return false;

	if (p >= 0)
	{
		/*
		 * "<<" fixes the surname: exactly the first p MRZ words.  Unless cut,
		 * the field names the first given name whenever the registry has one.
		 */
		if (p == 0)
			return false;
		if (!truncated && p < n && m < p + 1)
			return false;
		if (arrangement_matches(mrz_name, mw, m, pool, rw, n, 0, truncated))
			return true;
		return p < n &&
			arrangement_matches(mrz_name, mw, m, pool, rw, n, p, truncated);
	}

	/*
	 * No "<<": the surname is the first s MRZ words for any s that works.
	 * Registry as given: some s in 1..n must leave the MRZ covering the whole
	 * surname and, when given names remain, the first of them; that is
	 * m == n (s = n) or m >= 2 (s = 1).  Surname last (k words): m >= k + 1.
	 */
	if ((truncated || m == n || m >= 2) &&
		arrangement_matches(mrz_name, mw, m, pool, rw, n, 0, truncated))
		return true;
	for (k = 1; k < n; k++)
		if ((truncated || m >= k + 1) &&
			arrangement_matches(mrz_name, mw, m, pool, rw, n, k, truncated))
			return true;
	return false;
}
