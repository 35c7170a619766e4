"""`egov period|entry|validate|sectors`: report entry from the command line (part of cli.py)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from egov_desktop import cli_text
from egov_desktop.bootstrap import Services, open_set_up
from egov_desktop.cli_output import emit, problem_line, say, warn, with_hint
from egov_desktop.cli_units import catalog_option, office_unit
from egov_desktop.config import AppPaths
from egov_desktop.domain import messages
from egov_desktop.domain.forms import KIND_LABEL, SEVERITY_ERROR
from egov_desktop.domain.period_modes import mode_name
from egov_desktop.domain.periods import MODE_CUTOFF, Period
from egov_desktop.domain.register_columns import typed_date
from egov_desktop.domain.validation import parse_value
from egov_desktop.errors import StoredModeError, ValidationError
from egov_desktop.services.dto import ROLE_AGGREGATOR
from egov_desktop.services.entry_dto import (
    STATUS_DONE,
    STATUS_LABELS,
    EntryGrid,
    Problem,
    TodoItem,
)
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.report_texts import summed_unit_label

#: Top-level commands this module handles.
COMMANDS = ("period", "entry", "validate", "sectors")


def _report_args(parser: argparse.ArgumentParser, *, mode: bool = False) -> None:
    parser.add_argument("--form", required=True, help="mã biểu, ví dụ II.06a")
    parser.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2025-Q3")
    if mode:
        cli_text.choice_option(parser, "--mode", messages.MODE_NAMES, cli_text.MODE_HELP)
    parser.add_argument("--json", action="store_true", help="in dạng JSON")


#: `--unit` of the commands where an office types a unit's figures.
_TYPED_UNIT_HELP = (
    "(cơ quan tổng hợp) mã đơn vị cấp dưới chưa dùng ứng dụng; kỳ kết thúc trước 01/07/2025: "
    "mã xã cũ (hoặc mã xã mới khi chỉ nhận một xã cũ)"
)
#: The office's aggregated II.06a (rows by unit), shown by `egov entry show --form II.06a-agg`.
AGGREGATED = "II.06a-agg"
#: The office's II.06a summed by sector over its units.
BY_SECTOR = "II.06a-sectors"


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the report-entry commands to the `egov` sub-command parsers."""
    period = sub.add_parser("period", help="kỳ báo cáo")
    period_sub = period.add_subparsers(
        dest="period_command", required=True, parser_class=parser_class
    )
    show = period_sub.add_parser("show", help="ngày bắt đầu và kết thúc của một kỳ")
    show.add_argument("period", help="mã kỳ, ví dụ 2025-Q3 hoặc 2025-M07")
    cli_text.choice_option(show, "--mode", messages.MODE_NAMES, cli_text.MODE_HELP)
    show.add_argument("--json", action="store_true", help="in dạng JSON")

    entry = sub.add_parser("entry", help="nhập số liệu báo cáo")
    entry_sub = entry.add_subparsers(dest="entry_command", required=True, parser_class=parser_class)
    put = entry_sub.add_parser("set", help="ghi một ô (giá trị rỗng để xóa)")
    _report_args(put)
    put.add_argument("--sector", required=True, help="tên lĩnh vực (hoặc đơn vị)")
    put.add_argument("--col", required=True, type=cli_text.integer(5), help="số thứ tự cột")
    put.add_argument("value", help='số hồ sơ; "" để xóa ô')
    put.add_argument("--unit", help=_TYPED_UNIT_HELP)
    catalog_option(put)
    put.add_argument(
        "--new-mode",
        action="store_true",
        help="nhập lại báo cáo có số liệu tính theo cách tính kỳ khác: từ nay báo cáo theo cách "
        "tính kỳ đang dùng (các ô còn lại phải nhập lại cho đúng khoảng thời gian mới)",
    )
    show_entry = entry_sub.add_parser("show", help="số liệu của một biểu")
    _report_args(show_entry, mode=True)
    show_entry.add_argument(
        "--unit",
        help="(cơ quan tổng hợp) mã đơn vị cấp dưới; trước 01/07/2025 cả mã xã cũ, hoặc mã xã "
        "mới đã nhận xã cũ đó",
    )
    catalog_option(show_entry)
    status = entry_sub.add_parser("status", help="trạng thái: chưa nhập, đang nhập, hoàn thành")
    _report_args(status)
    cli_text.choice_option(status, "--set", STATUS_LABELS, "đặt trạng thái")
    status.add_argument("--note", default="", help="ghi chú (cần khi còn cảnh báo)")
    status.add_argument("--unit", help=_TYPED_UNIT_HELP)
    catalog_option(status)
    _report_args(entry_sub.add_parser("prefill", help='điền cột "Từ kỳ trước" từ kỳ trước'))
    filled = entry_sub.add_parser(
        "import-excel", help="(cơ quan tổng hợp) đọc số liệu từ tệp Excel đơn vị tự điền theo mẫu"
    )
    _report_args(filled)
    filled.add_argument("file", help="tệp .xlsx đơn vị điền theo mẫu biểu")
    filled.add_argument("--unit", required=True, help=_TYPED_UNIT_HELP)
    catalog_option(filled)
    filled.add_argument("--template", help="mẫu biểu đơn vị đã dùng (mặc định: mẫu có sẵn)")
    filled.add_argument("--dry-run", action="store_true", help="chỉ đọc thử, không ghi gì")
    todo = entry_sub.add_parser("todo", help="việc cần làm: các biểu và hạn nộp")
    todo.add_argument(
        "--today", help="ngày tính hạn, dd/mm/yyyy hoặc YYYY-MM-DD (mặc định: hôm nay)"
    )
    todo.add_argument("--json", action="store_true", help="in dạng JSON")
    deadline = entry_sub.add_parser("deadline", help="hạn nộp từng biểu (số ngày sau khi hết kỳ)")
    deadline.add_argument("--form", help="mã biểu cần đổi hạn nộp")
    change = deadline.add_mutually_exclusive_group()
    change.add_argument("--days", type=cli_text.integer(7), help="số ngày sau khi hết kỳ")
    change.add_argument("--default", action="store_true", help="trở về hạn mặc định của biểu")
    deadline.add_argument("--json", action="store_true", help="in dạng JSON")

    validate = sub.add_parser("validate", help="kiểm tra các đẳng thức của biểu")
    _report_args(validate, mode=True)
    validate.add_argument(
        "--unit", help="(cơ quan tổng hợp) mã đơn vị cấp dưới có số liệu cần kiểm tra"
    )
    catalog_option(validate)

    sectors = sub.add_parser("sectors", help="danh sách lĩnh vực của đơn vị")
    sectors_sub = sectors.add_subparsers(
        dest="sectors_command", required=True, parser_class=parser_class
    )
    listing = sectors_sub.add_parser("list", help="các lĩnh vực theo thứ tự")
    listing.add_argument("--all", action="store_true", help="kể cả lĩnh vực đã ẩn")
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    for name, text in (("add", "thêm"), ("hide", "ẩn"), ("show", "hiện lại")):
        sectors_sub.add_parser(name, help=f"{text} một lĩnh vực").add_argument(
            "name", help='tên lĩnh vực, ví dụ "Hộ tịch"'
        )
    move = sectors_sub.add_parser("move", help="chuyển lĩnh vực đến vị trí mới")
    move.add_argument("name", help='tên lĩnh vực, ví dụ "Hộ tịch"')
    move.add_argument("--to", required=True, type=cli_text.integer(2), help="vị trí mới, đếm từ 1")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one of COMMANDS; UserError propagates to cli.main (exit 2)."""
    if args.command == "period":
        return _period(args, paths)
    # Bad input is refused before the data folder is opened.
    if getattr(args, "period", None) is not None:
        Period.parse(args.period)
    if getattr(args, "form", None) is not None and not _aggregated_form(args.form):
        find_form(args.form)
    if getattr(args, "value", None) is not None:
        parse_value(args.value)
    services = open_set_up(paths)
    try:
        if args.command == "sectors":
            return _sectors(args, services)
        if args.command == "validate":
            return _validate(args, services)
        return _entry(args, services)
    finally:
        services.close()


def _period_json(code: str, mode: str, start: date, end: date) -> dict[str, str]:
    return {"code": code, "mode": mode, "start": start.isoformat(), "end": end.isoformat()}


def _period(args: argparse.Namespace, paths: AppPaths) -> int:
    period = Period.parse(args.period)
    mode = args.mode
    if mode is None:
        mode = MODE_CUTOFF
        # Without a database there is no installation mode yet; do not create one to ask.
        if paths.database.exists():
            services = open_set_up(paths)
            try:
                info = services.setup.current()
            finally:
                services.close()
            mode = info.period_mode if info is not None else MODE_CUTOFF
    start, end = period.window(mode)
    if args.json:
        emit(_period_json(period.code, mode, start, end))
    else:
        say(f"{period.label} {period.window_text(mode)}, {mode_name(mode)}")
    return 0


def _grid_json(grid: EntryGrid) -> dict[str, Any]:
    return {
        "form": grid.form.code,
        "period": _period_json(grid.period_code, grid.mode, grid.start, grid.end),
        "rows": [
            {"sector": row.sector, "values": {str(n): v for n, v in row.values.items()}}
            for row in grid.rows
        ],
        "total": {str(n): v for n, v in grid.total.items()},
    }


def _problems_json(problems: list[Problem]) -> list[dict[str, Any]]:
    return [
        {
            "severity": p.severity,
            "sector": p.sector,
            "whole_report": p.whole_report,
            "columns": list(p.columns),
            "message": with_hint(p.message, p.cli_hint),
        }
        for p in problems
    ]


def _say_problems(problems: list[Problem] | tuple[Problem, ...]) -> None:
    for p in problems:
        say(problem_line(p))


def _deadline(args: argparse.Namespace, services: Services) -> int:
    if args.form is not None and (args.days is not None or args.default):
        services.deadlines.set(args.form, None if args.default else args.days)
    elif args.days is not None or args.default:
        raise ValidationError(messages.DEADLINE_NEEDS_FORM_CLI)
    items = services.deadlines.list()
    if args.json:
        emit([{**item.__dict__, "overridden": item.overridden} for item in items])
    for item in [] if args.json else items:
        default = "" if not item.overridden else f" (mặc định {item.default_days})"
        say(f"{item.form}\t{item.days} ngày sau khi hết kỳ{default}")
    return 0


def _todo_json(item: TodoItem) -> dict[str, object]:
    data: dict[str, object] = {**item.__dict__, "deadline": item.deadline.isoformat()}
    if item.expected is None:  # a commune's own report: the documented shape
        del data["reported"], data["expected"]
    return data


def _entry(args: argparse.Namespace, services: Services) -> int:
    entry, command = services.entry, args.entry_command
    if command == "todo":
        today = typed_date(args.today) if args.today else None
        office = services.setup.require().role == ROLE_AGGREGATOR
        # An office's list is its units' reports: how many have come in.
        items = services.completeness.todo(today) if office else entry.todo(today)
        if args.json:
            emit([_todo_json(item) for item in items])
        for item in [] if args.json else items:
            late = f"quá hạn {-item.days_left} ngày" if item.days_left < 0 else ""
            left = late or f"còn {item.days_left} ngày"
            state = STATUS_LABELS[item.status]
            if item.expected is not None:
                state = f"{item.reported}/{item.expected} đơn vị đã nộp"
            say(f"{item.form}\t{item.period_label}\t{state}\t{left}")
        return 0
    if command == "deadline":
        return _deadline(args, services)
    if command == "show" and _aggregated_form(args.form):
        return _aggregated(args, services)
    if command == "import-excel":
        return _import_excel(args, services)
    form = entry.form(args.form).code
    if command == "set":
        value = entry.parse_value(args.value)
        unit, catalog, label = _typed_unit(args, services)
        changed = entry.set_values(
            [(args.sector, args.col, value)],
            form=form,
            period=args.period,
            unit=unit,
            catalog=catalog,
            adopt_mode=args.new_mode,
        )
        said = "Đã ghi" if changed else "Không có gì thay đổi"
        say(f"{said} ({label})." if label else f"{said}.")
        return 0
    if command == "prefill":
        changed = entry.prefill_carry_over(form=form, period=args.period)
        say(f'Đã điền {len(changed)} ô "Từ kỳ trước".')
        return 0
    if command == "status":
        unit, catalog, label = _typed_unit(args, services)
        if args.set is not None:
            # Figures the register now counts otherwise need a note, as on the entry page.
            recount = args.set == STATUS_DONE and unit is None
            found = (
                services.stats.recount_problems(form=form, period=args.period) if recount else []
            )
            grid = entry.set_status(
                form=form,
                period=args.period,
                status=args.set,
                note=args.note,
                unit=unit,
                catalog=catalog,
                warnings=[p.message for p in found],
            )
        else:
            try:
                grid = entry.grid(form=form, period=args.period, unit=unit, catalog=catalog)
            except StoredModeError as error:
                # The status is the report's whatever the mode; why its figures are refused
                # is said beside it.
                grid = entry.grid(
                    form=form, period=args.period, unit=unit, catalog=catalog, mode=error.stored
                )
                warn(f"Lưu ý: {with_hint(error.message, error.cli_hint)}")
        if args.json:
            data: dict[str, Any] = {
                "form": form,
                "period": grid.period_code,
                "status": grid.status,
            }
            if unit is not None:
                data["unit"] = {"code": unit, "catalog": catalog, "label": label}
            emit({**data, "note": grid.note})
        else:
            named = f" — {label} —" if label else ""
            say(f"{form}{named} {grid.period_label}: {STATUS_LABELS[grid.status]}")
        return 0
    unit, catalog, label = office_unit(args, services, form)
    grid = entry.grid(form=form, period=args.period, mode=args.mode, unit=unit, catalog=catalog)
    if args.json:
        shown = _grid_json(grid)
        if unit is not None:
            shown["unit"] = {"code": unit, "catalog": catalog, "label": label}
        emit(shown)
        return 0
    head = " — ".join([grid.form.code, *([label] if label else []), grid.period_label])
    say(f"{head} {grid.window_text}")
    columns = grid.form.data_columns
    # The form's own heading of its row-name column: "Lĩnh vực" on II.06a, "Đơn vị" on II.07b.
    label = next(c.title for c in grid.form.columns if c.kind == KIND_LABEL)
    say("\t".join([label, *(f"({n})" for n in columns)]))
    for row in grid.rows:
        cells = ["" if row.values[n] is None else str(row.values[n]) for n in columns]
        say("\t".join([row.sector, *cells]))
    total = grid.total
    say("\t".join(["Tổng số", *("" if total[n] is None else str(total[n]) for n in columns)]))
    _say_problems(grid.problems)
    return 0


def _typed_unit(args: argparse.Namespace, services: Services) -> tuple[str | None, str | None, str]:
    """(code, catalog, label) of the unit whose figures an office writes (`--unit`).

    Before 1 July 2025 a code may reach another unit than the one of that code (the old commune
    a 2025 commune took over alone): the label names the unit written to. With `--catalog`
    the code names its unit exactly and the service decides; elsewhere than at an office
    `--unit` is passed on as given (the service refuses it).
    """
    if args.unit is None:
        return None, None, ""
    if args.catalog is not None or services.setup.require().role != ROLE_AGGREGATOR:
        return args.unit, args.catalog, ""
    found = services.entry.typed_unit(unit=args.unit, period=args.period)
    return found.code, found.catalog, found.label


def _import_excel(args: argparse.Namespace, services: Services) -> int:
    """A unit's hand-filled Excel report read into its figures at the office."""
    reader, path = services.filled_reports, Path(args.file)
    unit, catalog, label = _typed_unit(args, services)
    options = {"form": args.form, "period": args.period, "unit": unit, "catalog": catalog}
    preview = reader.read(path, template=args.template, **options)
    changed = 0 if args.dry_run else len(reader.apply(path, template=args.template, **options))
    if args.json:
        cells = [
            {"row": label, "column": column, "value": value}
            for label, column, value in preview.cells
        ]
        emit(
            {
                "rows": preview.rows,
                "cells": cells,
                "changed": changed,
                "dry_run": args.dry_run,
                "problems": _problems_json(list(preview.problems)),
            }
        )
    else:
        unit_text = f" cho {label}" if label else ""
        say(f"Đọc được {preview.rows} dòng, {len(preview.cells)} ô; đã ghi {changed} ô{unit_text}.")
    # The figures are the unit's: they are kept as the file has them, and the office is told.
    for problem in preview.problems:
        warn(problem_line(problem))
    if preview.problems:
        warn(messages.FILLED_BREAKS_IDENTITIES.format(name=path.name, count=len(preview.problems)))
    return 0


def _office_head(form: str, period: str) -> dict[str, Any]:
    """What an office sheet's JSON is of; each unit counted the period in its own mode."""
    parsed = Period.parse(period)
    return {"form": form, "period": {"code": parsed.code, "label": parsed.label}}


def _aggregated_form(code: str) -> bool:
    return code.strip().casefold() in (AGGREGATED.casefold(), BY_SECTOR.casefold())


def _warn_sheet(services: Services, period: str, mode: str | None) -> None:
    """The units an office's II.06a sheet sums counted in another mode, or returned to them."""
    for line in services.entry.sheet_warnings(form="II.06a", period=period, mode=mode):
        warn(f"Lưu ý: {line}")


def _by_sector(args: argparse.Namespace, services: Services) -> int:
    """II.06a-sectors at an office: each sector's totals over the units, and the grand total."""
    sectors = services.entry.sector_totals(form="II.06a", period=args.period)
    problems = services.reports.problems(form=BY_SECTOR, period=args.period)
    _warn_sheet(services, args.period, args.mode)
    columns = services.entry.form("II.06a").data_columns
    total = {n: sum(s.values.get(n, 0) for s in sectors) for n in columns}
    if args.json:
        rows = [
            {"sector": s.name, "values": {str(n): s.values.get(n, 0) for n in columns}}
            for s in sectors
        ]
        emit(
            {
                **_office_head(BY_SECTOR, args.period),
                "rows": rows,
                "total": {str(n): total[n] for n in columns},
                "problems": _problems_json(problems),
            }
        )
        return 0
    say("\t".join(["Lĩnh vực", *(f"({n})" for n in columns)]))
    for s in sectors:
        say("\t".join([s.name, *(str(s.values.get(n, 0)) for n in columns)]))
    say("\t".join(["Tổng số", *(str(total[n]) for n in columns)]))
    _say_problems(problems)
    return 0


def _aggregated(args: argparse.Namespace, services: Services) -> int:
    """II.06a-agg at an office: each subordinate unit's totals and the grand total."""
    if args.form.strip().casefold() == BY_SECTOR.casefold():
        return _by_sector(args, services)
    units = services.entry.aggregated(form="II.06a", period=args.period)
    problems = services.reports.problems(form=AGGREGATED, period=args.period)
    _warn_sheet(services, args.period, args.mode)
    columns = services.entry.form("II.06a").data_columns
    total = {n: sum(u.values.get(n, 0) for u in units) for n in columns}
    if args.json:
        rows = [
            {
                "unit": u.code,
                "name": u.name,
                "values": {str(n): u.values.get(n, 0) for n in columns},
                "lineage": list(u.lineage),
                "entered": u.entered,
            }
            for u in units
        ]
        emit(
            {
                **_office_head(AGGREGATED, args.period),
                "rows": rows,
                "total": {str(n): total[n] for n in columns},
                "problems": _problems_json(problems),
            }
        )
        return 0
    say("\t".join(["Đơn vị", *(f"({n})" for n in columns)]))
    for u in units:
        label = summed_unit_label(u.name, u.lineage, u.entered)
        say("\t".join([f"{u.code} {label}", *(str(u.values.get(n, 0)) for n in columns)]))
    say("\t".join(["Tổng số", *(str(total[n]) for n in columns)]))
    _say_problems(problems)
    return 0


def _validate(args: argparse.Namespace, services: Services) -> int:
    """A report's broken identities: the own unit's, a unit's (--unit), an office's sheet's."""
    if _aggregated_form(args.form):
        problems = services.reports.problems(form=args.form, period=args.period)
    else:
        form = services.entry.form(args.form).code
        unit, catalog, _label = office_unit(args, services, form)
        problems = services.entry.validate(
            form=form, period=args.period, mode=args.mode, unit=unit, catalog=catalog
        )
        if unit is None and args.mode is None:
            problems = [*problems, *services.stats.recount_problems(form=form, period=args.period)]
    if args.json:
        emit(_problems_json(problems))
    elif problems:
        _say_problems(problems)
    else:
        say("Không có lỗi.")
    # Scripts and batch files check the exit code, not the text: an error is a failed check,
    # a warning (such as the carry-over) is not.
    return 1 if any(p.severity == SEVERITY_ERROR for p in problems) else 0


def _sectors(args: argparse.Namespace, services: Services) -> int:
    sectors, command = services.sectors, args.sectors_command
    if command == "list":
        items = sectors.list(include_hidden=args.all)
        if args.json:
            emit([item.__dict__ for item in items])
        for item in [] if args.json else items:
            say(f"{item.position}\t{item.name}{' (đã ẩn)' if item.hidden else ''}")
        return 0
    if command == "add":
        added = sectors.add(args.name)
        say(f'Đã thêm lĩnh vực "{added.name}" ở vị trí {added.position}.')
        return 0
    found = sectors.find(args.name)
    if command == "move":
        sectors.move(found.id, args.to)
        say(f'Đã chuyển lĩnh vực "{found.name}".')
    else:
        sectors.set_hidden(found.id, command == "hide")
        say(f'Đã {"ẩn" if command == "hide" else "hiện lại"} lĩnh vực "{found.name}".')
    return 0
