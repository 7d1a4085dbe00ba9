/*
 * names.c: electoral.translit and electoral.name_matches, the fmgr face of
 * src/core/translit.c.
 */
#include "compat.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "glue.h"
#include "translit.h"

PG_FUNCTION_INFO_V1(translit);
Datum
translit(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	text	   *script_name = PG_GETARG_TEXT_PP(1);
	size_t		len = VARSIZE_ANY_EXHDR(name);
	const char *utf8;
	el_script	script;
	char		out[EL_TRANSLIT_MAX + 1];
	size_t		outlen;
	el_error	err;

	if (!el_script_parse(VARDATA_ANY(script_name), VARSIZE_ANY_EXHDR(script_name), &script))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("unknown script \"%s\"", text_to_cstring(script_name)),
				errhint("The scripts are 'ru' (Russian), 'by' (Belarusian) and 'uk' (Ukrainian)."));
	if (!el_input_utf8(VARDATA_ANY(name), &len, &utf8, &err) ||
		!el_translit(utf8, len, script, out, sizeof(out), &outlen, &err))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("cannot transliterate \"%s\"", text_to_cstring(name)),
				errdetail("%s", el_detail_sentence(err.detail)));
	PG_RETURN_TEXT_P(cstring_to_text_with_len(out, outlen));
}

PG_FUNCTION_INFO_V1(name_matches);
Datum
name_matches(PG_FUNCTION_ARGS)
{
	text	   *cyr = PG_GETARG_TEXT_PP(0);
	text	   *mrz = PG_GETARG_TEXT_PP(1);
	size_t		clen = VARSIZE_ANY_EXHDR(cyr);
	size_t		mlen = VARSIZE_ANY_EXHDR(mrz);
	const char *c8;
	const char *m8;

	/* a side that cannot be read is no match, as the core says of bytes that are not UTF-8 */
	PG_RETURN_BOOL(el_input_utf8(VARDATA_ANY(cyr), &clen, &c8, NULL) &&
				   el_input_utf8(VARDATA_ANY(mrz), &mlen, &m8, NULL) &&
				   el_name_matches(c8, clen, m8, mlen));
}
