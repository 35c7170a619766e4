"""Bring the Vietnamese translation up to date with the sources.

Usage: python tools/i18n_update.py [TRANSLATIONS.json ...]

Runs pyside6-lupdate over app.py and egov_desktop/ui, fills the messages it left unfinished from
the given JSON files (a list of {"context", "source", "translation"}), drops the translator notes
lupdate makes of code comments, and lists what is still missing. Then `python3 make.py i18n`
compiles the .qm. A translation is only ever added for the exact (context, source) pair, so a
string that moved to another class is reported, not guessed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "egov_desktop_vi.ts"


def _sources() -> list[str]:
    files = [
        ROOT / "egov_desktop" / "app.py",
        *sorted((ROOT / "egov_desktop" / "ui").rglob("*.py")),
    ]
    return [str(path) for path in files]


def _lupdate() -> str:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if exe is None:
        raise SystemExit("pyside6-lupdate not found next to this Python (use .venv/bin/python)")
    return exe


def load_translations(paths: list[Path]) -> dict[tuple[str, str], str]:
    """(context, source) -> Vietnamese text, NFC; the last file wins on a clash."""
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        for item in json.loads(path.read_text(encoding="utf-8")):
            text = unicodedata.normalize("NFC", item["translation"])
            table[(item["context"], item["source"])] = text
    return table


def fill(ts: Path, table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Fill unfinished messages of `ts` from `table`; returns what is still missing."""
    tree = ET.parse(ts)
    missing: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            # lupdate reads the sources' "#:" attribute documentation as notes for the
            # translator of whatever string follows: about another thing, they mislead.
            for note in message.findall("extracomment"):
                message.remove(note)
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            done = (translation.text or "").strip() or translation.findall("numerusform")
            if translation.get("type") != "unfinished" and done:
                continue
            text = table.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    """Update, fill and report; exit 1 while something is untranslated."""
    subprocess.run([_lupdate(), "-no-obsolete", *_sources(), "-ts", str(TS)], check=True)
    missing = fill(TS, load_translations([Path(arg) for arg in argv]))
    for context, source in missing:
        print(f"untranslated: [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
