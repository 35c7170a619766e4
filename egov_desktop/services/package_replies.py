"""The office's replies to a received package: accept (biên nhận) or return (trả lại).

A reply goes back to the sender as a reply file, with a printable receipt or return note
beside it, and marks the unit's newest package for the period accepted or returned, with an
audit entry. The package's figures are not touched: they were written when it was imported.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from egov_desktop.db.models import ReceivedPackage, Unit
from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.errors import ValidationError
from egov_desktop.exchange.replies import RECEIPT, RETURN, Reply, reply_filename, write_reply
from egov_desktop.export.receipt import ReceiptData, write_receipt
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.package_senders import REPLIABLE, require_office, sender
from egov_desktop.services.report_texts import fixed_texts
from egov_desktop.services.sectors import FALLBACK_ACTOR, officer_name, own_unit_id
from egov_desktop.services.setup import SetupService


class OfficeReplies:
    """Accept or return the packages an office received (PackageImportService's replies)."""

    def __init__(self, uow: UowFactory, setup: SetupService) -> None:
        self._uow = uow
        self._setup = setup

    def reply(
        self,
        unit_code: str,
        period: str,
        out_dir: Path,
        kind: str,
        reason: str,
        actor: str | None,
        catalog: str | None,
    ) -> Path:
        """Reply `kind` (RECEIPT or RETURN) to the unit's newest package for the period.

        Writes the reply file into `out_dir`, the printable note beside it, and marks the
        package accepted or returned; `reason` is a return's, already checked.
        """
        office = require_office(self._setup)
        parsed = Period.parse(period)
        code = parsed.code
        nothing = messages.PACKAGE_NONE_RECEIVED.format(unit=unit_code, period=parsed.in_sentence)
        with self._uow() as uow:
            unit = sender(uow, office, unit_code, code, REPLIABLE, nothing, catalog)
            rows = [
                r
                for r in uow.received_packages.for_unit_period(unit.id, code)
                if r.state in REPLIABLE
            ]
            if not rows:
                raise ValidationError(nothing)
            row = rows[0]
            now = datetime.now().replace(microsecond=0)
            # The receipt is signed by hand under the name printed: a generic "cán bộ" there
            # would be signed as it is, as the report sheets leave the name blank instead.
            signer = actor or officer_name(uow, own_unit_id(uow))
            who = signer or FALLBACK_ACTOR
            correction = row.kind == "correction"
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
                # The commune reads which of its packages this was; a clerk reading the
                # file or the printed receipt sees the correction without the package.
                correction=correction,
                correction_reason=row.reason if correction else "",
            )
            out_dir.mkdir(parents=True, exist_ok=True)
            target = out_dir / reply_filename(reply)
            write_reply(target, reply)
            _print_receipt(
                target.with_suffix(".xlsx"), office, unit, row, replace(reply, officer=signer)
            )
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
            correction=reply.correction,
            correction_reason=reply.correction_reason,
        ),
    )
