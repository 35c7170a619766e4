"""Template library: the built-in templates and the unit's own (provincial) ones.

User templates live in the data folder with the built-in layout:
`<data_dir>/templates/<FORM>/<NAME>.toml` plus the workbook it names. A user template may take
the name of a built-in one; lookup by name prefers the user's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from egov_desktop.domain import messages
from egov_desktop.errors import TemplateError
from egov_desktop.export import doctor
from egov_desktop.export.templates import (
    BUILTIN,
    MAPPING_SUFFIX,
    Template,
    builtin_root,
    get_template,
    load_template,
)

#: Folder of the data folder that holds the unit's own templates.
TEMPLATES_FOLDER = "templates"


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
        return get_template(form, wanted), True

    def check(self, path: Path) -> DoctorReport:
        """Run the doctor over a workbook a user wants to use as a template."""
        if not path.is_file():
            raise TemplateError(messages.TEMPLATE_FILE_MISSING.format(path=path))
        return DoctorReport(path, _findings(doctor.diagnose(path)))
