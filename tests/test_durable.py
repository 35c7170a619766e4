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
