"""`egov package|completeness|reply`: packages between communes and offices (part of cli.py)."""

from __future__ import annotations

import argparse
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any

from egov_desktop import cli_text
from egov_desktop.bootstrap import Services, open_set_up
from egov_desktop.cli_output import emit, folder_to_create, say, tell_created, warn
from egov_desktop.cli_package_import import (
    import_packages,
    refuse_update_conflict,
    report_applied,
)
from egov_desktop.cli_units import catalog_option
from egov_desktop.config import AppPaths
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.completeness import reminder_text
from egov_desktop.services.packages import describe

#: Top-level commands this module handles.
COMMANDS = ("package", "completeness", "reply")

_STATE_TEXT = {
    dto.MISSING: "chưa nộp",
    dto.RECEIVED: "đã nhận",
    dto.ACCEPTED: "đã tiếp nhận",
    dto.RETURNED: "đã trả lại",
    dto.ENTERED: "cơ quan tự nhập số liệu",
}


def _choice_options(parser: argparse.ArgumentParser) -> None:
    """How figures the office typed itself are decided (an import, an update request)."""
    cli_text.choice_option(
        parser,
        "--prefer",
        messages.PREFER_NAMES,
        "khi gói khác số liệu cơ quan đã tự nhập: giữ số của gói hay của cơ quan",
    )
    parser.add_argument(
        "--reconsider",
        action="store_true",
        help="hỏi lại các số liệu cơ quan đã chọn giữ ở lần nhập trước (chọn bằng --prefer)",
    )


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the data-exchange commands to the `egov` sub-command parsers."""
    package = sub.add_parser("package", help="gói dữ liệu báo cáo gửi cấp trên")
    package_sub = package.add_subparsers(
        dest="package_command", required=True, parser_class=parser_class
    )
    export = package_sub.add_parser("export", help="(xã) tạo gói báo cáo đã hoàn thành để gửi")
    export.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2025-Q3")
    export.add_argument(
        "--forms",
        help="các biểu, ví dụ II.06a,II.07b (mặc định: đã hoàn thành, chưa gửi hoặc đã mở lại)",
    )
    export.add_argument("--out", help="tệp hoặc thư mục nhận gói (mặc định: thư mục outbox)")
    export.add_argument(
        "--include-register",
        action="store_true",
        help="kèm sổ theo dõi hồ sơ (có họ tên, địa chỉ người nộp: chỉ dùng khi cấp trên yêu cầu)",
    )
    export.add_argument("--json", action="store_true", help="in dạng JSON")
    reopen = package_sub.add_parser("reopen", help="(xã) mở khóa báo cáo đã gửi để điều chỉnh")
    reopen.add_argument("--form", required=True, help="mã biểu, ví dụ II.06a")
    reopen.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    reopen.add_argument("--reason", required=True, help="lý do điều chỉnh")
    copy = package_sub.add_parser(
        "copy", help="(xã) chép lại một gói đã gửi (khi tệp gửi đi bị mất), không tạo gói mới"
    )
    copy.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    copy.add_argument(
        "--version",
        type=cli_text.integer(2),
        help="phiên bản gói, ví dụ 3 cho tệp …_v3.egov (mặc định: gói mới nhất của kỳ)",
    )
    copy.add_argument("--out", required=True, help="thư mục hoặc tên tệp đích")
    sent = package_sub.add_parser("sent", help="(xã) các gói đã gửi và phản hồi của cấp trên")
    sent.add_argument("--period", help="chỉ một kỳ báo cáo, ví dụ 2025-Q3")
    sent.add_argument("--json", action="store_true", help="in dạng JSON")

    imp = package_sub.add_parser("import", help="(cơ quan tổng hợp) nhập gói của đơn vị cấp dưới")
    imp.add_argument(
        "file",
        nargs="+",
        help="một hoặc nhiều gói, hoặc thư mục chứa các gói .egov (nhiều gói: một lần sao lưu)",
    )
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    _choice_options(imp)
    imp.add_argument("--json", action="store_true", help="in dạng JSON")
    for name, text in (("accept", "tiếp nhận (tạo biên nhận)"), ("return", "trả lại kèm lý do")):
        reply = package_sub.add_parser(name, help=f"(cơ quan tổng hợp) {text}")
        reply.add_argument("--unit", required=True, help="mã đơn vị")
        reply.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
        catalog_option(reply)
        reply.add_argument("--out", help="thư mục ghi tệp phản hồi (mặc định: thư mục replies)")
        if name == "return":
            reply.add_argument("--reason", required=True, help="lý do trả lại, gửi kèm cho đơn vị")
    queued = package_sub.add_parser(
        "apply-update", help="(cơ quan tổng hợp) nhập yêu cầu cập nhật đang chờ của một đơn vị"
    )
    queued.add_argument("--unit", required=True, help="mã đơn vị")
    queued.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    catalog_option(queued)
    _choice_options(queued)

    sources = package_sub.add_parser(
        "sources",
        help="(cơ quan tổng hợp) số liệu của các đơn vị và gói (phiên bản) mà mỗi số liệu đến từ",
    )
    sources.add_argument("--form", default="II.06a", help="mã biểu (mặc định II.06a)")
    sources.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    sources.add_argument(
        "--unit",
        help="chỉ một dòng của biểu tổng hợp theo đơn vị (mã đơn vị): trước 01/07/2025 gồm cả "
        "các xã cũ cộng vào đơn vị đó",
    )
    catalog_option(sources)
    sources.add_argument("--column", type=cli_text.integer(5), help="chỉ một cột")
    sources.add_argument("--json", action="store_true", help="in dạng JSON")

    completeness = sub.add_parser("completeness", help="(cơ quan tổng hợp) đơn vị nào đã nộp")
    completeness.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    completeness.add_argument("--forms", help="các biểu (mặc định: các biểu của loại kỳ này)")
    completeness.add_argument("--missing", action="store_true", help="chỉ các đơn vị chưa nộp")
    completeness.add_argument("--reminder", action="store_true", help="in tin nhắc nộp báo cáo")
    completeness.add_argument("--json", action="store_true", help="in dạng JSON")

    reply_cmd = sub.add_parser("reply", help="(xã) phản hồi của cấp trên: biên nhận, trả lại")
    reply_sub = reply_cmd.add_subparsers(
        dest="reply_command", required=True, parser_class=parser_class
    )
    reply_sub.add_parser("import", help="nhập tệp phản hồi").add_argument(
        "file", help="tệp phản hồi .egovr (biên nhận BN_… hoặc trả lại TL_…)"
    )


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one of COMMANDS; UserError propagates to cli.main (exit 2)."""
    if getattr(args, "period", None) is not None:
        Period.parse(args.period)
    services = open_set_up(paths)
    try:
        if args.command == "completeness":
            return _completeness(args, services)
        if args.command == "reply":
            sent = services.packages.import_reply(Path(args.file))
            if sent.reply_repeated:
                name = Path(args.file).name
                say(f"Tệp phản hồi {name} đã nhập trước đây; không có gì thay đổi.")
            # A receipt is written only when the office accepts (tiếp nhận) the package.
            if sent.reply_kind == "receipt":
                say(
                    f"Cấp trên đã tiếp nhận gói v{sent.version}{_correction_text(sent)} "
                    f"lúc {sent.reply_at:%H:%M %d/%m/%Y}."
                )
            elif sent.reply_repeated:
                say(f"Cấp trên trả lại gói v{sent.version}: {sent.reply_reason}")
            else:
                say(f"Cấp trên trả lại gói v{sent.version}: {sent.reply_reason}")
                say("Báo cáo đã được mở khóa để điều chỉnh.")
            return 0
        return _package(args, services)
    finally:
        services.close()


def _correction_text(item: dto.SentInfo) -> str:
    """What follows a correction's version: " (báo cáo điều chỉnh: <lý do>)"; a report's: ""."""
    if item.kind != "correction":
        return ""
    return f" (báo cáo điều chỉnh: {item.reason})" if item.reason else " (báo cáo điều chỉnh)"


def _reply_text(item: dto.SentInfo) -> str:
    """The office's reply to a package sent, in the words `egov reply import` uses."""
    if item.reply_kind is None or item.reply_at is None:
        return "chưa có phản hồi"
    when = f"lúc {item.reply_at:%H:%M %d/%m/%Y}"
    # The office writes a receipt only when it accepts (tiếp nhận) the package.
    if item.reply_kind == "receipt":
        return f"đã tiếp nhận {when}"
    return f"trả lại {when}: {item.reply_reason}" if item.reply_reason else f"trả lại {when}"


def _warn_sent_behind(services: Services, period: str, sent: tuple[str, ...]) -> None:
    """Reports sent before and left out of this package whose count the register now changes.

    The office holds them as sent; beside this package's figures, counted afresh, they no
    longer agree.
    """
    for form, found in services.packages.recounts(period).items():
        lock = services.packages.lock(form, period)
        if form in sent or lock is None or not lock.locked:
            continue
        warn(
            "Lưu ý: "
            + messages.PACKAGE_STALE_LOCKED_CLI.format(
                form=form,
                period=period,
                period_label=Period.parse(period).in_sentence,
                version=lock.version,
                cells=found.summary(),
            )
        )


def _forms(text: str | None) -> list[str] | None:
    return [f.strip() for f in text.split(",") if f.strip()] if text else None


def _package(args: argparse.Namespace, services: Services) -> int:
    command = args.package_command
    if command == "sources":
        return _sources(args, services)
    if command == "export":
        if args.include_register:
            warn(
                "Cảnh báo: gói có kèm sổ theo dõi hồ sơ, gồm họ tên, địa chỉ, số điện thoại "
                "của người nộp. Chỉ gửi qua kênh được phép."
            )
        folder = folder_to_create(args.out)
        sent = services.packages.send(
            period=args.period,
            forms=_forms(args.forms),
            out=Path(args.out) if args.out else None,
            include_register=args.include_register,
        )
        if args.json:
            emit(describe(sent))
        else:
            kind = "báo cáo điều chỉnh" if sent.kind == "correction" else "báo cáo"
            say(f"Đã tạo gói {kind} v{sent.version} ({', '.join(sent.forms)}): {sent.file}")
        _warn_sent_behind(services, sent.period, sent.forms)
        tell_created(folder)
        return 0
    if command == "reopen":
        lock = services.packages.reopen(form=args.form, period=args.period, reason=args.reason)
        label = Period.parse(lock.period).in_sentence
        say(
            f"Đã mở khóa biểu {lock.form} {label}: biểu trở lại trạng thái đang nhập; sửa xong, "
            "đánh dấu hoàn thành rồi gửi lại (gói gửi sau là báo cáo điều chỉnh)."
        )
        return 0
    if command == "copy":
        folder = folder_to_create(args.out)
        target = services.packages.copy_sent(
            period=args.period, out=Path(args.out), version=args.version
        )
        say(f"Đã chép gói vào {target}")
        tell_created(folder)
        return 0
    if command == "sent":
        items = services.packages.sent(args.period)
        if args.json:
            emit([describe(item) for item in items])
        elif not items:
            say(
                messages.PACKAGE_NOT_SENT.format(period=Period.parse(args.period).label)
                if args.period
                else "Chưa gửi gói nào."
            )
        for item in [] if args.json else items:
            number = f"v{item.version}" + (" (điều chỉnh)" if item.kind == "correction" else "")
            forms = ",".join(item.forms)
            say(f"{number}\t{item.period}\t{forms}\t{_reply_text(item)}\t{item.file}")
        return 0
    if command == "import":
        return import_packages(args, services)
    if command == "apply-update":
        preview = services.package_import.apply_queued(
            args.unit,
            args.period,
            catalog=args.catalog,
            prefer=args.prefer,
            reconsider=args.reconsider,
        )
        if preview.status == dto.CONFLICT:
            refuse_update_conflict(preview)
            return 2
        report_applied(preview)
        return 0
    replies = services.paths.replies
    out = Path(args.out) if args.out else replies
    if command == "accept":
        target = services.package_import.accept(args.unit, args.period, out, catalog=args.catalog)
    else:
        target = services.package_import.return_(
            args.unit, args.period, args.reason, out, catalog=args.catalog
        )
    say(f"Đã ghi tệp phản hồi: {target}")
    printable = target.with_suffix(".xlsx")  # written beside it, to print and sign
    if printable.exists():
        what = "biên nhận" if command == "accept" else "phiếu trả lại"
        say(f"Bản in {what}: {printable}")
    _keep_reply(target, replies)
    return 0


def _keep_reply(target: Path, replies: Path) -> None:
    """Copy a reply written elsewhere (--out) into replies/, where the GUI keeps every one.

    The reply is already recorded: a failed copy is a warning, not a failure.
    """
    if target.parent.resolve() == replies.resolve():
        return
    try:
        replies.mkdir(parents=True, exist_ok=True)
        for part in (target, target.with_suffix(".xlsx")):
            if part.exists():
                shutil.copy2(part, replies / part.name)
    except OSError:
        warn(f"Cảnh báo: không lưu được bản sao tệp phản hồi vào thư mục {replies}.")


_KIND_TEXT = {
    "typed": "cơ quan tự nhập",
    "pasted": "cơ quan dán vào",
    "imported": "đọc từ tệp Excel của đơn vị",
    "computed": "tính toán",
}


def _source_text(figure: dto.FigureSource) -> str:
    if figure.version is None:
        return _KIND_TEXT.get(figure.kind, figure.kind)
    text = f"gói v{figure.version}"
    if figure.received_at is not None:
        text += f", nhận lúc {figure.received_at:%H:%M %d/%m/%Y}"
    if figure.current_version is not None and figure.current_version != figure.version:
        text += f", gói v{figure.current_version} giữ nguyên"
    return text + (", đã tiếp nhận" if figure.state == dto.ACCEPTED else "")


def _unit_text(figure: dto.FigureSource) -> str:
    """A unit as "Phường Giảng Võ (00025)"; an old commune with the 2025 commune it went to."""
    if not figure.old:
        return messages.UNIT_LABEL.format(name=figure.unit_name, code=figure.unit_code)
    old = messages.OLD_UNIT_LABEL.format(name=figure.unit_name, code=figure.unit_code)
    into = messages.UNIT_LABEL.format(name=figure.into_name, code=figure.into_code)
    return f"{old} → {into}"


def _sources(args: argparse.Namespace, services: Services) -> int:
    figures = services.provenance.behind(
        form=args.form,
        period=args.period,
        unit=args.unit,
        column=args.column,
        catalog=args.catalog,
    )
    # Only figures of one column add up to anything: without --column, one total per column.
    totals: dict[int, int] = {}
    for f in sorted(figures, key=lambda f: f.column):
        totals[f.column] = totals.get(f.column, 0) + f.value
    total = sum(totals.values()) if args.column is not None else None
    if args.json:
        emit(
            {
                "figures": [asdict(f) for f in figures],
                "total": total,
                "totals": {str(column): value for column, value in totals.items()},
            }
        )
        return 0
    for f in figures:
        say(f"{_unit_text(f)}\t{f.row}\t({f.column})\t{f.value}\t{_source_text(f)}")
    if total is not None:
        say(f"{len(figures)} số liệu, tổng {total}.")
    elif totals:
        by_column = ", ".join(f"({column}) {value}" for column, value in totals.items())
        say(f"{len(figures)} số liệu; tổng theo cột: {by_column}.")
    else:
        say("0 số liệu.")
    return 0


def _completeness(args: argparse.Namespace, services: Services) -> int:
    matrix = services.completeness.matrix(args.period, _forms(args.forms))
    # The same units as the count below, the reminder and the window's filter (returned too).
    entries = matrix.missing_entries() if args.missing else list(matrix.entries)
    if args.reminder:
        say(reminder_text(matrix))
        return 0
    if args.json:
        emit(
            {
                "period": matrix.period,
                "forms": list(matrix.forms),
                "deadlines": {k: v.isoformat() for k, v in matrix.deadlines.items()},
                "units": [asdict(e) for e in entries],
                "queued": [{"unit": unit, "version": version} for unit, version in matrix.queued],
            }
        )
        return 0
    say(f"{matrix.period_label}: {len(matrix.missing_units())} đơn vị chưa nộp đủ.")
    for unit, version in matrix.queued:
        say(
            f"{unit}: gói v{version} chờ cập nhật vào kỳ đã tiếp nhận "
            f"(egov package apply-update --unit {unit} --period {matrix.period})."
        )
    for entry in entries:
        state = _STATE_TEXT[entry.status]
        if entry.version is not None:
            when = f"{entry.sent_at:%d/%m/%Y}" if entry.sent_at else ""
            timing = "đúng hạn" if entry.on_time else "muộn"
            if entry.first_version is not None and entry.first_sent_at is not None:
                timing += f", gửi lần đầu v{entry.first_version} {entry.first_sent_at:%d/%m/%Y}"
            state += f" v{entry.version} {when} ({timing})"
        if entry.other_window is not None:
            start, end = entry.other_window
            state += f", đơn vị tính kỳ từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"
        if entry.sent_by:
            state += f", gửi bởi {'; '.join(entry.sent_by)}"
        if entry.old_entered:
            state += f", cơ quan nhập thay {'; '.join(entry.old_entered)}"
        if entry.old_missing:
            state += (
                f", đã nhận {entry.old_received}/{entry.old_expected} xã cũ, "
                f"còn thiếu: {'; '.join(entry.old_missing)}"
            )
        say(f"{entry.unit_code}\t{entry.unit_name}\t{entry.form}\t{state}")
    return 0
