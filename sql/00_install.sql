-- The extension installs into its own schema and refuses to move.
CREATE EXTENSION electoral;
SELECT extname, extversion, extrelocatable, extnamespace::regnamespace
  FROM pg_extension WHERE extname = 'electoral';
ALTER EXTENSION electoral SET SCHEMA public;
