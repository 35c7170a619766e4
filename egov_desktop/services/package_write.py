"""Writing a planned package inside the import's transaction.

A package the plan lets in either writes its figures (with their audit trail, the forms'
statuses and the received row that names its version), or, behind an accepted period, is kept
as an update request: a copy in the data folder's store and a queued received row. Nothing
here checks or plans: package_checks and package_plan have done that before.
"""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path
from typing import cast

from egov_desktop.db.models import ReceivedPackage
from egov_desktop.db.report_repositories import Cell
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain.periods import MODES
from egov_desktop.exchange.package import Package
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.package_decisions import DECLINED, VALUE
from egov_desktop.services.package_plan import Known, Plan, new_portables, with_choices
from egov_desktop.services.package_values import LocalKeys

logger = logging.getLogger(__name__)


class PackageWriter:
    """Write planned packages; update requests are kept in `store`, inside `data_dir`."""

    def __init__(self, store: Path, data_dir: Path) -> None:
        """Their paths are kept relative to `data_dir`, so a moved or restored folder finds them."""
        self._store = store
        self._data_dir = data_dir

    def apply_planned(
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

    def stored_path(self, stored: str) -> Path:
        """Where a queued copy is: relative to the data folder; absolute in older rows."""
        path = Path(stored)
        if not path.is_absolute():
            return self._data_dir / path
        if not path.exists() and (self._store / path.name).exists():
            return self._store / path.name  # an older row of a data folder moved since
        return path

    def _write(
        self, uow: UnitOfWork, known: Known, package: Package, plan: Plan, keep: set[str], who: str
    ) -> None:
        """Store the package's figures, each row naming the package version it came from.

        The audit trail gets one entry for the package and one per figure it changes or
        clears, and one per figure the office kept against the package (chosen now, or decided
        at an earlier import and kept again): a new figure's history starts at its row, which
        names the package.
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
        unseen = new_portables(plan)
        made = keys.make_all(unseen)  # the rows just created
        # The office's figures it decided at an earlier import to keep are declined again.
        keep = keep | plan.kept if plan.kept else keep
        now = datetime.now()
        puts: dict[tuple[str, str], dict[int, int]] = {}  # (form, row key) -> column -> value
        clears: list[Cell] = []
        audits: list[dict[str, object]] = []
        if plan.fresh:
            # The unit's first figures, all new (nothing to clear, keep or trail one by one):
            # taken a row at a time from the package (the plan has no ops for them).
            assert not keep
            puts = {
                (form, made[portable]): _given(figures)
                for (form, portable), (_label, figures) in plan.rows.items()
                if portable in made
            }
        for change, local, portable in plan.ops:
            row_key = local if local is not None else made[portable]
            form, column, new = change.form, change.column, change.new
            if keep and change.key in keep:
                entity = DECLINED
            elif new is None:
                clears.append((unit_id, form, period, row_key, column))
                entity = VALUE
            else:
                cells = puts.get((form, row_key))
                if cells is None:
                    cells = puts[(form, row_key)] = {}
                cells[column] = new
                if change.old is None:
                    continue
                entity = VALUE
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
        changed = len(plan.preview.changes) if plan.fresh else len(plan.ops)
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
        uow.values.put_rows(unit_id, period, puts, source)
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
                row.state = dto.SUPERSEDED
        row = _received(package, unit.id, dto.IMPORTED, None, changed)
        uow.received_packages.add(row)
        known.add_received(row, unit)
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
        row = _received(package, unit.id, dto.QUEUED, stored, 0)
        uow.received_packages.add(row)
        known.add_received(row, unit)


def _given(figures: dict[int, int | None]) -> dict[int, int]:
    """A row's figures to store: those with a value (the row itself, not copied, when all have).

    The row is the plan's, which the preview reads too: whoever stores it must not change it.
    """
    if None in figures.values():
        return {col: new for col, new in figures.items() if new is not None}
    return cast(dict[int, int], figures)  # no None among them


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
