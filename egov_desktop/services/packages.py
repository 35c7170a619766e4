"""The commune's side of the data exchange: send a package, lock what was sent, read replies.

A report can be sent once it is "hoàn thành". Sending locks it; changing it afterwards needs a
reason, and the next package is then a correction (báo cáo điều chỉnh) carrying that reason.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import uuid
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from egov_desktop import __version__
from egov_desktop.db.models import ReportLock, SentPackage
from egov_desktop.db.register_repositories import DOSSIER_FIELDS
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import file_errors, messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.text import checked_reason
from egov_desktop.durable import copy_whole, partial_of, remove_stale_partials, replace_durably
from egov_desktop.errors import PackageError, StoredModeError, ValidationError
from egov_desktop.exchange.package import (
    Manifest,
    Package,
    PackagePeriod,
    PackageStatus,
    PackageUnit,
    PackageValue,
    package_filename,
    read_package,
    write_package,
)
from egov_desktop.exchange.replies import RETURN, Reply, read_reply
from egov_desktop.services import entry_dto
from egov_desktop.services.dto import ROLE_COMMUNE, SetupInfo
from egov_desktop.services.entry_modes import refuse_other_mode
from egov_desktop.services.entry_sheet import read_report
from egov_desktop.services.entry_write import write_status
from egov_desktop.services.exchange_dto import LockInfo, SentInfo
from egov_desktop.services.lineage import unsendable
from egov_desktop.services.out_paths import destination
from egov_desktop.services.outbox import next_version
from egov_desktop.services.package_values import portable_key
from egov_desktop.services.report_forms import closed_columns, find_form, load_forms
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.setup import SetupService
from egov_desktop.services.stats import Recount, StatsService
from egov_desktop.services.unit_settings import period_mode

logger = logging.getLogger(__name__)

#: Dossier fields a package carries when the user includes the register: all of them.
_REGISTER_FIELDS = DOSSIER_FIELDS


def _copy_failed(target: Path, error: OSError) -> ValidationError:
    return ValidationError(
        messages.PACKAGE_COPY_FAILED.format(path=target, detail=file_errors.os_reason(error))
    )


def _sent_info(row: SentPackage, includes_register: bool = False) -> SentInfo:
    return SentInfo(
        package_id=row.package_id,
        version=row.version,
        kind=row.kind,
        period=row.period,
        forms=tuple(f for f in row.forms.split(",") if f),
        created_at=row.created_at,
        file=row.file_name,
        reason=row.reason,
        reply_kind=row.reply_kind,
        reply_at=row.reply_at,
        reply_reason=row.reply_reason,
        includes_register=includes_register,
    )


class PackageService:
    """Send reports as packages and import the office's replies (commune data folders)."""

    def __init__(
        self,
        uow: UowFactory,
        setup: SetupService,
        outbox: Path,
        stats: StatsService | None = None,
    ) -> None:
        self._uow = uow
        self._setup = setup
        self._outbox = outbox
        self._stats = stats

    def sendable(self, period: str) -> list[tuple[str, str, LockInfo | None]]:
        """(form, status, lock) for each form of the period."""
        code = Period.parse(period).code
        out = []
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            for form in load_forms():
                status = uow.statuses.get(unit_id, form, code)
                out.append(
                    (
                        form,
                        status.status if status is not None else entry_dto.STATUS_EMPTY,
                        self._lock_info(uow.locks.get(unit_id, form, code)),
                    )
                )
        return out

    def period_refusal(self, period: str) -> str | None:
        """Why no office would take this unit's package for `period`; None when one would.

        A 2025 commune's report of a period before 1 July 2025 (the old communes reported it),
        an old commune's of a period after it: every office refuses it on import.
        """
        info = self._require_commune()
        return unsendable(
            info.unit.name, info.unit.code, info.catalog, Period.parse(period), info.period_mode
        )

    def mode_refusals(self, period: str) -> dict[str, str]:
        """Form -> why it cannot be sent: its figures were counted in another period mode.

        The unit's mode changed since they were counted; they must be counted or entered again.
        """
        code = Period.parse(period)
        refusals: dict[str, str] = {}
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            mode = period_mode(uow)
            for form in load_forms():
                try:
                    self._refuse_other_mode(uow, unit_id, form, code, mode)
                except StoredModeError as error:
                    refusals[form] = error.message
        return refusals

    def recounts(self, period: str, *, reuse: bool = False) -> dict[str, Recount]:
        """Form -> how its counted figures differ from what the register counts now.

        A report counted from the register (`stats --apply`) and left behind by dossiers
        added or changed since; sent as it is, the office would get figures that no longer
        match the register, nor the unit's other reports counted from it afresh. `reuse`:
        as StatsService.recount's (the send page's refresh, with no register write since
        the last one, counts nothing again); `send` always counts afresh.
        """
        if self._stats is None:
            return {}
        code = Period.parse(period).code
        found = (self._stats.recount(form=form, period=code, reuse=reuse) for form in load_forms())
        return {item.form: item for item in found if item is not None}

    def lock(self, form: str, period: str) -> LockInfo | None:
        """The lock on a sent report, if it was ever sent."""
        spec, code = find_form(form), Period.parse(period).code
        with self._uow() as uow:
            return self._lock_info(uow.locks.get(own_unit_id(uow), spec.code, code))

    def send(
        self,
        *,
        period: str,
        forms: list[str] | None = None,
        out: Path | None = None,
        include_register: bool = False,
        actor: str | None = None,
    ) -> SentInfo:
        """Write the package for `period`, record it and lock the reports it carries.

        The files are removed again when the transaction fails: no package exists that the
        register of sent packages does not know.
        """
        refusal = self.period_refusal(period)
        if refusal is not None:
            raise ValidationError(refusal)
        if self._stats is not None:
            # Checked before the transaction that writes: counting opens its own.
            self._refuse_stale(period, forms)
        written: list[Path] = []
        copies: list[tuple[Path, Path]] = []
        try:
            sent = self._send(period, forms, out, include_register, actor, written, copies)
        except BaseException:
            for path in written:
                # Failing to remove one must not hide why the package was not sent.
                with contextlib.suppress(OSError):
                    path.unlink(missing_ok=True)
            raise
        for staged, target in copies:
            # Named only now that it is recorded: a send killed before its commit leaves no
            # package the register does not know where the user would pick it up.
            try:
                replace_durably(staged, target)
            except OSError as error:
                staged.unlink(missing_ok=True)
                raise _copy_failed(target, error) from error
        return sent

    def _send(
        self,
        period: str,
        forms: list[str] | None,
        out: Path | None,
        include_register: bool,
        actor: str | None,
        written_files: list[Path],
        copies: list[tuple[Path, Path]],
    ) -> SentInfo:
        """Write and record the package; `copies` get (partial, target) of the copy in `out`."""
        info = self._require_commune()
        code = Period.parse(period)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            chosen = self._chosen_forms(uow, unit_id, code.code, forms)
            locks = [uow.locks.get(unit_id, form, code.code) for form in chosen]
            if all(lock is not None and lock.locked for lock in locks):
                raise ValidationError(
                    messages.PACKAGE_ALREADY_SENT.format(
                        forms=", ".join(chosen), period=code.in_sentence
                    )
                )
            for form in chosen:
                # The package says its figures are counted over the unit's window: they must be.
                self._refuse_other_mode(uow, unit_id, form, code, info.period_mode)
            # Once each: a return reopens every form of the package with the same reason.
            reasons = list(
                dict.fromkeys(
                    lock.reopen_reason for lock in locks if lock is not None and lock.reopen_reason
                )
            )
            # A form reopened since it was sent is corrected; one sent again still locked, beside
            # a form sent for the first time, carries what the office has already.
            reopened = any(lock is not None and not lock.locked for lock in locks)
            kind = "correction" if reopened else "report"
            # Past the outbox too: after a restore, the database forgets what it sent since.
            version = next_version(
                self._outbox, info.unit.code, code.code, uow.sent_packages.last_version(unit_id)
            )
            who = actor or default_actor(uow, unit_id)
            start, end = code.window(info.period_mode)
            manifest = Manifest(
                package_id=uuid.uuid4().hex,
                version=version,
                kind=kind,
                unit=PackageUnit(
                    code=info.unit.code,
                    name=info.unit.name,
                    catalog=info.catalog,
                    province_code=info.unit.province_code,
                    district_code=info.unit.district_code,
                ),
                periods=(PackagePeriod(code.code, info.period_mode, start, end),),
                forms=tuple(chosen),
                created_at=datetime.now().replace(microsecond=0),
                officer=info.officer or who,
                agency_code=info.agency_code,
                app_version=__version__,
                correction_reason="; ".join(reasons),
                includes_register=include_register,
            )
            values, statuses = self._payload(uow, unit_id, chosen, code, info.period_mode)
            register = self._register(uow, unit_id, start, end) if include_register else ()
            name = package_filename(info.unit.code, code.code, version)
            kept = self._outbox / name
            kept.parent.mkdir(parents=True, exist_ok=True)
            written = write_package(kept, Package(manifest, values, statuses, register))
            written_files.append(kept)
            target = kept
            if out is not None:
                target = destination(out, name)
                staged = partial_of(target)
                written_files.append(staged)
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    remove_stale_partials(target)
                    shutil.copyfile(kept, staged)
                except OSError as error:
                    raise _copy_failed(target, error) from error
                copies.append((staged, target))
            row = uow.sent_packages.add(
                SentPackage(
                    unit_id=unit_id,
                    package_id=written.package_id,
                    version=version,
                    kind=kind,
                    period=code.code,
                    forms=",".join(chosen),
                    created_at=written.created_at,
                    officer=written.officer,
                    reason=written.correction_reason,
                    file_name=str(target.resolve()),
                    payload_sha256=written.payload_sha256,
                )
            )
            for form, lock in zip(chosen, locks, strict=True):
                self._lock(uow, unit_id, form, code.code, version, lock, who)
            uow.audit.record(
                actor=who,
                unit_id=unit_id,
                entity="package",
                entity_key=f"{code.code}|v{version}",
                field="sent",
                old_value=None,
                new_value=f"{written.package_id} {','.join(chosen)}",
                source="typed",
            )
            logger.info("Sent %s v%d (%s) to %s", code.code, version, ",".join(chosen), target)
            return _sent_info(row, include_register)

    def reopen(self, *, form: str, period: str, reason: str, actor: str | None = None) -> LockInfo:
        """Unlock a sent report for a correction; the reason travels with the next package.

        The report is "in progress" again, its figures editable at once: it is sent again
        once marked complete (a correction is what reopening is for; one that needs no
        change is completed again with one click).
        """
        text = checked_reason(reason, messages.PACKAGE_REOPEN_NEEDS_REASON)
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            lock = uow.locks.get(unit_id, spec.code, code.code)
            if lock is None or not lock.locked:
                raise ValidationError(
                    messages.PACKAGE_NOT_LOCKED.format(form=spec.code, period=code.in_sentence)
                )
            who = actor or default_actor(uow, unit_id)
            self._unlock(uow, lock, text, who)
            report = read_report(uow, spec, code, unit_id)
            write_status(uow, report, entry_dto.STATUS_IN_PROGRESS, "", who, entry_dto.SOURCE_TYPED)
            info = self._lock_info(lock)
            assert info is not None
            return info

    def sent(self, period: str | None = None) -> list[SentInfo]:
        """Packages sent, newest first."""
        code = Period.parse(period).code if period is not None else None
        with self._uow() as uow:
            rows = uow.sent_packages.for_unit(own_unit_id(uow), code)
            return [_sent_info(row) for row in rows]

    def copy_sent(self, *, period: str, out: Path, version: int | None = None) -> Path:
        """Copy a package already sent (default: the period's newest) from the outbox to `out`.

        For a file lost on the way (a USB drive, a deleted e-mail): the copy is the very package
        recorded as sent, checked before it is handed over; nothing is recorded or locked again.
        """
        info = self._require_commune()
        parsed = Period.parse(period)
        code = parsed.code
        with self._uow() as uow:
            rows = uow.sent_packages.for_unit(own_unit_id(uow), code)
            row = next((r for r in rows if version is None or r.version == version), None)
            if row is None:
                raise ValidationError(
                    messages.PACKAGE_NOT_SENT.format(period=parsed.label)
                    if version is None
                    else messages.PACKAGE_NO_SUCH_VERSION.format(
                        period=parsed.label, version=version
                    )
                )
            package_id, number = row.package_id, row.version
        name = package_filename(info.unit.code, code, number)
        kept = self._outbox / name
        try:
            same = read_package(kept).manifest.package_id == package_id
        except (OSError, PackageError):
            same = False
        if not same:
            raise PackageError(messages.PACKAGE_OUTBOX_LOST.format(name=name, folder=self._outbox))
        target = destination(out, name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            copy_whole(kept, target)
        except OSError as error:
            raise _copy_failed(target, error) from error
        return target

    def import_reply(self, path: Path, *, actor: str | None = None) -> SentInfo:
        """Record the office's receipt or return; a return reopens the reports it names."""
        reply = read_reply(path)
        info = self._setup.require()
        if reply.unit_code != info.unit.code:
            raise PackageError(
                messages.REPLY_WRONG_UNIT.format(
                    name=path.name, unit=reply.unit_code, own=info.unit.code
                )
            )
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            row = uow.sent_packages.by_package_id(reply.package_id)
            if row is None or row.unit_id != unit_id:
                raise PackageError(
                    messages.REPLY_UNKNOWN_PACKAGE.format(name=path.name, version=reply.version)
                )
            who = actor or default_actor(uow, unit_id)
            if (row.reply_kind, row.reply_at) == (reply.kind, reply.at):
                return replace(_sent_info(row), reply_repeated=True)
            self._record_reply(uow, row, reply, who)
            return _sent_info(row)

    def _refuse_stale(self, period: str, forms: list[str] | None) -> None:
        """Refuse a chosen report whose figures were all counted and the register now changes.

        Figures typed over a count are the unit's own choice: those reports go as they are.
        """
        parsed = Period.parse(period)
        code = parsed.code
        with self._uow() as uow:
            chosen = self._chosen_forms(uow, own_unit_id(uow), code, forms)
        assert self._stats is not None
        for form in chosen:
            found = self._stats.recount(form=form, period=code)
            if found is not None and found.counted_only:
                raise ValidationError(
                    messages.PACKAGE_STALE_FORM.format(
                        form=form, period=parsed.in_sentence, cells=found.summary()
                    ),
                    cli_hint=messages.PACKAGE_STALE_FORM_CLI.format(form=form, period=code),
                )

    # Inside a transaction.

    def _require_commune(self) -> SetupInfo:
        info = self._setup.require()
        if info.role != ROLE_COMMUNE:
            raise ValidationError(messages.PACKAGE_ONLY_COMMUNE)
        return info

    @staticmethod
    def _refuse_other_mode(
        uow: UnitOfWork, unit_id: int, form: str, period: Period, mode: str
    ) -> None:
        status = uow.statuses.get(unit_id, form, period.code)
        held = uow.values.any(unit_id, form, period.code)
        recorded = status.period_mode if status is not None else None
        refuse_other_mode(
            uow,
            form=form,
            period=period,
            unit_id=unit_id,
            counted_mode=(recorded or mode) if held else None,
            used=mode,
        )

    @staticmethod
    def _chosen_forms(
        uow: UnitOfWork, unit_id: int, period: str, forms: list[str] | None
    ) -> list[str]:
        if forms:
            chosen = list(dict.fromkeys(find_form(f).code for f in forms))
        else:
            done = [
                form
                for form in load_forms()
                if (s := uow.statuses.get(unit_id, form, period)) is not None
                and s.status == entry_dto.STATUS_DONE
            ]
            if not done:
                raise ValidationError(
                    messages.PACKAGE_NOTHING_DONE.format(period=Period.parse(period).label)
                )
            # As the send page ticks them: the reports not sent yet or reopened. One sent and
            # still locked is not sent again unless named (its figures went unchanged).
            chosen = [
                form
                for form in done
                if (lock := uow.locks.get(unit_id, form, period)) is None or not lock.locked
            ]
            if not chosen:
                raise ValidationError(
                    messages.PACKAGE_ALREADY_SENT.format(
                        forms=", ".join(done), period=Period.parse(period).in_sentence
                    )
                )
        for form in chosen:
            status = uow.statuses.get(unit_id, form, period)
            if status is None or status.status != entry_dto.STATUS_DONE:
                label = entry_dto.STATUS_LABELS[
                    status.status if status is not None else entry_dto.STATUS_EMPTY
                ]
                raise ValidationError(
                    messages.PACKAGE_NOT_DONE.format(
                        form=form, period=Period.parse(period).in_sentence, status=label
                    )
                )
        return chosen

    @staticmethod
    def _payload(
        uow: UnitOfWork, unit_id: int, forms: list[str], period: Period, mode: str
    ) -> tuple[tuple[PackageValue, ...], tuple[PackageStatus, ...]]:
        """The reports' figures and statuses, as the unit's own screens show them.

        A figure stored in a column the period leaves empty (II.07b's "Cấp huyện" columns,
        typed before the reform's periods closed them) is hidden on read: it is not sent.
        """
        values: list[PackageValue] = []
        statuses: list[PackageStatus] = []
        code = period.code
        for form in forms:
            closed = closed_columns(find_form(form), period, mode)
            for (row_key, col), cell in sorted(uow.values.cells(unit_id, form, code).items()):
                named = portable_key(uow, unit_id, row_key) if col not in closed else None
                if named is None:
                    continue
                values.append(
                    PackageValue(form, code, named[0], named[1], col, cell.value, cell.source)
                )
            status = uow.statuses.get(unit_id, form, code)
            if status is not None:
                statuses.append(PackageStatus(form, code, status.status, status.note))
        return tuple(values), tuple(statuses)

    @staticmethod
    def _register(
        uow: UnitOfWork, unit_id: int, start: Any, end: Any
    ) -> tuple[dict[str, Any], ...]:
        rows = uow.dossiers.counted(unit_id, start, end)
        return tuple({name: getattr(row, name) for name in _REGISTER_FIELDS} for row in rows)

    @staticmethod
    def _lock(
        uow: UnitOfWork,
        unit_id: int,
        form: str,
        period: str,
        version: int,
        lock: ReportLock | None,
        actor: str,
    ) -> None:
        now = datetime.now()
        if lock is None:
            uow.locks.add(
                ReportLock(
                    unit_id=unit_id,
                    form=form,
                    period=period,
                    version=version,
                    locked=True,
                    reopen_reason="",
                    updated_at=now,
                    updated_by=actor,
                )
            )
        else:
            lock.version, lock.locked, lock.reopen_reason = version, True, ""
            lock.updated_at, lock.updated_by = now, actor

    @staticmethod
    def _unlock(uow: UnitOfWork, lock: ReportLock, reason: str, actor: str) -> None:
        lock.locked, lock.reopen_reason = False, reason
        lock.updated_at, lock.updated_by = datetime.now(), actor
        uow.audit.record(
            actor=actor,
            unit_id=lock.unit_id,
            entity="report_lock",
            entity_key=f"{lock.form}|{lock.period}",
            field="locked",
            old_value="1",
            new_value="0",
            source=f"reason: {reason}"[:64],
        )

    def _record_reply(self, uow: UnitOfWork, row: SentPackage, reply: Reply, actor: str) -> None:
        old = row.reply_kind
        row.reply_kind, row.reply_at, row.reply_reason = reply.kind, reply.at, reply.reason
        uow.audit.record(
            actor=actor,
            unit_id=row.unit_id,
            entity="package",
            entity_key=f"{row.period}|v{row.version}",
            field="reply",
            old_value=old,
            new_value=f"{reply.kind} {reply.at.isoformat()} {reply.reason}".strip(),
            source="imported",
        )
        if reply.kind != RETURN:
            return
        for form in row.forms.split(","):
            lock = uow.locks.get(row.unit_id, form, row.period)
            if lock is not None and lock.locked and lock.version == row.version:
                reason = messages.PACKAGE_RETURNED_REASON.format(reason=reply.reason)
                self._unlock(uow, lock, reason, actor)

    @staticmethod
    def _lock_info(lock: ReportLock | None) -> LockInfo | None:
        if lock is None:
            return None
        return LockInfo(lock.form, lock.period, lock.version, lock.locked, lock.reopen_reason)


def describe(info: SentInfo) -> dict[str, Any]:
    """JSON form of a sent package (CLI)."""
    data = asdict(info)
    del data["reply_repeated"]  # of importing a reply, not of the package
    for key in ("created_at", "reply_at"):
        if data[key] is not None:
            data[key] = data[key].isoformat()
    data["forms"] = list(info.forms)
    return data
