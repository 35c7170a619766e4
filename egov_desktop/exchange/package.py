"""Data packages: one commune's submission (report values, statuses, notes) as a small zip.

Layout: `manifest.json` (who, what, which version, SHA-256 of the payload) and
`payload.json`. The manifest is read first; the payload is trusted only when its hash matches.
The hash covers the payload only, so the payload repeats the package's identity (unit, id,
version, periods, forms) and a manifest that says otherwise is refused. Packages written before
the payload carried it are read as before (the values' forms and period are still checked).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from egov_desktop.domain import messages
from egov_desktop.domain.text import nfc_json
from egov_desktop.errors import PackageError
from egov_desktop.exchange.archive import read_archive, write_archive
from egov_desktop.exchange.problems import BadFieldError, describe

FORMAT = "egov-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
PAYLOAD = "payload.json"
SUFFIX = ".egov"
KINDS = ("report", "correction")
#: The payload's copy of the manifest's identity; readers that predate it ignore the key.
IDENTITY = "identity"
#: What each part of the identity is called when a manifest disagrees with its payload.
_IDENTITY_LABELS = {
    "unit": "đơn vị",
    "package_id": "mã gói",
    "version": "phiên bản gói",
    "periods": "kỳ",
    "forms": "biểu",
}


@dataclass(frozen=True)
class PackageUnit:
    """The sending unit as both sides' catalogues know it."""

    code: str
    name: str
    catalog: str
    province_code: str
    district_code: str | None = None


@dataclass(frozen=True)
class PackagePeriod:
    """A reporting period with the window the sender used."""

    code: str
    mode: str
    start: date
    end: date


@dataclass(frozen=True)
class PackageValue:
    """One report figure: (form, period, row, column) -> value, with its source and note."""

    form: str
    period: str
    row_key: str
    row_label: str
    column: int
    value: int | None
    source: str
    note: str = ""


@dataclass(frozen=True)
class PackageStatus:
    """The status the sender gave a (form, period), with its note."""

    form: str
    period: str
    status: str
    note: str = ""


@dataclass(frozen=True)
class Manifest:
    """What a package says about itself."""

    package_id: str
    version: int
    kind: str
    unit: PackageUnit
    periods: tuple[PackagePeriod, ...]
    forms: tuple[str, ...]
    created_at: datetime
    officer: str
    app_version: str
    correction_reason: str = ""
    includes_register: bool = False
    payload_sha256: str = ""
    format_version: int = FORMAT_VERSION
    #: The sending unit's mã định danh điện tử, when set ("" otherwise); readers that predate
    #: it ignore the key.
    agency_code: str = ""


@dataclass(frozen=True)
class Package:
    """A package as read: the manifest and its verified payload."""

    manifest: Manifest
    values: tuple[PackageValue, ...]
    statuses: tuple[PackageStatus, ...] = ()
    register: tuple[dict[str, Any], ...] = field(default=())


def package_filename(unit_code: str, period_code: str, version: int) -> str:
    """`BC_00004_2025-Q3_v3.egov`: a name the offices recognise (safe on every file system)."""
    period = re.sub(r"[^0-9A-Za-z-]+", "_", period_code)
    return f"BC_{unit_code}_{period}_v{version}{SUFFIX}"


_FILENAME = re.compile(r"^BC_(?P<unit>[^_]+)_(?P<period>.+)_v(?P<version>\d+)\.egov$", re.I)


def filename_version(name: str, unit_code: str | None = None) -> int | None:
    """The version a package file name (`package_filename`) carries, of `unit_code` if given."""
    match = _FILENAME.match(name)
    if match is None or (unit_code is not None and match["unit"] != unit_code):
        return None
    return int(match["version"])


def _json_default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=_json_default).encode()


def write_package(path: Path, package: Package) -> Manifest:
    """Write `package` to `path`; returns the manifest with the payload's hash filled in."""
    payload = _dumps(
        {
            IDENTITY: _identity(package.manifest),
            "values": [asdict(v) for v in package.values],
            "statuses": [asdict(s) for s in package.statuses],
            "register": list(package.register),
        }
    )
    manifest = Manifest(
        **{
            **_manifest_fields(package.manifest),
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
        }
    )
    document = {"format": FORMAT, **asdict(manifest)}
    write_archive(path, {MANIFEST: _dumps(document), PAYLOAD: payload})
    return manifest


def _manifest_fields(manifest: Manifest) -> dict[str, Any]:
    return {f: getattr(manifest, f) for f in Manifest.__dataclass_fields__}


def _identity(manifest: Manifest) -> dict[str, Any]:
    """What the package is, as JSON: the part of the manifest the payload's hash must cover."""
    identity = {
        "unit": {"catalog": manifest.unit.catalog, "code": manifest.unit.code},
        "package_id": manifest.package_id,
        "version": manifest.version,
        "periods": [asdict(p) for p in manifest.periods],
        "forms": list(manifest.forms),
    }
    loaded: dict[str, Any] = json.loads(_dumps(identity))  # dates as the payload holds them
    return loaded


def _check_identity(manifest: Manifest, payload: dict[str, Any], name: str) -> None:
    """Refuse a manifest that names another unit, package, version, period or forms."""
    if IDENTITY not in payload:  # written before the payload carried it
        return
    said, bound = _identity(manifest), payload[IDENTITY]
    if said == bound:
        return
    if not isinstance(bound, dict):
        bound = {}
    differences = [
        f"{label}: phần mô tả ghi {_shown(key, said[key])}, "
        f"dữ liệu ghi {_shown(key, bound.get(key))}"
        for key, label in _IDENTITY_LABELS.items()
        if said[key] != bound.get(key)
    ]
    raise PackageError(
        messages.PACKAGE_IDENTITY_MISMATCH.format(
            name=name, detail="; ".join(differences) or "thông tin gói"
        )
    )


def _shown(key: str, value: Any) -> str:
    """A part of the identity as a clerk reads it."""
    try:
        if key == "unit":
            return str(value["code"])
        if key == "periods":
            return ", ".join(f"{p['code']} ({p['start']} – {p['end']})" for p in value)
        if key == "forms":
            return ", ".join(str(f) for f in value)
    except (KeyError, TypeError):
        pass
    return "(không có)" if value is None else str(value)


def read_package(path: Path) -> Package:
    """Read and verify a package; any problem is a PackageError and nothing else happens."""
    parts = read_archive(path, required=(MANIFEST, PAYLOAD))
    name = path.name
    document = _load_json(parts[MANIFEST], name)
    if document.get("format") != FORMAT:
        raise PackageError(messages.PACKAGE_NOT_A_PACKAGE.format(name=name))
    version = document.get("format_version")
    if version != FORMAT_VERSION:
        raise PackageError(messages.PACKAGE_UNKNOWN_FORMAT.format(name=name, version=version))
    manifest = _parse_manifest(document, name)
    if hashlib.sha256(parts[PAYLOAD]).hexdigest() != manifest.payload_sha256:
        raise PackageError(messages.PACKAGE_HASH_MISMATCH.format(name=name))
    payload = _load_json(parts[PAYLOAD], name, messages.PACKAGE_BAD_PAYLOAD)
    _check_identity(manifest, payload, name)
    try:
        values = tuple(_value(item) for item in payload["values"])
        statuses = tuple(PackageStatus(**item) for item in payload.get("statuses", []))
        register = tuple(dict(item) for item in payload.get("register", []))
    except (KeyError, TypeError, ValueError) as error:
        raise PackageError(
            messages.PACKAGE_BAD_PAYLOAD.format(name=name, detail=describe(error))
        ) from error
    return Package(manifest, values, statuses, register)


def _load_json(
    data: bytes, name: str, refusal: str = messages.PACKAGE_BAD_MANIFEST
) -> dict[str, Any]:
    """A part of the package; `refusal` names the part (the manifest, the figures) if bad."""
    try:
        loaded = nfc_json(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackageError(refusal.format(name=name, detail=describe(error))) from error
    if not isinstance(loaded, dict):
        raise PackageError(refusal.format(name=name, detail="không phải đối tượng JSON"))
    return loaded


def _value(item: dict[str, Any]) -> PackageValue:
    value = item["value"]
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        raise BadFieldError(f"giá trị không hợp lệ {value!r}")
    column = item["column"]
    if not isinstance(column, int) or isinstance(column, bool):
        raise BadFieldError(f"cột không hợp lệ {column!r}")
    return PackageValue(
        form=str(item["form"]),
        period=str(item["period"]),
        row_key=str(item["row_key"]),
        row_label=str(item["row_label"]),
        column=column,
        value=value,
        source=str(item["source"]),
        note=str(item.get("note", "")),
    )


def _parse_manifest(document: dict[str, Any], name: str) -> Manifest:
    try:
        unit = PackageUnit(**document["unit"])
        periods = tuple(
            PackagePeriod(
                code=str(p["code"]),
                mode=str(p["mode"]),
                start=date.fromisoformat(p["start"]),
                end=date.fromisoformat(p["end"]),
            )
            for p in document["periods"]
        )
        version = document["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise BadFieldError(f"phiên bản gói không hợp lệ {version!r}")
        kind = str(document["kind"])
        if kind not in KINDS:
            raise BadFieldError(f"loại gói không hợp lệ {kind!r}")
        return Manifest(
            package_id=str(document["package_id"]),
            version=version,
            kind=kind,
            unit=unit,
            periods=periods,
            forms=tuple(str(f) for f in document["forms"]),
            created_at=datetime.fromisoformat(document["created_at"]),
            officer=str(document.get("officer", "")),
            app_version=str(document.get("app_version", "")),
            correction_reason=str(document.get("correction_reason", "")),
            includes_register=bool(document.get("includes_register", False)),
            payload_sha256=str(document["payload_sha256"]),
            agency_code=str(document.get("agency_code", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PackageError(
            messages.PACKAGE_BAD_MANIFEST.format(name=name, detail=describe(error))
        ) from error
