
COMMENT ON SCHEMA electoral IS 'electoral: identity types, eligibility rules and registry checks for voter and candidate registries';
