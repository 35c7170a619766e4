"""The update requests waiting behind an accepted period, and their import.

A package that arrives for a period the office has accepted is not written: its copy is kept
in the data folder (PackageWriter) until the office applies it, which reopens the period.
Applying reads and checks the copy again, then supersedes the accepted version and writes the
figures in one transaction, so a failure changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from egov_desktop.db.models import ReceivedPackage, Unit
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.errors import UserError, ValidationError
from egov_desktop.exchange.package import Package
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.backups import BEFORE_PACKAGE_IMPORT, BackupService
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.package_checks import check_package
from egov_desktop.services.package_plan import (
    Known,
    Plan,
    decided,
    plan_package,
    reopen,
    with_choices,
)
from egov_desktop.services.package_senders import QUEUED, require_office, sender
from egov_desktop.services.package_write import PackageWriter
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.setup import SetupService

logger = logging.getLogger(__name__)


class UpdateRequests:
    """Apply the update request a sender has waiting for a period (PackageImportService's)."""

    def __init__(
        self,
        uow: UowFactory,
        setup: SetupService,
        backups: BackupService,
        writer: PackageWriter,
    ) -> None:
        self._uow = uow
        self._setup = setup
        self._backups = backups
        self._writer = writer

    def preview(
        self,
        unit_code: str,
        period: str,
        *,
        catalog: str | None,
        prefer: str | None = None,
        choices: Mapping[str, str] | None = None,
        reconsider: bool = False,
    ) -> dto.PackagePreview:
        """What applying the update request would change; nothing is written.

        Its figures the office typed itself are its conflicts, as in a package's preview.
        With `prefer`, `choices` or `reconsider`, as `apply` would count it.
        """
        office = require_office(self._setup)
        code = Period.parse(period).code
        request, _stored = self._load(office, unit_code, code, catalog)
        preview = self._preview(request, choices, reconsider)
        keep = decided(preview, prefer, choices)
        return with_choices(preview, keep) if keep else preview

    def apply(
        self,
        unit_code: str,
        period: str,
        *,
        actor: str | None,
        catalog: str | None,
        prefer: str | None = None,
        choices: Mapping[str, str] | None = None,
        reconsider: bool = False,
    ) -> dto.PackagePreview:
        """Import the update request waiting behind an accepted period (it reopens the period).

        The stored copy is read and checked first; superseding the accepted version, writing
        the figures and removing the request happen in one transaction, so a failure changes
        nothing. The copy is removed once imported: like any imported package, the figures
        are in the database and the file is not kept. Figures the office typed itself that the
        request changes need `prefer` or a choice per cell key, as in an import: else nothing
        is written and the preview comes back with status CONFLICT. Figures kept at an earlier
        import stay kept unless `choices` or `reconsider` reopen them, as in an import.
        """
        office = require_office(self._setup)
        code = Period.parse(period).code
        request, stored = self._load(office, unit_code, code, catalog)
        undecided = self._preview(request, choices, reconsider)
        if decided(undecided, prefer, choices) is None:
            return replace(undecided, status=dto.CONFLICT)
        made = self._backups.create(BEFORE_PACKAGE_IMPORT)
        with self._uow() as uow:
            plan, known, leftovers = self._plan(uow, request)
            plan = reopen(plan, choices, all_of_them=reconsider)
            # Decided again on the plan made in the writing transaction.
            keep = decided(plan.preview, prefer, choices)
            if keep is None:  # the office typed a figure meanwhile: raising rolls it all back
                raise ValidationError(
                    messages.PACKAGE_UPDATE_CHANGED.format(
                        unit=unit_code, period=Period.parse(code).in_sentence
                    )
                )
            who = actor or default_actor(uow, own_unit_id(uow))
            done = self._writer.apply_planned(uow, known, request.package, stored, plan, keep, who)
        for path in [stored, *leftovers]:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:  # the import stands; the copy is only a leftover
                logger.warning("Could not remove the applied update request %s: %s", path, error)
        return replace(done, backup=str(made.path))

    def _load(
        self, office: SetupInfo, unit_code: str, period: str, catalog: str | None
    ) -> tuple[_Request, Path]:
        """The waiting request (its package read and checked again) and its stored copy."""
        nothing = messages.PACKAGE_NOTHING_QUEUED.format(
            unit=unit_code, period=Period.parse(period).in_sentence
        )
        with self._uow() as uow:
            unit = sender(uow, office, unit_code, period, QUEUED, nothing, catalog)
            waiting = _waiting(uow, unit, unit_code, period)
            row_id, version, package_id = waiting.id, waiting.version, waiting.package_id
            assert waiting.stored_file is not None  # _waiting checked it
            stored = self._writer.stored_path(waiting.stored_file)
        package = _read_queued(stored, office, package_id, _Queued(version, unit_code, period))
        return _Request(office, unit_code, period, catalog, row_id, package), stored

    def _preview(
        self, request: _Request, choices: Mapping[str, str] | None, reconsider: bool
    ) -> dto.PackagePreview:
        """The plan's preview, made in a transaction rolled back: nothing is written.

        `choices` and `reconsider` reopen figures kept at an earlier import (`reopen`).
        """
        with self._uow() as uow:
            uow.discard()
            plan, _, _ = self._plan(uow, request)
        return reopen(plan, choices, all_of_them=reconsider).preview

    def _plan(self, uow: UnitOfWork, request: _Request) -> tuple[Plan, Known, list[Path]]:
        """Inside `uow`: supersede the accepted version, drop the request, plan its import.

        Also the copies of earlier requests the newest one replaces, to remove once written.
        """
        office, unit_code, period, catalog, row_id, package = request
        nothing = messages.PACKAGE_NOTHING_QUEUED.format(
            unit=unit_code, period=Period.parse(period).in_sentence
        )
        unit = sender(uow, office, unit_code, period, QUEUED, nothing, catalog)
        waiting = _waiting(uow, unit, unit_code, period)
        if waiting.id != row_id:  # another window applied or replaced it meanwhile
            raise ValidationError(nothing)
        leftovers: list[Path] = []
        for row in uow.received_packages.for_unit_period(unit.id, period):
            if row.state == dto.ACCEPTED:
                row.state = dto.SUPERSEDED
            elif row.state == dto.QUEUED and row.id != row_id:
                # An earlier update request the newest one replaces.
                if row.stored_file is not None:
                    leftovers.append(self._writer.stored_path(row.stored_file))
                row.state, row.stored_file = dto.SUPERSEDED, None
        uow.received_packages.delete(waiting)
        known = Known.load(uow, [package])
        plan = plan_package(uow, known, package)
        if plan.preview.status != dto.IMPORTED:  # raising rolls the supersede back
            raise ValidationError(
                messages.PACKAGE_QUEUED_UNREADABLE.format(
                    version=waiting.version,
                    unit=unit_code,
                    period=Period.parse(period).in_sentence,
                    path=self._writer.stored_path(waiting.stored_file or ""),
                    detail=messages.PACKAGE_QUEUED_NOT_NEWER,
                ),
                cli_hint=messages.PACKAGE_COPY_CLI,
            )
        return plan, known, leftovers


class _Request(NamedTuple):
    """An update request waiting for a unit's period, as `_load` found it."""

    office: SetupInfo
    unit_code: str
    #: The period's code.
    period: str
    catalog: str | None
    #: Its received row: the request applied must still be this one.
    row_id: int
    package: Package


class _Queued(NamedTuple):
    """The update request a stored copy is read for, as its refusal names it."""

    version: int
    unit: str
    #: The period's code.
    period: str


def _read_queued(stored: Path, office: SetupInfo, package_id: str, request: _Queued) -> Package:
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
    raise ValidationError(
        messages.PACKAGE_QUEUED_UNREADABLE.format(
            version=request.version,
            unit=request.unit,
            period=Period.parse(request.period).in_sentence,
            path=stored,
            detail=detail,
        ),
        cli_hint=messages.PACKAGE_COPY_CLI,
    )


def _waiting(uow: UnitOfWork, unit: Unit, unit_code: str, period: str) -> ReceivedPackage:
    """The unit's update request waiting for the period."""
    queued = [
        r for r in uow.received_packages.for_unit_period(unit.id, period) if r.state == dto.QUEUED
    ]
    if not queued or queued[0].stored_file is None:
        raise ValidationError(
            messages.PACKAGE_NOTHING_QUEUED.format(
                unit=unit_code, period=Period.parse(period).in_sentence
            )
        )
    return queued[0]
