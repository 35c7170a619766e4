"""`egov package|completeness|reply`: packages between communes and offices (part of cli.py)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Any

from egov_desktop.bootstrap import Services, init_logging, open_services
from egov_desktop.config import AppPaths
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY
from egov_desktop.errors import UserError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.completeness import reminder_text
from egov_desktop.services.packages import describe

#: Top-level commands this module handles.
COMMANDS = ("package", "completeness", "reply")

_STATUS_TEXT = {
    dto.IMPORTED: "Đã nhập",
    dto.UNCHANGED: "Gói này đã được nhập trước đây; không có gì thay đổi",
    dto.OLDER: "Gói cũ hơn phiên bản đã nhận; không ghi đè",
    dto.QUEUED: "Kỳ này đã được tiếp nhận; gói mới được giữ làm yêu cầu cập nhật",
    dto.CONFLICT: "Chưa nhập gì: có số liệu do cơ quan tự nhập khác với gói",
}
# A preview must not read as if something had already been imported.
_PREVIEW_TEXT = {
    dto.IMPORTED: "sẽ nhập",
    dto.UNCHANGED: "gói này đã được nhập trước đây; sẽ không có gì thay đổi",
    dto.OLDER: "gói cũ hơn phiên bản đã nhận; sẽ không ghi đè",
    dto.QUEUED: "kỳ này đã được tiếp nhận; gói mới sẽ được giữ làm yêu cầu cập nhật",
    dto.CONFLICT: (
        "chưa nhập được nếu không chọn --prefer: có số liệu do cơ quan tự nhập khác với gói"
    ),
}
#: How many of a package's conflicting figures the refusal lists.
_CONFLICTS_SHOWN = 10
_REPLY_TEXT = {"receipt": "biên nhận", "return": "trả lại"}
_STATE_TEXT = {
    dto.MISSING: "chưa nộp",
    dto.RECEIVED: "đã nhận",
    dto.ACCEPTED: "đã tiếp nhận",
    dto.RETURNED: "đã trả lại",
    dto.ENTERED: "cơ quan tự nhập số liệu",
}


def _say(text: str) -> None:
    # The CLI's output is its interface; this module is part of it.
    sys.stdout.write(text + "\n")


def _emit(data: Any) -> None:
    _say(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the data-exchange commands to the `egov` sub-command parsers."""
    package = sub.add_parser("package", help="gói dữ liệu báo cáo gửi cấp trên")
    package_sub = package.add_subparsers(
        dest="package_command", required=True, parser_class=parser_class
    )
    export = package_sub.add_parser("export", help="(xã) tạo gói báo cáo đã hoàn thành để gửi")
    export.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2025-Q3")
    export.add_argument("--forms", help="các biểu, ví dụ II.06a,II.07b (mặc định: đã hoàn thành)")
    export.add_argument("--out", help="tệp hoặc thư mục nhận gói (mặc định: thư mục outbox)")
    export.add_argument(
        "--include-register",
        action="store_true",
        help="kèm sổ theo dõi hồ sơ (có họ tên, địa chỉ người nộp: chỉ dùng khi cấp trên yêu cầu)",
    )
    export.add_argument("--json", action="store_true", help="in dạng JSON")
    reopen = package_sub.add_parser("reopen", help="(xã) mở khóa báo cáo đã gửi để điều chỉnh")
    reopen.add_argument("--form", required=True)
    reopen.add_argument("--period", required=True)
    reopen.add_argument("--reason", required=True, help="lý do điều chỉnh")
    copy = package_sub.add_parser(
        "copy", help="(xã) chép lại một gói đã gửi (khi tệp gửi đi bị mất), không gửi lần mới"
    )
    copy.add_argument("--period", required=True)
    copy.add_argument("--version", type=int, help="lần gửi (mặc định: lần mới nhất của kỳ)")
    copy.add_argument("--out", required=True, help="thư mục hoặc tên tệp đích")
    sent = package_sub.add_parser("sent", help="(xã) các gói đã gửi và phản hồi của cấp trên")
    sent.add_argument("--period")
    sent.add_argument("--json", action="store_true", help="in dạng JSON")

    imp = package_sub.add_parser("import", help="(cơ quan tổng hợp) nhập gói của đơn vị cấp dưới")
    imp.add_argument(
        "file",
        nargs="+",
        help="một hoặc nhiều gói, hoặc thư mục chứa các gói .egov (nhiều gói: một lần sao lưu)",
    )
    imp.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    imp.add_argument(
        "--prefer",
        choices=(dto.PREFER_PACKAGE, dto.PREFER_OFFICE),
        help="khi gói khác số liệu cơ quan đã tự nhập: giữ số của gói hay của cơ quan",
    )
    imp.add_argument("--json", action="store_true", help="in dạng JSON")
    for name, text in (("accept", "tiếp nhận (tạo biên nhận)"), ("return", "trả lại kèm lý do")):
        reply = package_sub.add_parser(name, help=f"(cơ quan tổng hợp) {text}")
        reply.add_argument("--unit", required=True, help="mã đơn vị")
        reply.add_argument("--period", required=True)
        _catalog_option(reply)
        reply.add_argument("--out", help="thư mục ghi tệp phản hồi (mặc định: thư mục replies)")
        if name == "return":
            reply.add_argument("--reason", required=True)
    queued = package_sub.add_parser(
        "apply-update", help="(cơ quan tổng hợp) nhập yêu cầu cập nhật đang chờ của một đơn vị"
    )
    queued.add_argument("--unit", required=True)
    queued.add_argument("--period", required=True)
    _catalog_option(queued)

    sources = package_sub.add_parser(
        "sources",
        help="(cơ quan tổng hợp) số liệu của các đơn vị và gói (phiên bản) mà mỗi số liệu đến từ",
    )
    sources.add_argument("--form", default="II.06a")
    sources.add_argument("--period", required=True)
    sources.add_argument("--unit", help="chỉ một đơn vị (mã)")
    sources.add_argument("--column", type=int, help="chỉ một cột")
    sources.add_argument("--json", action="store_true", help="in dạng JSON")

    completeness = sub.add_parser("completeness", help="(cơ quan tổng hợp) đơn vị nào đã nộp")
    completeness.add_argument("--period", required=True)
    completeness.add_argument("--forms", help="các biểu (mặc định: các biểu của loại kỳ này)")
    completeness.add_argument("--missing", action="store_true", help="chỉ các đơn vị chưa nộp")
    completeness.add_argument("--reminder", action="store_true", help="in tin nhắc nộp báo cáo")
    completeness.add_argument("--json", action="store_true", help="in dạng JSON")

    reply_cmd = sub.add_parser("reply", help="(xã) phản hồi của cấp trên: biên nhận, trả lại")
    reply_sub = reply_cmd.add_subparsers(
        dest="reply_command", required=True, parser_class=parser_class
    )
    reply_sub.add_parser("import", help="nhập tệp phản hồi").add_argument("file")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one of COMMANDS; UserError propagates to cli.main (exit 2)."""
    if getattr(args, "period", None) is not None:
        Period.parse(args.period)
    init_logging(paths)
    services = open_services(paths)
    try:
        if args.command == "completeness":
            return _completeness(args, services)
        if args.command == "reply":
            sent = services.packages.import_reply(Path(args.file))
            if sent.reply_kind == "receipt":
                _say(f"Đã nhận lần gửi {sent.version} lúc {sent.reply_at:%H:%M %d/%m/%Y}.")
            else:
                _say(f"Cấp trên trả lại lần gửi {sent.version}: {sent.reply_reason}")
                _say("Báo cáo đã được mở khóa để điều chỉnh.")
            return 0
        return _package(args, services)
    finally:
        services.close()


def _forms(text: str | None) -> list[str] | None:
    return [f.strip() for f in text.split(",") if f.strip()] if text else None


def _package(args: argparse.Namespace, services: Services) -> int:
    command = args.package_command
    if command == "sources":
        return _sources(args, services)
    if command == "export":
        if args.include_register:
            print(  # noqa: T201 - a warning belongs on stderr
                "Cảnh báo: gói có kèm sổ theo dõi hồ sơ, gồm họ tên, địa chỉ, số điện thoại "
                "của người nộp. Chỉ gửi qua kênh được phép.",
                file=sys.stderr,
            )
        sent = services.packages.send(
            period=args.period,
            forms=_forms(args.forms),
            out=Path(args.out) if args.out else None,
            include_register=args.include_register,
        )
        if args.json:
            _emit(describe(sent))
        else:
            kind = "báo cáo điều chỉnh" if sent.kind == "correction" else "báo cáo"
            _say(f"Đã tạo gói {kind} lần {sent.version}: {sent.file}")
        return 0
    if command == "reopen":
        lock = services.packages.reopen(form=args.form, period=args.period, reason=args.reason)
        _say(f"Đã mở khóa {lock.form} kỳ {lock.period}; lần gửi sau là báo cáo điều chỉnh.")
        return 0
    if command == "copy":
        target = services.packages.copy_sent(
            period=args.period, out=Path(args.out), version=args.version
        )
        _say(f"Đã chép gói vào {target}")
        return 0
    if command == "sent":
        items = services.packages.sent(args.period)
        if args.json:
            _emit([describe(item) for item in items])
        for item in [] if args.json else items:
            reply = _REPLY_TEXT.get(item.reply_kind or "", item.reply_kind or "chưa có phản hồi")
            _say(f"v{item.version}\t{item.period}\t{','.join(item.forms)}\t{reply}\t{item.file}")
        return 0
    if command == "import":
        return _import(args, services)
    if command == "apply-update":
        preview = services.package_import.apply_queued(args.unit, args.period, catalog=args.catalog)
        _report_import(preview, dry_run=False)
        return 0
    replies = services.paths.replies
    out = Path(args.out) if args.out else replies
    if command == "accept":
        target = services.package_import.accept(args.unit, args.period, out, catalog=args.catalog)
    else:
        target = services.package_import.return_(
            args.unit, args.period, args.reason, out, catalog=args.catalog
        )
    _say(f"Đã ghi tệp phản hồi: {target}")
    _keep_reply(target, replies)
    return 0


def _catalog_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog",
        choices=(CATALOG_2025, CATALOG_LEGACY),
        help="danh mục của mã đơn vị: legacy khi --unit là mã xã cũ (trước 01/07/2025) đã gửi "
        "báo cáo kỳ trước cải cách (mặc định: tìm theo mã)",
    )


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
        _warn(f"Cảnh báo: không lưu được bản sao tệp phản hồi vào thư mục {replies}.")


def _import_json(preview: dto.PackagePreview, dry_run: bool) -> dict[str, Any]:
    return {
        "status": preview.status,
        "unit": preview.unit_code,
        "version": preview.version,
        "changed": len(preview.changes),
        "period": preview.period,
        "dry_run": dry_run,
        "conflicts": [c._asdict() for c in preview.conflicts],
        "window": _window_json(preview.window),
        "office_window": _window_json(preview.office_window),
        "other_window": preview.other_window,
    }


def _window_json(window: tuple[date, date] | None) -> dict[str, str] | None:
    return (
        None if window is None else {"start": window[0].isoformat(), "end": window[1].isoformat()}
    )


def _figures_text(preview: dto.PackagePreview, dry_run: bool = False) -> str:
    """The figures line: an older or waiting package is not applied, whatever its figures."""
    where = {"unit": preview.unit_code, "period": preview.period}
    if preview.status == dto.QUEUED:
        return messages.PACKAGE_WAITS.format(
            **where, changed=len(preview.changes), same=preview.unchanged
        )
    if preview.held_state == dto.QUEUED:
        return messages.PACKAGE_STILL_WAITING.format(**where)
    if preview.status == dto.OLDER or preview.held_state == dto.SUPERSEDED:
        return messages.PACKAGE_NOT_APPLIED_OLDER.format(latest=preview.latest_version)
    will = "sẽ thay đổi" if dry_run else "thay đổi"
    return f"{len(preview.changes)} số liệu {will}, {preview.unchanged} không đổi"


def _other_window_text(preview: dto.PackagePreview) -> str:
    """The warning for a unit that counted the period over other days ("" if it did not)."""
    if not preview.other_window or preview.window is None or preview.office_window is None:
        return ""
    (start, end), (own_start, own_end) = preview.window, preview.office_window
    return messages.PACKAGE_OTHER_WINDOW.format(
        start=f"{start:%d/%m/%Y}",
        end=f"{end:%d/%m/%Y}",
        own_start=f"{own_start:%d/%m/%Y}",
        own_end=f"{own_end:%d/%m/%Y}",
    )


#: One file's outcome: what importing it did (or would do), or why it was refused.
Outcome = tuple[Path, dto.PackagePreview | UserError]


def _import(args: argparse.Namespace, services: Services) -> int:
    """Each file on its own: a refused or conflicting one never stops the others."""
    files = _expand(args.file)
    if args.dry_run:
        outcomes = _previews(services, files, args.prefer)
    else:
        outcomes = _imports(services, files, args.prefer)
    if len(args.file) == 1 and not Path(args.file[0]).is_dir():
        path, outcome = outcomes[0]
        if isinstance(outcome, UserError):
            raise outcome
        return _report_one(path, outcome, args)
    return _report_many(outcomes, args)


def _expand(names: list[str]) -> list[tuple[Path, UserError | None]]:
    """The files named, a folder standing for the packages (*.egov) directly inside it."""
    files: list[tuple[Path, UserError | None]] = []
    for name in names:
        path = Path(name)
        if not path.exists():
            files.append((path, UserError(messages.PACKAGE_FILE_MISSING.format(path=path))))
        elif path.is_dir():
            try:
                inside = sorted(
                    p for p in path.iterdir() if p.suffix.lower() == ".egov" and p.is_file()
                )
            except OSError:
                files.append((path, UserError(messages.PACKAGE_UNREADABLE.format(name=path))))
                continue
            if not inside:
                files.append((path, UserError(messages.PACKAGE_FOLDER_EMPTY.format(path=path))))
            files.extend((p, None) for p in inside)
        else:
            files.append((path, None))
    return files


def _previews(
    services: Services, files: list[tuple[Path, UserError | None]], prefer: str | None
) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for path, error in files:
        if error is not None:
            outcomes.append((path, error))
            continue
        try:
            preview = services.package_import.preview(path)
        except UserError as refused:
            outcomes.append((path, refused))
            continue
        # The import itself would stop at these conflicts unless the user chose a side.
        undecided = prefer is None and preview.conflicts
        if undecided and preview.status in (dto.IMPORTED, dto.QUEUED):
            preview = replace(preview, status=dto.CONFLICT)
        outcomes.append((path, preview))
    return outcomes


def _imports(
    services: Services, files: list[tuple[Path, UserError | None]], prefer: str | None
) -> list[Outcome]:
    """One file alone is imported by itself; several share one backup (apply_many)."""
    importer = services.package_import
    todo = [path for path, error in files if error is None]
    done: list[dto.PackagePreview | UserError] = []
    if len(files) == 1 and todo:
        try:
            done = [importer.apply(todo[0], prefer=prefer)]
        except UserError as refused:
            done = [refused]
    elif todo:
        done = [outcome for _path, outcome in importer.apply_many(todo, prefer=prefer)]
    results = iter(done)
    return [(path, error if error is not None else next(results)) for path, error in files]


def _report_one(path: Path, preview: dto.PackagePreview, args: argparse.Namespace) -> int:
    _warn_window(preview, "")
    if args.json:
        _emit(_import_json(preview, args.dry_run))
    if preview.status == dto.CONFLICT and not args.dry_run:
        _refuse_conflict(path, preview)
        return 2
    if not args.json:
        _report_import(preview, dry_run=args.dry_run)
    return 0


def _report_many(outcomes: list[Outcome], args: argparse.Namespace) -> int:
    """One line (a block for a preview) per file, then which files were not imported."""
    listing: list[dict[str, Any]] = []
    failed: list[str] = []
    for path, outcome in outcomes:
        if isinstance(outcome, UserError):
            failed.append(path.name)
            _warn(f"Lỗi: {outcome.message}")
            listing.append({"file": str(path), "status": "refused", "reason": outcome.message})
            if not args.json:
                _say(f"{path.name}: bị từ chối, không nhập (lý do ở thông báo lỗi).")
            continue
        listing.append({"file": str(path), **_import_json(outcome, args.dry_run)})
        _warn_window(outcome, f"{path.name}: ")
        if outcome.status == dto.CONFLICT and not args.dry_run:
            failed.append(path.name)
            _refuse_conflict(path, outcome)
        if args.json:
            continue
        if args.dry_run:
            _say(f"== {path.name} ==")
            _report_import(outcome, dry_run=True)
        elif outcome.status == dto.CONFLICT:
            _say(f"{path.name}: chưa nhập gì ({len(outcome.conflicts)} số liệu xung đột).")
        else:
            _say(f"{path.name}: {_headline(outcome)} ({_figures_text(outcome)}).")
    if args.json:
        _emit(listing)
    if not failed:
        return 0
    verb = "không xem trước được" if args.dry_run else "không nhập được"
    _warn(f"{len(failed)}/{len(outcomes)} tệp {verb}: {', '.join(failed)}.")
    return 2


def _warn(text: str) -> None:
    print(text, file=sys.stderr)  # noqa: T201 - refusals and warnings belong on stderr


def _warn_window(preview: dto.PackagePreview, prefix: str) -> None:
    if preview.other_window:
        _warn(prefix + _other_window_text(preview))


def _refuse_conflict(path: Path, preview: dto.PackagePreview) -> None:
    """Why nothing was imported, the figures at stake and how to choose."""
    conflicts = preview.conflicts
    _warn("Lỗi: " + messages.PACKAGE_CONFLICT.format(name=path.name, count=len(conflicts)))
    for change in conflicts[:_CONFLICTS_SHOWN]:
        _warn(
            f"  {change.form} {change.row} cột ({change.column}): cơ quan đã nhập "
            f"{_number(change.old)}, gói {_number(change.new)}"
        )
    if len(conflicts) > _CONFLICTS_SHOWN:
        more = len(conflicts) - _CONFLICTS_SHOWN
        _warn(f"  … và {more} số liệu khác (xem tất cả: egov package import {path} --dry-run)")


def _number(value: int | None) -> str:
    return "(trống)" if value is None else str(value)


def _headline(preview: dto.PackagePreview, dry_run: bool = False) -> str:
    status = (
        f"Xem trước: {_PREVIEW_TEXT[preview.status]}" if dry_run else _STATUS_TEXT[preview.status]
    )
    return (
        f"{status} — {preview.unit_name} ({preview.unit_code}), "
        f"kỳ {preview.period}, lần gửi {preview.version}"
    )


def _report_import(preview: dto.PackagePreview, *, dry_run: bool) -> None:
    _say(_headline(preview, dry_run) + ".")
    if preview.reason:
        _say(f"Báo cáo điều chỉnh, lý do: {preview.reason}")
    for change in preview.changes:
        old = "" if change.old is None else change.old
        new = "" if change.new is None else change.new
        mark = "  (cơ quan đã tự nhập)" if change.conflict else ""
        _say(f"  {change.form} {change.row} cột ({change.column}): {old} → {new}{mark}")
    _say(_figures_text(preview, dry_run) + ".")
    if dry_run and preview.status == dto.CONFLICT:
        _say(
            f"{len(preview.conflicts)} số liệu cơ quan đã tự nhập khác với gói (đánh dấu ở "
            "trên): khi nhập, thêm --prefer package (lấy số của gói) hoặc --prefer office "
            "(giữ số cơ quan đã nhập)."
        )


_KIND_TEXT = {
    "typed": "cơ quan tự nhập",
    "pasted": "cơ quan dán vào",
    "imported": "đọc từ tệp Excel của đơn vị",
    "computed": "tính toán",
}


def _source_text(figure: dto.FigureSource) -> str:
    if figure.version is None:
        return _KIND_TEXT.get(figure.kind, figure.kind)
    text = f"gói lần {figure.version}"
    if figure.received_at is not None:
        text += f", nhận lúc {figure.received_at:%H:%M %d/%m/%Y}"
    return text + (", đã tiếp nhận" if figure.state == dto.ACCEPTED else "")


def _sources(args: argparse.Namespace, services: Services) -> int:
    figures = services.provenance.behind(
        form=args.form, period=args.period, unit=args.unit, column=args.column
    )
    if args.json:
        _emit(
            {
                "figures": [asdict(f) for f in figures],
                "total": sum(f.value for f in figures),
            }
        )
        return 0
    for f in figures:
        _say(f"{f.unit_code}\t{f.row}\t({f.column})\t{f.value}\t{_source_text(f)}")
    _say(f"{len(figures)} số liệu, tổng {sum(f.value for f in figures)}.")
    return 0


def _completeness(args: argparse.Namespace, services: Services) -> int:
    matrix = services.completeness.matrix(args.period, _forms(args.forms))
    entries = [e for e in matrix.entries if not args.missing or e.status == dto.MISSING]
    if args.reminder:
        _say(reminder_text(matrix))
        return 0
    if args.json:
        _emit(
            {
                "period": matrix.period,
                "forms": list(matrix.forms),
                "deadlines": {k: v.isoformat() for k, v in matrix.deadlines.items()},
                "units": [asdict(e) for e in entries],
                "queued": [{"unit": unit, "version": version} for unit, version in matrix.queued],
            }
        )
        return 0
    _say(f"{matrix.period_label}: {len(matrix.missing_units())} đơn vị chưa nộp đủ.")
    for unit, version in matrix.queued:
        _say(
            f"{unit}: gói lần {version} chờ cập nhật vào kỳ đã tiếp nhận "
            f"(egov package apply-update --unit {unit} --period {matrix.period})."
        )
    for entry in entries:
        state = _STATE_TEXT[entry.status]
        if entry.version is not None:
            when = f"{entry.sent_at:%d/%m/%Y}" if entry.sent_at else ""
            state += f" lần {entry.version} {when} ({'đúng hạn' if entry.on_time else 'muộn'})"
        if entry.other_window is not None:
            start, end = entry.other_window
            state += f", đơn vị tính kỳ từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"
        if entry.sent_by:
            state += f", gửi bởi {'; '.join(entry.sent_by)}"
        _say(f"{entry.unit_code}\t{entry.unit_name}\t{entry.form}\t{state}")
    return 0
