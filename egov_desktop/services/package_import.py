"""The office's side of the data exchange: check, preview and import packages; accept or return.

Every check runs before anything is written; an import backs the database up first and writes
in one transaction. Values an office typed itself are never overwritten without the user's choice.

PackageImportService is the one object the screens and the CLI call. It imports one file or
a batch here; writing a planned package is package_write's, the update requests waiting behind
an accepted period are package_queue's, the replies (accept, return, the printed receipt) are
package_replies', and finding a sender by its code is package_senders'.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from egov_desktop.collector import collector_paused
from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.text import checked_reason
from egov_desktop.errors import UserError, ValidationError
from egov_desktop.exchange.package import Package
from egov_desktop.exchange.replies import RECEIPT, RETURN
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.backups import BEFORE_PACKAGE_IMPORT, BackupService
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.lineage import reaches
from egov_desktop.services.package_checks import check_package
from egov_desktop.services.package_plan import (
    Known,
    decided,
    plan_package,
    reopen,
    status_of,
    with_choices,
)
from egov_desktop.services.package_queue import UpdateRequests
from egov_desktop.services.package_replies import OfficeReplies
from egov_desktop.services.package_senders import holders, require_office, waiting_states
from egov_desktop.services.package_write import PackageWriter
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.setup import SetupService


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
        self._writer = PackageWriter(store, data_dir)
        self._requests = UpdateRequests(uow, setup, backups, self._writer)
        self._replies = OfficeReplies(uow, setup)

    def preview(
        self, path: Path, *, prefer: str | None = None, reconsider: bool = False
    ) -> dto.PackagePreview:
        """What importing `path` would do; nothing is written. Refusals are PackageError.

        With `prefer`, as `apply` would count it: the figures the office keeps (PREFER_OFFICE)
        are declined, not changes. `reconsider`: the figures the office kept at an earlier
        import are conflicts again, not kept as decided.
        """
        package = check_package(path, self._require_office())
        with self._uow() as uow:
            plan = plan_package(uow, Known.load(uow, [package]), package)
        preview = reopen(plan, None, all_of_them=reconsider).preview
        keep = decided(preview, prefer) if preview.status == dto.IMPORTED else None
        return with_choices(preview, keep) if keep else preview

    def apply(
        self,
        path: Path,
        *,
        prefer: str | None = None,
        choices: Mapping[str, str] | None = None,
        actor: str | None = None,
        reconsider: bool = False,
    ) -> dto.PackagePreview:
        """Import `path`. Conflicts need `prefer` or a choice per cell key, else nothing happens.

        A figure the office kept at an earlier import stays kept, unless `choices` take the
        package's value for it, or `reconsider` makes every such figure a conflict again. A
        package that will wait as an update request asks nothing yet: its conflicts are
        decided when the request is applied.
        """
        package = check_package(path, self._require_office())
        with self._uow() as uow:
            plan = reopen(
                plan_package(uow, Known.load(uow, [package]), package),
                choices,
                all_of_them=reconsider,
            )
        status = plan.preview.status
        if status in (dto.UNCHANGED, dto.OLDER):
            return plan.preview
        keep = _decide(plan.preview, prefer, choices)
        if keep is None:
            return replace(plan.preview, status=dto.CONFLICT)
        made = self._backups.create(BEFORE_PACKAGE_IMPORT)
        with self._uow() as uow:
            # Planned again inside the writing transaction: the database may have changed
            # since the user's preview.
            known = Known.load(uow, [package])
            plan = reopen(plan_package(uow, known, package), choices, all_of_them=reconsider)
            # A figure typed since (the window beside the CLI, during the backup) is a conflict
            # nobody decided: deciding again refuses it rather than overwrite it.
            keep = _decide(plan.preview, prefer, choices)
            if keep is None:
                return replace(plan.preview, status=dto.CONFLICT, backup=str(made.path))
            who = actor or default_actor(uow, own_unit_id(uow))
            done = self._writer.apply_planned(uow, known, package, path, plan, keep, who)
        return replace(done, backup=str(made.path))

    def apply_many(
        self,
        paths: Sequence[Path],
        *,
        prefer: str | None = None,
        actor: str | None = None,
        reconsider: bool = False,
    ) -> list[tuple[Path, dto.PackagePreview | UserError]]:
        """Import a batch (a folder of packages): one backup, then one transaction.

        Each file gets its outcome: a preview with its status, or the reason it was refused.
        A refused or conflicting package does not stop the others. `reconsider` as in `apply`.
        """
        with collector_paused():
            return self._apply_many(paths, prefer, actor, reconsider)

    def _apply_many(
        self, paths: Sequence[Path], prefer: str | None, actor: str | None, reconsider: bool
    ) -> list[tuple[Path, dto.PackagePreview | UserError]]:
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
                who = actor or default_actor(uow, own_unit_id(uow))
                for index, path, package in todo:
                    # Planned in the writing transaction, after the batch's earlier packages.
                    try:
                        plan = plan_package(uow, known, package)
                    except UserError as error:  # refused before anything of it was written
                        results[index] = error
                        continue
                    plan = reopen(plan, None, all_of_them=reconsider)
                    keep = _decide(plan.preview, prefer, None)
                    if keep is None:
                        results[index] = replace(plan.preview, status=dto.CONFLICT)
                        continue
                    done = self._writer.apply_planned(uow, known, package, path, plan, keep, who)
                    results[index] = replace(done, backup=str(made.path))
        return [(path, results[index]) for index, path in enumerate(paths)]

    def preview_queued(
        self,
        unit_code: str,
        period: str,
        *,
        catalog: str | None = None,
        prefer: str | None = None,
        choices: Mapping[str, str] | None = None,
        reconsider: bool = False,
    ) -> dto.PackagePreview:
        """What applying the update request waiting for `period` would change; nothing is written.

        Its figures the office typed itself are the preview's conflicts, to choose as in an
        import.
        """
        return self._requests.preview(
            unit_code,
            period,
            catalog=catalog,
            prefer=prefer,
            choices=choices,
            reconsider=reconsider,
        )

    def apply_queued(
        self,
        unit_code: str,
        period: str,
        *,
        actor: str | None = None,
        catalog: str | None = None,
        prefer: str | None = None,
        choices: Mapping[str, str] | None = None,
        reconsider: bool = False,
    ) -> dto.PackagePreview:
        """Import the update request waiting behind an accepted period (it reopens the period).

        Nothing changes if it fails (UpdateRequests.apply). `unit_code` and `catalog` name
        the sender as `senders` explains. Figures the office typed itself that it changes need
        `prefer` or `choices`, as in `apply`: else nothing happens (status CONFLICT).
        """
        return self._requests.apply(
            unit_code,
            period,
            actor=actor,
            catalog=catalog,
            prefer=prefer,
            choices=choices,
            reconsider=reconsider,
        )

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
        return self._replies.reply(unit_code, period, out_dir, RECEIPT, "", actor, catalog)

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
        text = checked_reason(reason, messages.RETURN_NEEDS_REASON)
        return self._replies.reply(unit_code, period, out_dir, RETURN, text, actor, catalog)

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
            held = holders(uow, office, code, waiting_states(queued))
        units = [u for u in held if reaches(u, wanted, office.catalog)]
        units.sort(key=lambda u: (u.catalog != office.catalog, u.code))
        return [dto.Sender(u.code, u.name, u.catalog) for u in units]

    def _require_office(self) -> SetupInfo:
        return require_office(self._setup)


def _decide(
    preview: dto.PackagePreview, prefer: str | None, choices: Mapping[str, str] | None
) -> set[str] | None:
    """The figures the office keeps; a package that will wait as an update request asks nothing.

    Nothing of a queued package is written at its import: the office chooses when it applies
    the request, against the figures it holds then.
    """
    if preview.status == dto.QUEUED:
        return set()
    return decided(preview, prefer, choices)


def conflict_refusal(name: str, preview: dto.PackagePreview) -> ValidationError:
    """Why the package file `name` was not imported: it changes figures the office typed itself.

    The outcome of an import whose status is CONFLICT, as the windows and the CLI say it.
    """
    return ValidationError(
        messages.PACKAGE_CONFLICT.format(name=name, count=len(preview.conflicts)),
        cli_hint=messages.PACKAGE_PREFER_CLI,
    )


def update_conflict_refusal(preview: dto.PackagePreview) -> ValidationError:
    """Why an update request was not applied: it changes figures the office typed itself."""
    return ValidationError(
        messages.PACKAGE_UPDATE_CONFLICT.format(
            version=preview.version,
            unit=preview.unit_code,
            period=Period.parse(preview.period).in_sentence,
            count=len(preview.conflicts),
        ),
        cli_hint=messages.PACKAGE_PREFER_CLI,
    )
