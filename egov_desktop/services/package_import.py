"""The office's side of the data exchange: check, preview and import packages; accept or return.

Every check runs before anything is written; an import backs the database up first and writes
in one transaction. Values an office typed itself are never overwritten without the user's choice.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from egov_desktop.db.models import ReceivedPackage, Unit
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.text import clean_text
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY
from egov_desktop.domain.validation import check_value
from egov_desktop.errors import PackageError, UserError, ValidationError
from egov_desktop.exchange.package import Package, read_package
from egov_desktop.exchange.replies import RECEIPT, RETURN, Reply, reply_filename, write_reply
from egov_desktop.export.receipt import ReceiptData, write_receipt
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.backups import BackupService
from egov_desktop.services.dto import ROLE_AGGREGATOR, SetupInfo
from egov_desktop.services.entry import load_forms
from egov_desktop.services.lineage import REFORM_DAY, legacy_commune_under
from egov_desktop.services.package_values import LocalKeys
from egov_desktop.services.report_export import fixed_texts
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.setup import SetupService
from egov_desktop.services.units import load_catalog, unit_row

logger = logging.getLogger(__name__)

#: Sources that mean "the office itself entered this value".
_OFFICE_SOURCES = (entry_dto.SOURCE_TYPED, entry_dto.SOURCE_PASTED)
#: A package replaced by a newer version of the same unit and period.
SUPERSEDED = "superseded"
#: Longest reason accepted when returning a report.
REASON_LIMIT = 500

Cell = tuple[str, str, str, int]  # form, period, portable row key, column


@dataclass
class _Plan:
    """What a package would do, worked out inside a transaction."""

    preview: dto.PackagePreview
    unit: Unit | None
    #: Each change with the office's row key (None: a sector still to create) and the package's.
    ops: list[tuple[dto.ValueChange, str | None, str]]


def require_office(setup: SetupService) -> SetupInfo:
    """The setup of an aggregating office; ValidationError for a commune's data folder."""
    info = setup.require()
    if info.role != ROLE_AGGREGATOR:
        raise ValidationError(messages.PACKAGE_ONLY_AGGREGATOR)
    return info


class PackageImportService:
    """Receive communes' packages at an aggregating office."""

    def __init__(
        self, uow: UowFactory, setup: SetupService, backups: BackupService, store: Path
    ) -> None:
        self._uow = uow
        self._setup = setup
        self._backups = backups
        self._store = store

    def preview(self, path: Path) -> dto.PackagePreview:
        """What importing `path` would do; nothing is written. Refusals are PackageError."""
        office = self._require_office()
        package = self._check(path, office)
        with self._uow() as uow:
            return self._plan(uow, package).preview

    def apply(
        self,
        path: Path,
        *,
        prefer: str | None = None,
        choices: Mapping[str, str] | None = None,
        actor: str | None = None,
    ) -> dto.PackagePreview:
        """Import `path`. Conflicts need `prefer` or a choice per cell key, else nothing happens."""
        office = self._require_office()
        package = self._check(path, office)
        with self._uow() as uow:
            plan = self._plan(uow, package)
        status = plan.preview.status
        if status in (dto.UNCHANGED, dto.OLDER):
            return plan.preview
        keep = self._kept_office_values(plan.preview, prefer, choices or {})
        if keep is None:
            return replace(plan.preview, status=dto.CONFLICT)
        made = self._backups.create("before-package-import")
        with self._uow() as uow:
            done = self._apply_planned(uow, package, path, keep, actor)
        return replace(done, backup=str(made.path))

    def apply_many(
        self, paths: Sequence[Path], *, prefer: str | None = None, actor: str | None = None
    ) -> list[tuple[Path, dto.PackagePreview | UserError]]:
        """Import a batch (a folder of packages): one backup, then one transaction.

        Each file gets its outcome: a preview with its status, or the reason it was refused.
        A refused or conflicting package does not stop the others.
        """
        office = self._require_office()
        results: dict[int, dto.PackagePreview | UserError] = {}
        checked: list[tuple[int, Path, Package]] = []
        for index, path in enumerate(paths):
            try:
                checked.append((index, path, self._check(path, office)))
            except UserError as error:
                results[index] = error
        todo: list[tuple[int, Path, Package]] = []
        with self._uow() as uow:
            for index, path, package in checked:
                # Only the cheap part of the plan here: the values are compared once, below.
                if self._status(uow, package)[0] in (dto.UNCHANGED, dto.OLDER):
                    results[index] = self._plan(uow, package).preview
                else:
                    todo.append((index, path, package))
        if todo:
            made = self._backups.create("before-package-import")
            with self._uow() as uow:
                for index, path, package in todo:
                    plan = self._plan(uow, package)
                    keep = self._kept_office_values(plan.preview, prefer, {})
                    if keep is None:
                        results[index] = replace(plan.preview, status=dto.CONFLICT)
                        continue
                    done = self._apply_planned(uow, package, path, keep, actor, plan)
                    results[index] = replace(done, backup=str(made.path))
        return [(path, results[index]) for index, path in enumerate(paths)]

    def _apply_planned(
        self,
        uow: UnitOfWork,
        package: Package,
        path: Path,
        keep: set[str],
        actor: str | None,
        plan: _Plan | None = None,
    ) -> dto.PackagePreview:
        # Planned inside the writing transaction: the database (or an earlier package of the
        # same batch) may have changed what this one does since the user's preview.
        plan = plan or self._plan(uow, package)
        if plan.preview.status in (dto.UNCHANGED, dto.OLDER):
            return plan.preview
        if plan.preview.status == dto.QUEUED:
            self._queue(uow, package, path, actor)
        else:
            self._write(uow, package, plan, keep, actor)
        logger.info(
            "Package %s v%d from %s: %s",
            package.manifest.package_id,
            package.manifest.version,
            package.manifest.unit.code,
            plan.preview.status,
        )
        return plan.preview

    def apply_queued(
        self, unit_code: str, period: str, *, actor: str | None = None
    ) -> dto.PackagePreview:
        """Import the update request waiting behind an accepted period (it reopens the period)."""
        office = self._require_office()
        code = Period.parse(period).code
        with self._uow() as uow:
            unit = self._subordinate(uow, office, unit_code)
            queued = [
                r
                for r in uow.received_packages.for_unit_period(unit.id, code)
                if r.state == dto.QUEUED
            ]
            if not queued or queued[0].stored_file is None:
                raise ValidationError(
                    messages.PACKAGE_NOTHING_QUEUED.format(unit=unit_code, period=code)
                )
            stored = Path(queued[0].stored_file)
            for row in uow.received_packages.for_unit_period(unit.id, code):
                if row.state == dto.ACCEPTED:
                    row.state = SUPERSEDED
            uow.received_packages.delete(queued[0])
        return self.apply(stored, prefer=dto.PREFER_PACKAGE, actor=actor)

    def accept(
        self, unit_code: str, period: str, out_dir: Path, *, actor: str | None = None
    ) -> Path:
        """Accept the unit's newest package for the period; writes the receipt file (biên nhận)."""
        return self._reply(unit_code, period, out_dir, RECEIPT, "", actor)

    def return_(
        self, unit_code: str, period: str, reason: str, out_dir: Path, *, actor: str | None = None
    ) -> Path:
        """Return the unit's newest package with a reason; writes the return file (trả lại)."""
        text = clean_text(reason)
        if not text:
            raise ValidationError(messages.RETURN_NEEDS_REASON)
        if len(text) > REASON_LIMIT:
            raise ValidationError(messages.NAME_TOO_LONG.format(field="Lý do", limit=REASON_LIMIT))
        return self._reply(unit_code, period, out_dir, RETURN, text, actor)

    # Checks (no database writes).

    def _require_office(self) -> SetupInfo:
        return require_office(self._setup)

    @staticmethod
    def _check(path: Path, office: SetupInfo) -> Package:
        package = read_package(path)
        manifest, name = package.manifest, path.name
        unit = manifest.unit
        catalog = load_catalog(office.catalog)
        known = catalog.get(unit.code)
        # A province office of the 2025 catalogue also takes the old communes' reports of the
        # periods before the reform (for comparisons across it).
        pre_reform = (
            office.catalog == CATALOG_2025
            and unit.catalog == CATALOG_LEGACY
            and all(p.end < REFORM_DAY for p in manifest.periods)
            and legacy_commune_under(unit.code, office.unit.code)
        )
        if not pre_reform and (
            unit.catalog != office.catalog
            or known is None
            or not catalog.is_under(unit.code, office.unit.code)
        ):
            raise PackageError(
                messages.PACKAGE_WRONG_UNIT.format(
                    name=name, unit=unit.name, code=unit.code, office=office.unit.name
                )
            )
        forms = load_forms()
        unknown = [f for f in manifest.forms if f not in forms]
        if unknown:
            raise PackageError(
                messages.PACKAGE_UNKNOWN_FORMS.format(name=name, forms=", ".join(unknown))
            )
        periods = {p.code for p in manifest.periods}
        if len(periods) != 1:
            raise PackageError(
                messages.PACKAGE_BAD_MANIFEST.format(name=name, detail="cần đúng một kỳ")
            )
        columns = {form: frozenset(forms[form].data_columns) for form in manifest.forms}
        for value in package.values:
            if value.form not in manifest.forms or value.period not in periods:
                raise PackageError(
                    messages.PACKAGE_STRAY_VALUE.format(
                        name=name, detail=f"{value.form} {value.period}"
                    )
                )
            if value.column not in columns[value.form]:
                raise PackageError(
                    messages.PACKAGE_BAD_VALUE.format(
                        name=name, detail=f"{value.form} cột {value.column}"
                    )
                )
            try:
                check_value(value.value)
            except UserError as error:
                raise PackageError(
                    messages.PACKAGE_BAD_VALUE.format(name=name, detail=error.message)
                ) from error
        return package

    # Inside a transaction.

    @staticmethod
    def _subordinate(uow: UnitOfWork, office: SetupInfo, code: str) -> Unit:
        unit = uow.units.find(office.catalog, code.strip())
        if unit is None or unit.code == office.unit.code:
            raise ValidationError(
                messages.UNKNOWN_SUBORDINATE.format(code=code, office=office.unit.name)
            )
        return unit

    @staticmethod
    def _status(uow: UnitOfWork, package: Package) -> tuple[str, Unit | None, int | None]:
        """(status, the sending unit's row if known, newest version held) of a package."""
        manifest = package.manifest
        period = manifest.periods[0].code
        unit = uow.units.find(manifest.unit.catalog, manifest.unit.code)
        received = [] if unit is None else uow.received_packages.for_unit_period(unit.id, period)
        latest = max((r.version for r in received), default=None)
        status = dto.IMPORTED
        if uow.received_packages.by_package_id(manifest.package_id) is not None:
            status = dto.UNCHANGED
        elif latest is not None and manifest.version <= latest:
            status = dto.OLDER
        elif any(r.state == dto.ACCEPTED for r in received):
            status = dto.QUEUED
        return status, unit, latest

    def _plan(self, uow: UnitOfWork, package: Package) -> _Plan:
        manifest = package.manifest
        period = manifest.periods[0].code
        status, unit, latest = self._status(uow, package)
        ops, same = self._changes(uow, unit, self._cells(package), manifest.forms, period)
        changes = [op[0] for op in ops]
        preview = dto.PackagePreview(
            status=status,
            unit_code=manifest.unit.code,
            unit_name=manifest.unit.name,
            version=manifest.version,
            period=period,
            forms=manifest.forms,
            kind=manifest.kind,
            reason=manifest.correction_reason,
            created_at=manifest.created_at,
            officer=manifest.officer,
            new_unit=unit is None,
            changes=tuple(changes) if status in (dto.IMPORTED, dto.QUEUED) else (),
            unchanged=same,
            latest_version=latest,
            includes_register=manifest.includes_register,
        )
        return _Plan(preview, unit, ops)

    @staticmethod
    def _cells(package: Package) -> dict[Cell, tuple[int | None, str]]:
        return {
            (v.form, v.period, v.row_key, v.column): (v.value, v.row_label) for v in package.values
        }

    @staticmethod
    def _changes(
        uow: UnitOfWork,
        unit: Unit | None,
        cells: dict[Cell, tuple[int | None, str]],
        forms: tuple[str, ...],
        period: str,
    ) -> tuple[list[tuple[dto.ValueChange, str | None, str]], int]:
        keys = LocalKeys(uow, unit.id if unit is not None else None)
        stored: dict[tuple[str, str, int], tuple[int, str]] = {}
        if unit is not None:
            for form in forms:
                for (row_key, col), row in uow.values.cells(unit.id, form, period).items():
                    stored[(form, row_key, col)] = (row.value, row.source)
        ops: list[tuple[dto.ValueChange, str | None, str]] = []
        same = 0
        seen: set[tuple[str, str, int]] = set()
        for (form, _period, portable, col), (new, label) in sorted(cells.items()):
            local = keys.find(portable)
            old, source = (None, "")
            if local is not None:
                seen.add((form, local, col))
                old, source = stored.get((form, local, col), (None, ""))
            if old == new:
                same += 1
                continue
            change = dto.ValueChange(form, period, label, col, old, new, source in _OFFICE_SOURCES)
            ops.append((change, local, portable))
        # A figure the office holds that the new package no longer has is cleared.
        labels = _labels(uow, unit)
        for (form, local, col), (old, source) in sorted(stored.items()):
            if (form, local, col) not in seen:
                label = labels.get(local, local)
                change = dto.ValueChange(
                    form, period, label, col, old, None, source in _OFFICE_SOURCES
                )
                ops.append((change, local, local))
        return ops, same

    @staticmethod
    def _kept_office_values(
        preview: dto.PackagePreview, prefer: str | None, choices: Mapping[str, str]
    ) -> set[str] | None:
        """Keys of the conflicting cells where the office's value stays; None if undecided."""
        keep: set[str] = set()
        for change in preview.conflicts:
            choice = choices.get(change.key, prefer)
            if choice not in (dto.PREFER_PACKAGE, dto.PREFER_OFFICE):
                return None
            if choice == dto.PREFER_OFFICE:
                keep.add(change.key)
        return keep

    def _write(
        self, uow: UnitOfWork, package: Package, plan: _Plan, keep: set[str], actor: str | None
    ) -> None:
        manifest = package.manifest
        period = manifest.periods[0].code
        unit = plan.unit or self._add_unit(uow, package)
        who = actor or default_actor(uow, own_unit_id(uow))
        source = f"package:{manifest.unit.code}:v{manifest.version}"[:64]
        keys = LocalKeys(uow, unit.id)
        keys.make_all(sorted({portable for _change, local, portable in plan.ops if local is None}))
        now = datetime.now()
        puts: list[tuple[tuple[int, str, str, str, int], int]] = []
        clears: list[tuple[int, str, str, str, int]] = []
        audits: list[dict[str, object]] = []
        for change, local, portable in plan.ops:
            if change.key in keep:
                continue
            row_key = local if local is not None else keys.make(portable)
            cell = (unit.id, change.form, period, row_key, change.column)
            if change.new is None:
                clears.append(cell)
            else:
                puts.append((cell, change.new))
            audits.append(
                {
                    "at": now,
                    "actor": who,
                    "unit_id": unit.id,
                    "entity": "report_value",
                    "entity_key": f"{change.form}|{period}|{row_key}",
                    "field": f"col{change.column}",
                    "old_value": None if change.old is None else str(change.old),
                    "new_value": None if change.new is None else str(change.new),
                    "source": source,
                }
            )
        uow.values.clear_many(clears)
        uow.values.put_many(puts, source=entry_dto.SOURCE_IMPORTED, actor=who, at=now)
        uow.audit.record_many(audits)
        for status in package.statuses:
            uow.statuses.set(
                unit_id=unit.id,
                form=status.form,
                period=period,
                status=status.status,
                note=status.note,
                actor=who,
            )
        for row in uow.received_packages.for_unit_period(unit.id, period):
            if row.state in (dto.IMPORTED, dto.RETURNED):
                row.state = SUPERSEDED
        changed = len(plan.ops) - len(keep)
        uow.received_packages.add(self._received(package, unit.id, dto.IMPORTED, None, changed))

    def _queue(self, uow: UnitOfWork, package: Package, path: Path, actor: str | None) -> None:
        manifest = package.manifest
        self._store.mkdir(parents=True, exist_ok=True)
        kept = self._store / f"{manifest.package_id}.egov"
        shutil.copyfile(path, kept)
        unit = uow.units.find(manifest.unit.catalog, manifest.unit.code)
        assert unit is not None  # a queued package follows an accepted one
        uow.received_packages.add(self._received(package, unit.id, dto.QUEUED, str(kept), 0))

    @staticmethod
    def _received(
        package: Package, unit_id: int, state: str, stored: str | None, changed: int
    ) -> ReceivedPackage:
        manifest = package.manifest
        return ReceivedPackage(
            unit_id=unit_id,
            package_id=manifest.package_id,
            version=manifest.version,
            kind=manifest.kind,
            period=manifest.periods[0].code,
            forms=",".join(manifest.forms),
            created_at=manifest.created_at,
            received_at=datetime.now().replace(microsecond=0),
            officer=manifest.officer,
            reason=manifest.correction_reason,
            payload_sha256=manifest.payload_sha256,
            state=state,
            stored_file=stored,
            changed=changed,
            reply_reason=None,
            replied_at=None,
        )

    @staticmethod
    def _add_unit(uow: UnitOfWork, package: Package) -> Unit:
        catalog = load_catalog(package.manifest.unit.catalog)
        known = catalog.get(package.manifest.unit.code)
        assert known is not None  # checked before
        return uow.units.add(unit_row(known, package.manifest.unit.catalog))

    def _reply(
        self, unit_code: str, period: str, out_dir: Path, kind: str, reason: str, actor: str | None
    ) -> Path:
        office = self._require_office()
        code = Period.parse(period).code
        with self._uow() as uow:
            unit = self._subordinate(uow, office, unit_code)
            rows = [
                r
                for r in uow.received_packages.for_unit_period(unit.id, code)
                if r.state in (dto.IMPORTED, dto.ACCEPTED, dto.RETURNED)
            ]
            if not rows:
                raise ValidationError(
                    messages.PACKAGE_NONE_RECEIVED.format(unit=unit_code, period=code)
                )
            row = rows[0]
            now = datetime.now().replace(microsecond=0)
            who = actor or default_actor(uow, own_unit_id(uow))
            reply = Reply(
                kind=kind,
                unit_code=unit.code,
                package_id=row.package_id,
                version=row.version,
                periods=(code,),
                forms=tuple(row.forms.split(",")),
                at=now,
                office_code=office.unit.code,
                office_name=office.unit.name,
                officer=who,
                reason=reason,
            )
            out_dir.mkdir(parents=True, exist_ok=True)
            target = out_dir / reply_filename(reply)
            write_reply(target, reply)
            self._print_receipt(target.with_suffix(".xlsx"), office, unit, row, reply)
            old = row.state
            row.state = dto.ACCEPTED if kind == RECEIPT else dto.RETURNED
            row.reply_reason, row.replied_at = reason or None, now
            uow.audit.record(
                actor=who,
                unit_id=unit.id,
                entity="received_package",
                entity_key=f"{code}|v{row.version}",
                field="state",
                old_value=old,
                new_value=row.state if not reason else f"{row.state}: {reason}",
                source="typed",
            )
            return target

    @staticmethod
    def _print_receipt(
        path: Path, office: SetupInfo, unit: Unit, row: ReceivedPackage, reply: Reply
    ) -> None:
        """The printable receipt or return note beside the reply file."""
        period = Period.parse(row.period)
        texts = fixed_texts(
            office, period.label, period.window_text(office.period_mode), reply.at.date()
        )
        write_receipt(
            path,
            ReceiptData(
                returned=reply.kind == RETURN,
                parent_agency=texts["parent_agency"],
                office_name=texts["agency_name"],
                unit_name=unit.name,
                unit_code=unit.code,
                period_label=period.label,
                window_text=period.window_text(office.period_mode),
                forms=reply.forms,
                version=row.version,
                package_id=row.package_id,
                sent_at=row.created_at,
                received_at=row.received_at,
                replied_at=reply.at,
                officer=reply.officer,
                place_date=texts["place_date"],
                reason=reply.reason,
            ),
        )


def _labels(uow: UnitOfWork, unit: Unit | None) -> dict[str, str]:
    """Stored row key -> the label a package uses for it."""
    if unit is None:
        return {}
    labels = {f"sector:{s.id}": s.name for s in uow.sectors.ordered(unit.id)}
    labels[f"unit:{unit.id}"] = unit.name
    return labels
