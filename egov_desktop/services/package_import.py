"""The office's side of the data exchange: check, preview and import packages; accept or return.

Every check runs before anything is written; an import backs the database up first and writes
in one transaction. Values an office typed itself are never overwritten without the user's choice.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from egov_desktop.db.models import ReceivedPackage, Unit
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import MODES, Period
from egov_desktop.domain.text import clean_text
from egov_desktop.errors import UserError, ValidationError
from egov_desktop.exchange.package import Package
from egov_desktop.exchange.replies import RECEIPT, RETURN, Reply, reply_filename, write_reply
from egov_desktop.export.receipt import ReceiptData, write_receipt
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.backups import BEFORE_PACKAGE_IMPORT, BackupService
from egov_desktop.services.dto import ROLE_AGGREGATOR, SetupInfo
from egov_desktop.services.lineage import reaches
from egov_desktop.services.office_units import one_unit, under_office
from egov_desktop.services.package_checks import check_package
from egov_desktop.services.package_plan import (
    Known,
    Plan,
    decided,
    new_portables,
    plan_package,
    status_of,
    with_choices,
)
from egov_desktop.services.package_values import LocalKeys
from egov_desktop.services.report_texts import fixed_texts
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.setup import SetupService

logger = logging.getLogger(__name__)

#: A package replaced by a newer version of the same unit and period.
SUPERSEDED = dto.SUPERSEDED
#: Longest reason accepted when returning a report.
REASON_LIMIT = 500

#: Audit entity of a package's figure the office declined, keeping its own.
DECLINED = "declined_value"

#: States of a received package the office can accept or return.
_REPLIABLE = (dto.IMPORTED, dto.ACCEPTED, dto.RETURNED)
_QUEUED = (dto.QUEUED,)


def _waiting_states(queued: bool) -> tuple[str, ...]:
    return _QUEUED if queued else _REPLIABLE


def require_office(setup: SetupService) -> SetupInfo:
    """The setup of an aggregating office; ValidationError for a commune's data folder."""
    info = setup.require()
    if info.role != ROLE_AGGREGATOR:
        raise ValidationError(messages.PACKAGE_ONLY_AGGREGATOR)
    return info


class PackageImportService:
    """Receive communes' packages at an aggregating office."""

    def __init__(
        self,
        uow: UowFactory,
        setup: SetupService,
        backups: BackupService,
        store: Path,
        data_dir: Path,
    ) -> None:
        """`store`: where update requests wait, inside `data_dir`.

        Their paths are kept relative to `data_dir`, so a moved or restored folder finds them.
        """
        self._uow = uow
        self._setup = setup
        self._backups = backups
        self._store = store
        self._data_dir = data_dir

    def preview(self, path: Path, *, prefer: str | None = None) -> dto.PackagePreview:
        """What importing `path` would do; nothing is written. Refusals are PackageError.

        With `prefer`, as `apply` would count it: the figures the office keeps (PREFER_OFFICE)
        are declined, not changes.
        """
        package = check_package(path, self._require_office())
        with self._uow() as uow:
            preview = plan_package(uow, Known.load(uow, [package]), package).preview
        keep = decided(preview, prefer) if preview.status == dto.IMPORTED else None
        return with_choices(preview, keep) if keep else preview

    def apply(
        self,
        path: Path,
        *,
        prefer: str | None = None,
        choices: Mapping[str, str] | None = None,
        actor: str | None = None,
    ) -> dto.PackagePreview:
        """Import `path`. Conflicts need `prefer` or a choice per cell key, else nothing happens."""
        package = check_package(path, self._require_office())
        with self._uow() as uow:
            plan = plan_package(uow, Known.load(uow, [package]), package)
        status = plan.preview.status
        if status in (dto.UNCHANGED, dto.OLDER):
            return plan.preview
        keep = decided(plan.preview, prefer, dict(choices or {}))
        if keep is None:
            return replace(plan.preview, status=dto.CONFLICT)
        made = self._backups.create(BEFORE_PACKAGE_IMPORT)
        with self._uow() as uow:
            # Planned again inside the writing transaction: the database may have changed
            # since the user's preview.
            known = Known.load(uow, [package])
            plan = plan_package(uow, known, package)
            who = actor or self._actor(uow)
            done = self._apply_planned(uow, known, package, path, plan, keep, who)
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
                checked.append((index, path, check_package(path, office)))
            except UserError as error:
                results[index] = error
        todo: list[tuple[int, Path, Package]] = []
        with self._uow() as uow:
            known = Known.load(uow, [package for _i, _p, package in checked])
            for index, path, package in checked:
                # Only the cheap part of the plan here: the values are compared once, below.
                try:
                    status = status_of(known, package)[0]
                except UserError as error:
                    results[index] = error
                    continue
                if status in (dto.UNCHANGED, dto.OLDER):
                    results[index] = plan_package(uow, known, package).preview
                else:
                    todo.append((index, path, package))
        if todo:
            made = self._backups.create(BEFORE_PACKAGE_IMPORT)
            with self._uow() as uow:
                known = Known.load(uow, [package for _i, _p, package in todo])
                known.add_units(uow, [package for _i, _p, package in todo])
                who = actor or self._actor(uow)
                for index, path, package in todo:
                    # Planned in the writing transaction, after the batch's earlier packages.
                    try:
                        plan = plan_package(uow, known, package)
                    except UserError as error:  # refused before anything of it was written
                        results[index] = error
                        continue
                    keep = decided(plan.preview, prefer)
                    if keep is None:
                        results[index] = replace(plan.preview, status=dto.CONFLICT)
                        continue
                    done = self._apply_planned(uow, known, package, path, plan, keep, who)
                    results[index] = replace(done, backup=str(made.path))
        return [(path, results[index]) for index, path in enumerate(paths)]

    def _apply_planned(
        self,
        uow: UnitOfWork,
        known: Known,
        package: Package,
        path: Path,
        plan: Plan,
        keep: set[str],
        who: str,
    ) -> dto.PackagePreview:
        """Queue or write a planned package; the result counts the figures actually changed."""
        done = plan.preview
        if done.status in (dto.UNCHANGED, dto.OLDER):
            return done
        if done.status == dto.QUEUED:
            self._queue(uow, known, package, path)
        else:
            self._write(uow, known, package, plan, keep, who)
            # A figure the office kept against the package did not change: it is no change.
            done = with_choices(done, keep)
        logger.info(
            "Package %s v%d from %s: %s",
            package.manifest.package_id,
            package.manifest.version,
            package.manifest.unit.code,
            done.status,
        )
        return done

    def apply_queued(
        self,
        unit_code: str,
        period: str,
        *,
        actor: str | None = None,
        catalog: str | None = None,
    ) -> dto.PackagePreview:
        """Import the update request waiting behind an accepted period (it reopens the period).

        The stored copy is read and checked first; superseding the accepted version, writing
        the figures and removing the request happen in one transaction, so a failure changes
        nothing. The copy is removed once imported: like any imported package, the figures
        are in the database and the file is not kept. `unit_code` and `catalog` name the
        sender as `senders` explains.
        """
        office = self._require_office()
        code = Period.parse(period).code
        nothing = messages.PACKAGE_NOTHING_QUEUED.format(unit=unit_code, period=code)
        with self._uow() as uow:
            unit = self._sender(uow, office, unit_code, code, _QUEUED, nothing, catalog)
            waiting = self._waiting(uow, unit, unit_code, code)
            row_id, version, package_id = waiting.id, waiting.version, waiting.package_id
            assert waiting.stored_file is not None  # _waiting checked it
            stored = self._stored_path(waiting.stored_file)
        context = {"version": version, "unit": unit_code, "period": code, "path": stored}
        package = self._read_queued(stored, office, package_id, context)
        made = self._backups.create(BEFORE_PACKAGE_IMPORT)
        with self._uow() as uow:
            unit = self._sender(uow, office, unit_code, code, _QUEUED, nothing, catalog)
            waiting = self._waiting(uow, unit, unit_code, code)
            if waiting.id != row_id:  # another window applied or replaced it meanwhile
                raise ValidationError(
                    messages.PACKAGE_NOTHING_QUEUED.format(unit=unit_code, period=code)
                )
            leftovers = [stored]
            for row in uow.received_packages.for_unit_period(unit.id, code):
                if row.state == dto.ACCEPTED:
                    row.state = SUPERSEDED
                elif row.state == dto.QUEUED and row.id != row_id:
                    # An earlier update request the newest one replaces.
                    if row.stored_file is not None:
                        leftovers.append(self._stored_path(row.stored_file))
                    row.state, row.stored_file = SUPERSEDED, None
            uow.received_packages.delete(waiting)
            known = Known.load(uow, [package])
            plan = plan_package(uow, known, package)
            if plan.preview.status != dto.IMPORTED:  # raising rolls the supersede back
                raise ValidationError(
                    messages.PACKAGE_QUEUED_UNREADABLE.format(
                        **context, detail=messages.PACKAGE_QUEUED_NOT_NEWER
                    )
                )
            keep = decided(plan.preview, dto.PREFER_PACKAGE)
            assert keep is not None  # every conflict is decided for the package
            who = actor or self._actor(uow)
            done = self._apply_planned(uow, known, package, stored, plan, keep, who)
        for path in leftovers:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:  # the import stands; the copy is only a leftover
                logger.warning("Could not remove the applied update request %s: %s", path, error)
        return replace(done, backup=str(made.path))

    def accept(
        self,
        unit_code: str,
        period: str,
        out_dir: Path,
        *,
        actor: str | None = None,
        catalog: str | None = None,
    ) -> Path:
        """Accept the unit's newest package for the period; writes the receipt file (biên nhận)."""
        return self._reply(unit_code, period, out_dir, RECEIPT, "", actor, catalog)

    def return_(
        self,
        unit_code: str,
        period: str,
        reason: str,
        out_dir: Path,
        *,
        actor: str | None = None,
        catalog: str | None = None,
    ) -> Path:
        """Return the unit's newest package with a reason; writes the return file (trả lại)."""
        text = clean_text(reason)
        if not text:
            raise ValidationError(messages.RETURN_NEEDS_REASON)
        if len(text) > REASON_LIMIT:
            raise ValidationError(messages.NAME_TOO_LONG.format(field="Lý do", limit=REASON_LIMIT))
        return self._reply(unit_code, period, out_dir, RETURN, text, actor, catalog)

    def senders(self, unit_code: str, period: str, *, queued: bool = False) -> list[dto.Sender]:
        """The units whose packages for `period` the office reaches by `unit_code`.

        Usually the office's own subordinate of that code. A province office (2025 catalogue)
        also holds the pre-reform periods' packages of old communes: `unit_code` then reaches
        the old commune of that code and the old communes the 2025 commune of that code took
        over (the completeness matrix shows them under it). Several senders: the caller
        chooses one and passes its catalogue with its code. `queued`: update requests only.
        """
        office = self._require_office()
        code = Period.parse(period).code
        wanted = unit_code.strip()
        with self._uow() as uow:
            held = self._holders(uow, office, code, _waiting_states(queued))
        units = [u for u in held if reaches(u, wanted, office.catalog)]
        units.sort(key=lambda u: (u.catalog != office.catalog, u.code))
        return [dto.Sender(u.code, u.name, u.catalog) for u in units]

    # Checks (no database writes).

    def _require_office(self) -> SetupInfo:
        return require_office(self._setup)

    def _stored_path(self, stored: str) -> Path:
        """Where a queued copy is: relative to the data folder; absolute in older rows."""
        path = Path(stored)
        if not path.is_absolute():
            return self._data_dir / path
        if not path.exists() and (self._store / path.name).exists():
            return self._store / path.name  # an older row of a data folder moved since
        return path

    @staticmethod
    def _read_queued(
        stored: Path, office: SetupInfo, package_id: str, context: dict[str, object]
    ) -> Package:
        """The queued package, checked again; ValidationError saying nothing was changed."""
        if not stored.is_file():
            detail = messages.PACKAGE_QUEUED_MISSING
        else:
            try:
                package = check_package(stored, office)
            except UserError as error:
                detail = error.message
            else:
                if package.manifest.package_id == package_id:
                    return package
                detail = messages.PACKAGE_QUEUED_OTHER.format(
                    found=package.manifest.package_id, wanted=package_id
                )
        raise ValidationError(messages.PACKAGE_QUEUED_UNREADABLE.format(**context, detail=detail))

    # Inside a transaction.

    @staticmethod
    def _waiting(uow: UnitOfWork, unit: Unit, unit_code: str, period: str) -> ReceivedPackage:
        """The unit's update request waiting for the period."""
        queued = [
            r
            for r in uow.received_packages.for_unit_period(unit.id, period)
            if r.state == dto.QUEUED
        ]
        if not queued or queued[0].stored_file is None:
            raise ValidationError(
                messages.PACKAGE_NOTHING_QUEUED.format(unit=unit_code, period=period)
            )
        return queued[0]

    def _sender(
        self,
        uow: UnitOfWork,
        office: SetupInfo,
        code: str,
        period: str,
        states: tuple[str, ...],
        nothing: str,
        catalog: str | None,
    ) -> Unit:
        """The one unit `code` (and `catalog`, if given) reaches with packages in `states`.

        None sent: `nothing` for a unit of the office (it is not "not in the province"). Several
        (old communes merged into one 2025 commune): refused, naming each with its code.
        """
        wanted = code.strip()
        held = self._holders(uow, office, period, states)
        found = one_unit(
            held, wanted, office.catalog, catalog, period=period, what=messages.PACKAGES_SENT
        )
        if found is not None:
            return found
        if under_office(office, wanted, catalog):
            raise ValidationError(nothing)
        raise ValidationError(
            messages.UNKNOWN_SUBORDINATE.format(code=code, office=office.unit.name)
        )

    @staticmethod
    def _holders(
        uow: UnitOfWork, office: SetupInfo, period: str, states: tuple[str, ...]
    ) -> list[Unit]:
        """The units holding packages in `states` for `period` (the office's own excluded)."""
        found: dict[int, Unit] = {}
        for sender, row in uow.received_packages.for_period(period):
            if row.state in states and sender.code != office.unit.code:
                found[sender.id] = sender
        return list(found.values())

    def _write(
        self, uow: UnitOfWork, known: Known, package: Package, plan: Plan, keep: set[str], who: str
    ) -> None:
        """Store the package's figures, each row naming the package version it came from.

        The audit trail gets one entry for the package and one per figure it changes or
        clears, and one per figure the office kept against the package: a new figure's history
        starts at its row, which names the package.
        """
        manifest = package.manifest
        period = manifest.periods[0].code
        if plan.unit is None:
            known.add_units(uow, [package])
        unit = known.unit(package)
        assert unit is not None
        source = entry_dto.package_source(manifest.unit.code, manifest.version)
        if manifest.agency_code and unit.agency_code != manifest.agency_code:
            uow.audit.record(
                actor=who,
                unit_id=unit.id,
                entity="unit",
                entity_key=f"{unit.catalog}:{unit.code}",
                field="agency_code",
                old_value=unit.agency_code,
                new_value=manifest.agency_code,
                source=source,
            )
            unit.agency_code = manifest.agency_code
        unit_id = unit.id
        keys = LocalKeys(uow, unit_id, fresh=plan.fresh, order=known.sector_order(uow))
        keys.make_all(new_portables(plan.ops))
        now = datetime.now()
        puts: list[tuple[tuple[int, str, str, str, int], int]] = []
        clears: list[tuple[int, str, str, str, int]] = []
        audits: list[dict[str, object]] = []
        for change, local, portable in plan.ops:
            row_key = local if local is not None else keys.make(portable)
            cell = (unit_id, change.form, period, row_key, change.column)
            if keep and change.key in keep:
                entity = DECLINED
            elif change.new is None:
                clears.append(cell)
                entity = "report_value"
            else:
                puts.append((cell, change.new))
                if change.old is None:
                    continue
                entity = "report_value"
            audits.append(
                {
                    "at": now,
                    "actor": who,
                    "unit_id": unit_id,
                    "entity": entity,
                    "entity_key": f"{change.form}|{period}|{row_key}",
                    "field": f"col{change.column}",
                    "old_value": None if change.old is None else str(change.old),
                    "new_value": None if change.new is None else str(change.new),
                    "source": source,
                }
            )
        changed = len(plan.ops)
        if keep:  # a cell's key is a string built on demand: only when there are choices
            changed -= sum(1 for change, _local, _portable in plan.ops if change.key in keep)
        audits.append(
            {
                "at": now,
                "actor": who,
                "unit_id": unit.id,
                "entity": "received_package",
                "entity_key": f"{period}|v{manifest.version}",
                "field": "state",
                "old_value": None,
                "new_value": f"{dto.IMPORTED}: {changed}",
                "source": source,
            }
        )
        uow.values.clear_many(clears)
        uow.values.put_many(puts, source=source, actor=who, at=now)
        uow.audit.record_many(audits)
        # The package's figures are counted in the sender's mode: its period says which.
        sent_mode = manifest.periods[0].mode if manifest.periods[0].mode in MODES else None
        uow.statuses.put_many(
            [(unit.id, s.form, period, s.status, s.note, sent_mode) for s in package.statuses],
            actor=who,
            at=now,
        )
        for row in known.rows(unit.id, period):
            if row.state in (dto.IMPORTED, dto.RETURNED):
                row.state = SUPERSEDED
        row = self._received(package, unit.id, dto.IMPORTED, None, changed)
        uow.received_packages.add(row)
        known.add_received(row)
        known.fresh.discard(unit.id)

    def _queue(self, uow: UnitOfWork, known: Known, package: Package, path: Path) -> None:
        manifest = package.manifest
        self._store.mkdir(parents=True, exist_ok=True)
        kept = self._store / f"{manifest.package_id}.egov"
        shutil.copyfile(path, kept)
        unit = known.unit(package)
        assert unit is not None  # a queued package follows an accepted one
        # Kept relative to the data folder, which may be moved or restored elsewhere.
        stored = kept.relative_to(self._data_dir).as_posix()
        row = self._received(package, unit.id, dto.QUEUED, stored, 0)
        uow.received_packages.add(row)
        known.add_received(row)

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
            window_start=manifest.periods[0].start,
            window_end=manifest.periods[0].end,
        )

    @staticmethod
    def _actor(uow: UnitOfWork) -> str:
        return default_actor(uow, own_unit_id(uow))

    def _reply(
        self,
        unit_code: str,
        period: str,
        out_dir: Path,
        kind: str,
        reason: str,
        actor: str | None,
        catalog: str | None,
    ) -> Path:
        office = self._require_office()
        code = Period.parse(period).code
        nothing = messages.PACKAGE_NONE_RECEIVED.format(unit=unit_code, period=code)
        with self._uow() as uow:
            unit = self._sender(uow, office, unit_code, code, _REPLIABLE, nothing, catalog)
            rows = [
                r
                for r in uow.received_packages.for_unit_period(unit.id, code)
                if r.state in _REPLIABLE
            ]
            if not rows:
                raise ValidationError(nothing)
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
