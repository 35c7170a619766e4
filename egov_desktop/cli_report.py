"""`egov report export` and `egov templates list|check` (part of cli.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import tomli_w

from egov_desktop import cli_text
from egov_desktop.bootstrap import open_set_up
from egov_desktop.cli_output import (
    emit,
    folder_to_create,
    problem_line,
    say,
    tell_created,
    warn,
    with_hint,
)
from egov_desktop.config import AppPaths
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.services.report_kinds import EXPORTABLE, REGISTER, TARGETS, TRACKING
from egov_desktop.services.templates import (
    DoctorReport,
    Proposal,
    TemplateInfo,
    TemplateService,
    load_mapping_file,
    mapping_dict,
)

#: Forms exported from other data than a report's figures.
EXTRA_FORMS = (TARGETS, *TRACKING, REGISTER)
#: Top-level commands this module handles.
COMMANDS = ("report", "templates")


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the export and template commands to the `egov` sub-command parsers."""
    report = sub.add_parser("report", help="xuất báo cáo ra tệp Excel theo mẫu")
    report_sub = report.add_subparsers(
        dest="report_command", required=True, parser_class=parser_class
    )
    export = report_sub.add_parser("export", help="xuất một biểu của một kỳ")
    export.add_argument(
        "--form", required=True, help=f"mã biểu: {', '.join([*EXPORTABLE, *EXTRA_FORMS])}"
    )
    export.add_argument("--period", required=True, help="kỳ báo cáo, ví dụ 2025-Q3")
    export.add_argument("--out", required=True, help="tệp .xlsx (hoặc thư mục) để ghi")
    export.add_argument("--template", help="tên mẫu hoặc đường dẫn tệp mẫu (mặc định: mẫu sẵn)")
    cli_text.choice_option(export, "--mode", messages.MODE_NAMES, cli_text.MODE_HELP)
    export.add_argument("--sector", help="(sổ theo dõi hồ sơ) chỉ một lĩnh vực")

    templates = sub.add_parser("templates", help="mẫu biểu Excel")
    templates_sub = templates.add_subparsers(
        dest="templates_command", required=True, parser_class=parser_class
    )
    listing = templates_sub.add_parser("list", help="các mẫu có sẵn và mẫu của đơn vị")
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    check = templates_sub.add_parser("check", help="kiểm tra một tệp mẫu .xlsx (template doctor)")
    check.add_argument("file", help="tệp .xlsx")
    check.add_argument("--json", action="store_true", help="in dạng JSON")
    propose = templates_sub.add_parser("propose", help="đề xuất cách gán ô cho mẫu của tỉnh")
    propose.add_argument("file", help="tệp .xlsx của tỉnh")
    propose.add_argument("--form", required=True, help="mã biểu, ví dụ II.06a")
    add = templates_sub.add_parser("add", help="lưu mẫu của tỉnh để dùng khi xuất báo cáo")
    add.add_argument("file", help="tệp .xlsx của tỉnh")
    add.add_argument("--form", required=True, help="mã biểu, ví dụ II.06a")
    add.add_argument(
        "--name",
        required=True,
        help='tên mẫu, ví dụ tinh hoặc "Mẫu tỉnh" (tên có dấu cách để trong ngoặc kép)',
    )
    add.add_argument("--mapping", help="tệp gán ô .toml (mặc định: cách gán đề xuất)")
    add.add_argument("--replace", action="store_true", help="thay mẫu cùng tên")
    bundle = templates_sub.add_parser("bundle", help="đóng gói mẫu và cách gán ô thành một tệp")
    bundle.add_argument("--form", required=True, help="mã biểu, ví dụ II.06a")
    bundle.add_argument("--name", required=True, help="tên mẫu (xem egov templates list)")
    bundle.add_argument("--out", required=True, help="tệp .egovt hoặc thư mục")
    load = templates_sub.add_parser("import", help="nhập gói mẫu .egovt của đơn vị khác")
    load.add_argument("file", help="tệp gói mẫu .egovt")
    load.add_argument("--replace", action="store_true", help="thay mẫu cùng tên")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one of COMMANDS; UserError propagates to cli.main (exit 2)."""
    if args.command == "templates":
        return _templates(args, TemplateService(paths.data_dir))
    Period.parse(args.period)  # a bad period is refused before the data folder is opened
    services = open_set_up(paths)
    folder = folder_to_create(args.out)
    try:
        result = services.reports.export(
            form=args.form,
            period=args.period,
            out=Path(args.out),
            template=args.template,
            mode=args.mode,
            sector=args.sector,
        )
    finally:
        services.close()
    say(str(result.path))
    tell_created(folder)
    # Written anyway, as the report page allows; what the checks found goes to stderr.
    for problem in result.problems:
        warn(problem_line(problem))
    for line in result.warnings:
        warn(f"Lưu ý: {line}")
    return 0


def template_json(info: TemplateInfo) -> dict[str, Any]:
    """A template as `egov templates list --json` prints it."""
    return {
        "form": info.form,
        "name": info.name,
        "description": info.description,
        "builtin": info.builtin,
        "workbook": str(info.workbook),
        "needs_xml_patch": info.needs_xml_patch,
    }


def doctor_json(report: DoctorReport) -> dict[str, Any]:
    """The doctor's findings as `egov templates check --json` prints them."""
    return {
        "file": str(report.path),
        "needs_xml_patch": report.needs_xml_patch,
        "findings": [f.__dict__ for f in report.findings],
    }


def _tell_unplaced(offer: Proposal) -> None:
    """The official texts the proposal left without a cell: stderr, the mapping stays parseable."""
    for finding in offer.findings:
        warn(f"Lưu ý: {with_hint(finding, offer.cli_hint)}")


def _templates(args: argparse.Namespace, templates: TemplateService) -> int:
    if args.templates_command == "list":
        items = templates.list()
        if args.json:
            emit([template_json(t) for t in items])
        for t in [] if args.json else items:
            origin = "có sẵn" if t.builtin else "của đơn vị"
            say(f"{t.form}\t{t.name}\t{origin}\t{t.description}")
        return 0
    command = args.templates_command
    if command == "propose":
        offer = templates.offer(args.form, Path(args.file))
        say(tomli_w.dumps(mapping_dict(offer.mapping)))
        _tell_unplaced(offer)
        return 0
    if command in ("add", "import"):
        if command == "add":
            if args.mapping:
                mapping = load_mapping_file(Path(args.mapping))
            else:
                offer = templates.offer(args.form, Path(args.file))
                mapping = offer.mapping
            info = templates.install(
                args.form, Path(args.file), mapping, args.name, replace=args.replace
            )
            if not args.mapping:
                _tell_unplaced(offer)
        else:
            info = templates.import_bundle(Path(args.file), replace=args.replace)
        say(f"Đã lưu mẫu {info.name} của biểu {info.form}.")
        return 0
    if command == "bundle":
        folder = folder_to_create(args.out)
        say(str(templates.bundle(args.form, args.name, Path(args.out))))
        tell_created(folder)
        return 0
    report = templates.check(Path(args.file))
    if args.json:
        emit(doctor_json(report))
        return 0
    if not report.findings:
        say(f"{report.path}: không có gì bị mất khi ghi bằng openpyxl.")
    for f in report.findings:
        say(f"{'Cần giữ nguyên' if f.blocking else 'Lưu ý'}: {f.description} ({f.part})")
    if report.needs_xml_patch:
        say("Mẫu này sẽ được điền bằng cách chỉ sửa các ô cần ghi, giữ nguyên mọi phần khác.")
    return 0
