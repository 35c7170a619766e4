"""What the data-exchange services hand to the GUI and the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple, overload

#: Outcomes of importing a package at an office.
IMPORTED = "imported"
UNCHANGED = "unchanged"
OLDER = "older"
QUEUED = "queued"
CONFLICT = "conflict"
#: A received package a newer version of the same unit and period replaced.
SUPERSEDED = "superseded"

#: Which value wins a conflict.
PREFER_PACKAGE = "package"
PREFER_OFFICE = "office"

#: Completeness states of one unit and form.
MISSING = "missing"
RECEIVED = "received"
ACCEPTED = "accepted"
RETURNED = "returned"
#: No package, but the office entered the unit's figures itself (a unit without the app).
ENTERED = "entered"
#: The states of a form the unit has still to send: nothing received, or returned to it.
LACKING = (MISSING, RETURNED)


@dataclass(frozen=True)
class SentInfo:
    """One package this unit sent, with the office's reply once imported."""

    package_id: str
    version: int
    kind: str
    period: str
    forms: tuple[str, ...]
    created_at: datetime
    file: str
    reason: str = ""
    reply_kind: str | None = None
    reply_at: datetime | None = None
    reply_reason: str | None = None
    includes_register: bool = False
    #: From importing a reply: the very same reply was imported before, nothing changed.
    reply_repeated: bool = False


@dataclass(frozen=True)
class LockInfo:
    """Whether a sent report may be edited."""

    form: str
    period: str
    version: int
    locked: bool
    reopen_reason: str = ""


class ValueChange(NamedTuple):
    """A figure an import changes: the office's stored value and the package's.

    A named tuple: a batch of packages makes tens of thousands of them.
    """

    form: str
    period: str
    row: str
    column: int
    old: int | None
    new: int | None
    #: The stored value was typed at the office: the user chooses which one stays.
    conflict: bool = False

    @property
    def key(self) -> str:
        """Stable name of the cell, used to pass a choice back."""
        return f"{self.form}|{self.period}|{self.row}|{self.column}"


class NewFigures(Sequence[ValueChange]):
    """A unit's first figures as changes (none held before, none a conflict), made when read.

    A batch of new units brings tens of thousands of them that nobody may look at (the
    office picks a folder and imports it): counted at once, each made on first need.
    """

    __slots__ = ("_count", "_make", "_made")

    def __init__(self, count: int, make: Callable[[], tuple[ValueChange, ...]]) -> None:
        """`count`: how many `make` gives."""
        self._count = count
        self._make: Callable[[], tuple[ValueChange, ...]] | None = make
        self._made: tuple[ValueChange, ...] | None = None

    def _all(self) -> tuple[ValueChange, ...]:
        if self._made is None:
            assert self._make is not None
            self._made, self._make = self._make(), None
        return self._made

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> ValueChange: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[ValueChange, ...]: ...
    def __getitem__(self, index: int | slice) -> ValueChange | tuple[ValueChange, ...]:
        return self._all()[index]

    def __iter__(self) -> Iterator[ValueChange]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, NewFigures)):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return f"NewFigures({self._all()!r})"


class DecidedBefore(NamedTuple):
    """A conflicting figure the office already kept against this very package value.

    At an earlier version's import the office chose its own figure over the value the package
    brings again: it is not asked again, the office's figure stays.
    """

    change: ValueChange
    #: The package version at whose import the office chose (None if the trail does not say).
    version: int | None
    at: datetime


class ClosedFigures(NamedTuple):
    """A package's figures in a column its period leaves empty: they are not imported.

    II.07b's "Cấp huyện" columns after the reform: hidden at the sender and refused on entry.
    """

    form: str
    column: int
    #: How many figures of the package are in that column.
    figures: int
    #: The column's title and why it is empty, as the form says.
    title: str
    reason: str


@dataclass(frozen=True)
class PackagePreview:
    """What importing a package does (or did)."""

    status: str
    unit_code: str
    unit_name: str
    version: int
    period: str
    forms: tuple[str, ...]
    kind: str
    reason: str
    created_at: datetime
    officer: str
    new_unit: bool
    #: A unit's first figures (`new_unit`) are a NewFigures: made when read.
    changes: Sequence[ValueChange] = ()
    unchanged: int = 0
    #: The package's figures the office keeps its own value for, chosen for this import or
    #: decided before (`decided_before`): counted in `unchanged`, not in `changes`.
    declined: int = 0
    latest_version: int | None = None
    #: A package received before (UNCHANGED): what became of it (QUEUED: still waiting as an
    #: update request, SUPERSEDED: replaced by a newer version), else None.
    held_state: str | None = None
    includes_register: bool = False
    backup: str | None = None
    #: (first day, last day) the unit counted the period over, as its manifest says.
    window: tuple[date, date] | None = None
    #: The same period's window by the office's own way of counting periods.
    office_window: tuple[date, date] | None = None
    #: The package's figures left out, by column: columns the period leaves empty.
    ignored: tuple[ClosedFigures, ...] = ()
    #: Conflicting figures the office kept against this same package value at an earlier
    #: import: not asked again, the office's figure stays (they are among `declined`).
    decided_before: tuple[DecidedBefore, ...] = ()
    #: The sender's name as its package spells it, when that is not `unit_name` (the office's
    #: catalogue's) even ignoring case, spacing and Unicode form; "" when the two agree. A
    #: warning, not a refusal: an older release or an edited manifest, or a unit code mistyped
    #: so that it names another unit.
    sent_name: str = ""

    @property
    def conflicts(self) -> tuple[ValueChange, ...]:
        if isinstance(self.changes, NewFigures):  # nothing held before: nothing to conflict
            return ()
        return tuple(c for c in self.changes if c.conflict)

    @property
    def other_window(self) -> bool:
        """The unit counted the period over other days than the office (calendar vs cut-off).

        Its figures then do not cover the same days as those of the units that count like the
        office: a warning, the office decides (import, or return with a reason).
        """
        return None not in (self.window, self.office_window) and self.window != self.office_window


@dataclass(frozen=True)
class Sender:
    """A unit the office names: a subordinate, or an old commune (legacy) before the reform."""

    code: str
    name: str
    catalog: str


@dataclass(frozen=True)
class CompletenessEntry:
    """One subordinate unit's state for one form of a period."""

    unit_code: str
    unit_name: str
    form: str
    status: str
    version: int | None = None
    sent_at: datetime | None = None
    received_at: datetime | None = None
    #: Judged on the report's first version sent (`first_*`) when a later one corrects it.
    on_time: bool | None = None
    #: The version the report was first sent as and when, if not `version` (a correction
    #: since, not after a return); None otherwise.
    first_version: int | None = None
    first_sent_at: datetime | None = None
    reason: str = ""
    #: The days the unit counted the period over, when they are not the office's (else None).
    other_window: tuple[date, date] | None = None
    #: Pre-reform periods at a province office: the old communes whose packages these are
    #: ("name (mã cũ code)"), shown under the 2025 commune that took them over.
    sent_by: tuple[str, ...] = ()
    #: Pre-reform periods at a province office: the old communes the 2025 commune took over
    #: (those whose default successor it is), how many of them the office holds the form of
    #: (sent, or entered by the office), and those it does not ("name (mã cũ code)"). 0, 0, ()
    #: when the commune expects none, or sent the report itself.
    old_expected: int = 0
    old_received: int = 0
    old_missing: tuple[str, ...] = ()
    #: Of those held, the old communes whose figures the office entered itself (no package).
    old_entered: tuple[str, ...] = ()

    @property
    def partial(self) -> bool:
        """Held for some of the old communes only: the others still have to send."""
        return self.status in (RECEIVED, ACCEPTED, ENTERED) and bool(self.old_missing)

    @property
    def complete(self) -> bool:
        """The office holds the unit's whole report (all its old communes' before the reform)."""
        return self.status in (RECEIVED, ACCEPTED, ENTERED) and not self.old_missing


@dataclass(frozen=True)
class Completeness:
    """The matrix of subordinate units × forms for one period."""

    period: str
    period_label: str
    forms: tuple[str, ...]
    deadlines: dict[str, date]
    entries: tuple[CompletenessEntry, ...] = field(default=())
    queued: tuple[tuple[str, int], ...] = ()

    def missing_entries(self) -> list[CompletenessEntry]:
        """The forms not (wholly) received or returned, in unit order: what `missing_units` counts.

        A merged commune some of whose old communes have not sent is not done.
        """
        return [e for e in self.entries if e.status in LACKING or e.partial]

    def missing_units(self) -> list[tuple[str, str]]:
        """(code, name) of the units with a form not (wholly) received or returned, in order."""
        seen: dict[str, str] = {}
        for entry in self.missing_entries():
            seen.setdefault(entry.unit_code, entry.unit_name)
        return list(seen.items())

    def old_missing(self, unit_code: str) -> tuple[str, ...]:
        """The old communes of a 2025 commune that have not sent every form, in order."""
        names = (n for e in self.entries if e.unit_code == unit_code for n in e.old_missing)
        return tuple(dict.fromkeys(names))

    def returned_units(self) -> set[str]:
        """Codes of the units with a report the office returned (they must send it again)."""
        return {e.unit_code for e in self.entries if e.status == RETURNED}


@dataclass(frozen=True)
class FigureSource:
    """One figure an office holds for a subordinate unit, and where it came from."""

    unit_code: str
    unit_name: str
    form: str
    period: str
    row: str
    column: int
    value: int
    #: "package", or how the office itself entered it: "typed", "pasted", "imported" (read
    #: back from the unit's filled Excel template), "computed".
    kind: str
    #: For a package: the version that brought the figure and when the office received it;
    #: `state` is that of the package the figure stands on now: a later version that sent the
    #: same figure (`current_version`) leaves it in place, so the older one's "superseded" is
    #: not the figure's.
    version: int | None = None
    received_at: datetime | None = None
    state: str | None = None
    current_version: int | None = None
    #: The unit's catalogue; `old`: an old commune's figure of a period before 1 July 2025,
    #: summed into the 2025 commune that took it over.
    catalog: str = ""
    old: bool = False
    #: Code and name of the row of the sheet by unit (II.06a-agg) the figure is summed into.
    into_code: str = ""
    into_name: str = ""
