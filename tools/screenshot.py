"""Save PNG screenshots of the real window: the setup wizard and the home page.

xvfb-run -a -s "-screen 0 1280x900x24" python tools/screenshot.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from egov_desktop.app import window_services
from egov_desktop.bootstrap import init_logging, open_services
from egov_desktop.config import AppPaths
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.i18n import install_translation
from egov_desktop.ui.main_window import MainWindow


def _window(app: QApplication, paths: AppPaths) -> tuple[MainWindow, object]:
    services = open_services(paths)
    window = MainWindow(
        data_dir=paths.data_dir,
        ui_state=QSettings(str(paths.ui_state), QSettings.Format.IniFormat),
    )
    window.attach(window_services(services))
    window.resize(1100, 700)
    window.show()
    for _ in range(20):
        app.processEvents()
    return window, services


def main(out_dir: str) -> int:
    """Write wizard-*.png and home.png into `out_dir`."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translation(app)
    paths = AppPaths.resolve(tempfile.mkdtemp(prefix="egov-shot-"))
    init_logging(paths)
    window, services = _window(app, paths)
    wizard = window.wizard
    assert wizard is not None
    wizard.grab().save(str(out / "wizard-1.png"))
    wizard.next()
    wizard.unit_page.query.setText("ba dinh")
    wizard.unit_page.refresh()
    app.processEvents()
    window.grab().save(str(out / "wizard-2.png"))
    services.setup.apply(  # type: ignore[attr-defined]
        SetupRequest("00004", "commune", officer="Nguyễn Văn An", head="Trần Thị Bình")
    )
    services.backups.create("manual")  # type: ignore[attr-defined]
    window.close()
    window, services = _window(app, paths)
    window.grab().save(str(out / "home.png"))
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(out / "screen.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
