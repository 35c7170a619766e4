"""`egov`: the headless command line for IT staff and scripts. Never imports PySide6.

Exit codes: 0 success, 2 bad input or an environment problem (message on stderr, nothing
changed), 1 a bug (logged with its traceback) or a reader that stopped reading the output early
(`egov … | head`: quietly, as Python itself exits on a broken pipe).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from egov_desktop import (
    __version__,
    cli_dvc,
    cli_entry,
    cli_exchange,
    cli_register,
    cli_report,
    cli_text,
)
from egov_desktop.app_lock import holder
from egov_desktop.bootstrap import Services, init_logging, open_services, open_set_up
from egov_desktop.cli_output import pipe_aware_stdout, with_hint
from egov_desktop.config import AppPaths
from egov_desktop.domain import messages
from egov_desktop.domain.file_errors import data_folder_problem
from egov_desktop.domain.periods import MODE_CUTOFF
from egov_desktop.domain.units import CATALOG_2025, CATALOGS
from egov_desktop.errors import UserError, ValidationError
from egov_desktop.services.about import storage_line
from egov_desktop.services.backups import (
    MANUAL,
    check_backup,
    list_backups,
    reason_label,
    restorable_backup,
    restore_backup,
    sent_after_backup,
)
from egov_desktop.services.dto import AboutFacts, SetupInfo
from egov_desktop.services.setup import SetupRequest, validate
from egov_desktop.services.units import load_catalog

logger = logging.getLogger(__name__)
# Until a command starts the data folder's log, our log lines go nowhere: without a handler
# Python's last-resort one would print them, in English, on the stderr the user reads.
logging.getLogger("egov_desktop").addHandler(logging.NullHandler())


class _Parser(argparse.ArgumentParser):
    _commands: argparse._SubParsersAction[Any] | None = None

    def add_subparsers(self, **kwargs: Any) -> argparse._SubParsersAction[Any]:
        self._commands = super().add_subparsers(**kwargs)
        return self._commands

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        if self._commands is not None:
            message = cli_text.command_error(message, self._commands.dest, self._commands.choices)
        # Said as it is, not in brackets: the choices it lists have their own brackets.
        self.exit(2, f"Lỗi: {message.rstrip('.')}.\n")


def _parser() -> argparse.ArgumentParser:
    cli_text.install()
    parser = _Parser(prog="egov", description="egov_desktop: dòng lệnh (không cần giao diện).")
    parser.add_argument(
        "--version",
        action="version",
        version=f"egov {__version__}",
        help=cli_text.VERSION_HELP,
    )
    parser.add_argument("--data-dir", help="thư mục dữ liệu (mặc định: thư mục của người dùng)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    setup = sub.add_parser("setup", help="gắn thư mục dữ liệu với đơn vị")
    setup.add_argument("--unit", required=True, help="mã đơn vị hành chính, ví dụ 00004")
    cli_text.choice_option(setup, "--role", messages.ROLE_NAMES, "vai trò", required=True)
    setup.add_argument("--catalog", default=CATALOG_2025, help="|".join(CATALOGS))
    cli_text.choice_option(
        setup, "--period-mode", messages.MODE_NAMES, "cách tính kỳ báo cáo", default=MODE_CUTOFF
    )
    setup.add_argument("--officer", default="", help="họ tên cán bộ lập biểu")
    setup.add_argument("--head", default="", help="họ tên thủ trưởng đơn vị")
    setup.add_argument(
        "--agency-code",
        help='mã định danh điện tử của cơ quan, ví dụ 000.00.31.H26 ("" để xóa)',
    )
    setup.add_argument(
        "--receiving-unit",
        help='"Đơn vị nhận báo cáo" in trên biểu ("" để dùng mặc định)',
    )

    info = sub.add_parser("info", help="đơn vị, vai trò, kỳ báo cáo của thư mục dữ liệu")
    info.add_argument("--json", action="store_true", help="in dạng JSON")

    clock = sub.add_parser("clock", help="đồng hồ của máy tính")
    clock_sub = clock.add_subparsers(dest="clock_command", required=True, parser_class=_Parser)
    clock_sub.add_parser(
        "confirm",
        help="xác nhận ngày giờ hiện tại của máy là đúng (tắt cảnh báo đồng hồ chậm)",
    )

    units = sub.add_parser("units", help="danh mục đơn vị hành chính")
    units_sub = units.add_subparsers(dest="units_command", required=True, parser_class=_Parser)
    search = units_sub.add_parser("search", help="tìm đơn vị (không phân biệt dấu)")
    search.add_argument("text", help="tên hoặc mã đơn vị, không cần dấu")
    search.add_argument("--catalog", default=CATALOG_2025, help="|".join(CATALOGS))
    search.add_argument(
        "--limit", type=cli_text.integer(50), default=50, help="số đơn vị tối đa (mặc định 50)"
    )
    search.add_argument("--json", action="store_true", help="in dạng JSON")

    backup = sub.add_parser("backup", help="sao lưu và khôi phục cơ sở dữ liệu")
    backup_sub = backup.add_subparsers(dest="backup_command", required=True, parser_class=_Parser)
    backup_sub.add_parser("create", help="sao lưu ngay")
    backup_list = backup_sub.add_parser("list", help="các bản sao lưu, mới nhất trước")
    backup_list.add_argument("--json", action="store_true", help="in dạng JSON")
    restore = backup_sub.add_parser("restore", help="khôi phục từ một bản sao lưu")
    group = restore.add_mutually_exclusive_group(required=True)
    group.add_argument("--file", help="tệp sao lưu")
    group.add_argument("--newest", action="store_true", help="bản sao lưu mới nhất khôi phục được")

    preset = sub.add_parser("preset", help="gói cấu hình egov-preset.json do cán bộ CNTT chuẩn bị")
    preset_sub = preset.add_subparsers(dest="preset_command", required=True, parser_class=_Parser)
    preset_apply = preset_sub.add_parser("apply", help="áp dụng gói cấu hình cho thư mục dữ liệu")
    preset_apply.add_argument("file", help="tệp egov-preset.json")
    preset_check = preset_sub.add_parser("check", help="chỉ kiểm tra gói, không thay đổi gì")
    preset_check.add_argument("file", help="tệp egov-preset.json")
    cli_entry.add_parsers(sub, _Parser)
    cli_register.add_parsers(sub, _Parser)
    cli_register.add_holiday_parsers(sub, _Parser)
    cli_report.add_parsers(sub, _Parser)
    cli_dvc.add_parsers(sub, _Parser)
    cli_exchange.add_parsers(sub, _Parser)
    return parser


def _emit(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _setup_json(info: SetupInfo, paths: AppPaths) -> dict[str, Any]:
    return {
        "unit": {
            "code": info.unit.code,
            "name": info.unit.name,
            "level": info.unit.level,
            "province": {"code": info.unit.province_code, "name": info.unit.province_name},
        },
        "role": info.role,
        "catalog": info.catalog,
        "period_mode": info.period_mode,
        "officer": info.officer,
        "head": info.head,
        "agency_code": info.agency_code,
        "receiving_unit": info.receiving_unit,
        "data_dir": str(paths.data_dir),
    }


def _storage_json(facts: AboutFacts) -> dict[str, Any]:
    newest = facts.newest_backup
    return {
        "app_version": facts.app_version,
        "os": facts.os,
        "logs_dir": str(facts.logs_dir),
        "database_bytes": facts.database_bytes,
        "backups": {"count": facts.backup_count, "bytes": facts.backup_bytes},
        "newest_backup": None if newest is None else newest.isoformat(sep=" ", timespec="seconds"),
        "free_bytes": facts.free_bytes,
    }


def _cmd_clock(paths: AppPaths) -> int:
    """`clock confirm`: the user says today's clock is right; refused when it is not behind."""
    services = open_set_up(paths)
    try:
        now = datetime.now()
        services.status.confirm_clock(now)
    finally:
        services.close()
    print(messages.CLOCK_CONFIRMED.format(now=f"{now:%d/%m/%Y %H:%M}"))
    return 0


def _cmd_setup(args: argparse.Namespace, paths: AppPaths) -> int:
    request = SetupRequest(
        unit_code=args.unit,
        role=args.role,
        catalog=args.catalog,
        period_mode=args.period_mode,
        officer=args.officer,
        head=args.head,
        agency_code=args.agency_code,
        receiving_unit=args.receiving_unit,
    )
    # Validate before the data folder is touched, so a refusal leaves nothing behind.
    validate(request)
    services = _open(paths)
    try:
        warning = services.setup.mode_change_warning(request.period_mode)
        info = services.setup.apply(request, actor=request.officer or "egov setup")
    finally:
        services.close()
    print(f"Đã thiết lập: {info.unit.name} ({info.unit.code}), {info.unit.province_name}.")
    if warning:
        print(f"Lưu ý: {warning}", file=sys.stderr)  # noqa: T201 - a warning belongs on stderr
    return 0


def _cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    services = open_set_up(paths)
    try:
        summary = services.status.home()
        facts = services.about.facts(summary.now)
    finally:
        services.close()
    data = _setup_json(summary.setup, paths)
    data["current_period"] = {
        "month": summary.current_month.code,
        "quarter": summary.current_quarter.code,
        "window": summary.current_month.window_text,
    }
    data["last_backup"] = None if summary.last_backup is None else str(summary.last_backup.path)
    latest = summary.last_recorded_at
    data["clock"] = {
        "now": summary.now.isoformat(sep=" ", timespec="seconds"),
        "last_recorded_at": None
        if latest is None
        else latest.isoformat(sep=" ", timespec="seconds"),
        "behind": summary.clock_behind,
    }
    data["storage"] = _storage_json(facts)
    if summary.clock_behind and latest is not None:
        # A warning, not an error: the exit code stays 0 and --json's stdout stays JSON.
        warning = messages.CLOCK_BEHIND.format(
            now=f"{summary.now:%d/%m/%Y %H:%M}", latest=f"{latest:%d/%m/%Y %H:%M}"
        )
        print(f"Lưu ý: {warning}", file=sys.stderr)  # noqa: T201 - a warning belongs on stderr
        print(messages.CLOCK_CONFIRM_CLI, file=sys.stderr)  # noqa: T201 - with the warning
    if args.json:
        _emit(data)
        return 0
    setup = summary.setup
    print(f"Đơn vị: {setup.unit.name} ({setup.unit.code}) — {setup.unit.province_name}")
    role = messages.ROLE_NAMES.get(setup.role, setup.role)
    mode = messages.MODE_NAMES.get(setup.period_mode, setup.period_mode)
    print(f"Vai trò: {role}; danh mục: {setup.catalog}; kỳ báo cáo: {mode}")
    print(f"Kỳ hiện tại: {summary.current_month.label} {summary.current_month.window_text}")
    if setup.agency_code:
        print(f"Mã định danh điện tử: {setup.agency_code}")
    if setup.receiving_unit:
        print(f"Đơn vị nhận báo cáo: {setup.receiving_unit}")
    print(f"Thư mục dữ liệu: {paths.data_dir}")
    print(f"{messages.ABOUT_LOGS_DIR}: {facts.logs_dir}")
    print(storage_line(facts))
    return 0


def _cmd_units(args: argparse.Namespace) -> int:
    catalog = load_catalog(args.catalog)
    found = catalog.search(args.text, limit=max(1, args.limit))
    rows = []
    for unit in found:
        row: dict[str, Any] = {
            "code": unit.code,
            "name": unit.name,
            "level": unit.level,
            "province_code": unit.province_code,
            "province_name": unit.province_name,
        }
        if args.catalog != CATALOG_2025:
            row["district_name"] = unit.district_name
        rows.append(row)
    if args.json:
        _emit(rows)
        return 0
    for row in rows:
        place = ", ".join(p for p in (row.get("district_name"), row["province_name"]) if p)
        print(f"{row['code']}\t{row['name']}\t{place}")
    return 0


def _sent_after_text(files: list[str], outbox: Path) -> str:
    shown = ", ".join(files[:3]) + (", …" if len(files) > 3 else "")
    return messages.RESTORE_SENT_AFTER.format(count=len(files), files=shown, folder=outbox)


def _cmd_backup(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.backup_command == "restore":
        return _cmd_restore(args, paths)
    if args.backup_command == "list":
        # The backups folder only: a folder whose database was lost still lists what it can
        # restore, and listing creates nothing.
        items = list_backups(paths.backups)
        if args.json:
            _emit(
                [
                    {
                        "path": str(b.path),
                        "reason": b.reason,
                        "created_at": b.created_at.isoformat(),
                        "size": b.size,
                    }
                    for b in items
                ]
            )
        else:
            for b in items:
                label = reason_label(b.reason)
                print(f"{b.created_at:%d/%m/%Y %H:%M:%S}\t{label}\t{b.size}\t{b.path}")
        return 0
    services = open_set_up(paths)
    try:
        made = services.backups.create(MANUAL)
    finally:
        services.close()
    print(f"Đã sao lưu: {made.path}")
    return 0


def _cmd_restore(args: argparse.Namespace, paths: AppPaths) -> int:
    if holder(paths.lock_file) is not None:
        raise ValidationError(
            messages.RESTORE_WHILE_OPEN.format(path=paths.data_dir, lock=paths.lock_file)
        )
    # Refused before the data folder is touched (not even its log), so nothing changes.
    if args.file:
        source = Path(args.file)
        check_backup(source)
    else:
        source = _newest_restorable(paths)
    init_logging(paths)
    forgotten = sent_after_backup(source, paths.outbox)
    safety = restore_backup(paths.database, paths.backups, source)
    print(f"Đã khôi phục từ {source}.")
    if safety is not None:
        print(f"Bản trước khi khôi phục được giữ tại {safety.path}.")
    if forgotten:
        print(_sent_after_text(forgotten, paths.outbox), file=sys.stderr)
    return 0


def _newest_restorable(paths: AppPaths) -> Path:
    """The newest backup a restore accepts, naming on stderr the newer ones passed over.

    After a bad crash the newest backup may be the damaged one: the clerk asking for the
    newest wants the newest that can be restored. Another unit's backup is passed over too,
    since a restore into this folder refuses it whatever is asked.
    """
    choice = restorable_backup(paths.database, paths.backups)
    if choice.passed_over:
        print(messages.RESTORE_PASSED_OVER.format(count=len(choice.passed_over)), file=sys.stderr)
        for _, why in choice.passed_over:
            print(f"- {why}", file=sys.stderr)
    if choice.backup is not None:
        return choice.backup.path
    if not choice.passed_over:
        raise ValidationError(messages.NO_BACKUP.format(path=paths.backups))
    raise ValidationError(
        messages.NO_RESTORABLE_BACKUP_CLI.format(path=paths.backups, count=len(choice.passed_over))
    )


def _cmd_preset(args: argparse.Namespace, paths: AppPaths) -> int:
    from egov_desktop.services.preset import PresetService, load_preset
    from egov_desktop.services.preset_templates import plan

    # Checked before the data folder is touched, so a refusal leaves nothing behind; the
    # installer runs `check` on the preset it writes.
    preset = load_preset(Path(args.file))
    unit = preset.unit
    if args.preset_command == "check":
        print(f"Gói cấu hình hợp lệ: {unit.name} ({unit.code}), {unit.province_name}.")
        role = messages.ROLE_NAMES.get(preset.request.role, preset.request.role)
        mode = messages.MODE_NAMES.get(preset.request.period_mode, preset.request.period_mode)
        print(f"Vai trò: {role}; kỳ báo cáo: {mode}.")
        if preset.templates:
            print(f"Biểu mẫu: {len(preset.templates)} tệp.")
        # Named as `preset apply` names them, so the check says what applying will do.
        for planned in plan(preset.templates):
            if planned.problem:
                print(f"Sẽ chỉ chép mẫu biểu: {planned.source}")
                problem = with_hint(planned.problem, planned.cli_hint)
                print(f"Lưu ý: {problem}", file=sys.stderr)  # noqa: T201 - a warning
            else:
                print(f"Sẽ lưu mẫu {planned.name} của biểu {planned.form}: {planned.source}")
            for finding in planned.findings:
                note = with_hint(finding, planned.findings_hint)
                print(f"Lưu ý: {note}", file=sys.stderr)  # noqa: T201 - a warning
        return 0
    services = _open(paths)
    try:
        result = PresetService(services.setup, paths.data_dir).apply(preset)
    finally:
        services.close()
    print(f"Đã áp dụng gói cấu hình: {unit.name} ({unit.code}), {unit.province_name}.")
    for info in result.registered:
        print(f"Đã lưu mẫu {info.name} của biểu {info.form}: {info.workbook}")
    for template in result.templates[len(result.registered) :]:
        print(f"Đã chép mẫu biểu: {template}")
    for problem, hint in zip(result.template_problems, result.template_hints, strict=True):
        print(f"Lưu ý: {with_hint(problem, hint)}", file=sys.stderr)  # noqa: T201 - a warning
    for finding, hint in result.template_findings:
        print(f"Lưu ý: {with_hint(finding, hint)}", file=sys.stderr)  # noqa: T201 - a warning
    if result.mode_warning:
        print(f"Lưu ý: {result.mode_warning}", file=sys.stderr)  # noqa: T201 - a warning
    return 0


def _open(paths: AppPaths) -> Services:
    """Open the data folder, creating its database: `setup` and `preset apply` bind it."""
    init_logging(paths)
    return open_services(paths)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; see the module docstring for exit codes."""
    try:
        with pipe_aware_stdout():
            try:
                return _main(argv)
            finally:
                # Flushed here, so that a reader gone away is noticed now and not at shutdown.
                sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
        return 1


def _drop_stdout() -> None:
    """Point stdout at the null device, as Python flushes it again on exit.

    The recipe of the note on SIGPIPE in the documentation of the `signal` module.
    """
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file: nothing flushes it at exit
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def _main(argv: Sequence[str] | None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    args = _parser().parse_args(argv)
    paths = AppPaths.resolve(args.data_dir)
    problem = None if args.command == "units" else data_folder_problem(paths.data_dir)
    if problem is not None:
        print(f"Lỗi: {problem}", file=sys.stderr)
        return 2
    try:
        if args.command == "setup":
            return _cmd_setup(args, paths)
        if args.command == "info":
            return _cmd_info(args, paths)
        if args.command == "clock":
            return _cmd_clock(paths)
        if args.command == "units":
            return _cmd_units(args)
        if args.command == "preset":
            return _cmd_preset(args, paths)
        if args.command in cli_entry.COMMANDS:
            return cli_entry.run(args, paths)
        if args.command in cli_register.COMMANDS:
            return cli_register.run(args, paths)
        if args.command in cli_report.COMMANDS:
            return cli_report.run(args, paths)
        if args.command in cli_dvc.COMMANDS:
            return cli_dvc.run(args, paths)
        if args.command in cli_exchange.COMMANDS:
            return cli_exchange.run(args, paths)
        return _cmd_backup(args, paths)
    except UserError as error:
        print(f"Lỗi: {with_hint(error.message, error.cli_hint)}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away, not a bug
        raise
    except Exception:
        logger.exception("egov %s failed", args.command)
        print(
            f"Lỗi không mong muốn; chi tiết trong nhật ký {paths.logs / 'egov.log'}",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
