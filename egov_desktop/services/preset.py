"""Configuration packages (presets): IT staff bind a fresh installation to its unit in advance.

A preset is a small JSON file, `egov-preset.json`, written by the installer from its command
line or carried beside `setup.exe`:

    {"format": 1, "unit": "00004", "role": "commune", "catalog": "2025",
     "period_mode": "cutoff", "officer": "Nguyễn Văn An", "head": "Trần Thị Bình",
     "templates": ["templates/II.06a.xlsx"]}

Only `unit` and `role` are required. Template paths are relative to the preset's folder. The
application applies the preset found beside its executable at first start (while the data
folder is not set up), and the settings page can apply one later; neither ever rebinds a folder
to another unit.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from egov_desktop.config import is_frozen
from egov_desktop.domain import file_errors, messages
from egov_desktop.domain.periods import MODE_CUTOFF
from egov_desktop.domain.text import clean_text, nfc
from egov_desktop.domain.units import CATALOG_2025
from egov_desktop.durable import copy_whole
from egov_desktop.errors import StorageError, ValidationError
from egov_desktop.services.dto import SetupInfo, SetupRequest, UnitInfo
from egov_desktop.services.preset_templates import register
from egov_desktop.services.setup import SetupService, unit_info, validate
from egov_desktop.services.templates import TemplateInfo, TemplateService

logger = logging.getLogger(__name__)

#: The file name the installer writes and the application looks for beside its executable.
PRESET_FILE = "egov-preset.json"
#: The only format this version reads; a newer installer's preset must not be half-understood.
FORMAT = 1
#: A preset is a handful of lines; anything bigger is the wrong file.
MAX_BYTES = 64 * 1024
MAX_TEMPLATES = 50
#: Folder of the data folder that receives the preset's templates.
TEMPLATES_FOLDER = "templates"
ACTOR = "gói cấu hình"

_TEXT_KEYS = (
    "unit",
    "role",
    "catalog",
    "period_mode",
    "officer",
    "head",
    "agency_code",
    "receiving_unit",
)
KEYS = ("format", *_TEXT_KEYS, "templates")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Preset:
    """A checked preset: the setup it asks for and the template files it brings."""

    source: Path
    request: SetupRequest
    unit: UnitInfo
    templates: tuple[Path, ...] = ()


@dataclass(frozen=True)
class PresetResult:
    """What applying a preset did."""

    source: Path
    setup: SetupInfo
    templates: tuple[Path, ...]
    #: The templates the preset's workbooks became (usable by name in exports), and why any
    #: other workbook could not be used (it is only copied into templates/).
    registered: tuple[TemplateInfo, ...] = ()
    template_problems: tuple[str, ...] = ()
    #: The command-line hint of each of `template_problems` ("" for none), in the same order.
    template_hints: tuple[str, ...] = ()
    #: What the registered templates' proposed mappings leave out, each with its
    #: command-line hint: usable templates whose exports leave those texts blank.
    template_findings: tuple[tuple[str, str], ...] = ()
    #: What the preset's change of the period mode did to the reports already stored
    #: (SetupService.mode_change_warning); None when it changed nothing for them.
    mode_warning: str | None = None


def find_preset(folder: Path | None = None) -> Path | None:
    """The preset beside the executable (or in `folder`), if there is one.

    Only a frozen build looks beside its executable: from source, `sys.executable` is the
    venv's Python, and a preset lying there would be an accident.
    """
    if folder is None:
        if not is_frozen():
            return None
        folder = Path(sys.executable).resolve().parent
    candidate = folder / PRESET_FILE
    return candidate if candidate.is_file() else None


def load_preset(path: Path) -> Preset:
    """Read and check a preset file; ValidationError (Vietnamese) when anything is wrong."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(messages.PRESET_NOT_FOUND.format(path=path)) from None
    except OSError as error:
        raise ValidationError(
            messages.PRESET_UNREADABLE.format(path=path, detail=file_errors.os_reason(error))
        ) from None
    return parse_preset(data, base_dir=path.resolve().parent, name=path.name, source=path)


def parse_preset(
    data: bytes, *, base_dir: Path, name: str = PRESET_FILE, source: Path | None = None
) -> Preset:
    """Check a preset's bytes; template paths resolve against `base_dir`."""
    if len(data) > MAX_BYTES:
        raise _invalid(name, messages.PRESET_TOO_LARGE.format(limit=MAX_BYTES // 1024))
    raw = _json_object(_decode(data, name), name)
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise _invalid(
            name,
            messages.PRESET_UNKNOWN_KEYS.format(keys=", ".join(unknown), allowed=", ".join(KEYS)),
        )
    version = raw.get("format", FORMAT)
    if version != FORMAT or isinstance(version, bool):
        raise _invalid(name, messages.PRESET_BAD_FORMAT.format(value=version, expected=FORMAT))
    for key in ("unit", "role"):
        if key not in raw:
            raise _invalid(name, messages.PRESET_MISSING_KEY.format(key=key))
    if isinstance(raw["unit"], int | float) and not isinstance(raw["unit"], bool):
        raise _invalid(name, messages.PRESET_UNIT_NOT_TEXT.format(value=raw["unit"]))
    text = {key: _text(raw, key, name) for key in _TEXT_KEYS if key in raw}
    request = SetupRequest(
        unit_code=text["unit"],
        role=text["role"],
        catalog=text.get("catalog", CATALOG_2025),
        period_mode=text.get("period_mode", MODE_CUTOFF),
        officer=text.get("officer", ""),
        head=text.get("head", ""),
        agency_code=text.get("agency_code"),
        receiving_unit=text.get("receiving_unit"),
    )
    try:
        unit, cleaned = validate(request)
    except ValidationError as error:
        raise _invalid(name, error.message) from None
    templates = _templates(raw.get("templates", []), base_dir, name)
    return Preset(
        source=source if source is not None else base_dir / name,
        request=cleaned,
        unit=unit_info(unit),
        templates=templates,
    )


def _invalid(name: str, detail: str) -> ValidationError:
    return ValidationError(messages.PRESET_INVALID.format(name=name, detail=detail))


def _decode(data: bytes, name: str) -> str:
    # Notepad saves UTF-8 with a BOM; NSIS writes UTF-16 with a BOM (it has no UTF-8 writer).
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _invalid(name, messages.PRESET_NOT_UTF8) from None


def _json_object(text: str, name: str) -> dict[str, Any]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise _invalid(name, messages.PRESET_DUPLICATE_KEY.format(key=key))
            seen[key] = value
        return seen

    try:
        value = json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as error:
        raise _invalid(
            name, messages.PRESET_BAD_JSON.format(line=error.lineno, column=error.colno)
        ) from None
    if not isinstance(value, dict):
        raise _invalid(name, messages.PRESET_NOT_OBJECT)
    return value


def _text(raw: dict[str, Any], key: str, name: str) -> str:
    value = raw[key]
    if not isinstance(value, str):
        raise _invalid(name, messages.PRESET_NOT_TEXT.format(key=key))
    return clean_text(value)


def _templates(value: Any, base_dir: Path, name: str) -> tuple[Path, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _invalid(name, messages.PRESET_TEMPLATES_NOT_LIST)
    if len(value) > MAX_TEMPLATES:
        raise _invalid(name, messages.PRESET_TOO_MANY_TEMPLATES.format(limit=MAX_TEMPLATES))
    root = base_dir.resolve()
    found: list[Path] = []
    names: set[str] = set()
    for item in value:
        text = nfc(item.strip())
        relative = PurePosixPath(text.replace("\\", "/"))
        if (
            not text
            or relative.is_absolute()
            or _WINDOWS_DRIVE.match(text)
            or ".." in relative.parts
        ):
            raise _invalid(name, messages.PRESET_TEMPLATE_OUTSIDE.format(path=item))
        if relative.suffix.lower() != ".xlsx":
            raise _invalid(name, messages.PRESET_TEMPLATE_NOT_XLSX.format(path=item))
        path = root.joinpath(*relative.parts)
        if not path.is_file():
            raise _invalid(name, messages.PRESET_TEMPLATE_MISSING.format(path=path))
        if not zipfile.is_zipfile(path):
            raise _invalid(name, messages.PRESET_TEMPLATE_NOT_XLSX.format(path=item))
        # Every template lands in one folder: two files of the same name would overwrite.
        key = relative.name.casefold()
        if key in names:
            raise _invalid(name, messages.PRESET_TEMPLATE_DUPLICATE.format(name=relative.name))
        names.add(key)
        found.append(path)
    return tuple(found)


class PresetService:
    """Applies presets to one data folder through the setup service."""

    def __init__(self, setup: SetupService, data_dir: Path) -> None:
        self._setup = setup
        self._data_dir = data_dir

    @property
    def templates_dir(self) -> Path:
        return self._data_dir / TEMPLATES_FOLDER

    def apply(self, preset: Preset, *, actor: str = ACTOR) -> PresetResult:
        """Bind (or update) the folder's setup, then copy the templates.

        Raises ValidationError when the folder is bound to another unit; nothing is changed then.
        A preset changing the mode of a unit whose reports hold figures says so in the result.
        """
        warning = self.mode_change_warning(preset)
        info = self._setup.apply(preset.request, actor=preset.request.officer or actor)
        done = register(TemplateService(self._data_dir), preset.templates)
        registered = tuple(r.template for r in done if r.template is not None)
        # One that could not be registered is still copied, at hand for `templates add`.
        copied = tuple(self._install(r.source) for r in done if r.template is None)
        logger.info(
            "Applied preset %s: unit %s, %d template(s)",
            preset.source,
            info.unit.code,
            len(registered) + len(copied),
        )
        return PresetResult(
            source=preset.source,
            setup=info,
            templates=tuple(t.workbook for t in registered) + copied,
            registered=registered,
            template_problems=tuple(r.problem for r in done if r.problem),
            template_hints=tuple(r.cli_hint for r in done if r.problem),
            template_findings=tuple((f, r.findings_hint) for r in done for f in r.findings),
            mode_warning=warning,
        )

    def mode_change_warning(self, preset: Preset) -> str | None:
        """What applying `preset` would do to the stored reports by changing the period mode."""
        return self._setup.mode_change_warning(preset.request.period_mode)

    def apply_file(self, path: Path) -> PresetResult:
        """Read, check and apply a preset file."""
        return self.apply(load_preset(path))

    def apply_at_first_start(self, folder: Path | None = None) -> PresetResult | None:
        """Apply the preset beside the executable while the data folder is not set up yet."""
        if self._setup.current() is not None:
            return None
        path = find_preset(folder)
        if path is None:
            return None
        return self.apply_file(path)

    def _install(self, source: Path) -> Path:
        target = self.templates_dir / source.name
        try:
            self.templates_dir.mkdir(parents=True, exist_ok=True)
            # Through its partial twin: a half-copied template must never be used.
            copy_whole(source, target)
        except OSError as error:
            raise StorageError(
                messages.PRESET_TEMPLATE_COPY_FAILED.format(
                    path=target, detail=file_errors.os_reason(error)
                )
            ) from None
        return target
