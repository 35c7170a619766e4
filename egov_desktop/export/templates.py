"""Template registry: a pristine workbook plus its mapping file, checked before use.

Layout on disk: `<root>/<form>/<name>.toml` naming its workbook (`builtin.xlsx` beside it).
Built-in templates live under `resources/templates/`, read-only at run time; other roots (a
province's own versions in the data folder) follow the same layout.
"""

from __future__ import annotations

import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils.cell import column_index_from_string, range_boundaries

from egov_desktop import config
from egov_desktop.domain import messages
from egov_desktop.errors import TemplateError
from egov_desktop.export import ooxml
from egov_desktop.export.damage import WORKBOOK_DAMAGE
from egov_desktop.export.doctor import Finding, diagnose, needs_xml_patch
from egov_desktop.export.mapping import Mapping, load_mapping, split_cell

logger = logging.getLogger(__name__)

BUILTIN = "builtin"
MAPPING_SUFFIX = ".toml"


@dataclass(frozen=True)
class Template:
    """A usable template: where it is, how it maps, and what the doctor found in it."""

    form: str
    name: str
    mapping_path: Path
    mapping: Mapping
    workbook: Path
    findings: tuple[Finding, ...] = ()

    @property
    def needs_xml_patch(self) -> bool:
        """Openpyxl would lose something, so only target cells may be patched."""
        return needs_xml_patch(list(self.findings))


def builtin_root() -> Path:
    """Folder of the templates shipped with the application."""
    return config.resource_path("templates")


def mapped_cells(mapping: Mapping) -> list[str]:
    """Every address a mapping writes to in the pristine template (first data row for tables)."""
    out = [spec.cell for spec in mapping.cells.values()]
    for table in mapping.tables:
        row = table.first_row
        letters = [table.label_column, *table.columns.values()]
        if table.number_column:
            letters.append(table.number_column)
        out.extend(f"{letter}{row}" for letter in letters)
        if table.total_row is not None:
            out.extend(f"{letter}{table.total_row}" for letter in letters)
    return out


def _check_workbook(mapping: Mapping, workbook: Path) -> None:
    """The sheet exists and no mapped cell hides inside a merged range (it could not be written)."""
    try:
        with zipfile.ZipFile(workbook) as archive:
            part = ooxml.sheet_part(archive, mapping.sheet)
            if part is None:
                raise TemplateError(
                    messages.MAPPING_SHEET_MISSING.format(path=workbook, sheet=mapping.sheet)
                )
            merges = ooxml.read_sheet(archive, part).merges
    except WORKBOOK_DAMAGE as error:
        logger.info("Template %s unreadable: %s", workbook, error)  # English: the log only
        raise TemplateError(messages.TEMPLATE_NOT_XLSX.format(path=workbook)) from error
    boxes = [range_boundaries(ref) for ref in merges if ":" in ref]
    for address in mapped_cells(mapping):
        letter, row = split_cell(address)
        column = column_index_from_string(letter)
        for left, top, right, bottom in boxes:
            inside = left <= column <= right and top <= row <= bottom  # type: ignore[operator]
            if inside and (column, row) != (left, top):
                raise TemplateError(
                    messages.MAPPING_CELL_MERGED.format(path=workbook, cell=address)
                )


def load_template(mapping_path: Path) -> Template:
    """Load and check the template described by `mapping_path`.

    Raises:
        TemplateError: the mapping or its workbook is missing or malformed, the sheet is not
            there, or a mapped cell sits inside a merged range.
    """
    mapping = load_mapping(mapping_path)
    workbook = mapping_path.parent / mapping.workbook
    if not workbook.is_file():
        raise TemplateError(messages.TEMPLATE_FILE_MISSING.format(path=workbook))
    findings = tuple(diagnose(workbook))
    _check_workbook(mapping, workbook)
    for finding in findings:
        logger.info("Template %s: %s (%s)", workbook, finding.code, finding.part)
    return Template(
        form=mapping.form,
        name=mapping_path.stem,
        mapping_path=mapping_path,
        mapping=mapping,
        workbook=workbook,
        findings=findings,
    )


def list_templates(root: Path | None = None) -> list[Template]:
    """Every template under `root` (default: the built-in ones), sorted by form then name."""
    base = builtin_root() if root is None else root
    paths = sorted(base.glob(f"*/*{MAPPING_SUFFIX}"))
    return [load_template(path) for path in paths]


def get_template(form: str, name: str = BUILTIN, *, root: Path | None = None) -> Template:
    """The template `name` of `form` under `root` (default: the built-in ones).

    Raises:
        TemplateError: there is no such template, or it fails its checks.
    """
    base = builtin_root() if root is None else root
    path = base / form / f"{name}{MAPPING_SUFFIX}"
    if not path.is_file():
        raise TemplateError(messages.TEMPLATE_NOT_FOUND.format(form=form, name=name, path=base))
    template = load_template(path)
    if template.form != form:
        raise TemplateError(
            messages.TEMPLATE_FORM_MISMATCH.format(path=path, form=template.form, expected=form)
        )
    return template
