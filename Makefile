# electoral: PGXS build.  `make test` and `make demo` are the two commands to know.

EXTENSION   = electoral
EXTVERSION  = $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" electoral.control)

MODULE_big  = electoral
CORE_SRCS   = $(sort $(wildcard src/core/*.c))
PG_SRCS     = $(sort $(wildcard src/pg/*.c))
OBJS        = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

# The install script is assembled from src/sql/; upgrade scripts are kept as written.
INSTALL_SQL = $(EXTENSION)--$(EXTVERSION).sql
DATA_built  = $(INSTALL_SQL)
# Released install scripts are kept verbatim (an older version must stay installable
# to test its update path); update scripts are written by hand.
DATA        = $(wildcard src/sql/released/$(EXTENSION)--*.sql) $(wildcard src/sql/upgrade/$(EXTENSION)--*--*.sql)

REGRESS      = $(basename $(notdir $(sort $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --dbname=electoral_regress

# Races between sessions, as isolation specs (test/isolation/specs/*.spec).
ISOLATION      = $(basename $(notdir $(sort $(wildcard test/isolation/specs/*.spec))))
ISOLATION_OPTS = --inputdir=test/isolation --outputdir=output_iso --load-extension=electoral

PG_CONFIG  ?= pg_config
PG_CPPFLAGS = -Isrc/core -Isrc/pg
# -Wextra's unused-parameter warning fires inside PostgreSQL's own headers (bufpage.h).
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter -Werror
EXTRA_CLEAN = fuzz/build output_iso

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# Every object depends on every header of ours: PGXS tracks no header
# dependencies (autodepend is off in Debian's build), and an object compiled
# against an older struct layout than its neighbours fails silently.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

# Fixed-length types stamped from one template: name, the integer type stored (and copied with LIKE).
FIXED_TYPES = country:int2 \
              ru_inn:int8 ru_snils:int8 ru_passport:int8 \
              by_personal_number:int8 by_passport:int8 kz_iin:int8
SQL_PARTS   = $(sort $(wildcard src/sql/[0-9]*.sql))

$(INSTALL_SQL): src/sql/00_header.sql src/sql/fixed_type.sql.in $(SQL_PARTS) Makefile
	{ cat src/sql/00_header.sql; \
	  for spec in $(FIXED_TYPES); do \
	    IFS=: read t b <<< "$$spec"; \
	    sed -e "s/@T@/$$t/g; s/@B@/$$b/g" src/sql/fixed_type.sql.in; \
	  done; \
	  for part in $(filter-out src/sql/00_header.sql,$(SQL_PARTS)); do cat $$part; done; \
	} > $@.tmp && mv $@.tmp $@

SHELL := /bin/bash

.PHONY: test test-all demo bench fuzz deps valgrind
deps:
	tools/ensure-deps

test:
	tools/run-tests

# make test on PostgreSQL 15 (here), 17 and 18 (Debian chroots); as root.
test-all:
	tools/test-all

valgrind:
	tools/run-valgrind

demo:
	tools/run-demo

bench:
	tools/run-bench

fuzz:
	$(MAKE) -C fuzz run

# The release tarball, electoral-X.Y.tar.gz with every file under electoral-X.Y/,
# from the commit DIST_REF names (HEAD: what is committed, never the work tree).
# META.json's version must be this one (tools/check-meta); test/reliability/dist_tarball.sh
# builds and installs what it holds.
DIST_NAME = $(EXTENSION)-$(EXTVERSION)
DIST_REF ?= HEAD
.PHONY: dist
dist:
	tools/check-meta
	git archive --format=tar.gz --prefix=$(DIST_NAME)/ -o $(DIST_NAME).tar.gz $(DIST_REF)
	@echo "$(DIST_NAME).tar.gz"
