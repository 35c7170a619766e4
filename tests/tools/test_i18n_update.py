"""tools/i18n_update.py fills exactly the unfinished (context, source) pairs it is given."""

from __future__ import annotations

import importlib.util
import json
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]

TS = """<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>RegisterView</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation><numerusform>%n hồ sơ</numerusform></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
"""


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "tools" / "i18n_update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fills_known_pairs_and_reports_the_rest(tmp_path: Path) -> None:
    ts = tmp_path / "vi.ts"
    ts.write_text(TS, encoding="utf-8")
    table = tmp_path / "t.json"
    # NFD input must land as NFC; a pair from another context must not be used.
    items = [
        {
            "context": "RegisterView",
            "source": "Search",
            "translation": unicodedata.normalize("NFD", "Tìm kiếm"),
        },
        {"context": "OtherView", "source": "Delete", "translation": "Xoá"},
        {"context": "RegisterView", "source": "Import", "translation": "Không dùng"},
    ]
    table.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    tool = _tool()

    missing = tool.fill(ts, tool.load_translations([table]))

    assert missing == [("RegisterView", "Delete")]
    texts: dict[str, ET.Element] = {}
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        texts[message.findtext("source") or ""] = translation
    assert texts["Search"].text == "Tìm kiếm"
    assert texts["Search"].get("type") is None
    assert texts["Import"].text == "Nhập từ Excel"  # finished translations are kept
    assert texts["%n dossier(s)"].findtext("numerusform") == "%n hồ sơ"
    assert texts["Delete"].get("type") == "unfinished"


def test_code_comments_do_not_become_translator_notes(tmp_path: Path) -> None:
    ts = tmp_path / "vi.ts"
    ts.write_text(
        TS.replace(
            "<source>Import</source>",
            "<source>Import</source><extracomment>Column constants.</extracomment>",
        ),
        encoding="utf-8",
    )
    _tool().fill(ts, {})
    assert "extracomment" not in ts.read_text(encoding="utf-8")


def test_the_shipped_translation_has_no_translator_notes_made_of_code_comments() -> None:
    text = (ROOT / "resources" / "i18n" / "egov_desktop_vi.ts").read_text(encoding="utf-8")
    assert "<extracomment>" not in text
