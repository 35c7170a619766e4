"""The copy of a package the user asked for (`out`): whole, and only once the send is recorded."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from types import TracebackType

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.errors import ValidationError
from egov_desktop.exchange.package import read_package
from tests.services.test_packages import F, P, fill


def _half_then_full(source: str | Path, target: str | Path, **_kwargs: object) -> None:
    """A copy that runs out of space half-way (a full USB drive)."""
    data = Path(source).read_bytes()
    Path(target).write_bytes(data[: len(data) // 2])
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_send_killed_before_its_commit_leaves_no_package_in_out(
    commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `out` holds at each commit is what a kill at that moment leaves there: never a
    package the register of sent packages does not know."""
    fill(commune)
    usb = tmp_path / "usb"
    usb.mkdir()
    at_commit: list[list[str]] = []
    real_exit = UnitOfWork.__exit__

    def exit_(
        self: UnitOfWork,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            at_commit.append(sorted(p.name for p in usb.iterdir() if p.suffix == ".egov"))
        real_exit(self, exc_type, exc, tb)

    monkeypatch.setattr(UnitOfWork, "__exit__", exit_)
    sent = commune.packages.send(period=P, forms=[F], out=usb)
    monkeypatch.undo()

    assert at_commit and all(names == [] for names in at_commit)
    assert [p.name for p in usb.iterdir()] == ["BC_00004_2025-Q3_v1.egov"]
    assert read_package(Path(sent.file)).manifest.package_id == sent.package_id


def test_a_send_whose_copy_runs_out_of_space_leaves_no_cut_package(
    commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(commune)
    usb = tmp_path / "usb"
    usb.mkdir()
    with monkeypatch.context() as patch:
        patch.setattr(shutil, "copyfile", _half_then_full)
        with pytest.raises(ValidationError, match="Không chép được gói"):
            commune.packages.send(period=P, forms=[F], out=usb)
    assert list(usb.iterdir()) == []
    assert commune.packages.sent() == []
    assert not list(commune.paths.outbox.glob("*.egov"))


def test_a_copy_of_a_sent_package_that_runs_out_of_space_leaves_no_cut_package(
    commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(commune)
    commune.packages.send(period=P, forms=[F])
    usb = tmp_path / "usb"
    usb.mkdir()
    with monkeypatch.context() as patch:
        patch.setattr(shutil, "copyfile", _half_then_full)
        with pytest.raises(ValidationError, match="Không chép được gói"):
            commune.packages.copy_sent(period=P, out=usb)
    assert list(usb.iterdir()) == []
    copied = commune.packages.copy_sent(period=P, out=usb)
    assert [p.name for p in usb.iterdir()] == [copied.name]


def test_a_copy_cut_short_long_ago_is_cleared_by_the_next_send(
    commune: Services, tmp_path: Path
) -> None:
    """A power cut during an earlier copy left its partial twin on the USB drive."""
    import os

    fill(commune)
    usb = tmp_path / "usb"
    usb.mkdir()
    left = usb / "BC_00004_2025-Q2_v1.egov.partial"
    left.write_bytes(b"half")
    os.utime(left, (left.stat().st_mtime - 7200,) * 2)
    sent = commune.packages.send(period=P, forms=[F], out=usb)
    assert sorted(p.name for p in usb.iterdir()) == [Path(sent.file).name]
