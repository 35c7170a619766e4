"""`egov dossiers add|edit|delete`: one dossier typed, corrected or removed (part of cli.py).

`add` and `edit` record every field the dossier form does, named in their help with the
form's words, so that a dossier kept from the command line lacks nothing the form records.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from egov_desktop import cli_text
from egov_desktop.bootstrap import Services
from egov_desktop.cli_output import emit, say, warn
from egov_desktop.domain import messages
from egov_desktop.domain.dossiers import check_plausible, format_day, parse_channel, parse_status
from egov_desktop.domain.register_columns import typed_date
from egov_desktop.domain.sectors import name_key
from egov_desktop.errors import ValidationError
from egov_desktop.services.register_dto import (
    FIELD_LABELS,
    DossierInfo,
    DossierInput,
    ProcedureInfo,
)

#: The `dossiers` sub-commands this module handles.
COMMANDS = ("add", "edit", "delete")
#: The dates `dossiers add` and `dossiers edit` take, by their option's name.
_DATES = ("received", "due", "resolved", "returned")
#: Text fields taken as typed, with the dossier form's words for them.
_TEXTS = {
    "contact": "địa chỉ, số điện thoại",
    "lead_agency": "cơ quan chủ trì giải quyết",
    "result_delivery": "phương thức nhận kết quả (trực tiếp, qua bưu chính công ích, trực tuyến…)",
    "note": "ghi chú",
}
#: Yes/no fields, each an option such as `--paid-online có|không`, in the form's words.
_FLAGS = {
    "financial_obligation": "có nghĩa vụ tài chính",
    "paid_online": "đã thanh toán trực tuyến",
    "components_digitised": "đã số hóa thành phần hồ sơ",
    "result_digitised": "đã số hóa kết quả giải quyết",
    "synced": "đã đồng bộ lên Cổng Dịch vụ công quốc gia",
}
_FLAG_HELP = {"paid_online": "đã thanh toán trực tuyến (có: cũng là có nghĩa vụ tài chính)"}
#: The form's two boxes for reused components as one answer; "quốc gia" is reused from
#: the national portal, which is one way of reusing them.
_REUSED = "có tái sử dụng thành phần hồ sơ"
_REUSED_HELP = (
    "có tái sử dụng thành phần hồ sơ: không | có | quốc gia (tái sử dụng thành phần từ Cổng"
    " DVC quốc gia)"
)
_NATIONAL = ("quốc gia", "quoc gia")


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def add_parsers(dossiers_sub: Any) -> None:
    """Add `add`, `edit` and `delete` to the `egov dossiers` sub-command parsers."""
    add = dossiers_sub.add_parser("add", help="thêm một hồ sơ")
    add.add_argument("--code", required=True, help="mã hồ sơ")
    add.add_argument("--procedure", default="", help="mã TTHC trong danh mục, hoặc tên TTHC")
    add.add_argument("--sector", default="", help="lĩnh vực (mặc định: của TTHC trong danh mục)")
    add.add_argument("--channel", required=True, help="trực tuyến | trực tiếp | bưu chính")
    add.add_argument("--received", required=True, help="ngày nhận, YYYY-MM-DD hoặc dd/mm/yyyy")
    add.add_argument("--due", help="ngày hẹn trả (mặc định: theo thời gian giải quyết của TTHC)")
    add.add_argument("--resolved", help="ngày có kết quả (hoặc ngày rút, trả lại)")
    add.add_argument(
        "--returned", help="ngày trả kết quả cho tổ chức, cá nhân (cột Trả kết quả của sổ)"
    )
    add.add_argument("--status", help="trạng thái (mặc định: theo ngày có kết quả)")
    add.add_argument("--applicant", default="", help="tên tổ chức, cá nhân")
    _field_options(add, edit=False)
    add.add_argument("--json", action="store_true", help="in dạng JSON")

    edit = dossiers_sub.add_parser(
        "edit", help="sửa một hồ sơ: chỉ các trường được ghi thay đổi, các trường khác giữ nguyên"
    )
    edit.add_argument("code", help="mã hồ sơ")
    edit.add_argument(
        "--new-code",
        help="mã hồ sơ mới (đổi mã; không trùng mã hồ sơ khác, kể cả khi chỉ khác chữ hoa, chữ"
        " thường)",
    )
    edit.add_argument(
        "--procedure", help="mã hoặc tên TTHC (TTHC trong danh mục mang theo lĩnh vực của nó)"
    )
    edit.add_argument("--sector", help="lĩnh vực")
    edit.add_argument("--channel", help="trực tuyến | trực tiếp | bưu chính")
    edit.add_argument("--received", help="ngày nhận, YYYY-MM-DD hoặc dd/mm/yyyy")
    edit.add_argument("--due", help="ngày hẹn trả")
    edit.add_argument("--resolved", help='ngày có kết quả (hoặc ngày rút, trả lại); "" để xóa')
    edit.add_argument("--returned", help='ngày trả kết quả cho tổ chức, cá nhân; "" để xóa')
    edit.add_argument("--status", help='trạng thái; "" để tính theo ngày có kết quả')
    edit.add_argument("--applicant", help='tên tổ chức, cá nhân; "" để xóa')
    _field_options(edit, edit=True)
    edit.add_argument("--json", action="store_true", help="in dạng JSON")

    delete = dossiers_sub.add_parser("delete", help="xóa một hồ sơ nhập nhầm")
    delete.add_argument("code", help="mã hồ sơ")
    delete.add_argument(
        "--yes", action="store_true", help="xác nhận xóa (không hoàn tác được từ dòng lệnh)"
    )


def _field_options(parser: argparse.ArgumentParser, *, edit: bool) -> None:
    """The options `add` and `edit` share for the form's other text fields and its boxes."""
    clears = '; "" để xóa' if edit else ""
    for name, label in _TEXTS.items():
        parser.add_argument(_option(name), help=label + clears)
    for name, label in _FLAGS.items():
        parser.add_argument(_option(name), metavar="có|không", help=_FLAG_HELP.get(name, label))
    parser.add_argument("--components-reused", metavar="không|có|quốc gia", help=_REUSED_HELP)


def _capital(label: str) -> str:
    return label[:1].upper() + label[1:]


def _flag(args: argparse.Namespace, name: str) -> bool | None:
    text = getattr(args, name)
    if text is None:
        return None
    value = cli_text.yes_no(text)
    if value is None:
        raise ValidationError(
            messages.DOSSIER_BAD_YES_NO_CLI.format(
                field=_capital(_FLAGS[name]), option=_option(name), value=text
            )
        )
    return value


def _reused(text: str) -> dict[str, bool]:
    """Both fields of reused components, as the answer to `--components-reused` sets them."""
    reused = cli_text.yes_no(text)
    if reused is not None:
        return {"components_reused": reused, "components_reused_national": False}
    if cli_text.word_key(text) in _NATIONAL:
        return {"components_reused": True, "components_reused_national": True}
    raise ValidationError(
        messages.DOSSIER_BAD_REUSED_CLI.format(
            field=_capital(_REUSED), option="--components-reused", value=text
        )
    )


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The text fields and boxes the command names, as the dossier's fields; others left out."""
    fields: dict[str, Any] = {}
    for name in _TEXTS:
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    for name in _FLAGS:
        value = _flag(args, name)
        if value is not None:
            fields[name] = value
    if args.components_reused is not None:
        fields.update(_reused(args.components_reused))
    return fields


def _refuse_unpaid(code: str, fields: dict[str, Any], before: DossierInfo | None) -> None:
    """Refuse "no financial obligation" for a dossier paid online.

    The register would store it with the obligation all the same (a payment is one), and
    the clerk would read "unchanged" for a change asked for.
    """
    paid = fields.get("paid_online", before is not None and before.paid_online)
    if fields.get("financial_obligation") is False and paid:
        raise ValidationError(messages.DOSSIER_PAID_WITHOUT_OBLIGATION_CLI.format(code=code))


def _date(value: str | None) -> date | None:
    return None if value is None else typed_date(value)


def _changed_date(value: str) -> date | None:
    # `edit --resolved ""`: the date is cleared.
    return typed_date(value) if value.strip() else None


def check(args: argparse.Namespace) -> None:
    """Refuse bad input before the data folder is opened (nothing may change)."""
    command = args.dossiers_command
    if command == "delete":
        if not args.yes:
            raise ValidationError(messages.DOSSIER_DELETE_NEEDS_YES_CLI.format(code=args.code))
        return
    if args.status:
        parse_status(args.status)
    if args.channel:
        parse_channel(args.channel)
    _refuse_unpaid(args.code, _given(args), None)
    if command == "edit":
        for name in _DATES:
            if getattr(args, name) is not None:
                _changed_date(getattr(args, name))
        return
    received, due, resolved, returned = (
        _date(v) for v in (args.received, args.due, args.resolved, args.returned)
    )
    if received is not None:
        check_plausible(
            received=received, due=due, resolved=resolved, returned=returned, today=date.today()
        )


def run(args: argparse.Namespace, services: Services) -> int:
    """Run one of COMMANDS of `egov dossiers`."""
    if args.dossiers_command == "edit":
        return _edit(args, services)
    if args.dossiers_command == "delete":
        return _delete(args, services)
    return _add(args, services)


def dossier_json(d: DossierInfo) -> dict[str, Any]:
    """A dossier as the CLI prints it (dates as YYYY-MM-DD)."""
    data = {k: v for k, v in d.__dict__.items() if k not in ("created_at", "updated_at")}
    for name in _DATES:
        value = data[name]
        data[name] = None if value is None else value.isoformat()
    data["problems"] = list(d.problems)
    data["warnings"] = list(d.warnings)
    return data


def _procedure(services: Services, text: str) -> tuple[ProcedureInfo | None, dict[str, Any]]:
    """The catalogue procedure `text` names, and the dossier's fields it fills.

    No catalogue procedure: the text is the procedure's name, typed by hand.
    """
    procedure = services.catalogue.resolve(text)
    if procedure is None:
        return None, {"procedure_code": None, "procedure_name": text}
    return procedure, {"procedure_code": procedure.code, "procedure_name": procedure.name}


def _sector(
    services: Services, typed: str, procedure: ProcedureInfo | None, own: str | None = None
) -> str:
    """The dossier's sector: the one typed as the unit's list spells it, else the procedure's.

    The catalogue's sector is the procedure's own. A dossier's `own` sector typed again is
    kept as it is, hidden since or not, as the dossier form keeps it.
    """
    if not typed.strip():
        return procedure.sector if procedure is not None else ""
    if own is not None and name_key(typed) == name_key(own):
        return own
    return services.register.resolve_sector(typed)


def _stored(args: argparse.Namespace, info: DossierInfo) -> None:
    """Print a dossier just stored by `add` or `edit` (`--json`: as `dossier_json`)."""
    # Stored and counted by its dates (§5.2), but the clerk should look again.
    for line in info.warnings:
        warn(f"Cảnh báo: {line}")
    if args.json:
        emit(dossier_json(info))


def _add(args: argparse.Namespace, services: Services) -> int:
    received = _date(args.received)
    assert received is not None
    due = _date(args.due)
    procedure, named_fields = _procedure(services, args.procedure)
    if due is None and procedure is not None and procedure.processing_days is not None:
        due = services.catalogue.propose_due(procedure.code, received)
    data = DossierInput(
        code=args.code,
        sector=_sector(services, args.sector, procedure),
        channel=args.channel,
        received=received,
        due=due,
        resolved=_date(args.resolved),
        returned=_date(args.returned),
        status=args.status,
        applicant=args.applicant,
        **named_fields,
        **_given(args),
    )
    info = services.register.add(data)
    _stored(args, info)
    if not args.json:
        named = f"TTHC {info.procedure_code} — {info.procedure_name}; " if procedure else ""
        say(f"Đã thêm hồ sơ {info.code} ({named}{info.sector}, hẹn trả {info.due:%d/%m/%Y}).")
    return 0


def _edit(args: argparse.Namespace, services: Services) -> int:
    before = services.register.find(args.code)
    changes: dict[str, Any] = {}
    procedure = None
    if args.procedure is not None:
        procedure, changes = _procedure(services, args.procedure)
    # A catalogue procedure brings its sector, as in `add` and the dossier form.
    if args.sector is not None or (procedure is not None and procedure.sector.strip()):
        changes["sector"] = _sector(services, args.sector or "", procedure, before.sector)
    for name in ("channel", "status", "applicant"):
        value = getattr(args, name)
        if value is not None:
            # `--status ""`: the status the dates give, as `add` without --status.
            changes[name] = None if name == "status" and not value.strip() else value
    for name in _DATES:
        if getattr(args, name) is not None:
            changes[name] = _changed_date(getattr(args, name))
    given = _given(args)
    _refuse_unpaid(before.code, given, before)
    changes.update(given)
    if args.new_code is not None:
        # The service refuses a code another dossier has (case aside) and audits the change.
        changes["code"] = args.new_code
    info = services.register.update(before.id, changes)
    _stored(args, info)
    if not args.json:
        edits = _differences(before, info)
        if edits:
            say(f"Đã sửa hồ sơ {info.code}: " + "; ".join(edits) + ".")
        else:
            say(f"Hồ sơ {info.code} không thay đổi.")
    return 0


def _differences(before: DossierInfo, after: DossierInfo) -> list[str]:
    """Each field an edit changed, as "Trạng thái: Đang giải quyết → Đã giải quyết"."""

    def shown(info: DossierInfo, name: str) -> str:
        value = info.channel_label if name == "channel" else getattr(info, name)
        if isinstance(value, bool):
            return "có" if value else "không"
        if isinstance(value, date):
            return format_day(value)
        return str(value) if value not in (None, "") else "(trống)"

    return [
        f"{label}: {shown(before, name)} → {shown(after, name)}"
        for name, label in FIELD_LABELS.items()
        if getattr(before, name) != getattr(after, name)
    ]


def _delete(args: argparse.Namespace, services: Services) -> int:
    info = services.register.find(args.code)
    services.register.delete(info.id)
    say(f"Đã xóa hồ sơ {info.code} khỏi sổ theo dõi; nhật ký thay đổi vẫn ghi lại việc xóa.")
    return 0
