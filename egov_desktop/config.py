"""Every per-user path, resolved once; the only module that knows where resources live."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "egov_desktop"
#: Environment variable that overrides the data folder for the GUI and the CLI alike.
DATA_DIR_ENV = "EGOV_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The files and folders of one data folder."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "egov.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def exports(self) -> Path:
        return self.data_dir / "exports"

    @property
    def inbox(self) -> Path:
        return self.data_dir / "inbox"

    @property
    def outbox(self) -> Path:
        """Packages this unit sent (a copy stays here whatever folder the user chose)."""
        return self.data_dir / "outbox"

    @property
    def replies(self) -> Path:
        """Receipts and returns an office wrote."""
        return self.data_dir / "replies"

    @property
    def queued_packages(self) -> Path:
        """Update requests waiting behind an accepted period."""
        return self.data_dir / "packages" / "queued"

    @property
    def ui_state(self) -> Path:
        return self.data_dir / "ui-state.ini"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "egov.lock"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """Pick the data folder: the argument, then EGOV_DATA_DIR, then the platform default."""
        if data_dir is None:
            data_dir = os.environ.get(DATA_DIR_ENV) or None
        if data_dir is None:
            import platformdirs  # only needed without an explicit folder

            data_dir = platformdirs.user_data_dir(APP_NAME, appauthor=False)
        return cls(Path(data_dir).expanduser().resolve())


def is_frozen() -> bool:
    """Whether the application runs from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding `resources/` and the `egov_desktop` package data."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file or folder under `resources/` (read-only at run time)."""
    return bundle_root().joinpath("resources", *parts)
