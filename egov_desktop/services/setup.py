"""Binding a data folder to its unit: role, catalogue, period mode and signatories."""

from __future__ import annotations

from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import MODE_CUTOFF, MODES, Period
from egov_desktop.domain.text import clean_text
from egov_desktop.domain.units import (
    AGENCY_CODE,
    AGENCY_CODE_LIMIT,
    CATALOG_2025,
    CATALOGS,
    AdminUnit,
)
from egov_desktop.errors import SetupRequiredError, ValidationError
from egov_desktop.services.dto import (
    ROLE_AGGREGATOR,
    ROLE_COMMUNE,
    ROLES,
    SetupInfo,
    SetupRequest,
    UnitInfo,
)
from egov_desktop.services.units import load_catalog, unit_row

#: Longest officer or head name accepted (a signature block has room for one line).
NAME_LIMIT = 100
SYSTEM_ACTOR = "hệ thống"


def unit_info(unit: AdminUnit) -> UnitInfo:
    """The DTO of a catalogue unit."""
    return UnitInfo(
        code=unit.code,
        name=unit.name,
        level=unit.level,
        kind=unit.kind,
        province_code=unit.province_code,
        province_name=unit.province_name,
        district_code=unit.district_code,
        district_name=unit.district_name,
    )


def _clean_name(value: str, field: str) -> str:
    text = clean_text(value)
    if len(text) > NAME_LIMIT:
        raise ValidationError(messages.NAME_TOO_LONG.format(field=field, limit=NAME_LIMIT))
    return text


def clean_agency_code(value: str) -> str:
    """A mã định danh as stored: trimmed, capitals; "" stays "" (not known)."""
    text = clean_text(value).upper().replace(" ", "")
    if text and (len(text) > AGENCY_CODE_LIMIT or not AGENCY_CODE.fullmatch(text)):
        raise ValidationError(messages.AGENCY_CODE_INVALID.format(value=value.strip()))
    return text


def validate(request: SetupRequest) -> tuple[AdminUnit, SetupRequest]:
    """Check a setup without touching any file; return the unit and the cleaned request."""
    if request.role not in ROLES:
        raise ValidationError(messages.UNKNOWN_ROLE.format(value=request.role))
    if request.catalog not in CATALOGS:
        raise ValidationError(messages.UNKNOWN_CATALOG.format(value=request.catalog))
    if request.period_mode not in MODES:
        raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=request.period_mode))
    code = request.unit_code.strip()
    unit = load_catalog(request.catalog).get(code)
    if unit is None:
        raise ValidationError(messages.UNKNOWN_UNIT.format(code=code, catalog=request.catalog))
    if request.role == ROLE_COMMUNE and unit.level != "commune":
        raise ValidationError(
            messages.COMMUNE_ROLE_NEEDS_COMMUNE.format(name=unit.name, code=unit.code)
        )
    if request.role == ROLE_AGGREGATOR and unit.level == "commune":
        raise ValidationError(
            messages.AGGREGATOR_NEEDS_UPPER.format(name=unit.name, code=unit.code)
        )
    cleaned = SetupRequest(
        unit_code=unit.code,
        role=request.role,
        catalog=request.catalog,
        period_mode=request.period_mode,
        officer=_clean_name(request.officer, "Tên cán bộ"),
        head=_clean_name(request.head, "Tên thủ trưởng đơn vị"),
        agency_code=None if request.agency_code is None else clean_agency_code(request.agency_code),
        receiving_unit=(
            None
            if request.receiving_unit is None
            else _clean_name(request.receiving_unit, "Đơn vị nhận báo cáo")
        ),
    )
    return unit, cleaned


class SetupService:
    """Reads and writes the binding of the data folder."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def current(self) -> SetupInfo | None:
        """The current setup, or None on a fresh data folder."""
        with self._uow() as uow:
            return self._read(uow)

    def mode_change_warning(self, period_mode: str) -> str | None:
        """What changing to `period_mode` does to the reports already stored; None if nothing.

        Each report keeps its figures and the mode they were counted in: those counted in
        another mode than `period_mode` are refused (shown, exported, sent) until counted
        again from the register or entered again in the new mode.
        """
        with self._uow() as uow:
            info = self._read(uow)
            if info is None or info.period_mode == period_mode:
                return None
            unit_id = int(uow.settings.get("own_unit_id") or 0)
            reports = [
                (form, period)
                for form, period, mode in uow.values.reports(unit_id)
                if (mode or info.period_mode) != period_mode
            ]
        if not reports:
            return None
        shown = ", ".join(
            f"{form} {Period.parse(period).in_sentence}" for form, period in reports[:3]
        )
        return messages.MODE_CHANGE_STORED.format(
            count=len(reports), reports=shown + (", …" if len(reports) > 3 else "")
        )

    def require(self) -> SetupInfo:
        """The current setup; SetupRequiredError when there is none."""
        info = self.current()
        if info is None:
            raise SetupRequiredError(messages.NOT_SET_UP, cli_hint=messages.NOT_SET_UP_CLI)
        return info

    @staticmethod
    def _read(uow: UnitOfWork) -> SetupInfo | None:
        settings = uow.settings.all()
        unit_id = settings.get("own_unit_id")
        if unit_id is None:
            return None
        row = uow.units.get(int(unit_id))
        if row is None:
            return None
        return SetupInfo(
            unit=UnitInfo(
                code=row.code,
                name=row.name,
                level=row.level,
                kind=row.kind,
                province_code=row.province_code,
                province_name=row.province_name,
                district_code=row.district_code,
                district_name=row.district_name,
            ),
            role=settings.get("role", ROLE_COMMUNE),
            catalog=row.catalog,
            period_mode=settings.get("period_mode", MODE_CUTOFF),
            officer=row.officer_name or "",
            head=row.head_name or "",
            agency_code=row.agency_code or "",
            receiving_unit=settings.get("receiving_unit", ""),
        )

    def apply(self, request: SetupRequest, *, actor: str = SYSTEM_ACTOR) -> SetupInfo:
        """Validate and store a setup in one transaction; every change is audited."""
        unit, cleaned = validate(request)
        with self._uow() as uow:
            existing = self._read(uow)
            if existing is not None and (
                existing.unit.code != unit.code or existing.catalog != cleaned.catalog
            ):
                raise ValidationError(
                    messages.UNIT_ALREADY_BOUND.format(
                        name=existing.unit.name, code=existing.unit.code
                    ),
                    cli_hint=messages.OTHER_DATA_DIR_CLI,
                )
            row = uow.units.find(cleaned.catalog, unit.code)
            if row is None:
                row = uow.units.add(unit_row(unit, cleaned.catalog))
            changes: list[tuple[str, str | None, str]] = []
            fields = [("officer_name", cleaned.officer), ("head_name", cleaned.head)]
            if cleaned.agency_code is not None:
                fields.append(("agency_code", cleaned.agency_code))
            for field, value in fields:
                old = getattr(row, field)
                if (old or "") != value:
                    setattr(row, field, value or None if field == "agency_code" else value)
                    changes.append((field, old, value))
            stored = [
                ("own_unit_id", str(row.id)),
                ("role", cleaned.role),
                ("period_mode", cleaned.period_mode),
            ]
            if cleaned.receiving_unit is not None:
                stored.append(("receiving_unit", cleaned.receiving_unit))
            for key, value in stored:
                old = uow.settings.set(key, value)
                if (old or "") != value:
                    changes.append((key, old, value))
            for field, old_value, new_value in changes:
                uow.audit.record(
                    actor=actor,
                    unit_id=row.id,
                    entity="setup",
                    entity_key=f"{cleaned.catalog}:{unit.code}",
                    field=field,
                    old_value=old_value,
                    new_value=new_value,
                    source="typed",
                )
            info = self._read(uow)
        assert info is not None
        return info


def search_units(
    text: str, *, catalog: str = CATALOG_2025, role: str | None = None, limit: int = 50
) -> list[UnitInfo]:
    """Units whose name matches `text` ignoring diacritics; narrowed to what `role` may bind."""
    if catalog not in CATALOGS:
        raise ValidationError(messages.UNKNOWN_CATALOG.format(value=catalog))
    levels: tuple[str, ...] | None = None
    if role == ROLE_COMMUNE:
        levels = ("commune",)
    elif role == ROLE_AGGREGATOR:
        levels = ("province", "district")
    found = load_catalog(catalog).search(text, limit=limit, levels=levels)
    return [unit_info(unit) for unit in found]
