-- PL/pgSQL triggers a DBA would write instead of electoral.enforce_eligibility
-- on a candidacy table with its own column names:
--
--   id bigint, fio text, dolzhnost text (office code), data_vyborov date
--   (polling day), grazhdanstvo electoral.country[], data_rozhdeniya date,
--   status electoral.residence, v_spiske boolean (registered)
--
-- Each is a BEFORE INSERT OR UPDATE ... FOR EACH ROW trigger that does what
--
--   electoral.enforce_eligibility('stand', 'office=dolzhnost', 'on_date=data_vyborov',
--       'citizenships=grazhdanstvo', 'birth_date=data_rozhdeniya',
--       'residence=status', 'registered=v_spiske')
--
-- does: let an eligible row through unchanged, reject an ineligible one with
-- SQLSTATE 23514 (check_violation), the unmet requirements in the DETAIL and
-- the table and trigger in the error's fields.  Used by
-- bench/copy_candidacy_trigger.sql (\ir), which checks that both accept and
-- reject exactly the rows the C trigger does before timing anything.
--
-- bench_candidacy_can_stand(): the extension's rule, called from PL/pgSQL.
--   electoral.can_stand per row; only for a rejected row, electoral.explain
--   for the DETAIL.  What a DBA writes who has the extension's functions but
--   not its trigger.  (This reference found a bug, since fixed: can_stand
--   used to resolve a PL/pgSQL variable's office once per transaction;
--   test/86_office_from_a_variable.sql pins the fix.)
--
-- bench_candidacy_rule(): the rule hard-coded, no extension function called.
--   The shipped law (src/sql/70_law_data.sql) for standing for the two
--   Russian local offices, with the facts this table has (the unmapped ones
--   take can_stand's defaults: no foreign residence permit, not incapable,
--   not imprisoned, so those requirements always hold and are left out, as a
--   DBA hard-coding them would leave them out):
--     * min_age: 18 (RU.municipal_council) or 21 (RU.municipal_head) full
--       years on polling day (date + interval puts a 29 February birthday on
--       28 February in a common year, as the extension does);
--     * citizen: of Russia; or (the Russia-Belarus protocol, in force from
--       2025-10-29, local offices) of Belarus, permanently resident and
--       registered with the local election commission;
--     * no_foreign_citizenship: no citizenship but Russia's, except Belarus's
--       while the protocol is in force; a NULL in the list is not proven.
--   A NULL fact is a fact not proven: the requirement is unmet.  Other
--   offices are an error rather than a wrong answer.

CREATE FUNCTION bench_candidacy_can_stand() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    unmet text;
BEGIN
    IF NEW.dolzhnost IS NULL THEN
        RAISE EXCEPTION 'office is NULL in a row of table "%"', TG_TABLE_NAME
            USING ERRCODE = 'not_null_violation';
    END IF;
    IF NOT electoral.can_stand(NEW.dolzhnost, NEW.data_vyborov, NEW.grazhdanstvo,
                               NEW.data_rozhdeniya, NEW.status,
                               registered => NEW.v_spiske) THEN
        SELECT string_agg(requirement || ': ' || detail
                          || coalesce(' (' || legal_basis || ')', ''), '; ')
          INTO unmet
          FROM electoral.explain('stand', NEW.dolzhnost, NEW.data_vyborov, NEW.grazhdanstvo,
                                 NEW.data_rozhdeniya, NEW.status, registered => NEW.v_spiske)
         WHERE NOT satisfied;
        RAISE EXCEPTION 'row of table "%" rejected: not eligible to stand for % on %',
                        TG_TABLE_NAME, NEW.dolzhnost, NEW.data_vyborov
            USING ERRCODE = 'check_violation',
                  DETAIL = 'Unmet: ' || unmet || '.',
                  SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, CONSTRAINT = TG_NAME;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION bench_candidacy_rule() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    min_age integer;
    treaty boolean;
    unmet text[] := '{}';
BEGIN
    IF NEW.dolzhnost IS NULL THEN
        RAISE EXCEPTION 'office is NULL in a row of table "%"', TG_TABLE_NAME
            USING ERRCODE = 'not_null_violation';
    END IF;
    IF NEW.dolzhnost = 'RU.municipal_council' THEN
        min_age := 18;
    ELSIF NEW.dolzhnost = 'RU.municipal_head' THEN
        min_age := 21;
    ELSE
        RAISE EXCEPTION 'bench_candidacy_rule: RU.municipal_council and RU.municipal_head only, not %',
                        NEW.dolzhnost;
    END IF;
    IF NEW.data_vyborov IS NULL THEN
        RAISE EXCEPTION 'polling day must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    -- the Russia-Belarus protocol: Belarusians at Russian local elections from 29 October 2025
    treaty := NEW.data_vyborov >= date '2025-10-29';

    IF NEW.data_rozhdeniya IS NULL THEN
        unmet := unmet || format('min_age %s: birth date not known', min_age);
    ELSIF NEW.data_rozhdeniya + make_interval(years => min_age) > NEW.data_vyborov THEN
        unmet := unmet || format('min_age %s: aged %s on polling day, %s required', min_age,
                                 extract(year FROM age(NEW.data_vyborov, NEW.data_rozhdeniya)), min_age);
    END IF;

    IF NEW.grazhdanstvo IS NULL THEN
        unmet := unmet || 'citizen: citizenships not known'::text
                       || 'no_foreign_citizenship: citizenships not known'::text;
    ELSE
        IF NOT NEW.grazhdanstvo @> '{RU}' THEN
            IF treaty AND NEW.grazhdanstvo @> '{BY}' THEN
                IF NEW.status IS DISTINCT FROM 'permanent' THEN
                    unmet := unmet || format('grant: permanent residence: residence is %s, permanent residence required',
                                             coalesce(NEW.status::text, 'not known'));
                END IF;
                IF NEW.v_spiske IS NOT TRUE THEN
                    unmet := unmet || 'grant: registered with the local election commission: not registered'::text;
                END IF;
            ELSE
                unmet := unmet || format('citizen: not a citizen of RU (holds %s)', NEW.grazhdanstvo);
            END IF;
        END IF;
        -- <@ never matches a NULL element: a citizenship not known fails it too
        IF NOT NEW.grazhdanstvo <@ (CASE WHEN treaty THEN '{RU,BY}' ELSE '{RU}' END)::electoral.country[] THEN
            unmet := unmet || format('no_foreign_citizenship: holds %s', NEW.grazhdanstvo);
        END IF;
    END IF;

    IF cardinality(unmet) > 0 THEN
        RAISE EXCEPTION 'row of table "%" rejected: not eligible to stand for % on %',
                        TG_TABLE_NAME, NEW.dolzhnost, NEW.data_vyborov
            USING ERRCODE = 'check_violation',
                  DETAIL = 'Unmet: ' || array_to_string(unmet, '; ') || '.',
                  SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, CONSTRAINT = TG_NAME;
    END IF;
    RETURN NEW;
END $$;
