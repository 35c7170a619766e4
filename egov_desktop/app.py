"""GUI composition root: paths, logging, QApplication, single-instance lock, database, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from egov_desktop import __version__
from egov_desktop.bootstrap import Services, init_logging, open_services
from egov_desktop.config import DATA_DIR_ENV, AppPaths
from egov_desktop.domain import messages
from egov_desktop.errors import CorruptDatabaseError, UserError
from egov_desktop.services.backups import newest_backup, restore_backup
from egov_desktop.services.dto import BackupInfo
from egov_desktop.ui.errors import install_excepthook, show_user_error
from egov_desktop.ui.i18n import install_translation
from egov_desktop.ui.main_window import MainWindow

logger = logging.getLogger(__name__)

SMOKE_OK = "startup ok"


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="egov-desktop", add_help=True)
    parser.add_argument("--data-dir", help="data folder (default: the per-user folder)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the main window, print 'startup ok' and exit",
    )
    parser.add_argument("--smoke-test-result", help="also write the smoke-test result here")
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    parser.add_argument("--version", action="version", version=f"egov-desktop {__version__}")
    return parser.parse_known_args(list(argv))


def _report(result_file: str | None, text: str) -> None:
    """Print (when there is a console) and write the smoke-test result file."""
    if sys.stdout is not None:
        print(text, flush=True)  # noqa: T201 - the smoke test's interface is this line
    if result_file:
        Path(result_file).write_text(text + "\n", encoding="utf-8")


def confirm_restore(error: CorruptDatabaseError, newest: BackupInfo) -> bool:
    """Ask whether to restore `newest` after a failed integrity check."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Damaged database"),
        error.message,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app", "Restore the newest backup, made on {when}? The damaged file is kept aside."
        ).replace("{when}", f"{newest.created_at:%d/%m/%Y %H:%M}")
    )
    restore = box.addButton(
        QCoreApplication.translate("app", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def open_or_recover(
    paths: AppPaths, confirm: Callable[[CorruptDatabaseError, BackupInfo], bool] | None
) -> Services:
    """Open the data folder; on a failed integrity check offer the newest backup (if any)."""
    try:
        return open_services(paths)
    except CorruptDatabaseError as error:
        newest = newest_backup(paths.backups)
        if newest is None or confirm is None or not confirm(error, newest):
            raise
        restore_backup(paths.database, paths.backups, newest.path)
        logger.warning("Restored %s after a failed integrity check", newest.path)
        return open_services(paths)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI; returns the process exit code."""
    args, qt_args = _parse(sys.argv[1:] if argv is None else argv)
    smoke = bool(args.smoke_test)
    data_dir = args.data_dir
    if smoke and data_dir is None and not _env_data_dir():
        data_dir = tempfile.mkdtemp(prefix="egov-smoke-")
    paths = AppPaths.resolve(data_dir)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("egov_desktop")
    app.setApplicationVersion(__version__)
    install_translation(app, args.lang)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        error = UserError(messages.READ_ONLY.format(path=paths.data_dir))
        _fail(error, smoke, args.smoke_test_result)
        return 2
    init_logging(paths)
    install_excepthook(paths.logs)
    lock = QLockFile(str(paths.lock_file))
    if not lock.tryLock(200):
        error = UserError(messages.ALREADY_RUNNING.format(path=paths.data_dir))
        _fail(error, smoke, args.smoke_test_result)
        return 0
    try:
        try:
            services = open_or_recover(paths, None if smoke else confirm_restore)
        except UserError as error:
            _fail(error, smoke, args.smoke_test_result)
            return 2
        try:
            state = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
            window = MainWindow(
                setup=services.setup,
                status=services.status,
                backups=services.backups,
                data_dir=paths.data_dir,
                ui_state=state,
            )
            window.show()
            if smoke:
                QTimer.singleShot(0, lambda: _finish_smoke(services, args.smoke_test_result))
            return int(app.exec())
        finally:
            services.close()
    finally:
        lock.unlock()


def _env_data_dir() -> bool:
    return bool(os.environ.get(DATA_DIR_ENV))


def _fail(error: UserError, smoke: bool, result_file: str | None) -> None:
    logger.error("%s", error.message)
    if smoke:
        _report(result_file, f"startup failed: {error.message}")
    else:
        show_user_error(None, error)


def _finish_smoke(services: Services, result_file: str | None) -> None:
    info = services.setup.current()
    unit = f"unit: {info.unit.code} {info.unit.name}" if info else "unit: (not set up)"
    _report(result_file, f"{SMOKE_OK}\n{unit}")
    QApplication.exit(0)
