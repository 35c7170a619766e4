"""Derive resources/admin_units/*.csv from the vietnamadminunits wheel (domain.md §7.4).

Run from the repository root:

    python tools/build_admin_units.py

The wheel is downloaded at build time only (no dependencies installed), its SHA-256 is checked,
and the CSV files are regenerated deterministically. Any change in the expected counts stops the
script with a non-zero exit status, so a data update is always a reviewed change.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PACKAGE = "vietnamadminunits"
VERSION = "1.0.4"
WHEEL_NAME = f"{PACKAGE}-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35"
SOURCE_URL = "https://github.com/tranngocminhhieu/vietnamadminunits"
DATASET_MEMBER = f"{PACKAGE}/data/dataset.db"
CONVERTER_MEMBER = f"{PACKAGE}/data/converter_2025.json"
LICENSE_MEMBER = f"{PACKAGE}-{VERSION}.dist-info/licenses/LICENSE"

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = REPO_ROOT / ".cache" / PACKAGE
DEFAULT_OUT = REPO_ROOT / "resources" / "admin_units"

#: Counts checked against domain.md §7.2-7.3; a new dataset that changes them must be reviewed.
EXPECTED = {
    "provinces_2025": 34,
    "communes_2025": 3321,
    "provinces_legacy": 63,
    "districts_legacy": 696,
    "communes_legacy": 10035,
    "legacy_rows": 10040,
    "island_districts": 5,
    "divided_old_units": 471,
}

# Longest first, so "Thị trấn" is tried before a shorter prefix could match.
COMMUNE_KINDS = ("Thị trấn", "Đặc khu", "Phường", "Xã")
DISTRICT_KINDS = ("Thành phố", "Thị xã", "Huyện", "Quận")
PROVINCE_KINDS = ("Thành phố", "Tỉnh")

UNITS_2025_COLUMNS = (
    "province_code",
    "province_name",
    "commune_code",
    "commune_name",
    "commune_type",
)
UNITS_LEGACY_COLUMNS = (
    "province_code",
    "province_name",
    "district_code",
    "district_name",
    "district_type",
    "commune_code",
    "commune_name",
    "commune_type",
)
CONVERSION_COLUMNS = (
    "old_province_code",
    "old_district_code",
    "old_commune_code",
    "new_commune_code",
    "whole",
    "is_default",
)


class BuildError(Exception):
    """The downloaded data does not match what the application expects."""


@dataclass(frozen=True)
class Correction:
    """A change made to the source data, listed in ATTRIBUTION.md."""

    table: str
    code: str
    field: str
    old: str
    new: str


def nfc(value: object) -> str:
    """NFC text without surrounding whitespace; None becomes an empty string."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value)).strip()


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download_wheel(cache_dir: Path) -> Path:
    """Download the pinned wheel without dependencies into the cache folder."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        f"{PACKAGE}=={VERSION}",
        "-d",
        str(cache_dir),
    ]
    print("$", " ".join(command))
    subprocess.run(command, check=True)
    wheel = cache_dir / WHEEL_NAME
    if not wheel.is_file():
        raise BuildError(f"pip did not produce {wheel}")
    return wheel


def verify_wheel(wheel: Path) -> None:
    """Refuse any wheel whose hash differs from the reviewed one."""
    actual = sha256_of(wheel)
    if actual != WHEEL_SHA256:
        raise BuildError(f"SHA-256 mismatch for {wheel}: expected {WHEEL_SHA256}, got {actual}")
    print(f"SHA-256 OK: {wheel.name} {actual}")


def check(name: str, actual: int) -> None:
    """Compare a count with EXPECTED."""
    expected = EXPECTED[name]
    if actual != expected:
        raise BuildError(f"count {name}: expected {expected}, got {actual}")
    print(f"  {name}: {actual}")


def split_kind(
    name: str, declared: str, kinds: Sequence[str], table: str, code: str, fixes: list[Correction]
) -> tuple[str, str]:
    """Name with a canonically capitalised type prefix, and the kind that prefix states.

    A few rows of the dataset declare a type that contradicts the name ("Phường 5" as Xã) or
    capitalise the prefix unlike the official catalogue ("Thị Trấn"); the name is the reliable
    part, so it wins, and every such change is recorded.
    """
    for kind in kinds:
        if name.casefold().startswith(kind.casefold() + " "):
            fixed_name = kind + name[len(kind) :]
            if fixed_name != name:
                fixes.append(Correction(table, code, "name", name, fixed_name))
            if declared != kind:
                fixes.append(Correction(table, code, "type", declared, kind))
            return fixed_name, kind
    raise BuildError(f"{table} {code}: {name!r} starts with none of {kinds}")


def check_code(code: str, width: int, what: str) -> str:
    """A code of digits of the given width, as text."""
    if len(code) != width or not code.isdigit():
        raise BuildError(f"{what} code {code!r} is not {width} digits")
    return code


def read_tables(db_path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of admin_units and admin_units_legacy, as dictionaries."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        connection.row_factory = sqlite3.Row
        new = [dict(row) for row in connection.execute("SELECT * FROM admin_units")]
        old = [dict(row) for row in connection.execute("SELECT * FROM admin_units_legacy")]
    finally:
        connection.close()
    return new, old


def build_units_2025(
    rows: Iterable[dict[str, Any]], fixes: list[Correction]
) -> tuple[list[dict[str, str]], dict[tuple[str, str], str]]:
    """CSV rows of the 2025 catalogue and a map (provinceKey, wardKey) -> commune code."""
    out: list[dict[str, str]] = []
    by_key: dict[tuple[str, str], str] = {}
    for row in rows:
        code = check_code(nfc(row["wardCode"]), 5, "commune")
        name, kind = split_kind(
            nfc(row["ward"]), nfc(row["wardType"]), COMMUNE_KINDS, "units_2025", code, fixes
        )
        province_code = check_code(nfc(row["provinceCode"]), 2, "province")
        out.append(
            {
                "province_code": province_code,
                "province_name": nfc(row["province"]),
                "commune_code": code,
                "commune_name": name,
                "commune_type": kind,
            }
        )
        key = (nfc(row["provinceKey"]), nfc(row["wardKey"]))
        if key in by_key:
            raise BuildError(f"duplicate 2025 key {key}")
        by_key[key] = code
    out.sort(key=lambda r: (r["province_code"], r["commune_code"]))
    return out, by_key


def build_units_legacy(
    rows: Iterable[dict[str, Any]], fixes: list[Correction]
) -> tuple[list[dict[str, str]], dict[str, dict[str, str]]]:
    """CSV rows of the legacy catalogue and a map 'province_district_ward' key -> CSV row."""
    out: list[dict[str, str]] = []
    by_key: dict[str, dict[str, str]] = {}
    for row in rows:
        province_code = check_code(nfc(row["provinceCode"]), 2, "province")
        district_code = check_code(nfc(row["districtCode"]), 3, "district")
        district_name, district_kind = split_kind(
            nfc(row["district"]),
            nfc(row["districtType"]),
            DISTRICT_KINDS,
            "units_legacy",
            district_code,
            fixes,
        )
        commune_code = nfc(row["wardCode"])
        commune_name = commune_kind = ""
        if commune_code:
            check_code(commune_code, 5, "commune")
            commune_name, commune_kind = split_kind(
                nfc(row["ward"]),
                nfc(row["wardType"]),
                COMMUNE_KINDS,
                "units_legacy",
                commune_code,
                fixes,
            )
        elif nfc(row["ward"]):
            raise BuildError(f"legacy commune {row['ward']!r} has no code")
        record = {
            "province_code": province_code,
            "province_name": nfc(row["province"]),
            "district_code": district_code,
            "district_name": district_name,
            "district_type": district_kind,
            "commune_code": commune_code,
            "commune_name": commune_name,
            "commune_type": commune_kind,
        }
        key = "_".join(nfc(row[k]) for k in ("provinceKey", "districtKey", "wardKey"))
        if key in by_key:
            raise BuildError(f"duplicate legacy key {key}")
        by_key[key] = record
        out.append(record)
    out.sort(key=lambda r: (r["province_code"], r["district_code"], r["commune_code"]))
    return out, by_key


def build_conversion(
    converter: dict[str, Any],
    new_keys: dict[tuple[str, str], str],
    old_keys: dict[str, dict[str, str]],
) -> list[dict[str, str]]:
    """CSV rows of the conversion table: one row per (old unit, new commune) pair."""
    old_provinces_of: dict[str, set[str]] = {
        new: set(olds) for new, olds in converter["DICT_PROVINCE"].items()
    }
    out: list[dict[str, str]] = []

    def add(new_province: str, new_ward: str, old_key: str, whole: bool, default: bool) -> None:
        new_code = new_keys.get((new_province, new_ward))
        if new_code is None:
            raise BuildError(f"converter key {new_province}/{new_ward} is not a 2025 unit")
        old = old_keys.get(old_key)
        if old is None:
            raise BuildError(f"converter key {old_key} is not a legacy unit")
        if old_key.split("_", 1)[0] not in old_provinces_of.get(new_province, set()):
            raise BuildError(f"{old_key} lies outside the old provinces of {new_province}")
        out.append(
            {
                "old_province_code": old["province_code"],
                "old_district_code": old["district_code"],
                "old_commune_code": old["commune_code"],
                "new_commune_code": new_code,
                "whole": "1" if whole else "0",
                "is_default": "1" if default else "0",
            }
        )

    for new_province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, old_list in wards.items():
            for old_key in old_list:
                add(new_province, new_ward, old_key, whole=True, default=True)
    divided = 0
    for new_province, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, candidates in olds.items():
            divided += 1
            defaults = sum(1 for c in candidates if c["isDefaultNewWard"])
            if defaults != 1:
                raise BuildError(f"{old_key} has {defaults} default new units, expected 1")
            for candidate in candidates:
                add(
                    new_province,
                    candidate["newWardKey"],
                    old_key,
                    whole=False,
                    default=bool(candidate["isDefaultNewWard"]),
                )
    check("divided_old_units", divided)
    out.sort(
        key=lambda r: (
            r["old_province_code"],
            r["old_district_code"],
            r["old_commune_code"],
            r["new_commune_code"],
        )
    )
    return out


def check_units(units_2025: list[dict[str, str]], units_legacy: list[dict[str, str]]) -> None:
    """The catalogue counts of domain.md §7.2."""
    print("Counts:")
    check("provinces_2025", len({r["province_code"] for r in units_2025}))
    check("communes_2025", len(units_2025))
    check("provinces_legacy", len({r["province_code"] for r in units_legacy}))
    check("districts_legacy", len({r["district_code"] for r in units_legacy}))
    communes = [r for r in units_legacy if r["commune_code"]]
    check("communes_legacy", len(communes))
    check("legacy_rows", len(units_legacy))
    check("island_districts", len(units_legacy) - len(communes))
    for rows, column in ((units_2025, "commune_code"), (communes, "commune_code")):
        duplicates = [c for c, n in Counter(r[column] for r in rows).items() if n > 1]
        if duplicates:
            raise BuildError(f"duplicate commune codes: {duplicates[:10]}")
    for rows, code, name in (
        (units_2025, "province_code", "province_name"),
        (units_legacy, "province_code", "province_name"),
        (units_legacy, "district_code", "district_name"),
    ):
        names: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            names[row[code]].add(row[name])
        clashes = {c: n for c, n in names.items() if len(n) > 1}
        if clashes:
            raise BuildError(f"{code} with several names: {clashes}")
    for label, rows in (("2025", units_2025), ("legacy", communes)):
        kinds = Counter(r["commune_type"] for r in rows)
        print(f"  commune types {label}: {dict(sorted(kinds.items()))}")
    district_kinds = Counter(
        {r["district_code"]: r["district_type"] for r in units_legacy}.values()
    )
    print(f"  district types legacy: {dict(sorted(district_kinds.items()))}")


def check_conversion(
    conversion: list[dict[str, str]],
    units_2025: list[dict[str, str]],
    units_legacy: list[dict[str, str]],
) -> None:
    """Every legacy row and every 2025 unit takes part in the conversion, once per pair."""
    pairs = Counter(
        (r["old_district_code"], r["old_commune_code"], r["new_commune_code"]) for r in conversion
    )
    repeated = [p for p, n in pairs.items() if n > 1]
    if repeated:
        raise BuildError(f"repeated conversion pairs: {repeated[:10]}")
    old_seen = {(r["old_district_code"], r["old_commune_code"]) for r in conversion}
    old_all = {(r["district_code"], r["commune_code"]) for r in units_legacy}
    if old_seen != old_all:
        raise BuildError(f"conversion misses legacy rows: {sorted(old_all - old_seen)[:10]}")
    new_seen = {r["new_commune_code"] for r in conversion}
    new_all = {r["commune_code"] for r in units_2025}
    if new_seen != new_all:
        raise BuildError(f"conversion misses 2025 units: {sorted(new_all - new_seen)[:10]}")
    print(
        f"  conversion rows: {len(conversion)} (legacy rows {len(old_seen)}, new {len(new_seen)})"
    )
    # Each new commune reuses a predecessor's code, except the đặc khu formed from island
    # districts that had no commune to inherit a code from.
    predecessors: dict[str, set[str]] = defaultdict(set)
    for row in conversion:
        predecessors[row["new_commune_code"]].add(row["old_commune_code"])
    fresh = sorted(code for code, olds in predecessors.items() if code not in olds)
    islands = sorted(code for code, olds in predecessors.items() if olds == {""})
    if fresh != islands or len(islands) != EXPECTED["island_districts"]:
        raise BuildError(f"new codes not inherited: {fresh}; island successors: {islands}")
    print(f"  new units with a fresh code (island districts): {', '.join(fresh)}")


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, str]]) -> None:
    """UTF-8 CSV with LF line ends, every value quoted only when needed."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _wrap(text: str, bullet: bool = False) -> list[str]:
    """Markdown lines of one paragraph or bullet, wrapped at 100 columns."""
    if bullet:
        return textwrap.wrap(text, 100, initial_indent="- ", subsequent_indent="  ")
    return textwrap.wrap(text, 100)


def attribution(licence: str, fixes: Sequence[Correction], counts: dict[str, int]) -> str:
    """The text of ATTRIBUTION.md."""
    lines = ["# Administrative units: source and licence", ""]
    lines += _wrap(
        "The CSV files in this folder are derived from the data shipped in the Python package "
        f"**{PACKAGE} {VERSION}** ({SOURCE_URL}), distributed under the MIT licence below."
    )
    lines.append("")
    for item in (
        f"Package: `{PACKAGE}=={VERSION}` from the Python Package Index, file `{WHEEL_NAME}`.",
        f"SHA-256 of the wheel: `{WHEEL_SHA256}`.",
        f"Members read: `{DATASET_MEMBER}` (tables `admin_units` and `admin_units_legacy`) and "
        f"`{CONVERTER_MEMBER}`.",
        "Generated by `tools/build_admin_units.py`; do not edit the CSV files by hand.",
    ):
        lines += _wrap(item, bullet=True)
    lines += ["", "## Files", ""]
    for item in (
        f"`units_2025.csv`: units from 01/07/2025 ({counts['provinces_2025']} provinces, "
        f"{counts['communes_2025']:,} communes), from table `admin_units`.",
        f"`units_legacy.csv`: units before 01/07/2025 ({counts['provinces_legacy']} provinces, "
        f"{counts['districts_legacy']} districts, {counts['communes_legacy']:,} communes), from "
        f"table `admin_units_legacy`. The {counts['island_districts']} island districts without "
        "communes have one row each, with empty commune columns.",
        f"`conversion_2025.csv`: {counts['conversion_rows']:,} rows linking each legacy unit to "
        "the 2025 commune(s) that took it over, from `converter_2025.json`. "
        "`DICT_PROVINCE_WARD_NO_DIVIDED` gives `whole=1, is_default=1`; "
        "`DICT_PROVINCE_WARD_DIVIDED` gives one row per candidate with `whole=0` and "
        "`is_default` from `isDefaultNewWard`. Rows of island districts have an empty "
        "`old_commune_code` and are keyed by `old_district_code`.",
    ):
        lines += _wrap(item, bullet=True)
    lines += ["", "## Derivation", ""]
    for item in (
        "Text is Unicode NFC; codes are text with their leading zeros (province 2 digits, "
        "district 3, commune 5).",
        "The converter's accent-free keys are resolved to codes through the `provinceKey`, "
        "`districtKey` and `wardKey` columns of the two tables.",
        "The type of a unit is the one its name states. Where the dataset's type column, or the "
        "capitalisation of the type prefix in the name, disagrees with the official form, the "
        "data was corrected as listed below.",
        "Coordinates, areas, aliases and the other columns are not copied.",
    ):
        lines += _wrap(item, bullet=True)
    lines += ["", "## Corrections to the source data", ""]
    if fixes:
        lines += ["| File | Code | Field | Source value | Written value |", "|---|---|---|---|---|"]
        lines += [f"| {f.table}.csv | {f.code} | {f.field} | {f.old} | {f.new} |" for f in fixes]
    else:
        lines.append("None.")
    lines += ["", "## Licence of the source package", ""]
    lines += _wrap(
        "The administrative catalogue itself is official public-sector data (QĐ 19/2025/QĐ-TTg, "
        "published by the national statistics office); the notice below covers the package's "
        "compilation."
    )
    lines += ["", "```text", licence.strip("\n"), "```", ""]
    return "\n".join(lines)


def build(wheel: Path, out_dir: Path) -> None:
    """Read the wheel, check everything, then write the files into out_dir."""
    verify_wheel(wheel)
    with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "dataset.db"
        # SQLite cannot open a file inside a zip archive.
        db_path.write_bytes(archive.read(DATASET_MEMBER))
        new_rows, old_rows = read_tables(db_path)
        converter = json.loads(archive.read(CONVERTER_MEMBER).decode("utf-8"))
        licence = archive.read(LICENSE_MEMBER).decode("utf-8")

    fixes: list[Correction] = []
    units_2025, new_keys = build_units_2025(new_rows, fixes)
    units_legacy, old_keys = build_units_legacy(old_rows, fixes)
    check_units(units_2025, units_legacy)
    conversion = build_conversion(converter, new_keys, old_keys)
    check_conversion(conversion, units_2025, units_legacy)

    unique_fixes = sorted(set(fixes), key=lambda f: (f.table, f.code, f.field))
    print(f"Corrections to the source data: {len(unique_fixes)}")
    for fix in unique_fixes:
        print(f"  {fix.table} {fix.code} {fix.field}: {fix.old!r} -> {fix.new!r}")

    counts = dict(EXPECTED)
    counts["conversion_rows"] = len(conversion)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Written beside the targets first, so a failure never leaves a mix of old and new files.
    staged: list[tuple[Path, Path]] = []
    for name, columns, rows in (
        ("units_2025.csv", UNITS_2025_COLUMNS, units_2025),
        ("units_legacy.csv", UNITS_LEGACY_COLUMNS, units_legacy),
        ("conversion_2025.csv", CONVERSION_COLUMNS, conversion),
    ):
        staged.append((out_dir / f".{name}.tmp", out_dir / name))
        write_csv(staged[-1][0], columns, rows)
    staged.append((out_dir / ".ATTRIBUTION.md.tmp", out_dir / "ATTRIBUTION.md"))
    staged[-1][0].write_text(
        attribution(licence, unique_fixes, counts), encoding="utf-8", newline="\n"
    )
    for temporary, target in staged:
        temporary.replace(target)
        print(f"Wrote {target} ({target.stat().st_size:,} bytes)")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--wheel", type=Path, help="use this wheel instead of downloading it")
    args = parser.parse_args(argv)
    try:
        wheel = args.wheel or download_wheel(args.cache_dir)
        build(wheel, args.out)
    except (BuildError, subprocess.CalledProcessError, KeyError, OSError) as error:
        print(f"\nERROR: {error}\nThe files in {args.out} were left unchanged.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
