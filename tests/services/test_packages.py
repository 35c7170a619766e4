"""The commune's side of the exchange: what `send` refuses and writes, and the office's replies."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import PackageError, StoredModeError, UserError, ValidationError
from egov_desktop.exchange.package import read_package
from egov_desktop.exchange.replies import RETURN, Reply, write_reply
from egov_desktop.services.exchange_dto import SentInfo
from tests.long_names import LONG, refuses_long_name

P = "2025-Q3"
F = "II.06a"
#: A consistent II.06a row: 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13, 3 = 7+11.
GOOD = {3: 20, 4: 5, 5: 10, 6: 5, 7: 12, 8: 6, 9: 4, 10: 2, 11: 8, 12: 6, 13: 2}


def fill(commune: Services, *, done: bool = True) -> int:
    row = commune.sectors.find("Hộ tịch").id
    commune.entry.set_values([(row, col, v) for col, v in GOOD.items()], form=F, period=P)
    if done:
        commune.entry.set_status(form=F, period=P, status="done")
    return row


def reply(sent: SentInfo, *, unit: str = "00004", kind: str = RETURN) -> Reply:
    return Reply(
        kind=kind,
        unit_code=unit,
        package_id=sent.package_id,
        version=sent.version,
        periods=(P,),
        forms=sent.forms,
        at=datetime(2025, 10, 2, 9, 30),
        office_code="01",
        office_name="Thành phố Hà Nội",
        officer="Lê Văn Cường",
        reason="Thiếu số liệu lĩnh vực Chứng thực",
    )


def test_send_refuses_a_form_not_done(commune: Services, tmp_path: Path) -> None:
    fill(commune, done=False)
    with pytest.raises(ValidationError) as caught:
        commune.packages.send(period=P, forms=[F], out=tmp_path)
    assert "chỉ gửi được biểu đã hoàn thành" in caught.value.message
    assert commune.packages.sent() == []
    assert not list(commune.paths.outbox.glob("*.egov"))
    assert not list(tmp_path.glob("*.egov"))


def test_a_custom_period_is_named_in_lower_case_inside_a_sentence(
    commune: Services, tmp_path: Path
) -> None:
    custom = "2025-07-01..2025-08-15"
    with pytest.raises(ValidationError) as inside:
        commune.packages.reopen(form=F, period=custom, reason="Bổ sung")
    assert inside.value.message == (
        "Biểu II.06a từ 01/07/2025 đến 15/08/2025 chưa được gửi hoặc đã được mở khóa."
    )
    # Opening a sentence, it keeps its capital.
    with pytest.raises(ValidationError) as opening:
        commune.packages.copy_sent(period=custom, out=tmp_path)
    assert opening.value.message == "Từ 01/07/2025 đến 15/08/2025 chưa có gói nào đã gửi."


def test_send_keeps_a_copy_in_the_outbox_even_with_out(commune: Services, tmp_path: Path) -> None:
    fill(commune)
    usb = tmp_path / "usb"
    usb.mkdir()
    sent = commune.packages.send(period=P, forms=[F], out=usb)

    written = Path(sent.file)
    kept = commune.paths.outbox / written.name
    assert written.parent == usb and kept.exists()
    assert written.read_bytes() == kept.read_bytes()
    package = read_package(kept)
    assert package.manifest.package_id == sent.package_id
    assert {(v.row_label, v.column, v.value) for v in package.values} == {
        ("Hộ tịch", col, v) for col, v in GOOD.items()
    }


def test_a_sent_package_lost_on_the_way_is_copied_again(commune: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="chưa có gói nào đã gửi"):
        commune.packages.copy_sent(period=P, out=tmp_path)
    row = fill(commune)
    first = commune.packages.send(period=P, forms=[F], out=tmp_path / "usb")
    commune.packages.reopen(form=F, period=P, reason="Bổ sung")
    commune.entry.set_values(
        [(row, 12, 7), (row, 11, 9), (row, 3, 21), (row, 4, 6)], form=F, period=P
    )
    commune.entry.set_status(form=F, period=P, status="done")
    second = commune.packages.send(period=P, forms=[F])
    # A folder that did not exist is created, not taken for the package's file name.
    assert Path(first.file) == tmp_path / "usb" / "BC_00004_2025-Q3_v1.egov"
    Path(first.file).unlink()  # the USB drive is gone
    again = tmp_path / "again"
    again.mkdir()
    copied = commune.packages.copy_sent(period=P, out=again)
    assert copied == again / "BC_00004_2025-Q3_v2.egov"
    assert read_package(copied).manifest.package_id == second.package_id
    older = commune.packages.copy_sent(period=P, out=again / "lan-1.egov", version=1)
    assert read_package(older).manifest.package_id == first.package_id
    # Nothing new is recorded: still two packages sent, the report still locked.
    assert [s.version for s in commune.packages.sent()] == [2, 1]
    assert commune.packages.lock(F, P) is not None
    with pytest.raises(ValidationError, match="không có gói v3"):
        commune.packages.copy_sent(period=P, out=again, version=3)
    # An outbox copy replaced by another file is not handed over as the package sent.
    kept = commune.paths.outbox / "BC_00004_2025-Q3_v2.egov"
    kept.write_bytes(Path(older).read_bytes())
    with pytest.raises(PackageError, match="Không còn bản lưu đúng"):
        commune.packages.copy_sent(period=P, out=again)


def test_a_reply_for_another_unit_is_refused(commune: Services, tmp_path: Path) -> None:
    fill(commune)
    sent = commune.packages.send(period=P, forms=[F])
    path = tmp_path / "reply.egovr"
    write_reply(path, reply(sent, unit="00008"))

    with pytest.raises(PackageError) as caught:
        commune.packages.import_reply(path)
    assert "00008" in caught.value.message and "00004" in caught.value.message
    assert commune.packages.sent()[0].reply_kind is None
    assert commune.packages.lock(F, P).locked  # type: ignore[union-attr]


def test_a_return_reopens_the_report(commune: Services, tmp_path: Path) -> None:
    row = fill(commune)
    sent = commune.packages.send(period=P, forms=[F])
    with pytest.raises(UserError):
        commune.entry.set_values([(row, 3, 21)], form=F, period=P)
    path = tmp_path / "reply.egovr"
    write_reply(path, reply(sent))

    recorded = commune.packages.import_reply(path)

    assert recorded.reply_kind == RETURN
    assert recorded.reply_reason == "Thiếu số liệu lĩnh vực Chứng thực"
    lock = commune.packages.lock(F, P)
    assert lock is not None and not lock.locked
    assert "Thiếu số liệu" in lock.reopen_reason
    changed = commune.entry.set_values([(row, 4, 6), (row, 3, 21)], form=F, period=P)
    assert {(c.column, c.new) for c in changed} == {(4, 6), (3, 21)}


def test_no_package_file_outlives_a_failed_send(
    commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from egov_desktop.errors import StorageError

    fill(commune)
    usb = tmp_path / "usb"
    usb.mkdir()

    def full(*_args: object, **_kwargs: object) -> None:
        raise StorageError("Ổ đĩa đã đầy")

    monkeypatch.setattr(type(commune.packages), "_lock", staticmethod(full))
    with pytest.raises(StorageError):
        commune.packages.send(period=P, out=usb)
    assert list(usb.iterdir()) == [] and not any(commune.paths.outbox.glob("*.egov"))
    assert commune.packages.sent() == []


def test_figures_counted_in_the_former_mode_are_not_sent(commune: Services, tmp_path: Path) -> None:
    """The package says Q3 runs 01/07–30/09; the figures were counted 15/06–14/09."""
    row = fill(commune)
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    assert set(commune.packages.mode_refusals(P)) == {F}
    with pytest.raises(StoredModeError) as caught:
        commune.packages.send(period=P, forms=[F], out=tmp_path)
    assert "15/06/2025 – 14/09/2025" in caught.value.message
    assert commune.packages.sent() == [] and not list(tmp_path.glob("*.egov"))
    # Entered again in the new mode (reopened first: a completed report is not changed).
    commune.entry.set_status(form=F, period=P, status="in_progress")
    commune.entry.set_values([(row, 3, GOOD[3])], form=F, period=P, adopt_mode=True)
    commune.entry.set_status(form=F, period=P, status="done")
    assert commune.packages.mode_refusals(P) == {}
    sent = read_package(Path(commune.packages.send(period=P, forms=[F], out=tmp_path).file))
    assert sent.manifest.periods[0].mode == "calendar"


def test_a_sent_report_is_not_moved_to_another_mode(commune: Services, tmp_path: Path) -> None:
    """Locked as sent: recording the new mode over it is a change, refused like one."""
    row = fill(commune)
    commune.packages.send(period=P, forms=[F], out=tmp_path)
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    with pytest.raises(ValidationError, match="đã được gửi"):
        commune.entry.set_values([(row, 3, GOOD[3])], form=F, period=P, adopt_mode=True)


def test_a_2025_commune_makes_no_package_of_a_period_before_the_reform(
    commune: Services, tmp_path: Path
) -> None:
    """Every office refuses it: the old communes reported those periods (package_checks)."""
    early = "2025-Q2"
    row = commune.sectors.find("Hộ tịch").id
    commune.entry.set_values([(row, col, v) for col, v in GOOD.items()], form=F, period=early)
    commune.entry.set_status(form=F, period=early, status="done")
    refusal = commune.packages.period_refusal(early)
    assert refusal is not None and refusal.startswith(
        "Không tạo gói báo cáo của Phường Ba Đình (mã 00004) cho Quý II năm 2025 (15/03/2025 – "
        "14/06/2025), kết thúc trước ngày 01/07/2025: Phường Ba Đình được thành lập từ ngày "
        "01/07/2025, báo cáo các kỳ này là của các xã, phường cũ (Phường Trúc Bạch (mã cũ "
        "00004); "
    )
    with pytest.raises(ValidationError) as caught:
        commune.packages.send(period=early, forms=[F], out=tmp_path)
    assert caught.value.message == refusal
    assert commune.packages.sent() == [] and commune.packages.lock(F, early) is None
    assert not list(commune.paths.outbox.glob("*.egov")) and not list(tmp_path.glob("*.egov"))
    # 2025-Q3 of the cut-off mode starts on 15/06/2025 and ends after the reform: it goes.
    assert commune.packages.period_refusal(P) is None


def test_a_sent_form_sent_again_unchanged_with_a_new_one_is_no_correction(
    commune: Services, tmp_path: Path
) -> None:
    """v2 carries II.06a as v1 sent it, still locked, and II.07b for the first time."""
    fill(commune)
    first = commune.packages.send(period=P, forms=[F], out=tmp_path)
    assert first.kind == "report"
    commune.entry.set_status(form="II.07b", period=P, status="done", note="Không có TTHC mới")
    second = commune.packages.send(period=P, forms=[F, "II.07b"], out=tmp_path)
    assert (second.version, second.kind, second.reason) == (2, "report", "")
    # Reopened with a reason, the next package is a correction carrying it.
    commune.packages.reopen(form=F, period=P, reason="Sửa số liệu Hộ tịch")
    commune.entry.set_status(form=F, period=P, status="done")
    third = commune.packages.send(period=P, forms=[F, "II.07b"], out=tmp_path)
    assert (third.version, third.kind, third.reason) == (3, "correction", "Sửa số liệu Hộ tịch")
    assert read_package(Path(third.file)).manifest.kind == "correction"


@pytest.mark.parametrize("usb", [LONG, "taken.xlsx"])
def test_an_out_path_the_system_refuses_sends_nothing(
    commune: Services, tmp_path: Path, usb: str
) -> None:
    fill(commune)
    (tmp_path / "taken.xlsx").write_bytes(b"a file, not a folder")
    out = tmp_path / usb
    with pytest.raises(ValidationError) as refused:
        commune.packages.send(period=P, forms=[F], out=out)
    says = f"Không chép được gói vào {out / 'BC_00004_2025-Q3_v1.egov'}: "
    taken = f"đã có tệp {out} trùng tên với thư mục cần tạo."
    message = refused.value.message
    assert message.startswith(says)
    assert refuses_long_name(message) if usb == LONG else message == says + taken
    assert commune.packages.sent() == [] and not any(commune.paths.outbox.glob("*.egov"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "taken.xlsx"]
    commune.packages.send(period=P, forms=[F], out=tmp_path / "usb")
    with pytest.raises(ValidationError) as refused:
        commune.packages.copy_sent(period=P, out=out)
    again = refused.value.message
    assert refuses_long_name(again) if usb == LONG else again.endswith(f": {taken}")
