"""Shared fixtures: offscreen Qt, a fresh data folder and database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from egov_desktop.bootstrap import Services, open_services  # noqa: E402
from egov_desktop.config import AppPaths  # noqa: E402
from egov_desktop.db import backup  # noqa: E402
from egov_desktop.services.setup import SetupRequest  # noqa: E402


@pytest.fixture(autouse=True)
def _roomy_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups find a disk with room to spare, however full this machine's is: which backups
    a test finds must not depend on it (tests of a full disk say how full theirs is)."""
    monkeypatch.setattr(backup, "_free_bytes", lambda _folder: 10**15)
    monkeypatch.setattr(backup, "_disk_bytes", lambda _folder: 10**16)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.resolve(tmp_path / "data")


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    built = open_services(paths)
    yield built
    built.close()


@pytest.fixture
def commune(services: Services) -> Services:
    """Services of a data folder bound to Phường Ba Đình (00004), Hà Nội."""
    services.setup.apply(
        SetupRequest(
            unit_code="00004", role="commune", officer="Nguyễn Văn An", head="Trần Thị Bình"
        )
    )
    return services


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Services]:
    """Services of Hà Nội's aggregating office, in a data folder of its own (beside `commune`)."""
    built = open_services(AppPaths.resolve(tmp_path / "office"))
    built.setup.apply(SetupRequest(unit_code="01", role="aggregator", officer="Lê Văn Cường"))
    yield built
    built.close()
