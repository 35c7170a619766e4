"""`egov dvc|targets`: DVCTT indicators and IT-application targets (part of cli.py)."""

from __future__ import annotations

import argparse
from typing import Any

from egov_desktop import cli_text
from egov_desktop.bootstrap import Services, open_set_up
from egov_desktop.cli_output import emit, say
from egov_desktop.config import AppPaths
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.errors import ValidationError
from egov_desktop.services.catalogue import parse_level
from egov_desktop.services.dvc_dto import DvcChange, IndicatorReport
from egov_desktop.services.targets_dto import FigureInfo, TargetInfo, TargetProgress

#: Top-level commands this module handles.
COMMANDS = ("dvc", "targets")


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the DVCTT and targets commands to the `egov` sub-command parsers."""
    dvc = sub.add_parser("dvc", help="dịch vụ công trực tuyến: chỉ số, mức độ theo kỳ")
    dvc_sub = dvc.add_subparsers(dest="dvc_command", required=True, parser_class=parser_class)
    indicators = dvc_sub.add_parser("indicators", help="các chỉ số DVCTT của một kỳ")
    indicators.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2025-Q3")
    cli_text.choice_option(indicators, "--mode", messages.MODE_NAMES, cli_text.MODE_HELP)
    cli_text.choice_option(
        indicators,
        "--denominator",
        messages.DENOMINATOR_NAMES,
        "mẫu số tỷ lệ hồ sơ trực tuyến",
        default="new",
    )
    indicators.add_argument("--json", action="store_true", help="in dạng JSON")

    levels = dvc_sub.add_parser("levels", help="mức độ DVCTT, phí và thanh toán trực tuyến theo kỳ")
    levels.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    levels.add_argument("--json", action="store_true", help="in dạng JSON")

    update = dvc_sub.add_parser("set", help="sửa hàng loạt mức độ / thanh toán trực tuyến của kỳ")
    update.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    update.add_argument("--procedure", action="append", required=True, help="mã TTHC; lặp lại được")
    update.add_argument("--level", help='"toàn trình", "một phần", 1–4 hoặc "không"')
    update.add_argument("--online-payment", help="có | không")

    snapshot = dvc_sub.add_parser("snapshot", help="ghi nhận danh mục TTHC hiện tại cho kỳ")
    snapshot.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)

    ii07b = dvc_sub.add_parser("ii07b", help="đưa số TTHC của danh mục vào biểu II.07b")
    ii07b.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)

    targets = sub.add_parser("targets", help="chỉ tiêu ứng dụng CNTT, chính quyền điện tử")
    targets_sub = targets.add_subparsers(
        dest="targets_command", required=True, parser_class=parser_class
    )
    listing = targets_sub.add_parser("list", help="các chỉ tiêu của kế hoạch")
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    put = targets_sub.add_parser("set", help="nhập số liệu của đơn vị cho một kỳ")
    put.add_argument("--indicator", required=True, help="mã chỉ tiêu, ví dụ e_case_files")
    put.add_argument("--period", required=True, help=cli_text.PERIOD_HELP)
    put.add_argument(
        "--numerator", type=cli_text.integer(45), required=True, help="tử số (hoặc số lượng)"
    )
    put.add_argument("--denominator", type=cli_text.integer(60), help="mẫu số (chỉ tiêu tỷ lệ)")
    progress = targets_sub.add_parser("progress", help="tiến độ so với chỉ tiêu")
    progress.add_argument("--json", action="store_true", help="in dạng JSON")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one of COMMANDS; UserError propagates to cli.main (exit 2)."""
    change = _change(args) if args.command == "dvc" and args.dvc_command == "set" else None
    services = open_set_up(paths)
    try:
        if args.command == "dvc":
            return _dvc(args, services, change)
        return _targets(args, services)
    finally:
        services.close()


def _change(args: argparse.Namespace) -> DvcChange:
    """The bulk change asked for, checked before the database is opened."""
    level_old, level_new, clear = None, None, False
    if args.level is not None:
        if args.level.strip().lower() in ("khong", "không", "none"):
            clear = True
        else:
            level_old, level_new = parse_level(args.level)
    payment = None
    if args.online_payment is not None:
        payment = cli_text.yes_no(args.online_payment)
        if payment is None:
            raise ValidationError(messages.DVC_BAD_YES_NO.format(value=args.online_payment))
    return DvcChange(
        level_new=level_new, level_old=level_old, online_payment=payment, clear_level=clear
    )


def indicators_json(report: IndicatorReport) -> dict[str, Any]:
    """The indicator report as `egov dvc indicators --json` prints it."""
    return {
        "period": {
            "code": report.period_code,
            "label": report.period_label,
            "mode": report.mode,
            "start": report.start.isoformat(),
            "end": report.end.isoformat(),
            "window": report.window_text,
        },
        "denominator": report.denominator,
        "units": report.units,
        "indicators": [
            {
                "code": i.code,
                "name": i.name,
                "numerator": i.numerator,
                "denominator": i.denominator,
                "value": i.value,
                "text": i.text,
            }
            for i in report.indicators
        ],
        "estimates": [
            {
                "code": e.code,
                "name": e.name,
                "points": e.points,
                "maximum": e.maximum,
                "label": e.label,
            }
            for e in report.estimates
        ],
    }


def _dvc(args: argparse.Namespace, services: Services, change: DvcChange | None) -> int:
    command = args.dvc_command
    if command == "indicators":
        report = services.dvc.indicators(args.period, args.mode, denominator=args.denominator)
        if args.json:
            emit(indicators_json(report))
            return 0
        if report.units is None:
            say(f"{report.period_label} {report.window_text}")
        else:
            say(f"{report.period_label}: {messages.DVC_UNITS_SUMMED.format(n=report.units)}")
        for i in report.indicators:
            say(f"{i.name}: {i.numerator}/{i.denominator} = {i.text}")
        for e in report.estimates:
            # Decimal commas in the points only: the names carry sub-indicator IDs ("(4.1)").
            points = f"{e.points:g}/{e.maximum:g}".replace(".", ",")
            say(f"{e.name} ({e.label}): {points} điểm")
        return 0
    if command == "levels":
        entries = services.dvc.entries(args.period)
        if args.json:
            emit([entry.__dict__ for entry in entries])
            return 0
        if not entries:
            say(messages.DVC_NO_PROCEDURES_LISTED_CLI)
        for entry in entries:
            level = (
                messages.DVC_LEVEL_NAMES.get(entry.level_new, entry.level_new)
                if entry.level_new
                else (f"mức độ {entry.level_old}" if entry.level_old else "-")
            )
            paid = "có" if entry.online_payment else "không"
            say(f"{entry.procedure_code}\t{entry.name}\t{level}\tthanh toán trực tuyến: {paid}")
        return 0
    if command == "set":
        assert change is not None
        changed = services.dvc.update(args.procedure, args.period, change)
        say(f"Đã cập nhật {changed} thủ tục cho {Period.parse(args.period).in_sentence}.")
        return 0
    if command == "snapshot":
        added = services.dvc.snapshot(args.period)
        say(f"Đã ghi nhận {added} thủ tục cho {Period.parse(args.period).in_sentence}.")
        return 0
    cells = services.dvc.apply_ii07b(args.period)
    say(f"Đã đưa số liệu danh mục TTHC vào biểu II.07b ({len(cells)} ô thay đổi).")
    return 0


def target_json(t: TargetInfo) -> dict[str, Any]:
    """A target as the CLI prints it."""
    return {
        "indicator": t.indicator,
        "name": t.name,
        "kind": t.kind,
        "target": t.target,
        "deadline": t.deadline.isoformat(),
        "plan": t.plan,
        "document": t.document,
        "computable": t.computable,
    }


def figure_json(f: FigureInfo) -> dict[str, Any]:
    """A unit's figure for a period as the CLI prints it."""
    return {
        "period": f.period_code,
        "day": f.day.isoformat(),
        "numerator": f.numerator,
        "denominator": f.denominator,
        "value": f.value,
        "text": f.text,
        "source": f.source,
    }


def progress_json(p: TargetProgress) -> dict[str, Any]:
    """A unit's progress against a target as the CLI prints it."""
    return {
        **target_json(p.target),
        "unit": {"code": p.unit_code, "name": p.unit_name},
        "flag": p.flag,
        "flag_label": p.flag_label,
        "latest": p.latest,
        "projected": None if p.projected is None else round(p.projected, 1),
        "points": [figure_json(f) for f in p.points],
    }


def _targets(args: argparse.Namespace, services: Services) -> int:
    command = args.targets_command
    if command == "list":
        targets = services.targets.list()
        if args.json:
            emit([target_json(t) for t in targets])
            return 0
        for t in targets:
            unit = "%" if t.kind == "ratio" else ""
            say(f"{t.indicator}\t{t.name}\t{t.target:g}{unit}\t{t.deadline:%d/%m/%Y}")
        return 0
    if command == "set":
        figure = services.targets.set(args.indicator, args.period, args.numerator, args.denominator)
        label = Period.parse(figure.period_code).in_sentence
        say(f"Đã ghi {figure.indicator} {label}: {figure.text}.")
        return 0
    rows = services.targets.progress()
    if args.json:
        emit([progress_json(p) for p in rows])
        return 0
    for p in rows:
        latest = p.points[-1].text if p.points else "-"
        say(f"{p.unit_code}\t{p.target.name}\t{latest}\t{p.flag_label}")
    return 0
