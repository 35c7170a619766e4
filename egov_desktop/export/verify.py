"""Check a written report against what was meant, reading the file without openpyxl.

An export is only handed over after this check: every mapped cell holds the intended value with
the intended type (a number is a number, not text that looks like one), sheet names and order,
merged ranges and print titles are as designed. A file that fails is deleted.
"""

from __future__ import annotations

import logging
import math
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

from egov_desktop.domain import messages
from egov_desktop.errors import ExportError
from egov_desktop.export import ooxml
from egov_desktop.export.model import CellValue

logger = logging.getLogger(__name__)

#: Problems listed in the error message; the rest go to the log.
SHOWN_PROBLEMS = 3


@dataclass(frozen=True)
class Formula:
    """A cell that must keep a formula (a total the mapping keeps as `=SUM(…)`)."""


@dataclass
class Expectation:
    """What the written file must contain; addresses are final (after any growth)."""

    sheet: str
    sheet_names: list[str]
    cells: dict[str, CellValue | Formula] = field(default_factory=dict)
    merges: set[str] = field(default_factory=set)
    #: Rows repeated on each printed page, "$10:$13"; None when the template has none.
    print_titles: str | None = None
    hidden_rows: set[int] = field(default_factory=set)


def _describe_expected(value: CellValue | Formula) -> str:
    if isinstance(value, Formula):
        return "công thức"
    if value is None or value == "":
        return "ô trống"
    if isinstance(value, str):
        return f'chữ "{value}"'
    if isinstance(value, date):
        return f"ngày {value:%d/%m/%Y}"
    return f"số {value}"


def _describe_raw(raw: ooxml.RawCell | None, text: str | None) -> str:
    if raw is None or (raw.value in (None, "") and raw.formula is None):
        return "ô trống"
    if raw.formula is not None:
        return f"công thức ={raw.formula}"
    if text is not None:
        return f'chữ "{text}"'
    return f"giá trị {raw.value} (kiểu {raw.type})"


class _Reader:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self._strings: list[str] | None = None
        self._formats: list[str] | None = None
        self.epoch = ooxml.EPOCH_1904 if ooxml.uses_1904(archive) else ooxml.EPOCH_1900

    def text(self, raw: ooxml.RawCell) -> str | None:
        """The string a cell shows, or None when it is not a text cell."""
        if raw.formula is not None:
            return None
        if raw.type == "inlineStr":
            return raw.value or ""
        if raw.type == "s" and raw.value is not None:
            if self._strings is None:
                self._strings = ooxml.shared_strings(self.archive)
            return self._strings[int(raw.value)]
        if raw.type == "str":
            return raw.value or ""
        return None

    def number_format(self, raw: ooxml.RawCell) -> str:
        if self._formats is None:
            self._formats = ooxml.cell_formats(self.archive)
        return self._formats[raw.style] if raw.style < len(self._formats) else ""

    def matches(self, expected: CellValue | Formula, raw: ooxml.RawCell | None) -> bool:
        if raw is None:
            return expected is None or expected == ""
        kind, style, value, formula = raw
        if type(expected) is int:  # nearly every report figure: the short path
            return (
                kind == "n" and formula is None and value is not None and float(value) == expected
            )
        if isinstance(expected, Formula):
            return formula is not None
        if expected is None or expected == "":
            return value in (None, "") and formula is None
        if value is None:
            return False
        if isinstance(expected, str):
            return self.text(raw) == expected
        if formula is not None or kind != "n":
            return False
        number = float(value)
        if isinstance(expected, date):
            # Any date format: a patched template keeps its own style for the cell.
            shown_as_date = ooxml.is_date_format(self.number_format(raw))
            return shown_as_date and self.epoch + timedelta(days=int(number)) == expected
        return math.isclose(number, float(expected), rel_tol=1e-12, abs_tol=1e-9)


def check_export(path: Path, expected: Expectation) -> list[str]:
    """Every difference between the file at `path` and `expected`, in Vietnamese; [] when none."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as archive:
        sheets = ooxml.sheet_parts(archive)
        names = [name for name, _part in sheets]
        if names != expected.sheet_names:
            problems.append(
                messages.VERIFY_SHEETS.format(actual=names, expected=expected.sheet_names)
            )
        part = dict(sheets).get(expected.sheet)
        if part is None:
            return problems
        content = ooxml.read_sheet(archive, part)
        reader = _Reader(archive)
        for address, value in expected.cells.items():
            if type(value) is int and content.holds_number(address, value):
                continue
            raw = content.cell(address)
            if not reader.matches(value, raw):
                problems.append(
                    messages.VERIFY_CELL.format(
                        cell=address,
                        expected=_describe_expected(value),
                        actual=_describe_raw(raw, reader.text(raw) if raw else None),
                    )
                )
        merges = set(content.merges)
        if merges != expected.merges:
            missing = sorted(expected.merges - merges)
            extra = sorted(merges - expected.merges)
            problems.append(messages.VERIFY_MERGES.format(missing=missing, extra=extra))
        titles = ooxml.print_title_rows(archive, names.index(expected.sheet))
        if titles != expected.print_titles:
            problems.append(
                messages.VERIFY_PRINT_TITLES.format(actual=titles, expected=expected.print_titles)
            )
        if not expected.hidden_rows <= content.hidden_rows:
            rows = sorted(expected.hidden_rows - content.hidden_rows)
            problems.append(messages.VERIFY_HIDDEN_ROWS.format(rows=rows))
    return problems


def verify_export(path: Path, expected: Expectation, *, name: str | None = None) -> None:
    """Check `path`; when it differs, delete it and raise (`name`: the file name shown).

    Raises:
        ExportError: listing the first differences (all of them are logged).
    """
    try:
        problems = check_export(path, expected)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, ElementTree.ParseError) as error:
        problems = [str(error)]
    if not problems:
        return
    for problem in problems:
        logger.error("Export check failed for %s: %s", path, problem)
    path.unlink(missing_ok=True)
    detail = "; ".join(problems[:SHOWN_PROBLEMS])
    if len(problems) > SHOWN_PROBLEMS:
        detail += messages.VERIFY_MORE.format(count=len(problems) - SHOWN_PROBLEMS)
    raise ExportError(messages.EXPORT_VERIFY_FAILED.format(name=name or path.name, detail=detail))
