-- electoral 1.0 -> 1.1.  Each section is the change to an existing
-- database that the matching part of src/sql/ makes to a fresh install;
-- test/reliability/upgrade_paths.sh holds the two to the same result.

\echo Use "ALTER EXTENSION electoral UPDATE TO '1.1'" to load this file. \quit

-- ---- rule cache: one snapshot (src/sql/50, 55) ----

-- ---- eligibility: facts not supplied (src/sql/60) ----

-- ---- trigger: checked at DDL time (src/sql/80) ----

-- ---- identity (src/sql/90..92) ----
