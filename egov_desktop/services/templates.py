"""Template library: the built-in templates and the unit's own (provincial) ones.

User templates live in the data folder with the built-in layout:
`<data_dir>/templates/<FORM>/<NAME>.toml` plus the workbook it names. A user template may take
the name of a built-in one; lookup by name prefers the user's.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import replace as replace_fields
from pathlib import Path
from typing import Any

import tomli_w

from egov_desktop.domain import file_errors, file_kinds, messages
from egov_desktop.domain.text import clean_text, nfc_json
from egov_desktop.durable import write_whole
from egov_desktop.errors import (
    PackageError,
    TemplateError,
    UserError,
    ValidationError,
)
from egov_desktop.exchange.archive import read_archive, write_archive
from egov_desktop.export import doctor
from egov_desktop.export.mapping import (
    CellSpec,
    Mapping,
    load_mapping,
    mapping_to_dict,
    save_mapping,
)
from egov_desktop.export.propose import layout_columns, layout_header_paths, propose_mapping
from egov_desktop.export.templates import (
    BUILTIN,
    MAPPING_SUFFIX,
    Template,
    builtin_root,
    get_template,
    load_template,
)
from egov_desktop.services.out_paths import destination
from egov_desktop.services.report_kinds import (
    EXPORTABLE,
    REGISTER,
    TARGETS,
    TEMPLATE_OF,
    TRACKING,
    column_titles,
)

logger = logging.getLogger(__name__)

#: Folder of the data folder that holds the unit's own templates.
TEMPLATES_FOLDER = "templates"
#: A template and its mapping in one file, to pass to another office.
BUNDLE_SUFFIX = ".egovt"
_BUNDLE_MANIFEST = "bundle.json"
_BUNDLE_MAPPING = "template.toml"
_BUNDLE_BOOK = "template.xlsx"
#: Words of letters, digits, "-" and "_", one space between them: a file name on any system.
_NAME = re.compile(r"^[\w-]+(?: [\w-]+)*$")
NAME_LIMIT = 40
#: Names Windows keeps for its devices, whatever follows the dot: "con.toml" is no file there.
_DEVICES = re.compile(r"^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$", re.IGNORECASE)
#: Forms filled per unit from another form's columns (the sheet by sector is II.06a's own).
_ROWS_OF = {"II.06a-agg": ("II.06a", "unit")}


def template_forms() -> list[str]:
    """The forms a template is kept for: each report the export writes, by its layout's form.

    The sheet by sector is written into II.06a's templates.
    """
    reports = (*EXPORTABLE, TARGETS, *TRACKING, REGISTER)
    return list(dict.fromkeys(TEMPLATE_OF.get(code, code) for code in reports))


def template_form(form: str) -> str:
    """`form` as its templates' folder is named (any case); ValidationError for another text.

    The code names a folder of the data folder and is a glob pattern: only a known form may
    get that far ("../x" or "/x" would lead outside it).
    """
    wanted = form.strip().casefold()
    for code in (*template_forms(), *TEMPLATE_OF):
        if code.casefold() == wanted:
            return TEMPLATE_OF.get(code, code)
    known = ", ".join(template_forms())
    raise ValidationError(messages.UNKNOWN_FORM.format(code=form, known=known))


def _is_name(name: str) -> bool:
    """Whether `name` (cleaned) is one a template of the unit's can have."""
    return len(name) <= NAME_LIMIT and _NAME.match(name) is not None and not _DEVICES.match(name)


def _is_file(path: Path) -> bool:
    """Whether `path` is a file; TemplateError saying why when the system will not tell."""
    try:
        return path.is_file()
    except OSError as error:  # a name too long, no access to a folder on the way…
        raise TemplateError(file_errors.unreadable(path, error)) from error


def mapping_dict(mapping: Mapping) -> dict[str, object]:
    """The TOML document of a mapping (for printing or editing)."""
    return mapping_to_dict(mapping)


def load_mapping_file(path: Path) -> Mapping:
    """A mapping file the user edited; TemplateError when it is not valid."""
    return load_mapping(path)


@functools.cache
def _known_labels(row_key: str) -> tuple[str, ...]:
    """Row names a province's workbook may already list: sectors, or units of both catalogues."""
    if row_key in ("dossier", "indicator"):  # numbered rows of their own
        return ()
    if row_key == "unit":
        from egov_desktop.services.units import load_catalog

        return tuple(
            unit.name for name in ("2025", "legacy") for unit in load_catalog(name).communes()
        )
    from egov_desktop.services.sectors import default_sectors

    return tuple(default_sectors())


@functools.cache
def _form_columns(form: str) -> tuple[tuple[tuple[int, str], ...], str, int]:
    """(column number, title) of the table of `form`, its row key and its label's number.

    A report entered as such has its entry form's columns. The others (the register, the QĐ 766
    sheets, the targets) are written from other data: their built-in layout gives the columns
    a province's copy must hold, and which of them names the rows.
    """
    from egov_desktop.services.report_forms import find_form

    base, row_key = _ROWS_OF.get(form, (form, ""))
    try:
        spec = find_form(base)
    except UserError:
        layout = get_template(form)
        table = layout.mapping.tables[0]
        titles, label = layout_columns(layout.workbook, table.label_column)
        return tuple(titles), table.row_key, label
    kinds = {"sectors": "sector", "units": "unit"}
    titles = [(c.number, c.title) for c in spec.columns]
    return tuple(titles), row_key or kinds.get(spec.row_kind, "row"), 2


def layout_titles(form: str) -> dict[int, str]:
    """Each numbered column of the table of `form`'s layout, named for a clerk mapping it.

    A form's header path ("Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến"); for a sheet
    that is no entry form (the register, the QĐ 766 sheets, the targets), its layout's header
    in the same way ("Nhận và trả kết quả › Nhận hồ sơ").
    """
    titles = column_titles(form)
    if titles:
        return titles
    try:
        return dict(_layout_paths(template_form(form)))
    except UserError:
        return {}


@functools.cache
def _layout_paths(form: str) -> tuple[tuple[int, str], ...]:
    """The built-in layout's whole header of each numbered column (group › line)."""
    return tuple(layout_header_paths(get_template(form).workbook).items())


@functools.cache
def _official_texts(form: str) -> dict[str, CellSpec]:
    """The fixed texts the built-in layout of `form` fills, by key, as it writes them."""
    return dict(load_mapping(builtin_root() / form / f"{BUILTIN}{MAPPING_SUFFIX}").cells)


@dataclass(frozen=True)
class Proposal:
    """A first mapping for a province's workbook, and the official texts it found no cell for."""

    form: str
    mapping: Mapping
    unplaced: tuple[str, ...]

    @property
    def findings(self) -> tuple[str, ...]:
        """What the clerk is told before saving: each text the export would leave out."""
        if not self.unplaced:
            return ()
        names = "; ".join(messages.TEMPLATE_TEXT_NAMES.get(key, key) for key in self.unplaced)
        return (messages.TEMPLATE_TEXTS_NOT_PLACED.format(name=self.mapping.workbook, texts=names),)

    @property
    def cli_hint(self) -> str:
        """The commands that place the texts by hand."""
        if not self.unplaced:
            return ""
        return messages.TEMPLATE_TEXTS_NOT_PLACED_CLI.format(form=self.form)


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
        pattern = f"{'*' if form is None else template_form(form)}/*{MAPPING_SUFFIX}"
        for root, builtin in ((builtin_root(), True), (self.user_root, False)):
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
            ValidationError: `form` is no form a template is kept for.
            TemplateError: no such template, another form's template, or one that fails checks.
        """
        return _info(*self.resolve(form, name_or_path))

    def resolve(self, form: str, name_or_path: str | None) -> tuple[Template, bool]:
        """The engine's template and whether it is built in (for the export service)."""
        form = template_form(form)
        wanted = (name_or_path or "").strip() or BUILTIN
        as_path = Path(wanted)
        if as_path.suffix.lower() in (MAPPING_SUFFIX, ".xlsx") or len(as_path.parts) > 1:
            mapping = as_path.with_suffix(MAPPING_SUFFIX)
            if not _is_file(mapping):
                raise TemplateError(
                    messages.TEMPLATE_NO_MAPPING.format(path=as_path),
                    cli_hint=messages.TEMPLATE_NO_MAPPING_CLI,
                )
            template = load_template(mapping)
            if template.form != form:
                raise TemplateError(
                    messages.TEMPLATE_FORM_MISMATCH.format(
                        path=mapping, form=template.form, expected=form
                    )
                )
            return template, False
        # Only a name a template can have is looked for on the disk (install keeps to _is_name).
        wanted = clean_text(wanted)
        named = _is_name(wanted)
        held = self._held(form).get(wanted.casefold()) if named else None
        if held is not None:  # in any case, as Windows finds a file: new_name keeps them apart
            return get_template(form, held, root=self.user_root), False
        if wanted != BUILTIN and not (
            named and _is_file(builtin_root() / form / f"{wanted}{MAPPING_SUFFIX}")
        ):
            # Named after the unit's own folder, not the program's: that is where one is added.
            names = [t.name for t in self.list(form)] or [BUILTIN]
            # A name no template can have gets no `templates add --name` hint: add refuses it.
            text = messages.TEMPLATE_NOT_INSTALLED
            if not named:
                text = messages.TEMPLATE_NOT_INSTALLED_BAD_NAME
            # As typed in a command: a name with spaces is one argument in quotes.
            arg = f'"{wanted}"' if " " in wanted else wanted
            raise TemplateError(
                text.format(name=wanted, form=form, path=self.user_root, names=", ".join(names)),
                cli_hint=messages.TEMPLATE_NOT_INSTALLED_CLI.format(form=form, arg=arg)
                if named
                else "",
            )
        return get_template(form, wanted), True

    def propose(self, form: str, workbook: Path) -> Mapping:
        """A first mapping for a province's own workbook of `form`, for the user to check."""
        return self.offer(form, workbook).mapping

    def offer(self, form: str, workbook: Path) -> Proposal:
        """`propose` with the texts of the official layout it could not place, to be told."""
        form = template_form(form)
        titles, row_key, label = _form_columns(form)
        official = _official_texts(form)
        mapping = propose_mapping(
            workbook,
            form=form,
            row_key=row_key,
            titles=titles,
            known_labels=_known_labels(row_key),
            official=official,
            label_number=label,
        )
        # Named in the order a sheet shows them, top to bottom.
        order = list(messages.TEMPLATE_TEXT_NAMES)
        missing = sorted(
            (key for key in official if key not in mapping.cells),
            key=lambda key: order.index(key) if key in order else len(order),
        )
        return Proposal(form, mapping, tuple(missing))

    def install(
        self, form: str, workbook: Path, mapping: Mapping, name: str, *, replace: bool = False
    ) -> TemplateInfo:
        """Keep `workbook` with `mapping` as the unit's template `name` of `form`.

        The pair is written beside each other under the data folder, then loaded and checked
        like any template (the doctor runs); a template that fails is removed again.
        """
        form = template_form(form)  # a bundle's manifest names it too: never a path
        clean = self.new_name(form, name, replace=replace)
        folder = self.user_root / form
        target = folder / f"{clean}{MAPPING_SUFFIX}"
        try:
            data = workbook.read_bytes()
        except OSError as error:
            raise TemplateError(file_errors.unreadable(workbook, error)) from error
        book = folder / f"{clean}.xlsx"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_whole(book, data)
            save_mapping(replace_fields(mapping, form=form, workbook=book.name), target)
        except OSError as error:
            raise TemplateError(file_errors.unwritable(book, error)) from error
        try:
            return _info(load_template(target), False)
        except TemplateError:
            target.unlink(missing_ok=True)
            book.unlink(missing_ok=True)
            raise

    def new_name(self, form: str, name: str, *, replace: bool = False) -> str:
        """`name` as a new template of `form` is saved under; TemplateError if it cannot be.

        Asked before the mapping is checked, so that a refused name does not cost the work.
        """
        form = template_form(form)
        clean = clean_text(name)
        if _DEVICES.match(clean):
            raise TemplateError(messages.TEMPLATE_DEVICE_NAME.format(name=clean))
        if not _is_name(clean) or clean.casefold() == BUILTIN:
            raise TemplateError(messages.TEMPLATE_BAD_NAME.format(name=name))
        # A name differing in case only is the same file on Windows: one rule for every system.
        taken = self._held(form).get(clean.casefold())
        if taken is None:
            return clean
        if not replace:
            raise TemplateError(messages.TEMPLATE_EXISTS.format(name=taken, form=form))
        return taken  # replaced in place, not beside it under another case

    def _held(self, form: str) -> dict[str, str]:
        """The unit's template names of `form` (a mapping file's name), by their casefold."""
        folder = self.user_root / form
        found = folder.glob(f"*{MAPPING_SUFFIX}") if folder.is_dir() else []
        return {path.stem.casefold(): path.stem for path in found if _is_file(path)}

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
        form = template_form(form)
        template, builtin = self.resolve(form, name)
        target = destination(out, f"{form}_{template.name}{BUNDLE_SUFFIX}")
        manifest = json.dumps({"form": form, "name": template.name}, ensure_ascii=False)
        mapping = tomli_w.dumps(mapping_to_dict(template.mapping)).encode()
        try:
            book = template.workbook.read_bytes()
        except OSError as error:
            raise TemplateError(file_errors.unreadable(template.workbook, error)) from error
        parts = {_BUNDLE_MANIFEST: manifest.encode(), _BUNDLE_MAPPING: mapping, _BUNDLE_BOOK: book}
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_archive(target, parts)
        except OSError as error:  # --out over a file, a name too long, a full disk…
            raise TemplateError(file_errors.unwritable(target, error)) from error
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
        except PackageError as error:
            # A whole sentence naming the file: what it is, why it cannot be read, or what is
            # wrong inside it.
            raise TemplateError(error.message, cli_hint=error.cli_hint) from error
        except (ValueError, KeyError, TypeError) as error:
            logger.info("Bundle %s: unreadable manifest: %r", path, error)  # English: the log
            detail = messages.TEMPLATE_BUNDLE_MANIFEST.format(part=_BUNDLE_MANIFEST)
            raise TemplateError(
                messages.TEMPLATE_BAD_BUNDLE.format(name=path.name, detail=detail)
            ) from error
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / _BUNDLE_MAPPING).write_bytes(parts[_BUNDLE_MAPPING])
            # Not named after the manifest's name: install checks that before it is a path.
            book = folder / _BUNDLE_BOOK
            book.write_bytes(parts[_BUNDLE_BOOK])
            mapping = load_mapping(folder / _BUNDLE_MAPPING)
            return self.install(form, book, mapping, name, replace=replace)

    def check(self, path: Path) -> DoctorReport:
        """Run the doctor over a workbook a user wants to use as a template."""
        if not _is_file(path):
            raise TemplateError(messages.TEMPLATE_FILE_MISSING.format(path=path))
        return DoctorReport(path, _findings(doctor.diagnose(path)))
