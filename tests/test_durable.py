"""A finished file's data reaches the disk before it takes its name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from egov_desktop import durable
from egov_desktop.exchange.archive import write_archive


def test_the_data_is_flushed_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    partial = tmp_path / "BC.egov.partial"
    partial.write_bytes(b"data")
    target = tmp_path / "BC.egov"
    named_when_flushed: list[bool] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        named_when_flushed.append(target.exists())
        real(fd)

    monkeypatch.setattr(durable.os, "fsync", fsync)
    durable.replace_durably(partial, target)
    assert named_when_flushed[0] is False  # the file's data, before its name
    assert target.read_bytes() == b"data" and not partial.exists()


def test_packages_copies_and_templates_are_flushed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[str] = []
    real = durable.sync_file

    def sync_file(path: Path) -> None:
        flushed.append(path.name)
        real(path)

    monkeypatch.setattr(durable, "sync_file", sync_file)
    write_archive(tmp_path / "BC.egov", {"manifest.json": b"{}"})
    durable.copy_whole(tmp_path / "BC.egov", tmp_path / "usb.egov")
    durable.write_whole(tmp_path / "tinh.toml", b"[sheet]")
    assert flushed == ["BC.egov.partial", "usb.egov.partial", "tinh.toml.partial"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["BC.egov", "tinh.toml", "usb.egov"]


def _left(path: Path, *, hours: float) -> Path:
    """A partial twin a write cut short left `hours` ago."""
    path.write_bytes(b"half")
    when = path.stat().st_mtime - hours * 3600
    os.utime(path, (when, when))
    return path


def test_stale_partial_twins_of_the_kind_written_are_removed(tmp_path: Path) -> None:
    """Only twins of that kind untouched for an hour: not one being written, not other files."""
    old = _left(tmp_path / "BC_II.06a_2025-Q2.xlsx.partial", hours=2)
    fresh = _left(tmp_path / "BC_II.06a_2025-Q3.xlsx.partial", hours=0.5)
    other_kind = _left(tmp_path / "BC_00004_2025-Q2_v1.egov.partial", hours=2)
    users = _left(tmp_path / "ghi chu.xlsx", hours=2)
    durable.remove_stale_partials(tmp_path / "BC_II.06a_2025-Q3.xlsx")
    assert not old.exists()
    assert fresh.exists() and other_kind.exists() and users.exists()


def test_writing_a_file_clears_what_a_cut_write_of_its_kind_left(tmp_path: Path) -> None:
    left = _left(tmp_path / "BC_00004_2025-Q2_v1.egov.partial", hours=3)
    write_archive(tmp_path / "BC_00004_2025-Q3_v1.egov", {"a.json": b"{}"})
    assert not left.exists()
    left = _left(tmp_path / "mau.xlsx.partial", hours=3)
    durable.write_whole(tmp_path / "mau2.xlsx", b"data")
    assert not left.exists()
