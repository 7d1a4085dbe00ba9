#!/usr/bin/env python3
"""Generate src/core/country_data.c, the country table of the electoral extension.

The ISO 3166-1 entries come from Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json); to them we add the codes of
ICAO Doc 9303 that have no ISO alpha-2 code (UTO, XXA, GBD, ...), since
passports and visas carry them in the nationality field.

The table must be sorted by the packed canonical code of country.h (base 27,
' ' = 0, 'A'..'Z' = 1..26), which is what country.c relies on and what sits
on disk, so this script sorts by exactly that packing.  For codes of A-Z it
agrees with plain string order ("GB" < "GBD" < "GD", because ' ' packs as 0),
but the packing is the contract, so we sort by it rather than by accident.

Usage: tools/gen_country_data.py [--input FILE] [--output FILE]
"""

import argparse
import json
import os
import subprocess
import sys

DEFAULT_INPUT = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "..", "src", "core", "country_data.c")

# ICAO Doc 9303 Part 3 codes that are not ISO 3166-1 alpha-3 codes (all its
# lists but the deprecated ISO codes ANT and NTZ, whose countries are gone).
# (code, English name); they get alpha2 = NULL and numeric 0.
ICAO_ONLY = [
    ("UTO", "Utopia (ICAO specimen state)"),
    ("XXA", "Stateless person"),
    ("XXB", "Refugee (1951 Convention)"),
    ("XXC", "Refugee (other)"),
    ("XXX", "Unspecified nationality"),
    ("EUE", "European Union"),
    ("UNO", "United Nations Organization official"),
    ("UNA", "United Nations specialized agency official"),
    ("UNK", "Resident of Kosovo (UNMIK)"),
    ("GBD", "British Overseas Territories Citizen"),
    ("GBN", "British National (Overseas)"),
    ("GBO", "British Overseas Citizen"),
    ("GBP", "British Protected Person"),
    ("GBS", "British Subject"),
    # Doc 9303 Part 3, "Codes for other issuing authorities" (the list as
    # cheminfo/mrz builder/states.txt copies it from the standard's
    # sections): organisations that issue travel documents of their own.
    ("XBA", "African Development Bank (ADB)"),
    ("XIM", "African Export-Import Bank (AFREXIM bank)"),
    ("XCC", "Caribbean Community (CARICOM)"),
    ("XCE", "Council of Europe"),
    ("XCO", "Common Market for Eastern and Southern Africa (COMESA)"),
    ("XEC", "Economic Community of West African States (ECOWAS)"),
    ("XPO", "International Criminal Police Organization (INTERPOL)"),
    ("XES", "Organisation of Eastern Caribbean States (OECS)"),
    ("XOM", "Sovereign Military Order of Malta"),
    ("XDC", "Southern African Development Community (SADC)"),
]

# What iso-codes 4.15 ships; a different count is not an error (ISO does
# add and withdraw codes) but deserves a look before committing.
EXPECTED_ISO = 249


def pack(code):
    """The 16-bit packing of country.h: base 27, ' ' = 0, 'A'..'Z' = 1..26."""
    if not 1 <= len(code) <= 3 or not all("A" <= c <= "Z" for c in code):
        raise ValueError("not a packable code: %r" % code)
    v = 0
    for i in range(3):
        v = v * 27 + (ord(code[i]) - ord("A") + 1 if i < len(code) else 0)
    return v


def c_string(s):
    """A C string literal for s, UTF-8 encoded.

    Non-ASCII bytes become three-digit octal escapes: unlike \\x, an octal
    escape stops after three digits, so a following letter or digit can never
    be swallowed into it.
    """
    out = ['"']
    for b in s.encode("utf-8"):
        if b in (0x22, 0x5C):
            out.append("\\" + chr(b))
        elif 0x20 <= b < 0x7F and b != 0x3F:
            out.append(chr(b))
        else:
            # '?' too, so no trigraph can ever form
            out.append("\\%03o" % b)
    out.append('"')
    return "".join(out)


def iso_codes_version():
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
                           capture_output=True, text=True, check=True)
        return r.stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)["3166-1"]

    rows = []                   # (alpha2 or None, alpha3, numeric, name)
    for e in data:
        a2, a3, num = e["alpha_2"], e["alpha_3"], int(e["numeric"], 10)
        if len(a2) != 2 or len(a3) != 3:
            raise SystemExit("bad codes in entry %r" % e)
        if not 1 <= num <= 999:
            raise SystemExit("bad numeric code in entry %r" % e)
        rows.append((a2, a3, num, e["name"]))
    if len(rows) != EXPECTED_ISO:
        print("warning: %d ISO entries, expected %d" % (len(rows), EXPECTED_ISO),
              file=sys.stderr)
    for code, name in ICAO_ONLY:
        rows.append((None, code, 0, name))

    # Every code any input can name must name one entry only: country.c
    # indexes alpha-2, alpha-3 and ICAO codes in one array.
    seen = {}
    for r in rows:
        for code in (r[0], r[1]):
            if code is None:
                continue
            pack(code)
            if code in seen:
                raise SystemExit("code %s used twice: %r and %r" % (code, seen[code], r))
            seen[code] = r
    nums = {}
    for r in rows:
        if r[2] != 0:
            if r[2] in nums:
                raise SystemExit("numeric %03d used twice: %r and %r" % (r[2], nums[r[2]], r))
            nums[r[2]] = r

    rows.sort(key=lambda r: pack(r[0] if r[0] is not None else r[1]))
    return rows


def render(rows, source, version):
    n_iso = sum(1 for r in rows if r[0] is not None)
    lines = []
    lines.append("/*")
    lines.append(" * country_data.c: the country table, sorted by packed canonical code.")
    lines.append(" *")
    lines.append(" * GENERATED by tools/gen_country_data.py; do not edit by hand, rerun it.")
    lines.append(" * Source: %s%s" % (source, " (iso-codes %s)" % version if version else ""))
    lines.append(" * %d ISO 3166-1 entries and %d ICAO Doc 9303 codes without alpha-2."
                 % (n_iso, len(rows) - n_iso))
    lines.append(" * Names are UTF-8 with non-ASCII bytes as octal escapes; the comment")
    lines.append(" * after such an entry shows the name as text.")
    lines.append(" */")
    lines.append('#include "country.h"')
    lines.append("")
    lines.append("const el_country el_countries[] = {")
    for a2, a3, num, name in rows:
        entry = "\t{%s, %s, %d, %s}," % (c_string(a2) if a2 else "NULL",
                                         c_string(a3), num, c_string(name))
        if any(ord(c) > 0x7E for c in name):
            entry += "\t/* %s */" % name.replace("*/", "* /")
        lines.append(entry)
    lines.append("};")
    lines.append("")
    lines.append("const size_t el_ncountries = sizeof(el_countries) / sizeof(el_countries[0]);")
    lines.append("")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=DEFAULT_INPUT)
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    args = ap.parse_args()

    rows = load(args.input)
    text = render(rows, args.input, iso_codes_version())
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s: %d entries" % (os.path.normpath(args.output), len(rows)))


if __name__ == "__main__":
    main()
