"""`egov dossiers|procedures|stats`: the dossier register from the command line (part of cli.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from egov_desktop import cli_dossier, cli_text
from egov_desktop.bootstrap import Services, open_set_up
from egov_desktop.cli_output import emit, say
from egov_desktop.config import AppPaths
from egov_desktop.domain import file_errors, messages
from egov_desktop.domain.dossiers import (
    STATUSES,
    parse_channel,
    parse_status,
)
from egov_desktop.domain.period_modes import mode_name
from egov_desktop.domain.periods import Period
from egov_desktop.domain.register_columns import NOT_USED, typed_date
from egov_desktop.errors import ValidationError
from egov_desktop.services.register import MAX_PAGE, check_page
from egov_desktop.services.register_dto import (
    FIELD_LABELS,
    ComputedReport,
    DossierQuery,
    ImportPreview,
)
from egov_desktop.services.register_reading import MAPPABLE
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.stats import SUPPORTED_FORMS, StatsService, form_code

#: Top-level commands this module handles.
COMMANDS = ("dossiers", "procedures", "stats", "holidays")
_BASES = ("counted", "received", "resolved")


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the register commands to the `egov` sub-command parsers."""
    dossiers = sub.add_parser("dossiers", help="sổ theo dõi hồ sơ")
    dossiers_sub = dossiers.add_subparsers(
        dest="dossiers_command", required=True, parser_class=parser_class
    )
    load = dossiers_sub.add_parser("import", help="nhập sổ theo dõi từ tệp Excel (.xlsx, .xls)")
    load.add_argument("file", help="tệp sổ theo dõi hồ sơ")
    load.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    load.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="TIÊU_ĐỀ=TRƯỜNG",
        help=(
            f"cột có tiêu đề này chứa trường nào ({', '.join(MAPPABLE)}), kể cả cột đã được "
            f"nhận ra theo tiêu đề; TRƯỜNG là {NOT_USED} để bỏ qua cột; lặp lại được"
        ),
    )
    load.add_argument(
        "--remember", action="store_true", help="ghi nhớ các --map cho những tệp cùng loại"
    )
    load.add_argument("--json", action="store_true", help="in dạng JSON")

    listing = dossiers_sub.add_parser("list", help="các hồ sơ, mới nhận trước")
    listing.add_argument("--period", help="kỳ báo cáo, ví dụ 2025-Q3")
    cli_text.choice_option(listing, "--mode", messages.MODE_NAMES, cli_text.MODE_HELP)
    listing.add_argument(
        "--basis", choices=_BASES, default="counted", help="hồ sơ của kỳ theo: " + "|".join(_BASES)
    )
    listing.add_argument("--sector", help="lĩnh vực")
    listing.add_argument("--status", help="trạng thái: " + ", ".join(STATUSES))
    listing.add_argument("--channel", help="trực tuyến | trực tiếp | bưu chính")
    listing.add_argument("--overdue", action="store_true", help="chỉ hồ sơ đang quá hạn")
    listing.add_argument("--search", help="tìm theo mã, người nộp, thủ tục (không cần dấu)")
    listing.add_argument(
        "--offset", type=cli_text.integer(100), default=0, help="bỏ qua bao nhiêu hồ sơ đầu"
    )
    listing.add_argument(
        "--limit", type=cli_text.integer(100), default=100, help="số hồ sơ tối đa (mặc định 100)"
    )
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    cli_dossier.add_parsers(dossiers_sub)

    procedures = sub.add_parser("procedures", help="danh mục thủ tục hành chính (TTHC)")
    procedures_sub = procedures.add_subparsers(
        dest="procedures_command", required=True, parser_class=parser_class
    )
    plist = procedures_sub.add_parser("list", help="các TTHC trong danh mục")
    plist.add_argument("--search", default="", help="tìm theo mã hoặc tên (không cần dấu)")
    plist.add_argument("--json", action="store_true", help="in dạng JSON")
    pload = procedures_sub.add_parser("import", help="nhập danh mục TTHC từ tệp Excel")
    pload.add_argument("file", help="tệp có các cột Mã TTHC, Tên TTHC, Lĩnh vực, …")
    pload.add_argument("--json", action="store_true", help="in dạng JSON")

    stats = sub.add_parser("stats", help="tính báo cáo từ sổ theo dõi hồ sơ")
    stats.add_argument(
        "--form", default=SUPPORTED_FORMS[0], help=f"mã biểu: {', '.join(SUPPORTED_FORMS)}"
    )
    stats.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2025-Q3")
    cli_text.choice_option(stats, "--mode", messages.MODE_NAMES, cli_text.MODE_HELP)
    stats.add_argument("--apply", action="store_true", help="ghi số liệu tính được vào biểu")
    stats.add_argument("--json", action="store_true", help="in dạng JSON")


def _file(value: str) -> Path:
    path = Path(value)
    try:
        found = path.is_file()
    except OSError as error:  # a name too long…
        raise ValidationError(file_errors.unreadable(path, error)) from error
    if not found:
        raise ValidationError(
            messages.SPREADSHEET_UNREADABLE.format(
                name=path.name, detail=messages.SPREADSHEET_MISSING
            )
        )
    return path


def _mapping(pairs: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs:
        text, sep, name = pair.rpartition("=")
        if not sep or not text.strip() or name.strip() not in (*MAPPABLE, NOT_USED):
            raise ValidationError(messages.REGISTER_UNKNOWN_FIELD.format(field=pair))
        mapping[text.strip()] = name.strip()
    return mapping


def _check(args: argparse.Namespace) -> None:
    """Refuse bad input before the data folder is opened (nothing may change)."""
    if getattr(args, "period", None) is not None:
        Period.parse(args.period)
    if args.command == "stats":
        form_code(args.form)
        return
    if args.command == "dossiers":
        command = args.dossiers_command
        if command in cli_dossier.COMMANDS:
            cli_dossier.check(args)
        if command == "import":
            _file(args.file)
            _mapping(args.map)
        if command == "list":
            if args.status:
                parse_status(args.status)
            if args.channel:
                parse_channel(args.channel)
            check_page(args.offset, args.limit)
    if args.command == "procedures" and args.procedures_command == "import":
        _file(args.file)


def add_holiday_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """`egov holidays`: the days off used to propose due dates."""
    holidays = sub.add_parser("holidays", help="ngày nghỉ lễ, tết, nghỉ bù (để đề xuất hẹn trả)")
    holidays_sub = holidays.add_subparsers(
        dest="holidays_command", required=True, parser_class=parser_class
    )
    listing = holidays_sub.add_parser("list", help="các ngày nghỉ (thứ Hai–thứ Sáu) của một năm")
    listing.add_argument(
        "--year", type=cli_text.integer(2026), required=True, help="năm, ví dụ 2026"
    )
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    add = holidays_sub.add_parser("add", help="thêm một ngày nghỉ (ví dụ nghỉ bù)")
    add.add_argument("day", help="ngày, dd/mm/yyyy hoặc YYYY-MM-DD")
    add.add_argument("--name", required=True, help="tên ngày nghỉ")
    remove = holidays_sub.add_parser("remove", help="đánh dấu một ngày là ngày làm việc")
    remove.add_argument("day", help="ngày, dd/mm/yyyy hoặc YYYY-MM-DD")
    reset = holidays_sub.add_parser("reset", help="bỏ các điều chỉnh của đơn vị cho một năm")
    reset.add_argument("--year", type=cli_text.integer(2026), required=True, help="năm, ví dụ 2026")


def _holidays(args: argparse.Namespace, services: Services) -> int:
    service, command = services.holidays, args.holidays_command
    if command == "list":
        days = service.days_off(args.year)
        if args.json:
            emit([{"day": d.day.isoformat(), "name": d.name, "source": d.source} for d in days])
        for d in [] if args.json else days:
            say(f"{d.day:%d/%m/%Y}\t{d.name}\t{messages.HOLIDAY_SOURCE_NAMES[d.source]}")
        return 0
    if command == "reset":
        service.reset(args.year)
        say(f"Đã bỏ các điều chỉnh ngày nghỉ năm {args.year}.")
        return 0
    day = typed_date(args.day)
    if command == "add":
        service.add(day, args.name)
        say(f"Ngày {day:%d/%m/%Y} là ngày nghỉ: {args.name.strip()}.")
    else:
        service.remove(day)
        say(f"Ngày {day:%d/%m/%Y} là ngày làm việc.")
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one of COMMANDS; UserError propagates to cli.main (exit 2)."""
    _check(args)
    services = open_set_up(paths)
    try:
        if args.command == "holidays":
            return _holidays(args, services)
        if args.command == "stats":
            return _stats(args, services.stats)
        if args.command == "procedures":
            return _procedures(args, services)
        return _dossiers(args, services)
    finally:
        services.close()


def _preview_json(preview: ImportPreview) -> dict[str, Any]:
    return {
        "new": preview.new,
        "updated": preview.updated,
        "unchanged": preview.unchanged,
        "rejected": [{"row": r.row, "reason": r.reason} for r in preview.rejected],
        # `to_check`: the row says two things that disagree; else it lacks a date to complete.
        "warnings": [
            {"row": w.row, "reason": w.reason, "to_check": w.to_check} for w in preview.warnings
        ],
        "new_sectors": [{"name": n.name, "rows": n.rows} for n in preview.new_sectors],
        "hidden_sectors": [{"name": h.name, "rows": h.rows} for h in preview.hidden_sectors],
    }


def _dossiers(args: argparse.Namespace, services: Services) -> int:
    command = args.dossiers_command
    if command == "import":
        path, mapping = Path(args.file), _mapping(args.map) or None
        importer = services.register_import
        if args.dry_run:
            preview = importer.preview(path, mapping=mapping)
        else:
            preview = importer.apply(path, mapping=mapping)
            if mapping and args.remember:
                importer.remember_mapping(mapping)
        if args.json:
            emit(_preview_json(preview))
            return 0
        verb = "Sẽ nhập" if args.dry_run else "Đã nhập"
        say(
            f"{verb}: {preview.new} hồ sơ mới, {preview.updated} hồ sơ cập nhật, "
            f"{preview.unchanged} không đổi, {len(preview.rejected)} dòng bị bỏ qua."
        )
        for note in preview.notes:
            say(note)
        if preview.hidden_sectors:  # the notes name the Sectors page
            say(messages.IMPORT_HIDDEN_SECTORS_CLI)
        read = "; ".join(
            f"{FIELD_LABELS[name]} ← {messages.IMPORT_COLUMN.format(header=header)}"
            for name, header in preview.layout.columns.items()
        )
        say(f"Các cột đã đọc: {read}.")
        unread = "; ".join(
            messages.IMPORT_COLUMN.format(header=header)
            for _column, header in preview.layout.unplaced
        )
        if unread:
            say(f"Các cột không đọc: {unread}.")
        lines = [(r.row, f"Dòng {r.row}: {r.reason}") for r in preview.rejected]
        for w in preview.warnings:
            then = "cần xem lại" if w.to_check else "cần bổ sung"
            lines.append((w.row, f"Dòng {w.row} (vẫn nhập, {then}): {w.reason}"))
        for _row, line in sorted(lines, key=lambda item: item[0]):
            say(line)
        return 0
    if command == "list":
        query = DossierQuery(
            period=args.period,
            mode=args.mode,
            basis=args.basis,
            sector=args.sector,
            status=args.status,
            channel=args.channel,
            overdue=args.overdue,
            search=args.search,
        )
        count = services.register.count(query)
        items = services.register.list(query, offset=args.offset, limit=args.limit)
        if args.json:
            emit(
                {
                    "count": count,
                    "offset": max(args.offset, 0),
                    "dossiers": [cli_dossier.dossier_json(d) for d in items],
                }
            )
            return 0
        for d in items:
            resolved = f"{d.resolved:%d/%m/%Y}" if d.resolved else "—"
            say(f"{d.code}\t{d.received:%d/%m/%Y}\t{resolved}\t{d.sector}\t{d.status}")
        say(f"{len(items)}/{count} hồ sơ.")
        return 0
    return cli_dossier.run(args, services)


def _procedures(args: argparse.Namespace, services: Services) -> int:
    if args.procedures_command == "import":
        result = services.catalogue.import_file(Path(args.file))
        data = {
            "new": result.new,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "rejected": [{"row": r.row, "reason": r.reason} for r in result.rejected],
            "warnings": [{"row": w.row, "reason": w.reason} for w in result.warnings],
        }
        if args.json:
            emit(data)
        else:
            unknown_fees = (
                f" {len(result.warnings)} thủ tục chưa ghi mức phí." if result.warnings else ""
            )
            say(
                f"Danh mục TTHC: {result.new} mới, {result.updated} cập nhật, "
                f"{result.unchanged} không đổi, {len(result.rejected)} dòng bị bỏ qua."
                + unknown_fees
            )
            notes = [(r.row, r.reason) for r in result.rejected]
            notes += [(w.row, w.reason) for w in result.warnings]
            for row, reason in sorted(notes):
                say(f"Dòng {row}: {reason}")
        return 0
    items = services.catalogue.list(args.search, limit=MAX_PAGE)
    if args.json:
        emit([p.__dict__ for p in items])
        return 0
    for p in items:
        days = "" if p.processing_days is None else f"{p.processing_days} ngày"
        say(f"{p.code}\t{p.name}\t{p.sector}\t{days}")
    return 0


def report_json(report: ComputedReport) -> dict[str, Any]:
    """The same shape as `egov entry show --json`."""
    return {
        "form": report.form,
        "period": {
            "code": report.period_code,
            "mode": report.mode,
            "start": report.start.isoformat(),
            "end": report.end.isoformat(),
        },
        "rows": [
            {"sector": row.sector, "values": {str(n): v for n, v in row.values.items()}}
            for row in report.rows
        ],
        "total": {str(n): v for n, v in report.total.items()},
    }


def _stats(args: argparse.Namespace, stats: StatsService) -> int:
    if args.apply:
        report = stats.apply(form=args.form, period=args.period, mode=args.mode)
    else:
        report = stats.compute(form=args.form, period=args.period, mode=args.mode)
    if args.json:
        data = report_json(report)
        if args.apply:
            data["applied"] = {"changed": report.changed, "added_sectors": report.added_sectors}
        emit(data)
        return 0
    say(f"{report.form} {report.window_text}, {mode_name(report.mode)}")
    label = next(c.title for c in find_form(report.form).columns if c.kind == "label")
    say(label + "\t" + "\t".join(str(n) for n in report.total))
    for row in report.rows:
        say(row.sector + "\t" + "\t".join(str(v) for v in row.values.values()))
    say("Tổng số\t" + "\t".join(str(v) for v in report.total.values()))
    if args.apply:
        say(f"Đã ghi {report.changed} ô vào biểu {report.form}.")
        for name in report.added_sectors:
            say(f'Đã thêm lĩnh vực "{name}" vào danh sách của đơn vị.')
    return 0
