"""GUI composition root: the window shows first, then the data folder is opened and attached.

Only Qt and light modules are imported before the window appears; the database layer
(SQLAlchemy, and Alembic when a migration is due) loads right after the first paint, so a slow
PC shows the window at once instead of nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from egov_desktop import __version__, cli_text
from egov_desktop.config import DATA_DIR_ENV, AppPaths
from egov_desktop.domain import messages
from egov_desktop.domain.file_errors import data_folder_problem
from egov_desktop.errors import CorruptDatabaseError, UserError
from egov_desktop.ui.i18n import install_translation
from egov_desktop.ui.main_window import MainWindow, Restored, WindowServices

if TYPE_CHECKING:
    from egov_desktop.bootstrap import Services
    from egov_desktop.services.dto import BackupInfo
    from egov_desktop.services.preset import PresetResult

logger = logging.getLogger(__name__)

SMOKE_OK = "startup ok"
#: Set by bench/startup.py: wall-clock start of the process, to report when the window showed.
BENCH_T0_ENV = "EGOV_BENCH_T0"


def _parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    cli_text.install()  # an installer's or clerk's --help reads Vietnamese, like egov's
    parser = argparse.ArgumentParser(prog="egov-desktop", add_help=True)
    parser.add_argument(
        "--data-dir", help="thư mục dữ liệu (mặc định: thư mục riêng của người dùng)"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="khởi động, hiện cửa sổ chính, in 'startup ok' rồi thoát (kiểm tra cài đặt)",
    )
    parser.add_argument(
        "--smoke-test-result", help="ghi thêm kết quả kiểm tra khởi động vào tệp này"
    )
    parser.add_argument(
        "--lang", default="vi", choices=("vi", "en"), help="ngôn ngữ giao diện (mặc định: vi)"
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"egov-desktop {__version__}",
        help=cli_text.VERSION_HELP,
    )
    return parser.parse_known_args(list(argv))


def _report(result_file: str | None, text: str) -> None:
    """Write the smoke-test result file and print (when there is a console)."""
    if result_file:
        Path(result_file).write_text(text + "\n", encoding="utf-8")
    if sys.stdout is not None:
        print(text, flush=True)  # noqa: T201 - the smoke test's interface is this line


def restore_prompt(newest: BackupInfo, sent: Sequence[str]) -> str:
    """The question after a failed integrity check, naming the packages the backup predates."""
    text = QCoreApplication.translate(
        "app", "Restore the newest backup, made on {when}? The damaged file is kept aside."
    ).replace("{when}", f"{newest.created_at:%d/%m/%Y %H:%M}")
    if sent:
        files = ", ".join(sent[:3]) + (", …" if len(sent) > 3 else "")
        text += "\n\n" + QCoreApplication.translate(
            "app",
            "{count} package(s) sent after this backup ({files}) will no longer be in the "
            "history of sent packages; the next package is numbered after them.",
        ).replace("{count}", str(len(sent))).replace("{files}", files)
    return text


def confirm_restore(error: CorruptDatabaseError, newest: BackupInfo, sent: Sequence[str]) -> bool:
    """Ask whether to restore `newest` after a failed integrity check."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("app", "Damaged database"),
        error.message,
    )
    box.setInformativeText(restore_prompt(newest, sent))
    restore = box.addButton(
        QCoreApplication.translate("app", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


class RestoreDeclinedError(UserError):
    """The user saw the damaged-database message and chose to quit: nothing more to show."""


def open_or_recover(
    paths: AppPaths,
    confirm: Callable[[CorruptDatabaseError, BackupInfo, Sequence[str]], bool] | None,
) -> Services:
    """Open the data folder; on a failed integrity check offer the newest restorable backup.

    `confirm` also gets the outbox packages sent after that backup (its history lacks them).
    """
    from egov_desktop.bootstrap import open_services
    from egov_desktop.services.backups import (
        recovery_backup,
        restore_backup,
        sent_after_backup,
    )

    try:
        return open_services(paths)
    except CorruptDatabaseError as error:
        if confirm is None:
            raise
        newest = recovery_backup(paths.database, paths.backups)
        if newest is None:
            raise
        if not confirm(error, newest, sent_after_backup(newest.path, paths.outbox)):
            raise RestoreDeclinedError(error.message) from error
        restore_backup(paths.database, paths.backups, newest.path)
        logger.warning("Restored %s after a failed integrity check", newest.path)
        return open_services(paths)


def restore_and_reopen(
    services: Services, source: Path
) -> tuple[Services, UserError | None, BackupInfo | None]:
    """Close the data folder, put the backup `source` in its place and open it again.

    Returns the reopened services, the error that stopped the restore (the folder then holds
    what it held) and the copy of the replaced database. A damaged backup is refused before
    anything is closed.
    """
    from egov_desktop.bootstrap import open_services
    from egov_desktop.services.backups import check_backup, restore_backup

    try:
        check_backup(source)
    except UserError as error:
        return services, error, None
    paths = services.paths
    services.close()
    safety: BackupInfo | None = None
    failure: UserError | None = None
    try:
        # The user confirmed, warned by the Backups page when it holds another unit's data.
        safety = restore_backup(paths.database, paths.backups, source, other_unit=True)
        logger.warning("Restored %s on the user's request", source)
    except UserError as error:
        failure = error
    return open_services(paths), failure, safety


def window_services(
    services: Services, restore: Callable[[Path], Restored] | None = None
) -> WindowServices:
    """The parts of the services the window uses."""
    from egov_desktop.services.setup import search_units

    return WindowServices(
        restore=restore,
        setup=services.setup,
        status=services.status,
        backups=services.backups,
        search_units=lambda text, catalog, role: search_units(text, catalog=catalog, role=role),
        entry=services.entry,
        sectors=services.sectors,
        deadlines=services.deadlines,
        reports=services.reports,
        register=services.register,
        register_import=services.register_import,
        catalogue=services.catalogue,
        stats=services.stats,
        about=services.about,
        dvc=services.dvc,
        targets=services.targets,
        packages=services.packages,
        package_import=services.package_import,
        completeness=services.completeness,
        provenance=services.provenance,
        holidays=services.holidays,
        filled_reports=services.filled_reports,
        replies_folder=services.paths.replies,
    )


class _Startup:
    """Opens the data folder after the window has shown, then fills the window."""

    def __init__(self, window: MainWindow, paths: AppPaths, args: argparse.Namespace) -> None:
        self.window = window
        self.paths = paths
        self.smoke = bool(args.smoke_test)
        self.result_file: str | None = args.smoke_test_result
        self.services: Services | None = None
        self.shown_at: float | None = None

    def load(self) -> None:
        from egov_desktop.log import setup_logging
        from egov_desktop.ui.errors import install_excepthook

        setup_logging(self.paths.logs)
        install_excepthook(self.paths.logs)
        try:
            self.services = open_or_recover(self.paths, None if self.smoke else confirm_restore)
        except RestoreDeclinedError as error:
            logger.error("%s (restore declined)", error.message)
            QApplication.exit(2)
            return
        except UserError as error:
            _fail(error, self.smoke, self.result_file)
            QApplication.exit(2)
            return
        preset = self.apply_preset()
        self.window.attach(window_services(self.services, self.restore))
        if preset is not None and not self.smoke:
            self.window.announce_preset(preset)
        if self.smoke:
            QTimer.singleShot(0, self.finish_smoke)

    def restore(self, source: Path) -> Restored:
        """The Backups page's restore: the window is filled again from the reopened folder."""
        assert self.services is not None
        self.services, error, safety = restore_and_reopen(self.services, source)
        return Restored(window_services(self.services, self.restore), error, safety)

    def apply_preset(self) -> PresetResult | None:
        """A freshly installed PC opens bound to the unit named by the installer's preset.

        Returns what applying it did (None: no preset, already set up, or refused).
        """
        from egov_desktop.services.preset import PresetService
        from egov_desktop.ui.views.settings_view import DATA_DIR_PROPERTY

        assert self.services is not None
        # The settings page imports presets later and needs the folder its templates go to.
        self.window.setProperty(DATA_DIR_PROPERTY, str(self.paths.data_dir))
        try:
            return PresetService(self.services.setup, self.paths.data_dir).apply_at_first_start()
        except UserError as error:
            # The wizard still opens: a wrong preset must not keep the office from working.
            logger.error("Preset not applied: %s", error.message)
            if not self.smoke:
                from egov_desktop.ui.errors import show_user_error

                show_user_error(self.window, error)
            return None

    def finish_smoke(self) -> None:
        assert self.services is not None
        info = self.services.setup.current()
        lines = [
            SMOKE_OK,
            f"unit: {info.unit.code} {info.unit.name}" if info else "unit: (not set up)",
        ]
        try:
            lines.append(self.check_charts())
        except Exception as error:  # a build without QtCharts must fail its smoke test
            logger.exception("Charts failed in the smoke test")
            _report(self.result_file, f"startup failed: charts: {error}")
            QApplication.exit(1)
            return
        t0 = os.environ.get(BENCH_T0_ENV)
        if t0 and self.shown_at is not None:
            lines.append(f"shown_s: {self.shown_at - float(t0):.4f}")
            lines.append(f"ready_s: {time.time() - float(t0):.4f}")
        _report(self.result_file, "\n".join(lines))
        QApplication.exit(0)

    def check_charts(self) -> str:
        """Open the targets dashboard (or a bare chart before setup): QtCharts is bundled."""
        from egov_desktop.ui.widgets.target_chart import TargetChart

        view = self.window.targets_view
        if view is not None:
            view.load_now()
            view.grab()
        else:
            TargetChart().grab()
        return "charts: ok"


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI; returns the process exit code."""
    for stream in (sys.stdout, sys.stderr):
        # A Windows pipe defaults to cp1252, which cannot encode Vietnamese messages.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    args, qt_args = _parse(sys.argv[1:] if argv is None else argv)
    smoke = bool(args.smoke_test)
    data_dir = args.data_dir
    if smoke and data_dir is None and not os.environ.get(DATA_DIR_ENV):
        import tempfile

        data_dir = tempfile.mkdtemp(prefix="egov-smoke-")
    paths = AppPaths.resolve(data_dir)
    if _no_display():
        if not smoke:
            print(messages.NO_DISPLAY, file=sys.stderr)  # noqa: T201 - no window to show it in
            return 2
        # A start-up check needs no screen: a headless server or CI still proves the start.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("egov_desktop")
    app.setApplicationVersion(__version__)
    install_translation(app, args.lang)
    problem = data_folder_problem(paths.data_dir)
    if problem is not None:
        _fail(UserError(problem), smoke, args.smoke_test_result)
        return 2
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError:
        _fail(
            UserError(messages.READ_ONLY.format(path=paths.data_dir)), smoke, args.smoke_test_result
        )
        return 2
    lock = QLockFile(str(paths.lock_file))
    if not lock.tryLock(200):
        error, code = lock_refusal(lock.error(), paths.data_dir)
        _fail(error, smoke, args.smoke_test_result)
        return code
    try:
        state = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
        window = MainWindow(data_dir=paths.data_dir, ui_state=state)
        window.show()
        app.processEvents()
        startup = _Startup(window, paths, args)
        startup.shown_at = time.time()
        QTimer.singleShot(0, startup.load)
        try:
            return int(app.exec())
        finally:
            if startup.services is not None:
                startup.services.close()
    finally:
        lock.unlock()


def lock_refusal(error: QLockFile.LockError, data_dir: Path) -> tuple[UserError, int]:
    """Why the data folder's lock was not taken, and the exit code.

    Only a lock another process holds means the application is already open there; a folder
    the user may not write to (a read-only share, a USB stick locked for writing) says so.
    """
    if error == QLockFile.LockError.LockFailedError:
        return UserError(messages.ALREADY_RUNNING.format(path=data_dir)), 0
    return UserError(messages.READ_ONLY.format(path=data_dir)), 2


def _no_display() -> bool:
    """On Linux without X11 or Wayland and no platform chosen, Qt cannot open a window."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _fail(error: UserError, smoke: bool, result_file: str | None) -> None:
    logger.error("%s", error.message)
    if smoke:
        _report(result_file, f"startup failed: {error.message}")
    else:
        from egov_desktop.ui.errors import show_user_error

        show_user_error(None, error)
