#!/usr/bin/python3
"""electoral from Python with psycopg2 (Debian: python3-psycopg2).

Connects with libpq's defaults (PGHOST, PGPORT, PGDATABASE, PGUSER, ...),
makes a small registry table with the extension's types, inserts people as
ordinary parameters (strings in any spelling the types accept, a Python list
for the citizenships), asks can_vote for each with parameters, and reads
explain's rows for the one refused.  No casts in the SQL: psycopg2 sends a
str as an untyped literal, which the column's type reads, and a list of str
as ARRAY['..'], a text[], which electoral 1.1 takes where a country[] is
expected.  test/reliability/client_example.sh runs it and checks its output.
"""
import datetime

import psycopg2

OFFICE = "RU.municipal_council"
POLLING_DAY = datetime.date(2026, 9, 13)

PEOPLE = [
    # name, citizenships (any spelling), INN, birth date, residence, resident since, registered
    ("Ivanova", ["RU"], "7707083893", datetime.date(1990, 1, 1), "permanent", datetime.date(2001, 5, 1), True),
    ("Kaval", ["blr"], None, datetime.date(1987, 2, 27), "permanent", datetime.date(2015, 3, 1), True),
    ("Nurlanov", ["KZ"], None, datetime.date(1990, 11, 23), "permanent", datetime.date(2019, 1, 1), True),
]


def main():
    with psycopg2.connect("") as conn, conn.cursor() as cur:
        cur.execute("CREATE EXTENSION IF NOT EXISTS electoral")
        cur.execute("""
            CREATE TEMP TABLE voter (
                name          text PRIMARY KEY,
                citizenships  electoral.country[] NOT NULL,
                inn           electoral.ru_inn,
                birth_date    date NOT NULL,
                residence     electoral.residence NOT NULL,
                resident_since date,
                registered    boolean NOT NULL)""")
        cur.executemany("INSERT INTO voter VALUES (%s, %s, %s, %s, %s, %s, %s)", PEOPLE)

        # A bad value is refused by the type, with SQLSTATE 22P02 and a detail.
        try:
            with conn.cursor() as bad:
                bad.execute("SAVEPOINT s")
                bad.execute("INSERT INTO voter VALUES (%s, %s, %s, %s, %s, %s, %s)",
                            ("Typo", ["RU"], "7707083894", datetime.date(1990, 1, 1), "none", None, False))
        except psycopg2.Error as e:
            cur.execute("ROLLBACK TO SAVEPOINT s")
            print(f"refused: {e.pgcode} {e.diag.message_primary} ({e.diag.message_detail})")

        cur.execute("SELECT name, citizenships::text, inn::text FROM voter ORDER BY name")
        for name, citizenships, inn in cur.fetchall():
            print(f"stored: {name} {citizenships} {inn}")

        # can_vote with parameters: the citizenships go as a Python list.
        for name, citizenships, _inn, birth_date, residence, since, registered in PEOPLE:
            cur.execute("SELECT electoral.can_vote(%s, %s, %s, %s, %s, %s, %s)",
                        (OFFICE, POLLING_DAY, citizenships, birth_date, residence, since, registered))
            print(f"can_vote: {name} {cur.fetchone()[0]}")

        # Why was Nurlanov refused?  explain's unmet requirements, with the law.
        _, citizenships, _, birth_date, residence, since, registered = PEOPLE[2]
        cur.execute("""
            SELECT requirement, detail, legal_basis
              FROM electoral.explain('vote', %s, %s, %s, %s, %s, %s, %s)
             WHERE NOT satisfied""",
                    (OFFICE, POLLING_DAY, citizenships, birth_date, residence, since, registered))
        for requirement, detail, legal_basis in cur.fetchall():
            print(f"explain: {requirement}: {detail} [{legal_basis}]")


if __name__ == "__main__":
    main()
