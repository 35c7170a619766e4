"""A package's number is its version, never "the Nth sending of the period".

The version only grows across all of a unit's packages (`BC_00004_2025-Q3_v5.egov` can be the
unit's first package of the quarter), so user-visible text calls it "gói v5", never "lần gửi 5".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "egov_desktop_vi.ts"

#: "lần gửi 3", "gói lần 3", "(lần 3)", "lần {version}", and the English "submission {version}".
_COUNTED = re.compile(r"lần gửi|gói lần|\(lần\b|\blần \{|submission \{", re.IGNORECASE)


def test_the_code_and_the_readme_call_the_number_a_version() -> None:
    files = [ROOT / "README.md", *sorted((ROOT / "egov_desktop").rglob("*.py"))]
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _COUNTED.search(line)
    ]
    assert found == []


def test_the_translation_calls_the_number_a_version() -> None:
    found = [
        text
        for message in ET.parse(TS).iter("message")
        for text in (message.findtext("source") or "", message.findtext("translation") or "")
        if _COUNTED.search(text)
    ]
    assert found == []
