"""Template library: the built-in templates and the unit's own (provincial) ones.

User templates live in the data folder with the built-in layout:
`<data_dir>/templates/<FORM>/<NAME>.toml` plus the workbook it names. A user template may take
the name of a built-in one; lookup by name prefers the user's.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import replace as replace_fields
from pathlib import Path
from typing import Any

import tomli_w

from egov_desktop.domain import file_kinds, messages
from egov_desktop.domain.text import nfc_json
from egov_desktop.errors import PackageError, TemplateError, UserError, WrongFileKindError
from egov_desktop.exchange.archive import read_archive, write_archive
from egov_desktop.export import doctor
from egov_desktop.export.mapping import Mapping, load_mapping, mapping_to_dict, save_mapping
from egov_desktop.export.propose import propose_mapping
from egov_desktop.export.templates import (
    BUILTIN,
    MAPPING_SUFFIX,
    Template,
    builtin_root,
    get_template,
    load_template,
)
from egov_desktop.services.out_paths import destination

#: Folder of the data folder that holds the unit's own templates.
TEMPLATES_FOLDER = "templates"
#: A template and its mapping in one file, to pass to another office.
BUNDLE_SUFFIX = ".egovt"
_BUNDLE_MANIFEST = "bundle.json"
_BUNDLE_MAPPING = "template.toml"
_BUNDLE_BOOK = "template.xlsx"
_NAME = re.compile(r"^[\w-]{1,40}$")
#: Forms filled per unit or per row kind other than their own entry form.
_ROWS_OF = {"II.06a-agg": ("II.06a", "unit"), "II.06a-sectors": ("II.06a", "sector")}


def mapping_dict(mapping: Mapping) -> dict[str, object]:
    """The TOML document of a mapping (for printing or editing)."""
    return mapping_to_dict(mapping)


def load_mapping_file(path: Path) -> Mapping:
    """A mapping file the user edited; TemplateError when it is not valid."""
    return load_mapping(path)


@functools.cache
def _known_labels(row_key: str) -> tuple[str, ...]:
    """Row names a province's workbook may already list: sectors, or units of both catalogues."""
    if row_key == "unit":
        from egov_desktop.services.units import load_catalog

        return tuple(
            unit.name for name in ("2025", "legacy") for unit in load_catalog(name).communes()
        )
    from egov_desktop.services.sectors import default_sectors

    return tuple(default_sectors())


def _form_columns(form: str) -> tuple[list[tuple[int, str]], str]:
    """(column number, title) of the entry form behind `form`, and its row key."""
    from egov_desktop.services.report_forms import find_form

    base, row_key = _ROWS_OF.get(form, (form, ""))
    try:
        spec = find_form(base)
    except UserError:
        return [], row_key or "row"
    kinds = {"sectors": "sector", "units": "unit"}
    return [(c.number, c.title) for c in spec.columns], row_key or kinds.get(spec.row_kind, "row")


@dataclass(frozen=True)
class Finding:
    """Something the template doctor noticed; `blocking` = only cell-level patching is safe."""

    code: str
    part: str
    description: str
    blocking: bool


@dataclass(frozen=True)
class TemplateInfo:
    """A template as the user picks it: form, name, where it is and what the doctor found."""

    form: str
    name: str
    description: str
    builtin: bool
    workbook: Path
    mapping_path: Path
    findings: tuple[Finding, ...]

    @property
    def needs_xml_patch(self) -> bool:
        return any(f.blocking for f in self.findings)

    @property
    def label(self) -> str:
        """How lists show it: the built-in one by its description, others by name."""
        return self.description or self.name


@dataclass(frozen=True)
class DoctorReport:
    """What openpyxl would lose in a workbook; the export then patches cells in place."""

    path: Path
    findings: tuple[Finding, ...]

    @property
    def needs_xml_patch(self) -> bool:
        return any(f.blocking for f in self.findings)


def _findings(items: Iterable[doctor.Finding]) -> tuple[Finding, ...]:
    return tuple(Finding(f.code, f.part, f.description, f.blocking) for f in items)


def _info(template: Template, builtin: bool) -> TemplateInfo:
    return TemplateInfo(
        form=template.form,
        name=template.name,
        description=template.mapping.description,
        builtin=builtin,
        workbook=template.workbook,
        mapping_path=template.mapping_path,
        findings=_findings(template.findings),
    )


class TemplateService:
    """Find, list and check templates; the export service fills what this returns."""

    def __init__(self, data_dir: Path) -> None:
        self.user_root = data_dir / TEMPLATES_FOLDER

    def list(self, form: str | None = None) -> list[TemplateInfo]:
        """Built-in templates first, then the user's, each sorted by form and name.

        A broken user template is left out of the list (the manager shows why); a broken
        built-in one is a packaging fault and raises.
        """
        out: list[TemplateInfo] = []
        for root, builtin in ((builtin_root(), True), (self.user_root, False)):
            pattern = f"{form or '*'}/*{MAPPING_SUFFIX}"
            for path in sorted(root.glob(pattern)) if root.is_dir() else []:
                try:
                    out.append(_info(load_template(path), builtin))
                except TemplateError:
                    if builtin:
                        raise
        return out

    def get(self, form: str, name_or_path: str | None = None) -> TemplateInfo:
        """The template to export `form` with: by name (user's first), by path, or built-in.

        A path may name the mapping `.toml` or the workbook `.xlsx` beside its mapping.

        Raises:
            TemplateError: no such template, another form's template, or one that fails checks.
        """
        return _info(*self.resolve(form, name_or_path))

    def resolve(self, form: str, name_or_path: str | None) -> tuple[Template, bool]:
        """The engine's template and whether it is built in (for the export service)."""
        wanted = (name_or_path or "").strip() or BUILTIN
        as_path = Path(wanted)
        if as_path.suffix.lower() in (MAPPING_SUFFIX, ".xlsx") or len(as_path.parts) > 1:
            mapping = as_path.with_suffix(MAPPING_SUFFIX)
            if not mapping.is_file():
                raise TemplateError(messages.TEMPLATE_NO_MAPPING.format(path=as_path))
            template = load_template(mapping)
            if template.form != form:
                raise TemplateError(
                    messages.TEMPLATE_FORM_MISMATCH.format(
                        path=mapping, form=template.form, expected=form
                    )
                )
            return template, False
        if (self.user_root / form / f"{wanted}{MAPPING_SUFFIX}").is_file():
            return get_template(form, wanted, root=self.user_root), False
        if (
            wanted != BUILTIN
            and not (builtin_root() / form / f"{wanted}{MAPPING_SUFFIX}").is_file()
        ):
            # Named after the unit's own folder, not the program's: that is where one is added.
            names = [t.name for t in self.list(form)] or [BUILTIN]
            # A name no template can have gets no `templates add --name` hint: add refuses it.
            text = (
                messages.TEMPLATE_NOT_INSTALLED
                if _NAME.match(wanted)
                else messages.TEMPLATE_NOT_INSTALLED_BAD_NAME
            )
            raise TemplateError(
                text.format(name=wanted, form=form, path=self.user_root, names=", ".join(names))
            )
        return get_template(form, wanted), True

    def propose(self, form: str, workbook: Path) -> Mapping:
        """A first mapping for a province's own workbook of `form`, for the user to check."""
        titles, row_key = _form_columns(form)
        return propose_mapping(
            workbook, form=form, row_key=row_key, titles=titles, known_labels=_known_labels(row_key)
        )

    def install(
        self, form: str, workbook: Path, mapping: Mapping, name: str, *, replace: bool = False
    ) -> TemplateInfo:
        """Keep `workbook` with `mapping` as the unit's template `name` of `form`.

        The pair is written beside each other under the data folder, then loaded and checked
        like any template (the doctor runs); a template that fails is removed again.
        """
        clean = name.strip()
        if not _NAME.match(clean) or clean == BUILTIN:
            raise TemplateError(messages.TEMPLATE_BAD_NAME.format(name=name))
        folder = self.user_root / form
        target = folder / f"{clean}{MAPPING_SUFFIX}"
        if target.exists() and not replace:
            raise TemplateError(messages.TEMPLATE_EXISTS.format(name=clean, form=form))
        folder.mkdir(parents=True, exist_ok=True)
        book = folder / f"{clean}.xlsx"
        partial = book.with_name(book.name + ".partial")
        shutil.copyfile(workbook, partial)
        partial.replace(book)
        save_mapping(replace_fields(mapping, form=form, workbook=book.name), target)
        try:
            return _info(load_template(target), False)
        except TemplateError:
            target.unlink(missing_ok=True)
            book.unlink(missing_ok=True)
            raise

    def proposal(self, form: str, workbook: Path) -> dict[str, Any]:
        """The proposed mapping as an editable document (what the mapping editor shows)."""
        return mapping_to_dict(self.propose(form, workbook))

    def install_document(
        self, form: str, workbook: Path, document: dict[str, Any], name: str
    ) -> TemplateInfo:
        """`install` from an edited mapping document; TemplateError when it is not valid."""
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"mapping{MAPPING_SUFFIX}"
            path.write_text(tomli_w.dumps(document), encoding="utf-8")
            mapping = load_mapping(path)
        return self.install(form, workbook, mapping, name)

    def bundle(self, form: str, name: str, out: Path) -> Path:
        """One file with the unit's template and its mapping, for another office to import."""
        template, builtin = self.resolve(form, name)
        target = destination(out, f"{form}_{template.name}{BUNDLE_SUFFIX}")
        target.parent.mkdir(parents=True, exist_ok=True)
        manifest = json.dumps({"form": form, "name": template.name}, ensure_ascii=False)
        mapping = tomli_w.dumps(mapping_to_dict(template.mapping)).encode()
        write_archive(
            target,
            {
                _BUNDLE_MANIFEST: manifest.encode(),
                _BUNDLE_MAPPING: mapping,
                _BUNDLE_BOOK: template.workbook.read_bytes(),
            },
        )
        return target

    def import_bundle(self, path: Path, *, replace: bool = False) -> TemplateInfo:
        """Install a template another office exported with `bundle`."""
        try:
            parts = read_archive(
                path,
                required=(_BUNDLE_MANIFEST, _BUNDLE_MAPPING, _BUNDLE_BOOK),
                kind=file_kinds.BUNDLE,
            )
            manifest = nfc_json(parts[_BUNDLE_MANIFEST].decode("utf-8"))
            form, name = str(manifest["form"]), str(manifest["name"])
        except WrongFileKindError as error:
            raise TemplateError(error.message) from error  # it says what the file is
        except PackageError as error:
            raise TemplateError(
                messages.TEMPLATE_BAD_BUNDLE.format(name=path.name, detail=error.message)
            ) from error
        except (ValueError, KeyError, TypeError) as error:
            raise TemplateError(
                messages.TEMPLATE_BAD_BUNDLE.format(name=path.name, detail=error)
            ) from error
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / _BUNDLE_MAPPING).write_bytes(parts[_BUNDLE_MAPPING])
            book = folder / f"{name}.xlsx"
            book.write_bytes(parts[_BUNDLE_BOOK])
            mapping = load_mapping(folder / _BUNDLE_MAPPING)
            return self.install(form, book, mapping, name, replace=replace)

    def check(self, path: Path) -> DoctorReport:
        """Run the doctor over a workbook a user wants to use as a template."""
        if not path.is_file():
            raise TemplateError(messages.TEMPLATE_FILE_MISSING.format(path=path))
        return DoctorReport(path, _findings(doctor.diagnose(path)))
