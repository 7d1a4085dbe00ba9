-- Included with \ir by test/65_soft_input_errors.sql on 17+ only (not a suite
-- itself): a register loaded with COPY ... (ON_ERROR ignore).  Rows 2 (INN
-- check digit), 3 (UK is not an ISO code) and 5 (Cyrillic for an INN) hold
-- a value their column's type refuses.
COPY register FROM STDIN (ON_ERROR ignore);
1	7709442668	RU
2	1234567895	RU
3	7709442668	UK
4	1234567894	KZ
5	нет	BY
\.
