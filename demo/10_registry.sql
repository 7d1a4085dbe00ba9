-- make demo, part 2: a generated but realistic registry of residents of Russian
-- and Belarusian municipalities, loaded as it would arrive from the
-- registration offices: identity documents as text, typed by hand.
--
--   psql -v rows=N   number of people (default 200000)
--
-- Everything is deterministic: every "random" draw is a hash of the person's
-- id and a salt (demo.u, demo.pick), so the same N gives the same registry,
-- row for row, whatever the plan.  The generator is one set-based INSERT ...
-- SELECT over generate_series, and one UPDATE that scans the passports of the
-- foreign residents.
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
SET datestyle = ISO;
SET work_mem = '256MB';
SET synchronous_commit = off;
SET jit = off;
\if :{?rows}
\else
\set rows 200000
\endif

DROP SCHEMA IF EXISTS demo CASCADE;
CREATE SCHEMA demo;
SET search_path = demo, public, electoral;

-- ---------------------------------------------------------------------------
-- Helpers.  SQL functions of one expression, IMMUTABLE: the planner inlines
-- them.  Function bodies name the demo schema: they run on the caller's
-- search_path.
-- ---------------------------------------------------------------------------

-- a uniform draw in [0, 1) and an integer in [0, n), from (id, salt)
CREATE FUNCTION demo.u(id bigint, salt int) RETURNS float8
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ((hashint8extended(id, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$;
CREATE FUNCTION demo.pick(id bigint, salt int, n int) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (((hashint8extended(id, salt) >> 11) & 9007199254740991) % n)::int $$;
-- digit i of a string of digits
CREATE FUNCTION demo.d(s text, i int) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ascii(substr(s, i, 1)) - 48 $$;
-- Check digits, computed here in SQL from shared/domain/documents.md, not by
-- the extension: the extension then checks what the generator made.
-- SNILS: the check number of the first nine digits (S mod 101, 100 -> 00)
CREATE FUNCTION demo.snils_check(n9 text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lpad(((9*demo.d(n9,1) + 8*demo.d(n9,2) + 7*demo.d(n9,3) + 6*demo.d(n9,4) + 5*demo.d(n9,5)
                        + 4*demo.d(n9,6) + 3*demo.d(n9,7) + 2*demo.d(n9,8) + demo.d(n9,9)) % 101 % 100)::text, 2, '0') $$;
-- INN of a person (12 digits): check digits 11 and 12
CREATE FUNCTION demo.inn_c11(p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ((7*demo.d(p,1) + 2*demo.d(p,2) + 4*demo.d(p,3) + 10*demo.d(p,4) + 3*demo.d(p,5) + 5*demo.d(p,6)
                   + 9*demo.d(p,7) + 4*demo.d(p,8) + 6*demo.d(p,9) + 8*demo.d(p,10)) % 11 % 10)::text $$;
CREATE FUNCTION demo.inn_c12(p text, c11 text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ((3*demo.d(p,1) + 7*demo.d(p,2) + 2*demo.d(p,3) + 4*demo.d(p,4) + 10*demo.d(p,5) + 3*demo.d(p,6)
                   + 5*demo.d(p,7) + 9*demo.d(p,8) + 4*demo.d(p,9) + 6*demo.d(p,10) + 8*(ascii(c11) - 48)) % 11 % 10)::text $$;
-- Belarusian personal number: ICAO 7-3-1 check digit of the first 13 characters
-- (digits as is, A=10 .. Z=35).  Characters 8, 12 and 13 are letters: demo.d
-- reads a letter as 7 more than its value, so the sum is 7 x (3 + 1 + 7) = 77 too high.
CREATE FUNCTION demo.by_check(p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ((7*demo.d(p,1) + 3*demo.d(p,2) + demo.d(p,3) + 7*demo.d(p,4) + 3*demo.d(p,5) + demo.d(p,6)
                   + 7*demo.d(p,7) + 3*demo.d(p,8) + demo.d(p,9) + 7*demo.d(p,10) + 3*demo.d(p,11) + demo.d(p,12)
                   + 7*demo.d(p,13) - 77) % 10)::text $$;
-- Kazakh IIN: check digit of the first 11 digits; NULL when both weightings give 10
CREATE FUNCTION demo.kz_check(p text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN (demo.d(p,1) + 2*demo.d(p,2) + 3*demo.d(p,3) + 4*demo.d(p,4) + 5*demo.d(p,5) + 6*demo.d(p,6)
                            + 7*demo.d(p,7) + 8*demo.d(p,8) + 9*demo.d(p,9) + 10*demo.d(p,10) + 11*demo.d(p,11)) % 11 < 10
                      THEN ((demo.d(p,1) + 2*demo.d(p,2) + 3*demo.d(p,3) + 4*demo.d(p,4) + 5*demo.d(p,5) + 6*demo.d(p,6)
                            + 7*demo.d(p,7) + 8*demo.d(p,8) + 9*demo.d(p,9) + 10*demo.d(p,10) + 11*demo.d(p,11)) % 11)::text
                      WHEN (3*demo.d(p,1) + 4*demo.d(p,2) + 5*demo.d(p,3) + 6*demo.d(p,4) + 7*demo.d(p,5) + 8*demo.d(p,6)
                            + 9*demo.d(p,7) + 10*demo.d(p,8) + 11*demo.d(p,9) + demo.d(p,10) + 2*demo.d(p,11)) % 11 < 10
                      THEN ((3*demo.d(p,1) + 4*demo.d(p,2) + 5*demo.d(p,3) + 6*demo.d(p,4) + 7*demo.d(p,5) + 8*demo.d(p,6)
                            + 9*demo.d(p,7) + 10*demo.d(p,8) + 11*demo.d(p,9) + demo.d(p,10) + 2*demo.d(p,11)) % 11)::text
                 END $$;
-- a wrong check digit (never the right one)
CREATE FUNCTION demo.wrong_digit(c text, salt int) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ((c::int + 1 + salt % 9) % 10)::text $$;
-- Latin letters that have a Cyrillic look-alike, typed in Cyrillic
CREATE FUNCTION demo.cyrillic_lookalikes(s text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT translate(s, 'ABCEHKMOPTX', 'АВСЕНКМОРТХ') $$;
-- ICAO 9303 machine-readable zones, also computed here and not by the
-- extension.  The value of character i of s: '<' 0, digits as is, A=10 ..
-- Z=35 (and 0 past the end); the weighted sum of the first 15 characters
-- with the weights a, b, c repeating (7 3 1 for a check digit; a field that
-- starts at a composite position of another phase takes 3 1 7 or 1 7 3).
CREATE FUNCTION demo.mrz_v(s text, i int) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT greatest(strpos('<0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', substr(s, i, 1)) - 2, 0) $$;
CREATE FUNCTION demo.mrz_sum(s text, a int, b int, c int) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a * (demo.mrz_v(s, 1) + demo.mrz_v(s, 4) + demo.mrz_v(s, 7) + demo.mrz_v(s, 10) + demo.mrz_v(s, 13))
               + b * (demo.mrz_v(s, 2) + demo.mrz_v(s, 5) + demo.mrz_v(s, 8) + demo.mrz_v(s, 11) + demo.mrz_v(s, 14))
               + c * (demo.mrz_v(s, 3) + demo.mrz_v(s, 6) + demo.mrz_v(s, 9) + demo.mrz_v(s, 12) + demo.mrz_v(s, 15)) $$;
-- the 7-3-1 check digit of a field of up to 15 characters
CREATE FUNCTION demo.mrz_cd(s text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (demo.mrz_sum(s, 7, 3, 1) % 10)::text $$;
-- A TD3 passport (2 x 44) from its fields, check digits included: f1 the
-- document number and its check digit (10), f2 birth YYMMDD and its (7), f3
-- expiry YYMMDD and its (7), f4 personal number and its (15); nat (alpha-3)
-- is the issuing state and the nationality.  The composite check digit covers
-- f1, f2, f3 || f4: fields starting at composite offsets 0, 10 and 17, so
-- with the weights 7 3 1, 3 1 7 and 1 7 3 (f4 at 24: 7 3 1 again).
CREATE FUNCTION demo.td3(nat text, name_field text, f1 text, f2 text, sex text, f3 text, f4 text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT 'P<' || nat || rpad(name_field, 39, '<') || E'\n' || f1 || nat || f2 || sex || f3 || f4
                 || ((demo.mrz_sum(f1, 7, 3, 1) + demo.mrz_sum(f2, 3, 1, 7) + demo.mrz_sum(f3, 1, 7, 3)
                      + demo.mrz_sum(f4, 7, 3, 1)) % 10)::text $$;
-- A name as an MRZ name field: the words of each part joined by '<', the
-- parts by '<<'; cut at the field's 39 characters
CREATE FUNCTION demo.mrz_name(surname text, given_names text, script text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT left(translate(electoral.translit(surname, script), ' -', '<<') || '<<'
                      || translate(electoral.translit(given_names, script), ' -', '<<'), 39) $$;
-- What is wrong with a scanned MRZ (NULL: nothing), in the form of
-- electoral.validation_error.  Where electoral.validation_error takes
-- electoral.mrz, it is that; where it does not, the error of the type's input
-- function is caught (a subtransaction per bad zone; PARALLEL RESTRICTED, as
-- workers cannot start one).
DO $do$
BEGIN
    PERFORM electoral.is_valid('', 'electoral.mrz');
    CREATE FUNCTION demo.mrz_error(t text) RETURNS text
        LANGUAGE sql STABLE STRICT PARALLEL SAFE
        AS $$ SELECT electoral.validation_error(t, 'electoral.mrz') $$;
EXCEPTION WHEN invalid_parameter_value THEN   -- "type electoral.mrz is not validated by electoral"
    CREATE FUNCTION demo.mrz_error(t text) RETURNS text
        LANGUAGE plpgsql STABLE STRICT PARALLEL RESTRICTED
        AS $$
        DECLARE
            msg text;
            det text;
        BEGIN
            PERFORM t::electoral.mrz;
            RETURN NULL;
        EXCEPTION WHEN invalid_text_representation THEN
            GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
            RETURN msg || ': ' || lower(left(det, 1)) || rtrim(substr(det, 2), '.');
        END $$;
END $do$;
-- An older spelling of a name, as its passport may carry it.  Russian
-- passports issued 1997-2010 wrote Й -> Y, Я -> YA, Ю -> YU and dropped Ъ,
-- and many holders keep that spelling (name matching accepts it); Uzbek
-- passports write Х as the X of the Uzbek Latin alphabet (name matching,
-- which knows the schemes of Russian and Belarusian passports, does not).
-- Other passports are left as they are.  Latin letters pass through
-- electoral.translit.
CREATE FUNCTION demo.older_latin(s text, nat text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE nat
                 WHEN 'RUS' THEN replace(replace(replace(replace(translate(s, 'Йй', 'Yy'),
                                 'Я', 'Ya'), 'я', 'ya'), 'Ю', 'Yu'), 'ю', 'yu')
                 WHEN 'UZB' THEN translate(s, 'Хх', 'Xx')
                 ELSE s END $$;

-- ---------------------------------------------------------------------------
-- Regions and municipalities: the Russian regions along the Belarusian
-- border and Moscow oblast; Belarus's capital and six oblasts.  The codes
-- the documents carry: OKATO code of the passport series, INN region prefix,
-- Belarusian region letter of the personal number and passport series.
-- ---------------------------------------------------------------------------
CREATE TABLE demo.region (
    code          text PRIMARY KEY,
    country       electoral.country NOT NULL,
    name          text NOT NULL,
    okato         text,            -- RU: digits 1-2 of a passport series issued there
    inn_prefix    text,            -- RU: digits 1-2 of an INN assigned there
    by_letter     text,            -- BY: letter 8 of a personal number
    by_series     text,            -- BY: passport series issued there
    foreign_factor float8 NOT NULL -- how much more (or less) than average it draws the other country's citizens
);
INSERT INTO demo.region VALUES
    ('RU-MOS', 'RU', 'Московская область',  '46', '50', NULL, NULL, 0.7),
    ('RU-SMO', 'RU', 'Смоленская область',  '66', '67', NULL, NULL, 1.6),
    ('RU-PSK', 'RU', 'Псковская область',   '58', '60', NULL, NULL, 1.3),
    ('RU-BRY', 'RU', 'Брянская область',    '15', '32', NULL, NULL, 1.5),
    ('BY-HM',  'BY', 'г. Минск',            NULL, NULL, 'A', 'MP', 1.0),
    ('BY-MI',  'BY', 'Минская область',     NULL, NULL, 'B', 'MC', 0.8),
    ('BY-BR',  'BY', 'Брестская область',   NULL, NULL, 'C', 'AB', 0.7),
    ('BY-HR',  'BY', 'Гродненская область', NULL, NULL, 'K', 'KH', 0.7),
    ('BY-VI',  'BY', 'Витебская область',   NULL, NULL, 'E', 'BM', 1.4),
    ('BY-HO',  'BY', 'Гомельская область',  NULL, NULL, 'H', 'HB', 1.2),
    ('BY-MA',  'BY', 'Могилёвская область', NULL, NULL, 'M', 'KB', 1.4);

CREATE TABLE demo.municipality (
    id            int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region        text NOT NULL REFERENCES demo.region,
    name          text NOT NULL,
    population_k  int NOT NULL,      -- real population, thousands: sets its share of the registry
    -- the next local election: the office the residents elect, and its polling day
    office        text NOT NULL GENERATED ALWAYS AS
                  (CASE WHEN region LIKE 'RU-%' THEN 'RU.municipal_council' ELSE 'BY.local_council' END) STORED,
    polling_day   date NOT NULL GENERATED ALWAYS AS
                  (CASE WHEN region LIKE 'RU-%' THEN date '2026-09-13' ELSE date '2026-10-18' END) STORED,
    -- the last election there (filled in below, scaled to the generated registry)
    last_election date,
    votes_cast    int,
    winner_votes  int,
    runner_up_votes int
);
INSERT INTO demo.municipality (region, name, population_k) VALUES
    ('RU-MOS', 'Балашиха', 520), ('RU-MOS', 'Химки', 260), ('RU-MOS', 'Подольск', 310),
    ('RU-MOS', 'Мытищи', 270), ('RU-MOS', 'Королёв', 225), ('RU-MOS', 'Люберцы', 320),
    ('RU-MOS', 'Красногорск', 180), ('RU-MOS', 'Электросталь', 155), ('RU-MOS', 'Одинцово', 320),
    ('RU-MOS', 'Коломна', 140), ('RU-MOS', 'Серпухов', 190), ('RU-MOS', 'Щёлково', 200),
    ('RU-MOS', 'Раменское', 250), ('RU-MOS', 'Домодедово', 200), ('RU-MOS', 'Пушкино', 200),
    ('RU-MOS', 'Сергиев Посад', 200),
    ('RU-SMO', 'Смоленск', 310), ('RU-SMO', 'Вязьма', 53), ('RU-SMO', 'Рославль', 48),
    ('RU-SMO', 'Ярцево', 42), ('RU-SMO', 'Сафоново', 40), ('RU-SMO', 'Десногорск', 27),
    ('RU-SMO', 'Гагарин', 28), ('RU-SMO', 'Руднянский район', 23), ('RU-SMO', 'Починковский район', 28),
    ('RU-SMO', 'Демидовский район', 12), ('RU-SMO', 'Велижский район', 10), ('RU-SMO', 'Краснинский район', 10),
    ('RU-SMO', 'Хиславичский район', 7), ('RU-SMO', 'Монастырщинский район', 8),
    ('RU-PSK', 'Псков', 190), ('RU-PSK', 'Великие Луки', 86), ('RU-PSK', 'Остров', 20),
    ('RU-PSK', 'Невель', 15), ('RU-PSK', 'Опочка', 10), ('RU-PSK', 'Себежский район', 20),
    ('RU-PSK', 'Печорский район', 18), ('RU-PSK', 'Порхов', 9), ('RU-PSK', 'Пустошкинский район', 8),
    ('RU-PSK', 'Дно', 8), ('RU-PSK', 'Гдов', 4), ('RU-PSK', 'Пыталово', 5),
    ('RU-PSK', 'Красногородский район', 5), ('RU-PSK', 'Усвятский район', 5),
    ('RU-BRY', 'Брянск', 380), ('RU-BRY', 'Клинцы', 60), ('RU-BRY', 'Новозыбков', 38),
    ('RU-BRY', 'Дятьково', 27), ('RU-BRY', 'Унеча', 24), ('RU-BRY', 'Стародуб', 18),
    ('RU-BRY', 'Почеп', 16), ('RU-BRY', 'Карачев', 18), ('RU-BRY', 'Жуковка', 17),
    ('RU-BRY', 'Сураж', 11), ('RU-BRY', 'Трубчевск', 14), ('RU-BRY', 'Злынковский район', 9),
    ('RU-BRY', 'Климовский район', 15), ('RU-BRY', 'Красногорский район', 10), ('RU-BRY', 'Гордеевский район', 9),
    ('RU-BRY', 'Погарский район', 20),
    ('BY-HM', 'Минск', 2000),
    ('BY-MI', 'Борисов', 140), ('BY-MI', 'Солигорск', 100), ('BY-MI', 'Молодечно', 90),
    ('BY-MI', 'Жодино', 65), ('BY-MI', 'Слуцк', 60),
    ('BY-BR', 'Брест', 340), ('BY-BR', 'Барановичи', 175), ('BY-BR', 'Пинск', 125),
    ('BY-BR', 'Кобрин', 52), ('BY-BR', 'Лунинецкий район', 70),
    ('BY-HR', 'Гродно', 360), ('BY-HR', 'Лида', 100), ('BY-HR', 'Слоним', 48),
    ('BY-HR', 'Волковыск', 43), ('BY-HR', 'Новогрудок', 28),
    ('BY-VI', 'Витебск', 360), ('BY-VI', 'Орша', 107), ('BY-VI', 'Полоцк', 80),
    ('BY-VI', 'Новополоцк', 100), ('BY-VI', 'Глубокое', 18),
    ('BY-HO', 'Гомель', 500), ('BY-HO', 'Мозырь', 110), ('BY-HO', 'Жлобин', 75),
    ('BY-HO', 'Светлогорск', 65), ('BY-HO', 'Речица', 65),
    ('BY-MA', 'Могилёв', 360), ('BY-MA', 'Бобруйск', 210), ('BY-MA', 'Горки', 30),
    ('BY-MA', 'Осиповичи', 30), ('BY-MA', 'Кричев', 23);

-- Each municipality's share of the registry: the square root of its
-- population, so that small districts still have a few hundred people at
-- 200k.  10000 slots, each naming a municipality; a hash picks the slot.
CREATE TABLE demo.municipality_slot AS
WITH w AS (
    SELECT id, sum(sqrt(population_k)) OVER (ORDER BY id) / sum(sqrt(population_k)) OVER () AS hi,
           (sum(sqrt(population_k)) OVER (ORDER BY id) - sqrt(population_k)) / sum(sqrt(population_k)) OVER () AS lo
      FROM demo.municipality)
SELECT slot, id AS municipality_id
  FROM w, generate_series(round(lo * 10000)::int, round(hi * 10000)::int - 1) AS slot;
ALTER TABLE demo.municipality_slot ADD PRIMARY KEY (slot);

-- ---------------------------------------------------------------------------
-- Names: surnames (masculine form; the feminine is derived), given names,
-- and patronymic stems (+ич / +на), by origin.
-- ---------------------------------------------------------------------------
CREATE TABLE demo.name_pool (
    origin      text PRIMARY KEY,
    surnames_m  text[] NOT NULL,   -- masculine forms
    given_m     text[] NOT NULL,
    given_f     text[] NOT NULL,
    patronymic_m text[] NOT NULL   -- stems: the father's name in -ов / -ев
);
INSERT INTO demo.name_pool (origin, surnames_m, given_m, given_f, patronymic_m) VALUES
('RU',
 '{Иванов,Смирнов,Кузнецов,Попов,Васильев,Петров,Соколов,Михайлов,Новиков,Фёдоров,Морозов,Волков,Алексеев,Лебедев,Семёнов,Егоров,Павлов,Козлов,Степанов,Николаев,Орлов,Андреев,Макаров,Никитин,Захаров,Зайцев,Соловьёв,Борисов,Яковлев,Григорьев,Романов,Воробьёв,Сергеев,Кузьмин,Фролов,Александров,Дмитриев,Королёв,Гусев,Киселёв,Ильин,Максимов,Поляков,Сорокин,Виноградов,Ковалёв,Белов,Медведев,Антонов,Тарасов,Жуков,Баранов,Филиппов,Комаров,Давыдов,Беляев,Герасимов,Богданов,Осипов,Сидоров,Матвеев,Титов,Марков,Миронов,Крылов,Куликов,Карпов,Власов,Мельников,Денисов,Гаврилов,Тихонов,Казаков,Афанасьев,Данилов,Савельев,Тимофеев,Фомин,Чернов,Абрамов,Мартынов,Ефимов,Федотов,Щербаков,Назаров,Калинин,Исаев,Быков,Маслов,Родионов,Коновалов,Лазарев,Воронин,Климов,Филатов,Пономарёв,Голубев,Кудрявцев,Прохоров,Наумов,Потапов,Журавлёв,Трофимов,Леонов,Соболев,Ермаков,Колесников,Гончаров,Никифоров,Котов,Гришин,Архипов,Громов,Кириллов,Малышев,Панов,Моисеев,Румянцев,Бирюков,Горбунов,Лукьянов,Скворцов,Белоусов,Нестеров,Князев,Цветков,Воронов,Мальцев,Логинов,Краснов,Демидов,Рыбаков,Жданов,Вишневский,Покровский,Троицкий,Успенский,Добровольский,Толстой,Полевой}',
 '{Александр,Сергей,Дмитрий,Андрей,Алексей,Максим,Евгений,Иван,Михаил,Артём,Николай,Владимир,Павел,Олег,Игорь,Юрий,Виктор,Денис,Роман,Константин,Василий,Пётр,Григорий,Фёдор,Степан,Никита,Кирилл,Егор,Илья,Антон,Вадим,Геннадий,Анатолий,Валерий,Борис,Леонид,Матвей,Тимофей}',
 '{Елена,Ольга,Татьяна,Наталья,Ирина,Светлана,Анна,Мария,Екатерина,Юлия,Анастасия,Марина,Людмила,Галина,Надежда,Валентина,Любовь,Вера,Дарья,Ксения,Алина,Виктория,Полина,Софья,Оксана,Лариса,Нина,Тамара,Евгения,Алёна,Кристина,Варвара}',
 '{Александров,Сергеев,Дмитриев,Андреев,Алексеев,Максимов,Евгеньев,Иванов,Михайлов,Николаев,Владимиров,Павлов,Олегов,Игорев,Юрьев,Викторов,Петров,Григорьев,Фёдоров,Степанов,Васильев,Анатольев,Геннадьев,Валерьев,Борисов,Леонидов,Романов,Константинов,Денисов,Антонов}'),
('BY',
 '{Новик,Ковалёв,Козлов,Мельник,Шевчук,Кравченко,Бондаренко,Ковальчук,Лукашевич,Карпович,Ковалевич,Якимович,Василевич,Сидоревич,Гуринович,Мартинович,Романович,Станкевич,Войтович,Жук,Кузьмич,Ярошевич,Савицкий,Козловский,Жданович,Климович,Богданович,Юревич,Прокопович,Ермакович,Левкович,Лис,Бобрик,Дубовик,Сенкевич,Радкевич,Кучинский,Ткачук,Стасевич,Рыбак,Короткевич,Шпак,Пашкевич,Макаревич,Томашевич,Адамович,Гайдукевич,Зубович,Коваленко,Иванов,Петров,Морозов,Новиков,Волков,Павлов}',
 '{Александр,Сергей,Андрей,Дмитрий,Алексей,Владимир,Виктор,Николай,Игорь,Юрий,Олег,Павел,Максим,Денис,Артём,Вадим,Виталий,Иван,Михаил,Евгений,Руслан,Владислав,Антон,Кирилл,Никита,Станислав,Василий,Геннадий}',
 '{Ольга,Елена,Татьяна,Наталья,Ирина,Светлана,Анна,Марина,Юлия,Екатерина,Людмила,Галина,Валентина,Анастасия,Дарья,Алеся,Кристина,Яна,Вероника,Полина,Оксана,Жанна,Инна,Виктория}',
 '{Александров,Сергеев,Андреев,Дмитриев,Алексеев,Владимиров,Викторов,Николаев,Игорев,Юрьев,Олегов,Павлов,Иванов,Михайлов,Васильев,Геннадьев,Анатольев,Леонидов,Иосифов,Чеславов,Казимиров,Станиславов,Евгеньев,Петров}'),
('KZ',
 '{Ахметов,Нурланов,Жумабаев,Касымов,Абдуллаев,Оспанов,Искаков,Сулейменов,Тулегенов,Байжанов,Омаров,Сейткалиев,Есенов,Мухамедиев,Кенжебаев,Сарсенов,Утегенов,Жаксылыков}',
 '{Нурлан,Ерлан,Асхат,Даурен,Айдос,Бауыржан,Серик,Болат,Канат,Арман,Тимур,Азамат,Ержан,Марат}',
 '{Айгерим,Динара,Асель,Гульнара,Жанар,Мадина,Айжан,Салтанат,Камила,Алия,Сауле,Зарина}',
 '{Серико,Болато,Канато,Нурлано,Ерлано,Маратов,Арманов,Тимуров,Азаматов}'),
('UA',
 '{Шевченко,Бондаренко,Коваленко,Ткаченко,Кравченко,Мельник,Ковальчук,Бойко,Литвиненко,Олейник,Шевчук,Полищук,Марченко,Руденко,Савченко,Гаврилюк,Мазур,Кушнир,Лысенко,Тимошенко}',
 '{Тарас,Богдан,Остап,Андрей,Олег,Александр,Николай,Юрий,Василий,Дмитрий,Сергей,Виталий,Игорь,Ярослав}',
 '{Оксана,Богдана,Олеся,Наталья,Ирина,Галина,Ольга,Людмила,Тетяна,Марина,Юлия,Светлана}',
 '{Тарасов,Богданов,Андреев,Олегов,Николаев,Юрьев,Васильев,Сергеев,Иванов,Петров,Степанов,Михайлов}'),
('AM',
 '{Петросян,Саркисян,Акопян,Григорян,Оганесян,Мартиросян,Арутюнян,Манукян,Варданян,Хачатрян,Степанян,Карапетян,Габриелян,Аветисян,Мкртчян}',
 '{Арман,Тигран,Ашот,Гурген,Давид,Карен,Арсен,Армен,Самвел,Вардан,Гагик,Левон}',
 '{Ануш,Лилит,Гаяне,Нарине,Армине,Мариам,Седа,Астхик,Карине,Зара}',
 '{Ашотов,Гургенов,Тигранов,Арменов,Самвелов,Варданов,Левонов,Карапетов,Суренов,Ервандов}'),
('UZ',
 '{Каримов,Рахимов,Юсупов,Алиев,Турсунов,Исмаилов,Усманов,Хамидов,Мирзаев,Абдуллаев,Саидов,Ахмедов,Назаров,Эргашев,Холматов}',
 '{Бахтиёр,Шерзод,Рустам,Дильшод,Фарход,Улугбек,Жасур,Бобур,Сардор,Азиз,Отабек,Тимур}',
 '{Нигора,Гулнора,Дилноза,Шахноза,Мадина,Зарина,Феруза,Малика,Камола,Севара}',
 '{Рустамо,Бахтиёро,Фарходо,Улугбеко,Азизо,Шавкато,Равшано,Анваро,Икрамо}');
-- One row per name; the names of one origin and kind have consecutive ids,
-- so a person's name is a single-key join.  Feminine surnames: -ов/-ев/-ёв/
-- -ин/-ын take -а, -ский/-цкий and -ой take -ая, the rest do not change.
-- Patronymics: stem + -ич / -на (Kazakh and Uzbek stems in -о: -вич / -вна).
CREATE TABLE demo.name AS
SELECT row_number() OVER (ORDER BY origin, kind, n)::int AS id, origin, kind, n, m, f
  FROM (SELECT origin, 'surname' AS kind, n, s AS m,
               CASE WHEN s ~ '(ов|ев|ёв|ин|ын)$' THEN s || 'а'
                    WHEN s ~ '(ский|цкий)$' THEN regexp_replace(s, 'ий$', 'ая')
                    WHEN s ~ 'ой$' THEN regexp_replace(s, 'ой$', 'ая')
                    ELSE s END AS f
          FROM demo.name_pool, unnest(surnames_m) WITH ORDINALITY AS t(s, n)
        UNION ALL
        SELECT origin, 'given_m', n, s, NULL FROM demo.name_pool, unnest(given_m) WITH ORDINALITY AS t(s, n)
        UNION ALL
        SELECT origin, 'given_f', n, NULL, s FROM demo.name_pool, unnest(given_f) WITH ORDINALITY AS t(s, n)
        UNION ALL
        SELECT origin, 'patronymic', n,
               CASE WHEN s ~ 'о$' THEN s || 'вич' ELSE s || 'ич' END,
               CASE WHEN s ~ 'о$' THEN s || 'вна' ELSE s || 'на' END
          FROM demo.name_pool, unnest(patronymic_m) WITH ORDINALITY AS t(s, n)) AS names;
ALTER TABLE demo.name ADD PRIMARY KEY (id);
-- per origin: the first id and the number of names of each kind
CREATE TABLE demo.name_range AS
SELECT origin,
       min(id) FILTER (WHERE kind = 'surname') AS surname_first,
       count(*) FILTER (WHERE kind = 'surname')::int AS surnames,
       min(id) FILTER (WHERE kind = 'given_m') AS given_m_first,
       count(*) FILTER (WHERE kind = 'given_m')::int AS given_m,
       min(id) FILTER (WHERE kind = 'given_f') AS given_f_first,
       count(*) FILTER (WHERE kind = 'given_f')::int AS given_f,
       min(id) FILTER (WHERE kind = 'patronymic') AS patronymic_first,
       count(*) FILTER (WHERE kind = 'patronymic')::int AS patronymics
  FROM demo.name GROUP BY origin;
ANALYZE demo.region, demo.municipality, demo.municipality_slot, demo.name, demo.name_range;

-- ---------------------------------------------------------------------------
-- The registry as imported: one row per resident.  Documents are text,
-- exactly as typed at the registration office.  (UNLOGGED, like the typed
-- copy below: generated data needs no crash safety, and skipping the WAL
-- halves the time to load it.  A real registry is a plain table.)
-- ---------------------------------------------------------------------------
CREATE UNLOGGED TABLE demo.person_import (
    id                   bigint PRIMARY KEY,
    municipality_id      int NOT NULL,
    surname              text NOT NULL,
    given_name           text NOT NULL,
    patronymic           text,
    sex                  text NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date           date NOT NULL,
    citizenships         electoral.country[] NOT NULL,
    residence            electoral.residence NOT NULL,  -- of a foreign national: temporary or permanent; 'none' for citizens
    resident_since       date,                          -- of a foreign national: start of residence
    registered           boolean NOT NULL,              -- of a foreign national: on the local commission's list
    incapacitated        boolean NOT NULL,
    imprisoned           boolean NOT NULL,
    detained             boolean NOT NULL,
    foreign_residence_permit boolean NOT NULL,          -- of a citizen: holds a residence permit abroad
    ru_passport          text,
    ru_passport_issued   date,
    snils                text,
    inn                  text,
    by_personal_number   text,
    by_passport          text,
    kz_iin               text,
    -- of a foreign national: the machine-readable zone of the passport shown,
    -- as the scanner read it (text); it carries the Latin transliteration of
    -- the name that the name check compares.  Of a Russian citizen: that of
    -- the internal passport, if it was scanned (the name coded by its table)
    mrz                  text
);

\echo
SELECT count(*) AS municipalities FROM demo.municipality \gset
\echo '== Generating the registry:' :rows 'residents of' :municipalities 'municipalities in Russia and Belarus'
-- Four stages, each a subquery fenced with OFFSET 0 so that what one stage
-- computes is computed once per row (the planner would otherwise inline an
-- expression wherever it is used): who the person is; their status; the
-- parts of their documents; then the documents as typed, check digits and all.
INSERT INTO demo.person_import
SELECT id, municipality_id, surname, given_name, patronymic, sex, birth_date,
       string_to_array(citizenship, '+')::electoral.country[],
       residence, resident_since, registered, incapacitated, imprisoned, detained, foreign_residence_permit,
       -- Russian passport: series (OKATO region + year the blank was printed) and number.
       -- 0.4% a digit short, 0.2% a Cyrillic О typed in place of a digit; the rest in the
       -- spellings people use.
       CASE WHEN ru_series IS NULL THEN NULL
            WHEN ru_e < 4 THEN ru_series || ' ' || left(ru_num, 5)
            WHEN ru_e < 6 THEN ru_series || ' ' || overlay(ru_num PLACING 'О' FROM 2 FOR 1)
            WHEN ru_f < 70 THEN ru_series || ' ' || ru_num
            WHEN ru_f < 85 THEN ru_series || ru_num
            WHEN ru_f < 95 THEN left(ru_series, 2) || ' ' || right(ru_series, 2) || ' ' || ru_num
            ELSE left(ru_series, 2) || '-' || right(ru_series, 2) || ' ' || ru_num END,
       ru_issued,
       -- SNILS: 1.2% with a wrong check number
       CASE WHEN snils9 IS NULL THEN NULL
            WHEN snils_f < 60 THEN substr(snils9, 1, 3) || '-' || substr(snils9, 4, 3) || '-' || substr(snils9, 7, 3) || ' ' || sc_ic.snils_cc
            WHEN snils_f < 90 THEN snils9 || sc_ic.snils_cc
            ELSE substr(snils9, 1, 3) || ' ' || substr(snils9, 4, 3) || ' ' || substr(snils9, 7, 3) || ' ' || sc_ic.snils_cc END,
       -- INN of a person: 0.8% with a wrong last check digit, 0.3% a digit short
       CASE WHEN inn10 IS NULL THEN NULL
            WHEN inn_e < 8 THEN inn10 || sc_ic.c11 || demo.wrong_digit(demo.inn_c12(inn10, sc_ic.c11), inn_e)
            WHEN inn_e < 11 THEN left(inn10, 4) || substr(inn10, 6) || sc_ic.c11 || demo.inn_c12(inn10, sc_ic.c11)
            ELSE inn10 || sc_ic.c11 || demo.inn_c12(inn10, sc_ic.c11) END,
       -- Belarusian personal number: 1% with a wrong check digit; 5% typed with
       -- Cyrillic look-alikes and 2% in lower case (both valid)
       CASE WHEN by13 IS NULL THEN NULL
            WHEN by_e BETWEEN 19 AND 28 THEN by13 || demo.wrong_digit(demo.by_check(by13), by_e)
            WHEN by_f < 5 THEN demo.cyrillic_lookalikes(by13 || demo.by_check(by13))
            WHEN by_f < 7 THEN lower(by13 || demo.by_check(by13))
            ELSE by13 || demo.by_check(by13) END,
       -- Belarusian passport: 0.5% a digit short, 0.2% a letter O in place of a digit;
       -- series typed in Cyrillic (МР) or lower case: valid
       CASE WHEN byp_series IS NULL THEN NULL
            WHEN byp_e < 5 THEN byp_series || left(byp_num, 6)
            WHEN byp_e < 7 THEN byp_series || overlay(byp_num PLACING 'O' FROM 3 FOR 1)
            WHEN byp_f < 80 THEN byp_series || byp_num
            WHEN byp_f < 90 THEN byp_series || ' ' || byp_num
            WHEN byp_f < 97 THEN demo.cyrillic_lookalikes(byp_series) || byp_num
            ELSE lower(byp_series) || byp_num END,
       -- Kazakh IIN: 1.5% with a wrong check digit (where both weightings give
       -- 10, the next serial number is taken)
       CASE WHEN kz11 IS NULL THEN NULL
            WHEN kz_e < 15 THEN coalesce(kz11 || demo.wrong_digit(demo.kz_check(kz11), kz_e),
                                         kz11b || demo.wrong_digit(demo.kz_check(kz11b), kz_e))
            ELSE coalesce(kz11 || demo.kz_check(kz11), kz11b || demo.kz_check(kz11b)) END
  FROM (
    -- stage 3: names, and the parts of each document
    SELECT s.*,
           CASE s.sex WHEN 'M' THEN ns.m ELSE ns.f END AS surname,
           coalesce(ng.m, ng.f) AS given_name,
           CASE s.sex WHEN 'M' THEN np.m ELSE np.f END AS patronymic,
           -- Russian passport (citizens of 14 and over): printed up to two years before issue
           CASE WHEN s.ru_issued IS NOT NULL THEN
               CASE WHEN s.host = 'RU' AND demo.u(s.id, 22) < 0.9 THEN s.okato
                    ELSE (ARRAY['45','40','46','66','58','15','60','50'])[1 + demo.pick(s.id, 23, 8)] END
               || to_char(greatest(date '1997-01-01', s.ru_issued - 365 * demo.pick(s.id, 24, 3)), 'YY')
           END AS ru_series,
           lpad(demo.pick(s.id, 25, 1000000)::text, 6, '0') AS ru_num,
           demo.pick(s.id, 26, 1000) AS ru_e, demo.pick(s.id, 27, 100) AS ru_f,
           -- SNILS: 95% of citizens living in Russia, half the foreign residents
           -- of Russia and of the Russians living in Belarus; unique by construction
           CASE WHEN demo.u(s.id, 30) < CASE WHEN s.citizenship IN ('RU', 'RU+BY') AND s.host = 'RU' THEN 0.95
                                             WHEN s.citizenship IN ('RU', 'RU+BY') OR s.host = 'RU' THEN 0.50
                                             ELSE 0 END
                THEN lpad((1002000 + (s.id * 387420489) % 998998000)::text, 9, '0') END AS snils9,
           demo.pick(s.id, 31, 100) AS snils_f,
           -- INN of a person, from 14: region prefix + 8 digits unique by construction
           CASE WHEN s.age >= 14
                 AND demo.u(s.id, 40) < CASE WHEN s.citizenship IN ('RU', 'RU+BY') AND s.host = 'RU' THEN 0.85
                                             WHEN s.host = 'RU' THEN 0.60
                                             WHEN s.citizenship IN ('RU', 'RU+BY') THEN 0.40
                                             ELSE 0 END
                THEN coalesce(s.inn_prefix, '77') || lpad(((s.id * 2654435761) % 100000000)::text, 8, '0') END AS inn10,
           demo.pick(s.id, 42, 1000) AS inn_e,
           -- Belarusian personal number, first 13 characters: citizens of 14 and
           -- over (status PB) and foreign permanent residents of Belarus (BI).
           -- Before 2012: sex and century, birth date DDMMYY (0.8% encode another
           -- birth date, 0.3% the other sex: valid numbers that disagree with the
           -- record); from 2012: 7 and six digits.  Then region letter, sequence, status.
           CASE WHEN s.age >= 14
                 AND ((s.citizenship IN ('BY', 'RU+BY') AND demo.u(s.id, 50) < 0.97)
                      OR (s.host = 'BY' AND s.foreign_national AND s.residence = 'permanent' AND demo.u(s.id, 50) < 0.90))
                -- (a Belarusian citizen living in Russia is foreign there, but PB)
                THEN CASE WHEN (s.citizenship NOT IN ('BY', 'RU+BY') AND s.resident_since >= date '2012-01-01')
                            OR (s.citizenship IN ('BY', 'RU+BY') AND (s.birth_date >= date '1998-01-01' OR demo.u(s.id, 55) < 0.08))
                          THEN '7' || lpad(demo.pick(s.id, 51, 1000000)::text, 6, '0')
                          ELSE (CASE WHEN s.birth_date < date '2000-01-01' THEN 3 ELSE 5 END
                                + ((s.sex = 'F') <> (s.by_e BETWEEN 8 AND 10))::int)::text
                               || to_char(CASE WHEN s.by_e < 8 THEN s.birth_date + 1 + demo.pick(s.id, 52, 40)
                                               ELSE s.birth_date END, 'DDMMYY') END
                     || coalesce(s.by_letter, (ARRAY['A','B','C','E','H','K','M'])[1 + demo.pick(s.id, 53, 7)])
                     || lpad(demo.pick(s.id, 54, 1000)::text, 3, '0')
                     || CASE WHEN s.citizenship IN ('BY', 'RU+BY') THEN 'PB' ELSE 'BI' END
           END AS by13,
           demo.pick(s.id, 57, 100) AS by_f,
           -- Belarusian passport (citizens of 14 and over): series of the issuing region, 7 digits
           CASE WHEN s.citizenship IN ('BY', 'RU+BY') AND s.age >= 14 AND demo.u(s.id, 60) < 0.97
                THEN coalesce(s.by_series, (ARRAY['MP','MC','AB','KH','BM','HB','KB'])[1 + demo.pick(s.id, 61, 7)]) END AS byp_series,
           lpad(demo.pick(s.id, 62, 10000000)::text, 7, '0') AS byp_num,
           demo.pick(s.id, 63, 1000) AS byp_e, demo.pick(s.id, 64, 100) AS byp_f,
           -- Kazakh IIN (95% of Kazakh citizens): YYMMDD, century and sex, 4-digit serial
           -- (two candidates); 1% encode another birth date
           CASE WHEN s.citizenship = 'KZ' AND demo.u(s.id, 70) < 0.95 THEN
               to_char(kz.bd, 'YYMMDD') || (CASE WHEN kz.bd < date '2000-01-01' THEN 3 ELSE 5 END + (s.sex = 'F')::int)::text
               || lpad(demo.pick(s.id, 71, 10000)::text, 4, '0') END AS kz11,
           CASE WHEN s.citizenship = 'KZ' AND demo.u(s.id, 70) < 0.95 THEN
               to_char(kz.bd, 'YYMMDD') || (CASE WHEN kz.bd < date '2000-01-01' THEN 3 ELSE 5 END + (s.sex = 'F')::int)::text
               || lpad(((demo.pick(s.id, 71, 10000) + 1) % 10000)::text, 4, '0') END AS kz11b
      FROM (
        -- stage 2: status
        SELECT p.*, st.residence,
               CASE st.residence
                    WHEN 'permanent' THEN greatest(p.birth_date, date '1995-01-01' + (demo.u(p.id, 6) * 11100)::int)
                    WHEN 'temporary' THEN greatest(p.birth_date, date '2021-01-01' + (demo.u(p.id, 6) * 1950)::int)
               END AS resident_since,
               CASE st.residence WHEN 'permanent' THEN demo.u(p.id, 7) < 0.70   -- on the commission's list
                                 WHEN 'temporary' THEN demo.u(p.id, 7) < 0.08
                                 ELSE false END AS registered,
               p.age >= 18 AND demo.u(p.id, 8) < 0.004 AS incapacitated,
               p.age >= 18 AND demo.u(p.id, 9) < 0.003 AS imprisoned,
               p.age >= 18 AND demo.u(p.id, 10) < 0.0006 AS detained,
               NOT p.foreign_national AND p.age >= 18 AND demo.u(p.id, 14) < 0.004 AS foreign_residence_permit,
               -- Russian passport: issued at 14, replaced at 20 and at 45; the first were
               -- issued from October 1997.  1.2% of holders never replaced theirs.
               CASE WHEN p.citizenship IN ('RU', 'RU+BY') AND p.age >= 14 THEN
                   least(date '2026-06-01',  -- at the latest on the day of the extract
                         greatest(date '1997-10-01' + demo.pick(p.id, 28, 2400),
                                  (p.birth_date + make_interval(years =>
                                       CASE WHEN p.age >= 45 THEN CASE WHEN demo.u(p.id, 20) < 0.012 THEN 20 + demo.pick(p.id, 21, 25) ELSE 45 END
                                            WHEN p.age >= 20 THEN CASE WHEN demo.u(p.id, 20) < 0.012 THEN 14 + demo.pick(p.id, 21, 6) ELSE 20 END
                                            ELSE 14 END))::date + demo.pick(p.id, 29, 60)))
               END AS ru_issued,
               demo.pick(p.id, 56, 1000) AS by_e,
               demo.pick(p.id, 74, 1000) AS kz_e,
               -- which names: numbers into the lists of their origin
               nr.surname_first + demo.pick(p.id, 11, nr.surnames) AS surname_id,
               CASE p.sex WHEN 'M' THEN nr.given_m_first + demo.pick(p.id, 12, nr.given_m)
                          ELSE nr.given_f_first + demo.pick(p.id, 12, nr.given_f) END AS given_id,
               nr.patronymic_first + demo.pick(p.id, 13, nr.patronymics) AS patronymic_id
          FROM (
            -- stage 1: where they live, citizenship, sex, birth date
            SELECT g.id, mu.id AS municipality_id, r.country::text AS host, r.okato, r.inn_prefix,
                   r.by_letter, r.by_series, c.citizenship,
                   strpos(c.citizenship, r.country::text) = 0 AS foreign_national,
                   CASE WHEN demo.u(g.id, 3) < 0.53 THEN 'F' ELSE 'M' END AS sex,
                   bd.birth_date,
                   date_part('year', age(date '2026-06-01', bd.birth_date))::int AS age  -- on the day of the extract
              FROM generate_series(1::bigint, :rows) AS g(id)
              JOIN demo.municipality_slot sl ON sl.slot = demo.pick(g.id, 1, 10000)
              JOIN demo.municipality mu ON mu.id = sl.municipality_id
              JOIN demo.region r ON r.code = mu.region
              -- the other country's citizens: more in the border regions, and more or
              -- fewer from one municipality to the next
              CROSS JOIN LATERAL (SELECT r.foreign_factor * (0.3 + 1.4 * demo.u(mu.id, 101)) AS f,
                                         demo.u(g.id, 2) AS x OFFSET 0) AS k
              CROSS JOIN LATERAL (SELECT CASE
                  WHEN r.country::text = 'RU' THEN CASE
                       WHEN k.x < 0.060 * k.f THEN 'BY'
                       WHEN k.x < 0.060 * k.f + 0.010 THEN 'RU+BY'
                       WHEN k.x < 0.060 * k.f + 0.019 THEN 'KZ'
                       WHEN k.x < 0.060 * k.f + 0.028 THEN 'UA'
                       WHEN k.x < 0.060 * k.f + 0.034 THEN 'AM'
                       WHEN k.x < 0.060 * k.f + 0.040 THEN 'UZ'
                       ELSE 'RU' END
                  ELSE CASE
                       WHEN k.x < 0.070 * k.f THEN 'RU'
                       WHEN k.x < 0.070 * k.f + 0.008 THEN 'RU+BY'
                       WHEN k.x < 0.070 * k.f + 0.022 THEN 'UA'
                       WHEN k.x < 0.070 * k.f + 0.028 THEN 'KZ'
                       WHEN k.x < 0.070 * k.f + 0.033 THEN 'AM'
                       WHEN k.x < 0.070 * k.f + 0.038 THEN 'UZ'
                       ELSE 'BY' END
                  END AS citizenship) AS c
              -- citizens born 1936-2014; foreign residents mostly of working age, with their children
              CROSS JOIN LATERAL (SELECT CASE
                  WHEN c.citizenship IN ('RU', 'BY', 'RU+BY') THEN date '1936-01-01' + (demo.u(g.id, 4) * 28850)::int
                  ELSE date '1958-01-01' + (demo.u(g.id, 4) * 18600)::int END AS birth_date) AS bd
            OFFSET 0) AS p
          CROSS JOIN LATERAL (SELECT CASE WHEN NOT p.foreign_national THEN 'none'
                                          WHEN demo.u(p.id, 5) < 0.72 THEN 'permanent'
                                          ELSE 'temporary' END::electoral.residence AS residence,
                                     CASE p.citizenship WHEN 'RU+BY' THEN CASE WHEN demo.u(p.id, 15) < 0.5 THEN 'RU' ELSE 'BY' END
                                                        ELSE p.citizenship END AS name_origin
                              OFFSET 0) AS st
          JOIN demo.name_range nr ON nr.origin = st.name_origin
        OFFSET 0) AS s
      JOIN demo.name ns ON ns.id = s.surname_id
      JOIN demo.name ng ON ng.id = s.given_id
      JOIN demo.name np ON np.id = s.patronymic_id
      CROSS JOIN LATERAL (SELECT CASE WHEN s.kz_e BETWEEN 15 AND 24 THEN s.birth_date + 1 + demo.pick(s.id, 73, 60)
                                      ELSE s.birth_date END AS bd) AS kz
    OFFSET 0) AS r
  -- the SNILS check number (1.2% typed wrong) and the INN's first check digit, computed once
  CROSS JOIN LATERAL (SELECT CASE WHEN r.snils9 IS NULL THEN NULL
                                  WHEN demo.pick(r.id, 32, 1000) < 12
                                  THEN lpad(((demo.snils_check(r.snils9)::int + 1 + demo.pick(r.id, 33, 98)) % 100)::text, 2, '0')
                                  ELSE demo.snils_check(r.snils9) END AS snils_cc,
                             CASE WHEN r.inn10 IS NOT NULL THEN demo.inn_c11(r.inn10) END AS c11
                      OFFSET 0) AS sc_ic;

-- ---------------------------------------------------------------------------
-- The foreign residents' national passports, as the registration office's
-- scanner read their machine-readable zone (97% were scanned).  ICAO 9303
-- TD3, every check digit computed here (demo.td3): the name transliterated
-- from the record (Belarusian passports: Г -> H, Ё -> IO; the others by the
-- Russian table), surname and given name only, as these passports have no
-- patronymic; Belarusian passports the series and number of the person's
-- by_passport and the personal number (as it should be: a number typed
-- wrong in the record is right on the passport); Kazakh ones N + 8 digits
-- and the IIN; Russian ones 9 digits.  Valid ten years; 3% have expired by
-- polling day, some of them only since the extract.  The bad data, 3.7%:
--   1.4%  unreadable: a check digit misread (0.8%), a digit of the document
--         number read as a letter, 0 as O, 8 as B... (0.4%), the second line
--         cut short (0.2%): electoral.mrz refuses them;
--   0.5%  another surname (the passport predates a marriage);
--   0.5%  the name in an older spelling: on Russian passports that of
--         1997-2010 (Й -> Y, Я -> YA, Ю -> YU), which name matching accepts
--         and the report does not flag; on Uzbek ones the Uzbek Latin X for
--         Х, which it does flag (names without those letters come out right);
--   0.4%  another birth date (day and month swapped, or a year off);
--   0.2%  the other sex;
--   0.4%  a passport of the host country, not of the citizenship claimed;
--   0.3%  on Belarusian passports: another personal number than the record's.
-- As scanned: two lines, or separated by a space or CRLF, or run together,
-- and some in lower case; all valid forms of electoral.mrz.
-- ---------------------------------------------------------------------------
\echo '== Scanning the foreign residents'' passports (machine-readable zones)'
WITH
-- who was scanned, and which bad data (if any) their passport carries: e
resident AS (
    SELECT p.id, p.sex, p.birth_date, p.surname, p.given_name, p.by_personal_number, p.kz_iin,
           p.citizenships[1]::text AS origin, r.by_series, m.polling_day, x.e,
           electoral.alpha3(CASE WHEN x.e BETWEEN 30 AND 33 THEN r.country ELSE p.citizenships[1] END) AS nat
      FROM demo.person_import p
      JOIN demo.municipality m ON m.id = p.municipality_id
      JOIN demo.region r ON r.code = m.region
      CROSS JOIN LATERAL (SELECT demo.pick(p.id, 201, 1000) AS e) AS x
     WHERE NOT (r.country OPERATOR(electoral.=) ANY (p.citizenships))
       AND demo.u(p.id, 200) < 0.97
    OFFSET 0),
-- the fields of the passport
field AS (
    SELECT a.id, a.e, a.nat,
           demo.mrz_name(CASE WHEN a.e BETWEEN 19 AND 23 THEN demo.older_latin(sn.surname, a.nat) ELSE sn.surname END,
                         CASE WHEN a.e BETWEEN 19 AND 23 THEN demo.older_latin(a.given_name, a.nat) ELSE a.given_name END,
                         CASE a.nat WHEN 'BLR' THEN 'by' ELSE 'ru' END) AS name_field,
           rpad(CASE a.nat
                WHEN 'BLR' THEN coalesce(a.by_series, (ARRAY['MP','MC','AB','KH','BM','HB','KB'])[1 + demo.pick(a.id, 61, 7)])
                                || lpad(demo.pick(a.id, 62, 10000000)::text, 7, '0')  -- the by_passport's, drawn alike
                WHEN 'RUS' THEN (ARRAY['72','73','75','76'])[1 + demo.pick(a.id, 203, 4)]
                                || lpad(demo.pick(a.id, 204, 10000000)::text, 7, '0')
                WHEN 'KAZ' THEN 'N' || lpad(demo.pick(a.id, 204, 100000000)::text, 8, '0')
                WHEN 'UKR' THEN (ARRAY['FA','FB','FC','FE','FH','FK'])[1 + demo.pick(a.id, 203, 6)]
                                || lpad(demo.pick(a.id, 204, 1000000)::text, 6, '0')
                WHEN 'ARM' THEN (ARRAY['AR','AS','AT','AU'])[1 + demo.pick(a.id, 203, 4)]
                                || lpad(demo.pick(a.id, 204, 10000000)::text, 7, '0')
                ELSE (ARRAY['AA','AB','AC','AD','FA'])[1 + demo.pick(a.id, 203, 5)]
                     || lpad(demo.pick(a.id, 204, 10000000)::text, 7, '0') END, 9, '<') AS num9,
           to_char(CASE WHEN a.e NOT BETWEEN 24 AND 27 THEN a.birth_date
                        WHEN extract(day FROM a.birth_date) <= 12
                         AND extract(day FROM a.birth_date) <> extract(month FROM a.birth_date)
                        THEN make_date(extract(year FROM a.birth_date)::int, extract(day FROM a.birth_date)::int,
                                       extract(month FROM a.birth_date)::int)
                        ELSE (a.birth_date + interval '1 year')::date END, 'YYMMDD') AS birth,
           CASE WHEN a.e BETWEEN 28 AND 29 THEN CASE a.sex WHEN 'M' THEN 'F' ELSE 'M' END ELSE a.sex END AS sex,
           -- ten years from issue: 3% expired by polling day, 40% of those in its last four months
           to_char(CASE WHEN demo.pick(a.id, 205, 1000) < 30
                        THEN a.polling_day - 1 - CASE WHEN demo.pick(a.id, 206, 10) < 4 THEN demo.pick(a.id, 207, 120)
                                                      ELSE demo.pick(a.id, 207, 1500) END
                        ELSE a.polling_day + 1 + demo.pick(a.id, 207, 3500) END, 'YYMMDD') AS expiry,
           CASE a.nat WHEN 'BLR' THEN coalesce(bn.by13 || demo.by_check(bn.by13), '')
                      WHEN 'KAZ' THEN coalesce(left(a.kz_iin, 11) || demo.kz_check(left(a.kz_iin, 11)), '')
                      ELSE '' END AS pers
      FROM resident a
      -- another surname of the same origin (the next one if the draw gives theirs)
      JOIN demo.name_range nr ON nr.origin = a.origin
      JOIN demo.name o1 ON o1.id = nr.surname_first + demo.pick(a.id, 202, nr.surnames)
      JOIN demo.name o2 ON o2.id = nr.surname_first + (demo.pick(a.id, 202, nr.surnames) + 1) % nr.surnames
      CROSS JOIN LATERAL (SELECT CASE WHEN a.e NOT BETWEEN 14 AND 18 THEN a.surname
                                      WHEN a.sex = 'M' THEN CASE WHEN o1.m = a.surname THEN o2.m ELSE o1.m END
                                      ELSE CASE WHEN o1.f = a.surname THEN o2.f ELSE o1.f END END AS surname) AS sn
      -- the Belarusian personal number as it should be: the record's, normalised,
      -- its check digit recomputed (or another sequence number, 9-11)
      CROSS JOIN LATERAL (SELECT CASE WHEN a.e BETWEEN 34 AND 36
                                      THEN overlay(n13 PLACING lpad(((substr(n13, 9, 3)::int + 1 + demo.pick(a.id, 208, 998)) % 1000)::text, 3, '0')
                                                   FROM 9 FOR 3)
                                      ELSE n13 END AS by13
                            FROM (SELECT left(upper(translate(a.by_personal_number, 'АВСЕНКМОРТХ', 'ABCEHKMOPTX')), 13) AS n13) AS n) AS bn
    OFFSET 0),
-- the zone as printed, check digits and all
printed AS (
    SELECT id, e, string_to_array(demo.td3(nat, name_field, f1, f2, sex, f3, f4), E'\n') AS l
      FROM (SELECT id, e, nat, name_field, sex,
                   num9 || demo.mrz_cd(num9) AS f1,
                   birth || demo.mrz_cd(birth) AS f2,
                   expiry || demo.mrz_cd(expiry) AS f3,
                   rpad(pers, 14, '<') || CASE WHEN pers <> '' THEN demo.mrz_cd(pers)
                                               WHEN nat = 'RUS' THEN '0' ELSE '<' END AS f4
              FROM field OFFSET 0) AS f
    OFFSET 0),
-- what the scanner read: the misreads, in the second line; the line separator and case
scanned AS (
    SELECT id, demo.pick(id, 211, 100) AS form, l[1] AS l1,
           CASE WHEN e < 8 THEN overlay(l[2] PLACING demo.wrong_digit(substr(l[2], k_cd, 1), e) FROM k_cd FOR 1)
                WHEN e < 12 THEN overlay(l[2] PLACING translate(substr(l[2], k_num, 1), '0123456789', 'OIZEASBTBQ')
                                         FROM k_num FOR 1)
                WHEN e < 14 THEN left(l[2], 43)
                ELSE l[2] END AS l2
      FROM printed
      CROSS JOIN LATERAL (SELECT (ARRAY[10, 20, 28, 44])[1 + demo.pick(id, 210, 4)] AS k_cd,  -- a check digit
                                 3 + demo.pick(id, 210, 6) AS k_num) AS k                    -- a digit of the number
    OFFSET 0)
UPDATE demo.person_import t
   SET mrz = CASE WHEN s.form < 62 THEN s.l1 || E'\n' || s.l2
                  WHEN s.form < 80 THEN s.l1 || ' ' || s.l2
                  WHEN s.form < 86 THEN s.l1 || E'\r\n' || s.l2
                  WHEN s.form < 90 THEN s.l1 || s.l2
                  WHEN s.form < 96 THEN lower(s.l1 || E'\n' || s.l2)
                  ELSE lower(s.l1 || ' ' || s.l2) END
  FROM scanned s
 WHERE t.id = s.id;

-- ---------------------------------------------------------------------------
-- The Russian citizens' internal passports: those issued since 1 July 2011
-- carry a machine-readable zone of their own ("PNRUS", 2 x 44; MVD rules),
-- and a bank's or the commission's scanner read 40% of them.  The name is
-- coded by the MVD table (Ё 2, Й Q, Ч 3, Ш 4, Щ W, Ъ X, Ы Y, Ь 9, Э 6, Ю 7,
-- Я 8, the other letters by their Latin ones), surname << given name <
-- patronymic, cut at 39 characters; then the series and number, birth date,
-- sex, no expiry, the series' last digit, issue date and department code,
-- every check digit computed here.  Where the person has a scanned foreign
-- passport (a Russian living in Belarus), that stays.  The bad data, 2%:
--   0.5%  a check digit misread: electoral.mrz refuses them;
--   0.5%  the record's passport is another one than the scanned (a digit of
--         the number typed wrong in the record, or an old passport kept);
--   0.5%  the record's issue date is not the passport's;
--   0.3%  another birth date in the record (a year off);
--   0.2%  the record's surname typed with its last letter twice.
-- Records that write Е for the passport's Ё are not bad data.
-- ---------------------------------------------------------------------------
\echo '== Scanning the citizens'' internal passports (machine-readable zones)'
WITH
citizen AS (
    SELECT p.id, p.sex, p.birth_date, p.ru_passport_issued AS issued,
           translate(p.ru_passport::electoral.ru_passport::text, ' ', '') AS digits,
           translate(upper(concat_ws('<<', translate(p.surname, ' -', '<<'),
                                     concat_ws('<', translate(p.given_name, ' -', '<<'),
                                               translate(p.patronymic, ' -', '<<')))),
                     'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'ABVGDE2JZIQKLMNOPRSTUFHC34WXY9678') AS name_field,
           demo.pick(p.id, 231, 1000) AS e
      FROM demo.person_import p
     WHERE p.mrz IS NULL
       AND p.ru_passport_issued >= date '2011-07-01'
       AND electoral.is_valid(p.ru_passport, 'electoral.ru_passport')
       AND demo.u(p.id, 230) < 0.4
    OFFSET 0),
field AS (
    SELECT id, e, sex, name_field,
           -- another number on the passport than in the record (e 5-9)
           left(digits, 3) || CASE WHEN e BETWEEN 5 AND 9
                                   THEN lpad(((right(digits, 6)::int + 1 + demo.pick(id, 232, 999998)) % 1000000)::text, 6, '0')
                                   ELSE right(digits, 6) END AS num9,
           -- the record's birth date a year off (e 15-17): the passport has the true one
           to_char(CASE WHEN e BETWEEN 15 AND 17 THEN birth_date + interval '1 year' ELSE birth_date END, 'YYMMDD') AS birth,
           substr(digits, 4, 1)
           -- another issue date (e 10-14)
           || to_char(CASE WHEN e BETWEEN 10 AND 14 THEN issued - 1 - demo.pick(id, 233, 60) ELSE issued END, 'YYMMDD')
           || lpad(demo.pick(id, 234, 1000000)::text, 6, '0') || '<' AS opt
      FROM citizen
    OFFSET 0),
printed AS (
    SELECT id, e,
           string_to_array('PN' || substr(demo.td3('RUS', name_field, num9 || demo.mrz_cd(num9), birth || demo.mrz_cd(birth),
                                                     sex, '<<<<<<<', opt || demo.mrz_cd(opt)), 3), E'\n') AS l
      FROM field
    OFFSET 0)
UPDATE demo.person_import t
   SET mrz = p.l[1] || E'\n'
             -- a check digit misread (e 0-4): the series and number's, the birth date's, the optional data's or the composite
             || CASE WHEN p.e < 5 THEN overlay(p.l[2] PLACING demo.wrong_digit(substr(p.l[2], k, 1), p.e) FROM k FOR 1)
                     ELSE p.l[2] END,
       -- the record's surname typed with a letter too many (e 18-19)
       surname = CASE WHEN p.e BETWEEN 18 AND 19 THEN t.surname || right(t.surname, 1) ELSE t.surname END
  FROM printed p
  CROSS JOIN LATERAL (SELECT (ARRAY[10, 20, 43, 44])[1 + demo.pick(p.id, 235, 4)] AS k) AS k
 WHERE t.id = p.id;

ALTER TABLE demo.person_import ADD FOREIGN KEY (municipality_id) REFERENCES demo.municipality;
ANALYZE demo.person_import;

-- ---------------------------------------------------------------------------
-- The last election in each municipality, on the registry's own scale: the
-- citizens who could vote then, the turnout, and the top two.  A quarter of
-- them were close (a margin under 3% of the votes cast).
-- ---------------------------------------------------------------------------
UPDATE demo.municipality m
   SET last_election = e.held,
       votes_cast = e.votes,
       winner_votes = e.winner + (e.winner = e.runner_up)::int,
       runner_up_votes = e.runner_up
  FROM (SELECT id, held, votes,
               round(votes * (top2 + margin) / 2)::int AS winner,
               round(votes * (top2 - margin) / 2)::int AS runner_up
          FROM (SELECT m.id, l.held,
                       round(count(p.id) * CASE WHEN m.region LIKE 'RU-%' THEN 0.18 + 0.30 * demo.u(m.id, 103)
                                                ELSE 0.68 + 0.12 * demo.u(m.id, 103) END)::int AS votes,
                       0.55 + 0.35 * demo.u(m.id, 105) AS top2,
                       CASE WHEN demo.u(m.id, 104) < 0.25 THEN 0.002 + 0.028 * demo.u(m.id, 106)
                            WHEN demo.u(m.id, 104) < 0.60 THEN 0.03 + 0.09 * demo.u(m.id, 106)
                            ELSE 0.12 + 0.35 * demo.u(m.id, 106) END AS margin
                  FROM demo.municipality m
                  JOIN demo.region r ON r.code = m.region
                  CROSS JOIN LATERAL (SELECT CASE WHEN m.region LIKE 'RU-%'
                                                  THEN (ARRAY[date '2021-09-19', '2022-09-11', '2023-09-10', '2024-09-08', '2025-09-14'])[1 + demo.pick(m.id, 102, 5)]
                                                  ELSE date '2024-02-25' END AS held) AS l
                  LEFT JOIN demo.person_import p
                         ON p.municipality_id = m.id AND r.country OPERATOR(electoral.=) ANY (p.citizenships)
                        AND p.birth_date <= l.held - interval '18 years' AND NOT p.incapacitated AND NOT p.imprisoned
                 GROUP BY m.id, l.held) AS x) AS e
 WHERE m.id = e.id;

-- ---------------------------------------------------------------------------
-- The registry typed: every document that passes its check becomes a value
-- of its electoral type (canonical: 8 bytes for a number, the upper-case
-- lines of an MRZ); one that does not is kept as NULL here, and the import
-- keeps the text for the data-quality report.  electoral.is_valid routes them
-- without raising and without a subtransaction; the MRZs, demo.mrz_error.
-- ---------------------------------------------------------------------------
\echo '== Typing the documents (electoral.is_valid routes the bad ones to NULL)'
CREATE UNLOGGED TABLE demo.person AS
SELECT id, municipality_id, surname, given_name, patronymic, sex, birth_date, citizenships,
       residence, resident_since, registered, incapacitated, imprisoned, detained, foreign_residence_permit,
       CASE WHEN electoral.is_valid(ru_passport, 'electoral.ru_passport')
            THEN ru_passport::electoral.ru_passport END AS ru_passport,
       ru_passport_issued,
       CASE WHEN electoral.is_valid(snils, 'electoral.ru_snils') THEN snils::electoral.ru_snils END AS snils,
       CASE WHEN electoral.is_valid(inn, 'electoral.ru_inn') THEN inn::electoral.ru_inn END AS inn,
       CASE WHEN electoral.is_valid(by_personal_number, 'electoral.by_personal_number')
            THEN by_personal_number::electoral.by_personal_number END AS by_personal_number,
       CASE WHEN electoral.is_valid(by_passport, 'electoral.by_passport')
            THEN by_passport::electoral.by_passport END AS by_passport,
       CASE WHEN electoral.is_valid(kz_iin, 'electoral.kz_iin') THEN kz_iin::electoral.kz_iin END AS kz_iin,
       CASE WHEN demo.mrz_error(mrz) IS NULL THEN mrz::electoral.mrz END AS mrz
  FROM demo.person_import;
ALTER TABLE demo.person ADD PRIMARY KEY (id);
ANALYZE demo.person;

\echo
\echo '== The registry: residents by country, citizenship and residence status'
SELECT r.country AS "resident in", p.citizenships AS citizenship,
       p.residence AS status, count(*) AS people,
       round(100.0 * count(*) / sum(count(*)) OVER (PARTITION BY r.country), 1) AS "% of residents",
       count(*) FILTER (WHERE p.registered) AS "on the commission's list"
  FROM demo.person p
  JOIN demo.municipality m ON m.id = p.municipality_id
  JOIN demo.region r ON r.code = m.region
 GROUP BY 1, 2, 3
 ORDER BY 1 DESC, 4 DESC;

\echo '== A few typed rows: canonical forms, and what the numbers encode'
SELECT id, surname || ' ' || given_name AS name, citizenships AS cit,
       ru_passport, electoral.region_code(ru_passport) AS okato, snils, inn,
       by_personal_number, electoral.birth_date(by_personal_number) AS "encoded birth",
       by_passport, kz_iin, electoral.birth_date(kz_iin) AS "IIN birth"
  FROM (SELECT DISTINCT ON (citizenships::text, by_personal_number IS NULL, kz_iin IS NULL) *
          FROM demo.person
         WHERE id <= 5000
           AND ((ru_passport IS NOT NULL AND snils IS NOT NULL AND inn IS NOT NULL)
                OR by_personal_number IS NOT NULL OR kz_iin IS NOT NULL)
         ORDER BY citizenships::text, by_personal_number IS NULL, kz_iin IS NULL, id) AS s
 ORDER BY id
 LIMIT 8;

\echo '== A few scanned passports, as electoral.mrz_fields reads them: foreign residents'' passports, and'
\echo '== citizens'' internal passports (format RU internal: the name decoded to Cyrillic, no expiry)'
SELECT p.id, p.surname || ' ' || p.given_name AS name, p.citizenships AS cit, f.document_number AS number,
       f.nationality AS nat, f.birth_date AS born, f.sex, f.expiry_date AS expires,
       f.surname || ' / ' || f.given_names AS "name in the MRZ", f.personal_number AS "personal number"
  FROM (SELECT DISTINCT ON (citizenships::text) *
          FROM demo.person
         WHERE mrz IS NOT NULL AND id <= 5000
         ORDER BY citizenships::text, id) AS p
  CROSS JOIN LATERAL electoral.mrz_fields(p.mrz) AS f
 ORDER BY p.id;

\echo '== Storage of the six document columns, bytes per person: as imported (text) and typed'
SELECT (SELECT round(avg(coalesce(pg_column_size(ru_passport), 0) + coalesce(pg_column_size(snils), 0)
                         + coalesce(pg_column_size(inn), 0) + coalesce(pg_column_size(by_personal_number), 0)
                         + coalesce(pg_column_size(by_passport), 0) + coalesce(pg_column_size(kz_iin), 0)), 1)
          FROM demo.person_import) AS "as text",
       (SELECT round(avg(coalesce(pg_column_size(ru_passport), 0) + coalesce(pg_column_size(snils), 0)
                         + coalesce(pg_column_size(inn), 0) + coalesce(pg_column_size(by_personal_number), 0)
                         + coalesce(pg_column_size(by_passport), 0) + coalesce(pg_column_size(kz_iin), 0)), 1)
          FROM demo.person) AS typed;
