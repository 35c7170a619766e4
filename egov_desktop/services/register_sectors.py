"""The sector a dossier is filed under: what the sector field offers, hidden sectors, names typed.

A unit may hide a sector from its list. A dossier filed under it would bring its report row back
unasked, so a new dossier may name a hidden sector only to show it again (`list_sector`), and
an import of the register says how many of its rows it files there (`HiddenRows`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain import messages
from egov_desktop.domain.counting import sector_key, vietnamese_sort_key
from egov_desktop.domain.sectors import match, name_key
from egov_desktop.domain.text import clean_text, fold
from egov_desktop.errors import ValidationError
from egov_desktop.services.sectors import append_sector, default_sectors, show_sector


@dataclass(frozen=True)
class SectorChoices:
    """The sectors a dossier may name.

    `offered`: what a dossier's sector field offers, so the first dossier has a list too: the
    unit's sectors in its order, then the register's other spellings in Vietnamese order;
    hidden sectors are left out, even those the register still uses. `hidden`: the unit's
    hidden sectors, in its order.
    """

    offered: tuple[str, ...]
    hidden: tuple[str, ...]

    def resolve(self, name: str) -> str:
        """The spelling of `name` among `offered`; ValidationError for another name.

        Matched as the form's suggestions match ("ho tich" is "Hộ tịch"), so that a typed
        sector never starts a report row of its own; a new sector is added to the list first.
        """
        hidden = self.hidden_sector(name)
        if hidden is not None:
            raise ValidationError(
                messages.SECTOR_HIDDEN.format(name=hidden),
                cli_hint=messages.SECTOR_HIDDEN_CLI.format(name=hidden),
            )
        found = self.listed_sector(name)
        if found is None:
            names = ", ".join(self.offered)
            raise ValidationError(
                messages.SECTOR_NOT_LISTED.format(name=clean_text(name), names=names),
                cli_hint=messages.SECTOR_NOT_LISTED_CLI.format(name=clean_text(name)),
            )
        return found

    def named(self, name: str) -> str:
        """The unit's spelling of the sector `name` names, hidden or not, to head a sheet.

        Raises:
            ValidationError: `name` is none of the unit's sectors nor a spelling of the
                register, or could be several of them without its accents.
        """
        found = self.hidden_sector(name) or self.listed_sector(name)
        if found is None:
            raise ValidationError(
                messages.SECTOR_UNKNOWN_FOR_SHEET.format(
                    name=clean_text(name), names=", ".join(self.offered)
                )
            )
        return found

    def listed_sector(self, name: str) -> str | None:
        """The spelling of `name` among `offered`, None when none is that sector.

        ValidationError when `name` without its accents could be several of them.
        """
        found = match(name, [(choice, choice) for choice in self.offered])
        if found is not None:
            return found
        folded = fold(name)
        loose = [choice for choice in self.offered if fold(choice) == folded]
        if loose:
            raise ValidationError(
                messages.SECTOR_AMBIGUOUS.format(name=clean_text(name), names=", ".join(loose))
            )
        return None

    def hidden_sector(self, name: str) -> str | None:
        """The unit's hidden sector `name` names, None when it names another or none.

        Asked before `listed_sector`, and matched as it matches: the exact name (case, spaces
        and Unicode form aside) of a hidden sector is that sector, whether or not the register
        still uses it; without one, "ho tich" is a hidden "Hộ tịch" only when nothing else
        folds to it. ValidationError when several could be it.
        """
        if not self.hidden:
            return None
        key = sector_key(name)
        if any(sector_key(choice) == key for choice in self.offered):
            return None
        exact = next((h for h in self.hidden if sector_key(h) == key), None)
        if exact is not None:
            return exact
        folded = fold(name)
        loose = [h for h in self.hidden if fold(h) == folded]
        if not loose:
            return None
        listed = [choice for choice in self.offered if fold(choice) == folded]
        if len(loose) > 1 or listed:
            raise ValidationError(
                messages.SECTOR_AMBIGUOUS.format(
                    name=clean_text(name), names=", ".join([*listed, *loose])
                )
            )
        return loose[0]


def sector_choices(uow: UnitOfWork, unit_id: int) -> SectorChoices:
    """The unit's `SectorChoices` as its list and its register stand."""
    rows = uow.sectors.ordered(unit_id)
    # A unit that never opened its list has the shipped catalogue (seeded on first use).
    own = [s.name for s in rows if not s.hidden] if rows else list(default_sectors())
    hidden = tuple(s.name for s in rows if s.hidden)
    used = uow.dossiers.sectors(unit_id)
    keys = {sector_key(name) for name in [*own, *hidden]}
    others = sorted({u for u in used if sector_key(u) not in keys}, key=vietnamese_sort_key)
    return SectorChoices((*own, *others), hidden)


def hidden_sectors(uow: UnitOfWork, unit_id: int) -> dict[str, str]:
    """The unit's hidden sectors by `name_key`, in its order."""
    return {row.name_key: row.name for row in uow.sectors.ordered(unit_id) if row.hidden}


def list_sector(
    uow: UnitOfWork,
    unit_id: int,
    actor: str,
    sector: str,
    new_sector: bool,
    show_hidden: bool,
) -> str:
    """A new dossier's sector as the unit's list spells it once added or shown again.

    `new_sector` adds it to the list, `show_hidden` shows it again, in the caller's transaction.
    A sector the unit hid is refused unless it is shown again with the dossier: hidden, it is
    off the entry grid, and a dossier filed under it would bring its row back unasked.
    """
    if new_sector:
        return append_sector(uow, unit_id, actor, sector).name
    if show_hidden:
        return show_sector(uow, unit_id, actor, sector).name
    hidden = hidden_sectors(uow, unit_id).get(name_key(sector))
    if hidden is not None:
        raise ValidationError(
            messages.SECTOR_HIDDEN.format(name=hidden),
            cli_hint=messages.SECTOR_HIDDEN_CLI.format(name=hidden),
        )
    return sector


class HiddenRows:
    """The rows of an import that file a dossier under a sector the unit hid, by sector.

    Only a new dossier, or one moved into the sector, is counted: a dossier filed there before
    the sector was hidden keeps it when corrected, as the register keeps it (`list_sector` is
    asked for a change of sector only), and its row was on the report already.
    """

    def __init__(self, hidden: Mapping[str, str]) -> None:
        #: The unit's hidden sectors by `name_key`, in its order (`hidden_sectors`).
        self._hidden = hidden
        self._rows: dict[str, int] = {}

    def use(self, sector: str, before: str | None) -> None:
        """Count a row kept with `sector` for a dossier whose sector was `before` (None: new)."""
        key = name_key(sector)
        if key in self._hidden and (before is None or name_key(before) != key):
            self._rows[key] = self._rows.get(key, 0) + 1

    def found(self) -> list[tuple[str, int]]:
        """(name, rows) of each hidden sector a row was counted for, in the unit's order."""
        return [(name, self._rows[key]) for key, name in self._hidden.items() if key in self._rows]


def matching_sectors(spellings: Sequence[str], name: str) -> tuple[str, ...]:
    """The register's spellings of the sector `name` (case and Unicode form ignored).

    Without such a spelling, those equal ignoring diacritics, so "ho tich" finds "Hộ tịch".
    """
    key = sector_key(name)
    exact = tuple(s for s in spellings if sector_key(s) == key)
    if exact:
        return exact
    folded = fold(name)
    return tuple(s for s in spellings if fold(s) == folded)
