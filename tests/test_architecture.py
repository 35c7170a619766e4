import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    """lint-imports checks the layering of pyproject.toml."""
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter not installed")
    result = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_ui_and_app_mention_pyside6() -> None:
    offenders = []
    for path in (ROOT / "egov_desktop").rglob("*.py"):
        rel = path.relative_to(ROOT / "egov_desktop").as_posix()
        if rel.startswith("ui/") or rel == "app.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "import PySide6" in text or "from PySide6" in text:
            offenders.append(rel)
    assert offenders == []


def _loaded_after_app_import_is_clean(code: str) -> None:
    """Run `code` (which imports egov_desktop.app and exits 1 naming what it should not have
    loaded) in a fresh interpreter, as the app starts."""
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_window_module_loads_without_the_database_layer() -> None:
    """The window must be able to show before SQLAlchemy or Alembic are imported."""
    code = (
        "import sys, egov_desktop.app;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('sqlalchemy','alembic','openpyxl')];"
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    _loaded_after_app_import_is_clean(code)


def test_window_shows_before_the_catalogues_and_the_qt_namespace_load() -> None:
    """What the first paint waits for stays small (bench/startup.py: shown <= 1.5x bare Qt).

    The period and unit catalogues come with the services' types; the Qt namespace builds its
    Python enums on first use (~14 ms). Both are for the pages, which load after the paint.
    """
    code = (
        "import sys, egov_desktop.app, PySide6.QtCore as core;"
        "bad=[m for m in sys.modules if m.startswith(('egov_desktop.services',"
        " 'egov_desktop.domain.periods', 'egov_desktop.domain.units', 'egov_desktop.db'))];"
        "bad+=['PySide6.QtCore.Qt'] if 'Qt' in vars(core) else [];"
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    _loaded_after_app_import_is_clean(code)
