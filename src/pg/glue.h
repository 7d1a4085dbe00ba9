/*
 * glue.h: helpers shared by the fmgr wrappers (not by the plain-C core).
 */
#ifndef ELECTORAL_PG_GLUE_H
#define ELECTORAL_PG_GLUE_H

#include "compat.h"

#include "fmgr.h"
#include "utils/date.h"

#include "error.h"

/*
 * The core reads UTF-8.  *utf8 gets s itself when the database is UTF-8 (or
 * SQL_ASCII) or s is ASCII, else a converted palloc'd copy; *len is updated.
 * A character the database holds but UTF-8 lacks (0x98 in WIN1251) is a
 * refusal like any other: false, err saying which and where, no error
 * raised, so is_valid stays false and an input error stays 22P02.
 */
bool		el_input_utf8(const char *s, size_t *len, const char **utf8, el_error *err);

/* UTF-8 text from the core in the database encoding (palloc'd, or s itself). */
char	   *el_server_text(const char *utf8);

/* UTF-8 text from the core as a text datum in the database encoding. */
text	   *el_text_from_utf8(const char *s);

/*
 * The core's detail as a PostgreSQL DETAIL sentence: capitalised, with a
 * full stop.  Returned string is palloc'd.
 */
char	   *el_detail_sentence(const char *detail);

/*
 * The OID of an object of the electoral schema by name: a type
 * (TYPENAMENSP), a relation, or a function taking no arguments.  The one lookup by name in the schema; an
 * error naming the object when it is missing (the extension is damaged or
 * not installed).
 */
typedef enum el_catalog_kind
{
	EL_CATALOG_TYPE,
	EL_CATALOG_RELATION,
	EL_CATALOG_FUNCTION
} el_catalog_kind;

Oid			el_catalog_oid(el_catalog_kind kind, const char *name);

/* The same, InvalidOid when missing (an older version of the extension's schema). */
Oid			el_catalog_oid_if_exists(el_catalog_kind kind, const char *name);

/* A date from calendar parts already checked by the core. */
DateADT		el_make_date(int year, int month, int day);

/* errmsg + errdetail + errhint for a value the core refused (shared so all types word it alike). */
#define el_input_error(context, dummy, typname, value, err) \
	ereturn((context), (dummy), \
			errcode(ERRCODE_INVALID_TEXT_REPRESENTATION), \
			errmsg("invalid input syntax for type %s: \"%s\"", (typname), (value)), \
			errdetail("%s", el_detail_sentence((err).detail)), \
			(err).hint[0] ? errhint("%s", el_server_text((err).hint)) : 0)

#define el_binary_error(typname, err) \
	ereport(ERROR, \
			errcode(ERRCODE_INVALID_BINARY_REPRESENTATION), \
			errmsg("invalid binary value for type %s", (typname)), \
			errdetail("%s", el_detail_sentence((err).detail)))

#endif
