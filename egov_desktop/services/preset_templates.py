"""A preset's templates registered like `templates add` does, so exports can use them.

A bare workbook cannot be used: the export needs to know its form and which cell takes which
figure. The form comes from the file name ("II.06a-tinh.xlsx": form II.06a, template "tinh"),
the cell mapping from a `.toml` of the same name beside it, else the mapping `templates add`
proposes.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from egov_desktop.domain import messages
from egov_desktop.errors import TemplateError
from egov_desktop.services.templates import TemplateInfo, TemplateService, load_mapping_file

logger = logging.getLogger(__name__)

#: The template's name when the file is named after its form alone ("II.06a.xlsx").
DEFAULT_NAME = "tinh"
_SEPARATORS = ("-", "_", " ")


@dataclass(frozen=True)
class Registered:
    """One preset template: the template it became, or why it could not be used (`problem`)."""

    source: Path
    template: TemplateInfo | None = None
    problem: str = ""
    #: The problem's command-line hint (messages.py), printed by the CLI only.
    cli_hint: str = ""
    #: What the proposed mapping leaves out (`Proposal.findings`): the template is usable,
    #: but exports through it leave those texts blank until they are placed by hand.
    findings: tuple[str, ...] = ()
    #: The findings' command-line hint.
    findings_hint: str = ""


@dataclass(frozen=True)
class Planned:
    """What applying a preset will make of one of its workbooks (`egov preset check`)."""

    source: Path
    form: str = ""
    name: str = ""
    #: Why it will only be copied into templates/, not usable in exports ("" when it will be).
    problem: str = ""
    #: The problem's command-line hint (messages.py).
    cli_hint: str = ""
    #: What its proposed mapping will leave out (`Registered.findings`), and their hint.
    findings: tuple[str, ...] = ()
    findings_hint: str = ""


def form_and_name(stem: str, forms: list[str]) -> tuple[str, str] | None:
    """(form, template name) read from a workbook's file name; None when it names no form.

    The longest form wins: "II.06a-agg-tinh" is form II.06a-agg's template "tinh".
    """
    folded = stem.casefold()
    for form in sorted(forms, key=len, reverse=True):
        key = form.casefold()
        if folded == key:
            return form, DEFAULT_NAME
        if folded.startswith(key) and stem[len(form)] in _SEPARATORS:
            rest = stem[len(form) + 1 :].strip(" -_")
            return form, rest or DEFAULT_NAME
    return None


def register(templates: TemplateService, sources: tuple[Path, ...]) -> list[Registered]:
    """Install each preset workbook as the unit's template of the form its name gives.

    A template of that name is replaced: a preset applied again brings the province's newer
    workbook. One that cannot be installed is reported, not fatal: the setup stands. Two
    workbooks naming the same template ("II.06a-tinh.xlsx", "II.06a_tinh.xlsx") are reported
    too: the one listed last in the preset is used (the one before it when it cannot be), so
    that check and apply agree whatever order the files lie in the folder.
    """
    forms = sorted({t.form for t in templates.list() if t.builtin})
    done: dict[int, Registered] = {}
    kept: dict[tuple[str, str], Registered] = {}
    for index in reversed(range(len(sources))):
        source = sources[index]
        found = form_and_name(source.stem, forms)
        if found is None:
            problem = messages.PRESET_TEMPLATE_NO_FORM.format(
                name=source.name, forms=", ".join(forms)
            )
            hint = messages.PRESET_TEMPLATE_NO_FORM_CLI
            done[index] = Registered(source, problem=problem, cli_hint=hint)
            continue
        form, name = found
        # Case apart, the same files on Windows: templates/<form>/<name>.xlsx.
        key = (form, name.strip().casefold())
        other = kept.get(key)
        if other is not None:
            problem = messages.PRESET_TEMPLATE_SAME_NAME.format(
                name=source.name, kept=other.source.name, form=form, template=name.strip()
            )
            logger.warning("Preset template %s not installed: %s", source, problem)
            done[index] = Registered(source, problem=problem)
            continue
        done[index] = _install(templates, source, form, name)
        if done[index].template is not None:
            kept[key] = done[index]
    return [done[index] for index in range(len(sources))]


def _install(templates: TemplateService, source: Path, form: str, name: str) -> Registered:
    beside = source.with_suffix(".toml")
    findings: tuple[str, ...] = ()
    hint = ""
    try:
        if beside.is_file():
            mapping = load_mapping_file(beside)
        else:
            # Nobody checks a preset's proposal before exports use it: what it could not place
            # is told when the preset is checked and applied, as `templates add` tells it.
            proposal = templates.offer(form, source)
            mapping, findings, hint = proposal.mapping, proposal.findings, proposal.cli_hint
        info = templates.install(form, source, mapping, name, replace=True)
    except TemplateError as error:
        logger.warning("Preset template %s not installed: %s", source, error.message)
        return Registered(source, problem=error.message, cli_hint=error.cli_hint)
    for finding in findings:
        logger.warning("Preset template %s: %s", source, finding)
    return Registered(source, template=info, findings=findings, findings_hint=hint)


def plan(sources: tuple[Path, ...]) -> list[Planned]:
    """What `register` will make of each workbook, without a data folder.

    They are registered into a folder thrown away afterwards: a workbook whose mapping does
    not fit is known before the preset is applied, not only its file name read.
    """
    with tempfile.TemporaryDirectory(prefix="egov-preset-check-") as scratch:
        done = register(TemplateService(Path(scratch)), sources)
    return [
        Planned(
            r.source,
            r.template.form,
            r.template.name,
            findings=r.findings,
            findings_hint=r.findings_hint,
        )
        if r.template is not None
        else Planned(r.source, problem=r.problem, cli_hint=r.cli_hint)
        for r in done
    ]
