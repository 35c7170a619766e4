"""The details the IT officer asks a clerk for, and the notices of what the application ships."""

from __future__ import annotations

import platform
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from egov_desktop import __version__, config
from egov_desktop.bootstrap import Services
from egov_desktop.db import backup
from egov_desktop.domain.text import size_text
from egov_desktop.services import about
from egov_desktop.services.setup import SetupRequest

NOW = datetime(2025, 8, 20, 10, 15, 42)


def _backup(folder: Path, stamp: str, size: int, reason: str = "manual") -> None:
    """A file the backups folder lists: its name says when it was made and why."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"egov_{reason}_{stamp}.sqlite").write_bytes(b"x" * size)


def _database_size(services: Services) -> int:
    database = services.paths.database
    wal = database.with_name(database.name + "-wal")
    return database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def test_the_details_of_a_set_up_commune(commune: Services) -> None:
    folder = commune.paths.backups
    for item in commune.backups.list():
        item.path.unlink()
    _backup(folder, "20250819-170000", 1_500_000, reason="daily")
    _backup(folder, "20250820-093000", 2_000_000)
    _backup(folder, "20250701-080000", 1_200_000, reason="before-import")
    facts = commune.about.facts(NOW)
    assert facts.app_version == __version__
    assert facts.os == about.os_text()
    assert facts.now == NOW
    assert (facts.data_dir, facts.logs_dir) == (commune.paths.data_dir, commune.paths.logs)
    assert facts.setup == commune.setup.require()
    assert facts.database_bytes == _database_size(commune) > 0
    assert (facts.backup_count, facts.backup_bytes) == (3, 4_700_000)
    assert facts.newest_backup == datetime(2025, 8, 20, 9, 30)
    assert facts.free_bytes == 10**15  # tests/conftest.py: a roomy disk
    assert commune.about.text(facts).splitlines() == [
        f"Phiên bản: egov_desktop {__version__}",
        f"Hệ điều hành: {about.os_text()}",
        "Ngày giờ trên máy: 20/08/2025 10:15",
        "Đơn vị: Phường Ba Đình (00004), Thành phố Hà Nội",
        "Vai trò: cấp xã (lập và gửi báo cáo)",
        "Danh mục đơn vị hành chính: 2025 (từ 01/07/2025, hai cấp)",
        "Cách tính kỳ báo cáo: chốt số liệu theo NĐ 09/2019",
        f"Thư mục dữ liệu: {commune.paths.data_dir}",
        f"Thư mục nhật ký: {commune.paths.logs}",
        f"Cơ sở dữ liệu: {size_text(facts.database_bytes)}",
        "Bản sao lưu: 3 bản, 4,7 MB",
        "Bản sao lưu mới nhất: 20/08/2025 09:30",
        "Dung lượng trống trên ổ đĩa dữ liệu: 1000000 GB",
    ]
    assert about.storage_line(facts) == (
        f"Dung lượng: cơ sở dữ liệu {size_text(facts.database_bytes)}; "
        "3 bản sao lưu, 4,7 MB; ổ đĩa còn trống 1000000 GB"
    )


def test_a_fresh_folder_gives_what_it_can(services: Services) -> None:
    facts = services.about.facts(NOW)
    assert facts.setup is None
    assert (facts.backup_count, facts.backup_bytes, facts.newest_backup) == (0, 0, None)
    assert services.about.text(facts).splitlines() == [
        f"Phiên bản: egov_desktop {__version__}",
        f"Hệ điều hành: {about.os_text()}",
        "Ngày giờ trên máy: 20/08/2025 10:15",
        "Đơn vị: chưa thiết lập",
        f"Thư mục dữ liệu: {services.paths.data_dir}",
        f"Thư mục nhật ký: {services.paths.logs}",
        f"Cơ sở dữ liệu: {size_text(_database_size(services))}",
        "Bản sao lưu: 0 bản, 0 KB",
        "Bản sao lưu mới nhất: chưa có",
        "Dung lượng trống trên ổ đĩa dữ liệu: 1000000 GB",
    ]


def test_an_office_of_the_legacy_catalogue_is_named_with_its_province(
    services: Services,
) -> None:
    services.setup.apply(
        SetupRequest(unit_code="001", role="aggregator", catalog="legacy", period_mode="calendar")
    )
    lines = services.about.text(services.about.facts(NOW)).splitlines()
    assert "Đơn vị: Quận Ba Đình (001), Thành phố Hà Nội" in lines
    assert "Vai trò: cơ quan tổng hợp (nhận báo cáo của các đơn vị)" in lines
    assert "Danh mục đơn vị hành chính: legacy (trước 01/07/2025, ba cấp)" in lines
    assert "Cách tính kỳ báo cáo: theo lịch (tháng, quý dương lịch)" in lines


def test_a_province_office_is_not_named_twice(office: Services) -> None:
    lines = office.about.text(office.about.facts(NOW)).splitlines()
    assert "Đơn vị: Thành phố Hà Nội (01)" in lines


def test_a_disk_that_cannot_say_how_full_it_is(
    commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unknown(_folder: object) -> int:
        raise OSError("not a local disk")

    monkeypatch.setattr(backup, "_free_bytes", unknown)
    facts = commune.about.facts(NOW)
    assert facts.free_bytes is None
    assert "Dung lượng trống trên ổ đĩa dữ liệu: không xác định được" in about.text(facts)
    assert about.storage_line(facts).endswith("ổ đĩa còn trống không xác định được")


def test_the_facts_are_read_again_each_time(commune: Services) -> None:
    before = commune.about.facts(NOW)
    made = commune.backups.create("manual")
    after = commune.about.facts(NOW)
    assert after.backup_count == before.backup_count + 1
    assert after.backup_bytes == before.backup_bytes + made.size
    assert (
        after.newest_backup
        == commune.backups.list()[0].created_at
        == made.created_at.replace(microsecond=0)
    )


def test_the_database_size_counts_its_write_ahead_log(tmp_path: Path) -> None:
    database = tmp_path / "egov.sqlite"
    assert about.database_bytes(database) == 0
    database.write_bytes(b"d" * 4096)
    assert about.database_bytes(database) == 4096
    (tmp_path / "egov.sqlite-wal").write_bytes(b"w" * 1000)
    assert about.database_bytes(database) == 5096


@pytest.mark.parametrize(
    ("version", "edition", "expected"),
    [
        ("10.0.22631", "Professional", "Windows 11 Professional (10.0.22631), AMD64"),
        ("10.0.19045", "Core", "Windows 10 Core (10.0.19045), AMD64"),
        ("10.0.19045", None, "Windows 10 (10.0.19045), AMD64"),
    ],
)
def test_windows_is_named_as_its_users_know_it(
    monkeypatch: pytest.MonkeyPatch, version: str, edition: str | None, expected: str
) -> None:
    """Python 3.11 calls Windows 11 "10": its build number tells them apart."""
    monkeypatch.setattr(platform, "system", lambda: "Windows")
    monkeypatch.setattr(platform, "win32_ver", lambda: ("10", version, "SP0", "Multiprocessor"))
    monkeypatch.setattr(platform, "win32_edition", lambda: edition)
    monkeypatch.setattr(platform, "machine", lambda: "AMD64")
    assert about.os_text() == expected


def test_other_systems_are_named_with_their_release(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform, "system", lambda: "Linux")
    monkeypatch.setattr(platform, "release", lambda: "6.1.0-18-amd64")
    monkeypatch.setattr(platform, "machine", lambda: "x86_64")
    assert about.os_text() == "Linux 6.1.0-18-amd64, x86_64"


class TestNotices:
    def test_shipped_under_resources(self) -> None:
        # installer/egov_desktop.spec bundles all of resources/ but the .ts sources.
        assert config.resource_path(about.NOTICES_FILE).is_file()
        assert about.NOTICES_FILE.endswith(".md")

    def test_name_every_component_and_its_licence(self) -> None:
        text = about.notices()
        for needle in (
            "PySide6",
            "GNU Lesser General Public License v3.0 (LGPLv3)",
            "Python Software Foundation License Version 2",
            "SQLAlchemy",
            "Alembic",
            "openpyxl",
            "vietnamadminunits 1.0.4",
            "Copyright (c) 2025 Tran Ngoc Minh Hieu",
            "ATTRIBUTION.md",
            "Permission is hereby granted, free of charge",
        ):
            assert needle in text

    def test_text_is_nfc(self) -> None:
        assert unicodedata.is_normalized("NFC", about.notices())


def test_every_licence_named_has_its_full_text_shipped() -> None:
    """LGPLv3 and the BSD licences ask for their text to go with the program, not their name."""
    folder = about.AboutService.licences_folder()
    texts = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")}
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts["LGPL-3.0.txt"]
    assert "Version 3, 29 June 2007" in texts["GPL-3.0.txt"]  # LGPLv3 is GPLv3 plus its terms
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in texts["Python.txt"]
    for name in ("SQLAlchemy", "Alembic", "Mako", "openpyxl", "platformdirs"):
        assert "Permission is hereby granted" in texts[f"{name}.txt"], name
    for name in ("MarkupSafe", "xlrd"):
        assert "Redistribution and use in source and binary forms" in texts[f"{name}.txt"], name
    assert "tomli-w.txt" in texts
    # One text for the components that share it, named in the notices.
    assert "`Python.txt`" in about.notices() and "`openpyxl.txt`" in about.notices()
