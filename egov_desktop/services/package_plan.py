"""What a package would do at the office: its status and the figures it changes.

Read inside a transaction, so the same code previews a package and plans its import. A batch
reads what decides the statuses (units, received packages) once, and keeps that picture current
as it imports, so two versions of one unit in the same batch are ordered like two imports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import groupby
from operator import attrgetter, countOf, itemgetter

from egov_desktop.db.models import ReceivedPackage, Unit
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain import messages
from egov_desktop.domain.periods import MODE_CUTOFF, Period
from egov_desktop.domain.sectors import OrderKey, name_key
from egov_desktop.errors import PackageError
from egov_desktop.exchange.package import Package
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.package_decisions import decided_before
from egov_desktop.services.package_values import LocalKeys
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.sectors import report_order
from egov_desktop.services.unit_settings import period_mode
from egov_desktop.services.units import load_catalog, unit_row

#: Sources that mean "the office itself entered this value".
OFFICE_SOURCES = (entry_dto.SOURCE_TYPED, entry_dto.SOURCE_PASTED)

Cell = tuple[str, str, str, int]  # form, period, portable row key, column
_ROW = attrgetter("form", "row_key")  # a package's figure's row
_make = tuple.__new__  # a named tuple built without its constructor's call
#: One change: the preview's line, the office's row key (None: a sector still to create) and
#: the package's portable key.
Op = tuple[dto.ValueChange, str | None, str]


@dataclass
class Known:
    """What the office holds that decides packages' statuses."""

    units: dict[tuple[str, str], Unit] = field(default_factory=dict)
    #: (unit id, period) -> the unit's received packages for the period, newest version first.
    received: dict[tuple[int, str], list[ReceivedPackage]] = field(default_factory=dict)
    #: Package id -> the unit it was received for: a package is the same one only for that unit.
    holders: dict[str, Unit] = field(default_factory=dict)
    #: Units added by this import that hold no figures yet.
    fresh: set[int] = field(default_factory=set)
    #: How the office counts its periods (its windows, compared with each package's).
    period_mode: str = MODE_CUTOFF
    #: The office's report order of sector names, read once for the whole import.
    _order: Callable[[str], OrderKey] | None = None

    def sector_order(self, uow: UnitOfWork) -> Callable[[str], OrderKey]:
        """Sort key for the sectors the import creates (§5.6), read on first need."""
        if self._order is None:
            self._order = report_order(uow)
        return self._order

    @classmethod
    def load(cls, uow: UnitOfWork, packages: Iterable[Package]) -> Known:
        """The picture for `packages`, in a few queries whatever their number."""
        wanted: dict[str, set[str]] = {}
        periods: set[str] = set()
        ids: list[str] = []
        for package in packages:
            manifest = package.manifest
            wanted.setdefault(manifest.unit.catalog, set()).add(manifest.unit.code)
            periods.update(p.code for p in manifest.periods)
            ids.append(manifest.package_id)
        known = cls()
        for catalog, codes in wanted.items():
            for unit in uow.units.find_many(catalog, codes):
                known.units[(catalog, unit.code)] = unit
        unit_ids = [unit.id for unit in known.units.values()]
        for row in uow.received_packages.for_units(unit_ids, periods):
            known.received.setdefault((row.unit_id, row.period), []).append(row)
        known.holders = uow.received_packages.holders(ids)
        known.period_mode = period_mode(uow)
        return known

    def unit(self, package: Package) -> Unit | None:
        unit = package.manifest.unit
        return self.units.get((unit.catalog, unit.code))

    def rows(self, unit_id: int, period: str) -> list[ReceivedPackage]:
        return self.received.get((unit_id, period), [])

    def add_units(self, uow: UnitOfWork, packages: Iterable[Package]) -> None:
        """Add, in one statement, the sending units the office has never seen."""
        rows: dict[tuple[str, str], Unit] = {}
        for package in packages:
            unit = package.manifest.unit
            if self.unit(package) is None and (unit.catalog, unit.code) not in rows:
                found = load_catalog(unit.catalog).get(unit.code)
                assert found is not None  # checked before
                rows[(unit.catalog, unit.code)] = unit_row(found, unit.catalog)
        if not rows:
            return
        uow.units.add_many(list(rows.values()))
        for key, row in rows.items():
            self.units[key] = row
            self.fresh.add(row.id)

    def add_received(self, row: ReceivedPackage, unit: Unit) -> None:
        """`row` just received for `unit`."""
        rows = self.received.setdefault((row.unit_id, row.period), [])
        rows.append(row)
        rows.sort(key=lambda r: r.version, reverse=True)
        self.holders[row.package_id] = unit


@dataclass
class Plan:
    """What a package would do, worked out inside a transaction."""

    preview: dto.PackagePreview
    unit: Unit | None
    ops: list[Op]
    #: The unit holds no figures yet (every change is a new figure).
    fresh: bool
    #: Keys of the conflicting figures the office decided at an earlier import to keep: they
    #: are among `ops` (their decline is recorded again) but not among the preview's changes.
    kept: frozenset[str] = frozenset()
    #: The package's figures row by row, as compared (a `fresh` unit's are written so).
    rows: Rows = field(default_factory=dict)


def status_of(known: Known, package: Package) -> tuple[str, Unit | None, int | None]:
    """(status, the sending unit's row if known, newest version held) of a package.

    PackageError when its id was received for another unit: one package is one unit's.
    """
    manifest = package.manifest
    unit = known.unit(package)
    holder = known.holders.get(manifest.package_id)
    if holder is not None and (unit is None or holder.id != unit.id):
        raise PackageError(
            messages.PACKAGE_HELD_BY_OTHER_UNIT.format(
                package_id=manifest.package_id,
                version=manifest.version,
                period=Period.parse(manifest.periods[0].code).in_sentence,
                held=f"{holder.name} ({holder.code})",
                unit=f"{manifest.unit.name} ({manifest.unit.code})",
            )
        )
    received = [] if unit is None else known.rows(unit.id, manifest.periods[0].code)
    latest = max((r.version for r in received), default=None)
    if holder is not None:
        # The very package received before, or one edited since and sealed with a new hash: the
        # stored hash tells them apart (a re-import is a no-op only for the same content).
        held = next((r for r in received if r.package_id == manifest.package_id), None)
        if held is None or (held.version, held.payload_sha256) != (
            manifest.version,
            manifest.payload_sha256,
        ):
            raise PackageError(
                messages.PACKAGE_ID_OTHER_CONTENT.format(
                    package_id=manifest.package_id,
                    unit=f"{holder.name} ({holder.code})",
                ),
                cli_hint=messages.PACKAGE_COPY_CLI,
            )
    status = dto.IMPORTED
    if holder is not None:
        status = dto.UNCHANGED
    elif latest is not None and manifest.version <= latest:
        status = dto.OLDER
    elif any(r.state == dto.ACCEPTED for r in received):
        status = dto.QUEUED
    return status, unit, latest


def plan_package(uow: UnitOfWork, known: Known, package: Package) -> Plan:
    """The preview of `package` and the changes importing it makes."""
    manifest = package.manifest
    sent = manifest.periods[0]
    period = sent.code
    status, unit, latest = status_of(known, package)
    fresh = unit is None or unit.id in known.fresh
    held = None
    if status == dto.UNCHANGED and unit is not None:
        held = next(
            (r.state for r in known.rows(unit.id, period) if r.package_id == manifest.package_id),
            None,
        )
    ops: list[Op] = []
    closed = _closed(package)
    rows: Rows = {}
    changes: Sequence[dto.ValueChange] = ()
    if status == dto.UNCHANGED:  # this very package was imported: nothing to compare
        same = len(package.values)
    elif fresh:  # nothing held: every figure is new, written from its row (no ops)
        rows = _rows(package, closed)
        new = _new_figures(period, rows, known.sector_order(uow))
        same = sum(map(len, map(itemgetter(1), rows.values()))) - len(new)
        if status in (dto.IMPORTED, dto.QUEUED):
            changes = new
    else:
        assert unit is not None  # not fresh
        rows = _rows(package, closed)
        found, same = _changes(uow, unit, package, period, rows, known)
        if status in (dto.IMPORTED, dto.QUEUED):
            ops = found
    before: dict[str, dto.DecidedBefore] = {}
    # A unit's first figures cannot conflict: nothing to look up (nor to scan them for).
    if unit is not None and not fresh and any(op[0].conflict for op in ops):
        before = decided_before(uow, unit.id, period, [(change, local) for change, local, _ in ops])
    if before:  # a figure kept as the office decided before is declined again, not a change
        changes = tuple(op[0] for op in ops if op[0].key not in before)
    elif not fresh:  # (a cell's key is a string built on demand: only when there are some)
        changes = tuple(map(itemgetter(0), ops))
    shown = _unit_name(package, unit)
    preview = dto.PackagePreview(
        status=status,
        unit_code=manifest.unit.code,
        unit_name=shown,
        sent_name="" if name_key(manifest.unit.name) == name_key(shown) else manifest.unit.name,
        version=manifest.version,
        period=period,
        forms=manifest.forms,
        kind=manifest.kind,
        reason=manifest.correction_reason,
        created_at=manifest.created_at,
        officer=manifest.officer,
        new_unit=fresh,
        changes=changes,
        # A figure kept as the office decided before does not change: it is declined again.
        unchanged=same + len(before),
        declined=len(before),
        decided_before=tuple(before[op[0].key] for op in ops if before and op[0].key in before),
        latest_version=latest,
        held_state=held,
        includes_register=manifest.includes_register,
        window=(sent.start, sent.end),
        office_window=Period.parse(period).window(known.period_mode),
        ignored=_ignored(package, closed),
    )
    return Plan(preview, unit, ops, fresh, frozenset(before), rows)


def _unit_name(package: Package, unit: Unit | None) -> str:
    """The sender's name as the office's catalogue has it, not as the package spells it.

    A unit on an older release (or a hand-edited manifest) may name itself otherwise: the
    office's matrix, reports and receipts use its catalogue's name, and so does the preview,
    which names the package's own spelling apart (`sent_name`) when it differs.
    """
    if unit is not None:
        return unit.name
    sender = package.manifest.unit
    found = load_catalog(sender.catalog).get(sender.code)
    return sender.name if found is None else found.name


def _closed(package: Package) -> dict[str, frozenset[int]]:
    """Each form's columns the package's period leaves empty (II.07b "Cấp huyện" after 07/2025).

    Empty by the days the unit counted, which it hid and never checked: a figure there is not
    imported. The office's own mode does not close them: the report records the package's mode
    and is read over the package's days.
    """
    start = package.manifest.periods[0].start
    return {form: find_form(form).closed_columns(start) for form in package.manifest.forms}


def _ignored(package: Package, closed: dict[str, frozenset[int]]) -> tuple[dto.ClosedFigures, ...]:
    """The package's figures in `closed` columns, counted by column."""
    if not any(closed.values()):
        return ()
    counts: dict[tuple[str, int], int] = {}
    for v in package.values:
        if v.value is not None and v.column in closed.get(v.form, ()):
            counts[(v.form, v.column)] = counts.get((v.form, v.column), 0) + 1
    found = []
    for (form, column), count in sorted(counts.items()):
        info = find_form(form).column(column)
        assert info is not None  # check_package refused unknown columns
        found.append(dto.ClosedFigures(form, column, count, info.title, info.closed_reason))
    return tuple(found)


#: A package's row: (form, portable row key) -> (its label, its figures: column -> value).
Rows = dict[tuple[str, str], tuple[str, dict[int, int | None]]]


def _rows(package: Package, closed: dict[str, frozenset[int]]) -> Rows:
    """The package's figures row by row, in its order (check_package refused a cell twice).

    A figure in a column the period leaves empty is not the package's to give. A package
    names its rows one after the other: each run of a row's figures is taken at once.
    """
    rows: Rows = {}
    for place, run in groupby(package.values, _ROW):
        figures = list(run)
        shut = closed.get(place[0]) or ()
        found = {v.column: v.value for v in figures if v.column not in shut}
        if not found:
            continue
        row = rows.get(place)
        if row is None:
            rows[place] = (figures[0].row_label, found)
        else:
            row[1].update(found)
    return rows


def _new_figures(period: str, rows: Rows, order: Callable[[str], OrderKey]) -> dto.NewFigures:
    """A new unit's figures as the preview's changes, in the office's report order (§5.6).

    Counted now, made only when someone reads them (the preview dialog, the CLI's lists).
    """

    def made() -> tuple[dto.ValueChange, ...]:
        change = dto.ValueChange
        return tuple(
            # Built as the tuples they are, without their constructor's call.
            _make(change, (form, period, rows[(form, portable)][0], c, None, v, False))
            for form, portable in sorted(rows, key=lambda r: (r[0], order(rows[r][0]), r[1]))
            for c, v in sorted(rows[(form, portable)][1].items())
            if v is not None
        )

    count = sum(len(figures) - countOf(figures.values(), None) for _l, figures in rows.values())
    return dto.NewFigures(count, made)


def _changes(
    uow: UnitOfWork,
    unit: Unit,
    package: Package,
    period: str,
    rows: Rows,
    known: Known,
) -> tuple[list[Op], int]:
    """The figures the package changes and how many it leaves as they are.

    The changes read in the office's report order (§5.6), then column by column: figures the
    package clears come after the others of their place, and names sort by code point. Rows
    are compared a row at a time: a batch of packages brings tens of thousands of figures.
    """
    order = known.sector_order(uow)
    ranked = sorted(rows, key=lambda r: (r[0], order(rows[r][0]), r[1]))
    ops: list[Op] = []
    same = 0
    change = dto.ValueChange
    keys = LocalKeys(uow, unit.id)
    stored: dict[tuple[str, str], dict[int, tuple[int, str]]] = {}
    for form in package.manifest.forms:
        for (row_key, col), figure in uow.values.cells(unit.id, form, period).items():
            stored.setdefault((form, row_key), {})[col] = figure
    seen: dict[tuple[str, str], set[int]] = {}  # the held rows' cells the package names
    for form, portable in ranked:
        label, row = rows[(form, portable)]
        local = keys.find(portable)
        held: dict[int, tuple[int, str]] = {}
        if local is not None and (form, local) in stored:
            held = stored[(form, local)]
            seen.setdefault((form, local), set()).update(row)
        for col, new in sorted(row.items()):
            old, source = held.get(col, _NOTHING)
            if old == new:
                same += 1
            else:
                conflict = source in OFFICE_SOURCES
                ops.append((change(form, period, label, col, old, new, conflict), local, portable))
    # A figure the office holds that the new package no longer has is cleared.
    clears = [
        (form, local, col, old, source)
        for (form, local), held in sorted(stored.items())
        for col, (old, source) in sorted(held.items())
        if col not in seen.get((form, local), ())
    ]
    if clears:
        labels = _labels(uow, unit)
        for form, local, col, old, source in clears:
            label = labels.get(local, local)
            conflict = source in OFFICE_SOURCES
            ops.append((change(form, period, label, col, old, None, conflict), local, local))
        ops.sort(key=lambda op: (op[0].form, order(op[0].row), op[0].column))
    return ops, same


_NOTHING: tuple[None, str] = (None, "")


def _labels(uow: UnitOfWork, unit: Unit) -> dict[str, str]:
    """Stored row key -> the label a package uses for it."""
    labels = {key: name for (_unit, key), name in uow.sectors.names([unit.id]).items()}
    labels[f"unit:{unit.id}"] = unit.name
    return labels


def decided(
    preview: dto.PackagePreview, prefer: str | None, choices: Mapping[str, str] | None = None
) -> set[str] | None:
    """Keys of the conflicting cells where the office's value stays; None if undecided."""
    keep: set[str] = set()
    chosen = choices or {}
    for change in preview.conflicts:
        choice = chosen.get(change.key, prefer)
        if choice not in (dto.PREFER_PACKAGE, dto.PREFER_OFFICE):
            return None
        if choice == dto.PREFER_OFFICE:
            keep.add(change.key)
    return keep


def with_choices(preview: dto.PackagePreview, keep: set[str]) -> dto.PackagePreview:
    """The preview once the office keeps its own value at `keep`: those figures do not change.

    They are counted in `unchanged` and, apart, in `declined` (with those decided before).
    """
    if not keep:
        return preview
    applied = tuple(c for c in preview.changes if c.key not in keep)
    declined = len(preview.changes) - len(applied)
    return replace(
        preview,
        changes=applied,
        unchanged=preview.unchanged + declined,
        declined=preview.declined + declined,
    )


def reopen(plan: Plan, choices: Mapping[str, str] | None, *, all_of_them: bool = False) -> Plan:
    """The plan once figures the office kept at an earlier import are asked about again.

    A figure decided before is not asked again, but the office may change its mind: a choice
    of the package's value for it (in `choices`), or `all_of_them`, makes it a conflict again,
    to decide like any other (a choice, or `prefer`).
    """
    if not plan.kept:
        return plan
    keys = (
        set(plan.kept)
        if all_of_them
        else {k for k in plan.kept if (choices or {}).get(k) == dto.PREFER_PACKAGE}
    )
    if not keys:
        return plan
    p = plan.preview
    still = frozenset(plan.kept - keys)
    return replace(
        plan,
        kept=still,
        preview=replace(
            p,
            changes=tuple(op[0] for op in plan.ops if op[0].key not in still),
            unchanged=p.unchanged - len(keys),
            declined=p.declined - len(keys),
            decided_before=tuple(d for d in p.decided_before if d.change.key in still),
        ),
    )


def new_portables(plan: Plan) -> list[str]:
    """The package's row keys the office has no row for yet (of rows with a figure to store)."""
    if plan.fresh:  # none yet: every row that brings a figure, read a row at a time
        return sorted(
            {
                p
                for (_form, p), (_label, row) in plan.rows.items()
                if countOf(row.values(), None) < len(row)
            }
        )
    return sorted({portable for _change, local, portable in plan.ops if local is None})
