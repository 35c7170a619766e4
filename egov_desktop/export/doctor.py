"""Template doctor: what openpyxl would silently lose if it loaded and saved a template.

openpyxl drops shapes and text boxes, x14 extensions (sparklines, data bars, cross-sheet list
validations), slicers, OLE objects, pivot caches, form controls and macros, and rewrites charts
and pictures. A template with any of these is written with the XML-patch writer instead, and the
findings are shown before anyone depends on the template.
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from egov_desktop.domain import file_kinds, messages
from egov_desktop.errors import TemplateError
from egov_desktop.export.damage import WORKBOOK_DAMAGE

logger = logging.getLogger(__name__)

_CONTENT_TYPES = "[Content_Types].xml"
_SHEET_PART = re.compile(r"^xl/worksheets/sheet\d+\.xml$")

#: Parts openpyxl reads and writes back faithfully enough for a report template.
_UNDERSTOOD = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(app|core|custom)\.xml"
    r"|xl/(workbook\.xml|styles\.xml|sharedStrings\.xml|_rels/workbook\.xml\.rels"
    r"|theme/theme\d+\.xml|worksheets/sheet\d+\.xml|worksheets/_rels/sheet\d+\.xml\.rels"
    r"|comments\d*\.xml|drawings/vmlDrawing\d+\.vml|tables/table\d+\.xml"
    r"|externalLinks/(_rels/)?externalLink\d+\.xml(\.rels)?)"
    r")$"
)
#: Parts openpyxl drops that Excel and LibreOffice rebuild or never miss.
_HARMLESS = re.compile(r"^(xl/calcChain\.xml|xl/printerSettings/.*|docProps/thumbnail\.\w+)$")
_FOLDERS = (
    ("xl/slicers/", "slicers", messages.DOCTOR_SLICERS),
    ("xl/slicerCaches/", "slicers", messages.DOCTOR_SLICERS),
    ("xl/timelines/", "slicers", messages.DOCTOR_SLICERS),
    ("xl/timelineCaches/", "slicers", messages.DOCTOR_SLICERS),
    ("xl/embeddings/", "ole", messages.DOCTOR_OLE),
    ("xl/activeX/", "controls", messages.DOCTOR_CONTROLS),
    ("xl/ctrlProps/", "controls", messages.DOCTOR_CONTROLS),
    ("xl/pivotCache/", "pivot", messages.DOCTOR_PIVOT),
    ("xl/pivotTables/", "pivot", messages.DOCTOR_PIVOT),
    ("xl/charts/", "charts", messages.DOCTOR_CHARTS),
    ("xl/media/", "images", messages.DOCTOR_IMAGES),
    ("xl/threadedComments/", "threaded_comments", messages.DOCTOR_THREADED_COMMENTS),
)
_SHEET_MARKERS = (
    (b"sparklineGroup", "sparklines", messages.DOCTOR_SPARKLINES),
    (b"conditionalFormattings", "extensions", messages.DOCTOR_X14_FORMATS),
    (b"dataValidations", "extensions", messages.DOCTOR_X14_VALIDATIONS),
    (b"slicerList", "slicers", messages.DOCTOR_SLICERS),
)
_CONTROL_TYPE = re.compile(rb'ObjectType="(?!Note")(\w+)"')


@dataclass(frozen=True)
class Finding:
    """One thing openpyxl would lose; `blocking` means the XML-patch writer must be used."""

    code: str
    part: str
    description: str
    blocking: bool = True


def _sheet_findings(part: str, data: bytes) -> list[Finding]:
    found = []
    ext_start = data.find(b"<extLst")
    if ext_start < 0:
        ext_start = data.find(b":extLst")
    if ext_start >= 0:
        extension = data[ext_start:]
        known = False
        for marker, code, text in _SHEET_MARKERS:
            if marker in extension:
                found.append(Finding(code, part, text.format(part=part)))
                known = True
        if not known:
            found.append(Finding("extensions", part, messages.DOCTOR_EXTENSIONS.format(part=part)))
    if b"<oleObjects" in data or b":oleObjects" in data:
        found.append(Finding("ole", part, messages.DOCTOR_OLE.format(part=part)))
    if b"<controls" in data or b":controls" in data:
        found.append(Finding("controls", part, messages.DOCTOR_CONTROLS.format(part=part)))
    if b"legacyDrawingHF" in data:
        found.append(
            Finding("header_images", part, messages.DOCTOR_HEADER_IMAGES.format(part=part))
        )
    return found


def _drawing_findings(part: str, data: bytes) -> list[Finding]:
    found = []
    if re.search(rb"<(\w+:)?(sp|cxnSp|grpSp)\b", data) or b"txBody" in data:
        found.append(Finding("shapes", part, messages.DOCTOR_SHAPES.format(part=part)))
    if part.endswith(".vml"):
        match = _CONTROL_TYPE.search(data)
        if match:
            found.append(Finding("controls", part, messages.DOCTOR_CONTROLS.format(part=part)))
    return found


def diagnose(path: Path) -> list[Finding]:
    """List what openpyxl would lose from the workbook at `path`; [] for a safe template.

    Raises:
        TemplateError: the file is not an .xlsx package.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            parts = {name: archive.read(name) for name in names if _read_part(name)}
    except WORKBOOK_DAMAGE as error:
        logger.info("Template %s unreadable: %s", path, error)  # zipfile explains in English
        raise TemplateError(messages.TEMPLATE_NOT_XLSX.format(path=path)) from error
    wrong = file_kinds.wrong_kind(path.name, file_kinds.kind_of(names), file_kinds.WORKBOOK)
    if wrong is not None:
        raise TemplateError(wrong[0], cli_hint=wrong[1])
    found: list[Finding] = []
    if "xl/vbaProject.bin" in names or b"macroEnabled" in parts.get(_CONTENT_TYPES, b""):
        found.append(Finding("macros", "xl/vbaProject.bin", messages.DOCTOR_MACROS))
    reported_folders: set[str] = set()
    for name in names:
        for folder, code, text in _FOLDERS:
            if name.startswith(folder) and folder not in reported_folders:
                reported_folders.add(folder)
                found.append(Finding(code, name, text.format(part=name)))
        if _SHEET_PART.match(name):
            found.extend(_sheet_findings(name, parts[name]))
        elif _is_drawing(name):
            found.extend(_drawing_findings(name, parts[name]))
        elif not (
            _UNDERSTOOD.match(name)
            or _HARMLESS.match(name)
            or name.endswith("/")
            or name.startswith("xl/drawings/")
            or name == "xl/vbaProject.bin"
            or any(name.startswith(folder) for folder, _code, _text in _FOLDERS)
        ):
            found.append(Finding("other", name, messages.DOCTOR_OTHER_PART.format(part=name)))
    return found


def _is_drawing(name: str) -> bool:
    return name.startswith("xl/drawings/") and not name.endswith(".rels")


def _read_part(name: str) -> bool:
    """Whether the diagnosis looks inside the part `name` (read before anything is judged)."""
    return name == _CONTENT_TYPES or bool(_SHEET_PART.match(name)) or _is_drawing(name)


def needs_xml_patch(findings: list[Finding]) -> bool:
    """Whether any finding means openpyxl must not save this template."""
    return any(finding.blocking for finding in findings)
