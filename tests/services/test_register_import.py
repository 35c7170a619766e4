import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from egov_desktop.bootstrap import Services
from egov_desktop.domain.dossiers import FLAGS
from egov_desktop.domain.register_columns import NOT_USED
from egov_desktop.errors import ValidationError
from egov_desktop.services.register_dto import DossierQuery
from tests import registers
from tests.clock import register_clock_at

WRITERS: dict[str, Callable[[Path], Path]] = {
    "xlsx": lambda p: registers.write_xlsx(p / "so.xlsx"),
    "xls": lambda p: registers.write_xls(p / "so.xls"),
    "html": lambda p: registers.write_html(p / "so_html.xls"),
}
HEADER = ["STT", "Mã hồ sơ", "Tên TTHC", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hạn xử lý"]


def tables(services: Services) -> dict[str, list[Any]]:
    conn = sqlite3.connect(services.paths.database)
    try:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("dossier", "audit_entry")
        }
    finally:
        conn.close()


def dossier_audit(services: Services) -> list[tuple[str, str, str | None, str | None, str]]:
    with services.database.uow() as uow:
        return [
            (a.entity_key, a.field, a.old_value, a.new_value, a.source)
            for a in reversed(uow.audit.recent(10_000))
            if a.entity == "dossier"
        ]


def write_book(
    path: Path, rows: list[list[object]], fonts: dict[tuple[int, int], str] | None = None
) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for (r, c), name in (fonts or {}).items():
        sheet.cell(row=r, column=c).font = Font(name=name)
    book.save(path)
    return path


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_realistic_register_imports_in_every_format(
    commune: Services, tmp_path: Path, kind: str
) -> None:
    """The office's register (title block, two-row header, numbering, footer) gives 4 dossiers."""
    path = WRITERS[kind](tmp_path)
    preview = commune.register_import.preview(path)
    assert (preview.new, preview.updated, preview.unchanged, preview.rejected) == (4, 0, 0, ())
    assert preview.layout.header_row == 5
    assert preview.layout.columns["resolved"] == "Ngày có kết quả"
    done = commune.register_import.apply(path)
    assert done.new == 4 and done.backup is not None and Path(done.backup).exists()
    found = {d.code: d for d in commune.register.list()}
    assert sorted(found) == ["H01.001", "H01.002", "H01.003", "H01.004"]
    first = found["H01.001"]
    assert first.applicant == "Nguyễn Văn An"  # NFD in the file, NFC in the register
    assert (first.channel, first.received, first.due) == (
        "online",
        date(2025, 7, 1),
        date(2025, 7, 3),
    )
    assert (first.resolved, first.returned, first.status) == (
        date(2025, 7, 2),
        date(2025, 7, 2),
        "Đã giải quyết",
    )
    second = found["H01.002"]
    assert (second.received, second.resolved, second.channel) == (
        date(2025, 7, 2),
        date(2025, 7, 2),
        "direct",
    )
    third = found["H01.003"]
    assert third.channel == "postal" and third.resolved is None
    assert third.status == "Đang giải quyết"
    if kind == "html":
        assert (third.received, third.due) == (date(2025, 7, 15), date(2025, 8, 4))
    else:  # Excel serial numbers 45850 and 45870
        assert (third.received, third.due) == (date(2025, 7, 12), date(2025, 8, 1))
    fourth = found["H01.004"]
    assert (fourth.status, fourth.due) == ("Chờ bổ sung", date(2025, 7, 15))


def test_reimport_changes_nothing(commune: Services, tmp_path: Path) -> None:
    """Importing the same file twice changes nothing: no row, no audit, no backup."""
    path = registers.write_xlsx(tmp_path / "so.xlsx")
    commune.register_import.apply(path)
    before = tables(commune)
    backups = len(commune.backups.list())
    again = commune.register_import.apply(path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)
    assert again.backup is None
    assert tables(commune) == before
    assert len(commune.backups.list()) == backups


def test_changed_row_updates_its_dossier_with_audit(commune: Services, tmp_path: Path) -> None:
    """The HTML copy moved H01.003's dates: the dossier is updated in place and audited."""
    commune.register_import.apply(registers.write_xlsx(tmp_path / "so.xlsx"))
    ids = {d.code: d.id for d in commune.register.list()}
    done = commune.register_import.apply(registers.write_html(tmp_path / "so.xls"))
    assert (done.new, done.updated, done.unchanged) == (0, 1, 3)
    assert commune.register.count() == 4
    third = commune.register.find("H01.003")
    assert third.id == ids["H01.003"]
    assert (third.received, third.due) == (date(2025, 7, 15), date(2025, 8, 4))
    changes = [a for a in dossier_audit(commune) if a[1] != "created"]
    assert changes == [
        ("H01.003", "received", "2025-07-12", "2025-07-15", "import:so.xls"),
        ("H01.003", "due", "2025-08-01", "2025-08-04", "import:so.xls"),
    ]
    created = [a for a in dossier_audit(commune) if a[1] == "created"]
    assert [a[0] for a in created] == ["H01.001", "H01.002", "H01.003", "H01.004"]


def test_an_edit_made_meanwhile_under_a_clock_set_back_is_not_overwritten(
    commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clerk corrects a dossier while the import backs up, the clock set back years.

    Its time is older than the register's newest change: only the register's revision tells
    the plan made before is stale, so the import plans again and keeps the correction.
    """
    commune.register_import.apply(registers.write_xlsx(tmp_path / "so.xlsx"))
    third = commune.register.find("H01.003")
    back_up = commune.backups.create

    def correct_then_back_up(reason: str) -> Any:
        register_clock_at(monkeypatch, datetime(2020, 1, 1, 8))
        commune.register.update(third.id, {"lead_agency": "Phòng Tư pháp"})
        return back_up(reason)

    monkeypatch.setattr(commune.backups, "create", correct_then_back_up)
    done = commune.register_import.apply(registers.write_html(tmp_path / "so.xls"))
    assert done.updated == 1
    third = commune.register.find("H01.003")
    assert third.lead_agency == "Phòng Tư pháp"
    assert (third.received, third.due) == (date(2025, 7, 15), date(2025, 8, 4))


def test_dry_run_writes_nothing(commune: Services, tmp_path: Path) -> None:
    """A preview neither writes nor backs up."""
    path = registers.write_xlsx(tmp_path / "so.xlsx")
    before = tables(commune)
    preview = commune.register_import.preview(path)
    assert preview.new == 4
    assert tables(commune) == before
    assert [b for b in commune.backups.list() if b.reason == "before-import"] == []


def test_rejected_rows_have_numbers_and_reasons(commune: Services, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["SỔ THEO DÕI HỒ SƠ"],
        HEADER,
        [1, "A1", "Khai sinh", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025"],
        [2, "A2", "Khai sinh", "Hộ tịch", "Bồ câu", "01/07/2025", "03/07/2025"],
        [3, "A3", "Khai sinh", "Hộ tịch", "Trực tiếp", "31/02/2025", "03/07/2025"],
        [4, "A4", "Khai sinh", "Hộ tịch", "Trực tiếp", "05/07/2025", "03/07/2025"],
        [5, "A1", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
        [6, None, "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
        [7, "A7", "Khai sinh", "Hộ tịch", "Trực tiếp", None, "03/07/2025"],
        [8, "A8", "Khai sinh", None, "Trực tiếp", "01/07/2025", "03/07/2025"],
    ]
    path = write_book(tmp_path / "loi.xlsx", rows)
    preview = commune.register_import.preview(path)
    assert preview.new == 1
    reasons = {r.row: r.reason for r in preview.rejected}
    assert sorted(reasons) == [4, 5, 6, 7, 8, 9, 10]
    assert "Hình thức tiếp nhận không hợp lệ" in reasons[4] and "Bồ câu" in reasons[4]
    assert reasons[5] == 'Cột "Ngày nhận": "31/02/2025" không phải là ngày.'
    assert reasons[6] == "Ngày hẹn trả kết quả (03/07/2025) trước ngày nhận hồ sơ (05/07/2025)."
    assert reasons[7] == "Mã hồ sơ A1 trùng với dòng 3."
    assert reasons[8] == 'Thiếu "Mã hồ sơ".'
    assert reasons[9] == 'Thiếu "Ngày nhận".'
    assert "Không xác định được lĩnh vực" in reasons[10]
    done = commune.register_import.apply(path)
    assert done.new == 1 and len(done.rejected) == 7
    assert [d.code for d in commune.register.list()] == ["A1"]


def test_rows_with_impossible_dates_are_rejected_with_the_reason(
    commune: Services, tmp_path: Path
) -> None:
    header = [*HEADER, "Ngày có kết quả"]
    rows: list[list[object]] = [
        header,
        [1, "F1", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/01/2027", "05/01/2027", None],
        [2, "F2", "Khai sinh", "Hộ tịch", "Trực tiếp", "20/11/1900", "25/11/1900", None],
        [3, "F3", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/01/0001", "02/01/0001", None],
        [4, "F4", "Khai sinh", "Hộ tịch", "Trực tiếp", "20/11/2026", "25/11/2026", "01/12/2026"],
        [5, "F5", "Khai sinh", "Hộ tịch", "Trực tiếp", "20/11/2026", "25/11/2099", None],
        [6, "OK", "Khai sinh", "Hộ tịch", "Trực tiếp", "20/11/2026", "25/11/2026", "23/11/2026"],
    ]
    path = write_book(tmp_path / "ngay.xlsx", rows)
    today = date(2026, 11, 23)
    preview = commune.register_import.preview(path, today=today)
    reasons = {r.row: r.reason for r in preview.rejected}
    assert preview.new == 1
    assert reasons == {
        2: "Ngày nhận hồ sơ (01/01/2027) sau ngày hôm nay (23/11/2026): ngày này chưa đến, "
        "hãy kiểm tra lại.",
        3: "Ngày nhận hồ sơ (20/11/1900) trước năm 2000: hãy kiểm tra lại năm.",
        4: "Ngày nhận hồ sơ (01/01/0001) trước năm 2000: hãy kiểm tra lại năm.",
        5: "Ngày kết thúc hồ sơ (01/12/2026) sau ngày hôm nay (23/11/2026): ngày này chưa đến, "
        "hãy kiểm tra lại.",
        6: "Ngày hẹn trả kết quả (25/11/2099) cách ngày nhận hồ sơ (20/11/2026) hơn 5 năm: "
        "hãy kiểm tra lại năm.",
    }
    done = commune.register_import.apply(path, today=today)
    assert (done.new, len(done.rejected)) == (1, 5)
    assert [d.code for d in commune.register.list()] == ["OK"]
    assert commune.register.find("OK").status == "Đã giải quyết"


def test_codes_are_matched_whatever_their_case(commune: Services, tmp_path: Path) -> None:
    first = [
        HEADER,
        [1, "HS-010", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
    ]
    commune.register_import.apply(write_book(tmp_path / "a.xlsx", first))
    again = [
        HEADER,
        [1, "hs-010", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "04/07/2025"],
        [2, "HS-011", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
        [3, "hs-011", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
    ]
    done = commune.register_import.apply(write_book(tmp_path / "b.xlsx", again))
    assert (done.new, done.updated) == (1, 1)
    assert [(r.row, r.reason) for r in done.rejected] == [(4, "Mã hồ sơ hs-011 trùng với dòng 3.")]
    # The dossier keeps its code as the register writes it; only the due date changed.
    assert sorted(d.code for d in commune.register.list()) == ["HS-010", "HS-011"]
    assert commune.register.find("HS-010").due == date(2025, 7, 4)
    assert [a[:4] for a in dossier_audit(commune)[-2:]] == [
        ("HS-010", "due", "2025-07-03", "2025-07-04"),
        ("HS-011", "created", None, "Đang giải quyết"),
    ]


def test_a_code_stored_in_two_cases_is_not_guessed(commune: Services, tmp_path: Path) -> None:
    """A register written before codes were compared so: the file row names no one dossier."""
    rows = [
        HEADER,
        [1, "HS-010", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
        [2, "HS-011", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
    ]
    commune.register_import.apply(write_book(tmp_path / "a.xlsx", rows))
    conn = sqlite3.connect(commune.paths.database)
    with conn:
        conn.execute("UPDATE dossier SET code = 'hs-010' WHERE code = 'HS-011'")
    conn.close()
    rows[1:] = [
        [1, "HS-010", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
        [2, "hs-010", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
        [3, "Hs-010", "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "05/07/2025"],
    ]
    preview = commune.register_import.preview(write_book(tmp_path / "b.xlsx", rows))
    assert (preview.new, preview.updated, preview.unchanged) == (0, 0, 2)
    assert [(r.row, r.reason) for r in preview.rejected] == [
        (
            4,
            "Mã hồ sơ Hs-010 khớp với nhiều hồ sơ đã có trong sổ, chỉ khác chữ hoa, chữ thường"
            " (HS-010, hs-010): hãy sửa mã của các hồ sơ đó trước.",
        )
    ]


def test_a_code_too_long_is_rejected_with_its_beginning(commune: Services, tmp_path: Path) -> None:
    rows = [
        HEADER,
        [1, "Y" * 65, "Khai sinh", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025"],
    ]
    preview = commune.register_import.preview(write_book(tmp_path / "dai.xlsx", rows))
    assert [(r.row, r.reason) for r in preview.rejected] == [
        (2, f'Mã hồ sơ "{"Y" * 20}…" quá dài (65 ký tự, tối đa 64 ký tự).')
    ]


def test_status_defaults_by_dates_and_sector_from_the_catalogue(
    commune: Services, tmp_path: Path
) -> None:
    """Without a status column the dates decide; without a sector the TTHC catalogue does."""
    from egov_desktop.services.register_dto import ProcedureInput

    commune.catalogue.add(ProcedureInput(code="1.001", name="Đăng ký khai tử", sector="Hộ tịch"))
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Tên TTHC", "Ngày nhận", "Hẹn trả kết quả", "Trả kết quả"],
        ["B1", "Đăng ký khai tử", "01/07/2025", "03/07/2025", "02/07/2025"],
        ["B2", "dang ky khai tu", "01/07/2025", "03/07/2025", None],
    ]
    preview = commune.register_import.apply(write_book(tmp_path / "b.xlsx", rows))
    assert preview.new == 2
    assert any("trực tiếp" in note for note in preview.notes)
    b1, b2 = commune.register.find("B1"), commune.register.find("B2")
    assert (b1.status, b1.resolved, b1.sector, b1.channel) == (
        "Đã giải quyết",
        date(2025, 7, 2),
        "Hộ tịch",
        "direct",
    )
    assert (b2.status, b2.resolved) == ("Đang giải quyết", None)


def test_a_hand_over_day_beside_an_empty_resolution_day_is_refused(
    commune: Services, tmp_path: Path
) -> None:
    """The register has both columns: an empty "Ngày có kết quả" says there is no result yet,
    so a "Ngày trả kết quả" beside it is a row to correct, never made the end date (it counted
    a pending dossier as resolved). With no resolution column, the hand-over day is the end."""
    rows: list[list[object]] = [
        [
            "Mã hồ sơ",
            "Lĩnh vực",
            "Ngày nhận",
            "Ngày hẹn trả",
            "Ngày có kết quả",
            "Ngày trả kết quả",
        ],
        ["R1", "Hộ tịch", "10/08/2025", "12/08/2025", "11/08/2025", "12/08/2025"],
        ["R2", "Hộ tịch", "10/08/2025", "12/08/2025", None, "11/08/2025"],
    ]
    preview = commune.register_import.apply(write_book(tmp_path / "r.xlsx", rows))
    assert preview.new == 1
    assert [(r.row, r.reason) for r in preview.rejected] == [
        (
            3,
            "Hồ sơ có ngày trả kết quả (11/08/2025) nhưng chưa có ngày có kết quả: hãy nhập ngày"
            " có kết quả (ngày kết thúc hồ sơ).",
        )
    ]
    assert commune.register.find("R1").resolved == date(2025, 8, 11)
    with pytest.raises(ValidationError, match="Không tìm thấy hồ sơ"):
        commune.register.find("R2")


def test_a_chosen_status_survives_a_reimport_without_status_column(
    commune: Services, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả kết quả", "Ngày có kết quả"],
        ["C1", "Hộ tịch", "01/07/2025", "03/07/2025", None],
    ]
    path = write_book(tmp_path / "c.xlsx", rows)
    commune.register_import.apply(path)
    dossier = commune.register.find("C1")
    commune.register.update(dossier.id, {"status": "Chờ bổ sung"})
    again = commune.register_import.apply(path)
    assert (again.updated, again.unchanged) == (0, 1)
    assert commune.register.find("C1").status == "Chờ bổ sung"


def test_legacy_font_text_is_converted(commune: Services, tmp_path: Path) -> None:
    """A TCVN3 (.VnTime) name is read as Unicode."""
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Người nộp"],
        ["D1", "Hộ tịch", "01/07/2025", "03/07/2025", "NguyÔn V¨n An"],
    ]
    path = write_book(tmp_path / "d.xlsx", rows, {(2, 5): ".VnTime"})
    commune.register_import.apply(path)
    assert commune.register.find("D1").applicant == "Nguyễn Văn An"
    assert commune.register.list(DossierQuery(search="nguyen van an"))[0].code == "D1"


def test_unknown_header_is_mapped_and_remembered(commune: Services, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Số hiệu", "Lĩnh vực", "Thời điểm nộp", "Hẹn trả"],
        ["E1", "Hộ tịch", "01/07/2025", "03/07/2025"],
    ]
    path = write_book(tmp_path / "e.xlsx", rows)
    layout = commune.register_import.inspect(path)
    assert not layout.complete and set(layout.missing) == {"code", "received"}
    assert (0, "Số hiệu") in layout.unplaced and (2, "Thời điểm nộp") in layout.unplaced
    with pytest.raises(ValidationError, match="Không tìm thấy dòng tiêu đề"):
        commune.register_import.preview(path)
    mapping = {"Số hiệu": "code", "Thời điểm nộp": "received"}
    assert commune.register_import.preview(path, mapping=mapping).new == 1
    kind = commune.register_import.remember_mapping(mapping)
    assert commune.register_import.remembered() == {kind: mapping}
    # The next file of the same kind is read without asking.
    assert commune.register_import.inspect(path).complete
    assert commune.register_import.apply(path).new == 1
    with pytest.raises(ValidationError):
        commune.register_import.remember_mapping({"Số hiệu": "colour"})


def test_a_recognised_column_can_be_read_as_another_field_or_left_out(
    commune: Services, tmp_path: Path
) -> None:
    """The title says "Ngày nhận", but this office writes the receipt date elsewhere."""
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Ngày tiếp nhận thực tế", "Ghi chú"],
        ["M1", "Hộ tịch", "01/01/2020", "01/07/2025", "chuyển phòng"],
    ]
    path = write_book(tmp_path / "m.xlsx", rows)
    guessed = commune.register_import.preview(path)
    assert guessed.layout.columns["received"] == "Ngày nhận"
    assert guessed.layout.headers == tuple(str(text) for text in rows[0])
    mapping = {"Ngày nhận": NOT_USED, "Ngày tiếp nhận thực tế": "received", "Ghi chú": NOT_USED}
    chosen = commune.register_import.preview(path, mapping=mapping)
    assert chosen.layout.columns == {
        "code": "Mã hồ sơ",
        "sector": "Lĩnh vực",
        "received": "Ngày tiếp nhận thực tế",
    }
    commune.register_import.remember_mapping(mapping)
    # The next file of this kind is read the chosen way without asking.
    assert commune.register_import.apply(path).new == 1
    dossier = commune.register.find("M1")
    assert (dossier.received, dossier.note) == (date(2025, 7, 1), "")


def test_hen_tra_is_the_due_date(commune: Services, tmp_path: Path) -> None:
    """A plain "Hẹn trả" column once went unread: late dossiers were counted on time."""
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Ngày có kết quả", "Người ký"],
        ["L1", "Hộ tịch", "18/11/2026", "21/11/2026", "22/11/2026", "Chủ tịch"],
    ]
    done = commune.register_import.apply(write_book(tmp_path / "l.xlsx", rows))
    assert done.layout.columns["due"] == "Hẹn trả"
    assert done.layout.unplaced == ((5, "Người ký"),)
    assert commune.register.find("L1").due == date(2026, 11, 21)


def test_a_yes_no_column_mapped_by_hand_is_read_even_if_mostly_odd(
    commune: Services, tmp_path: Path
) -> None:
    """Left out when its title alone placed it; read (odd cells rejected) when the user chose."""
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Thanh toán trực tuyến"],
        ["P1", "Hộ tịch", "01/07/2025", "x"],
        ["P2", "Hộ tịch", "01/07/2025", "150.000đ"],
        ["P3", "Hộ tịch", "01/07/2025", "200.000đ"],
    ]
    path = write_book(tmp_path / "p.xlsx", rows)
    guessed = commune.register_import.preview(path)
    assert (guessed.new, guessed.rejected) == (3, ())
    assert any("Thanh toán trực tuyến" in note for note in guessed.notes)
    chosen = commune.register_import.preview(path, mapping={"Thanh toán trực tuyến": "paid_online"})
    assert chosen.new == 1 and [r.row for r in chosen.rejected] == [3, 4]


def test_a_file_that_is_no_spreadsheet_is_refused(commune: Services, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("hello", encoding="utf-8")
    before = tables(commune)
    with pytest.raises(ValidationError):
        commune.register_import.apply(path)
    assert tables(commune) == before


FLAG_HEADER = [
    "Mã hồ sơ",
    "Lĩnh vực",
    "Hình thức nộp",
    "Ngày nhận",
    "Hạn xử lý",
    "Ngày có kết quả",
    "Thanh toán trực tuyến",
    "Nghĩa vụ tài chính",
    "Số hóa thành phần hồ sơ",
    "Số hóa kết quả",
    "Đồng bộ Cổng DVCQG",
    "Tái sử dụng thành phần hồ sơ",
    "Tái sử dụng từ Cổng DVCQG",
]


def test_yes_no_columns_fill_the_dossiers_flags_and_the_766_counts(
    commune: Services, tmp_path: Path
) -> None:
    """The provincial system's export carries the QĐ 766 yes/no columns: they are imported."""
    rows: list[list[object]] = [
        FLAG_HEADER,
        ["F1", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", "02/07/2025"]
        + ["x", "x", "Có", "Đã số hóa", 1, "x", None],
        ["F2", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", "02/07/2025"]
        + ["Đã thanh toán", None, "x", None, "02/07/2025", None, "✓"],
        ["F3", "Hộ tịch", "Trực tiếp", "01/07/2025", "03/07/2025", None]
        + [None, "Không", "Chưa số hóa", "0", "không", "-", None],
    ]
    done = commune.register_import.apply(write_book(tmp_path / "flags.xlsx", rows))
    assert (done.new, done.rejected) == (3, ())

    def held(code: str) -> tuple[bool, ...]:
        dossier = commune.register.find(code)
        return tuple(getattr(dossier, name) for name in FLAGS)

    assert held("F1") == (True, True, True, True, True, True, False)
    # Paid online implies an obligation; taken from the national portal implies reused.
    assert held("F2") == (True, True, True, False, True, True, True)
    assert held("F3") == (False,) * 7
    (row,) = commune.dvc.tracking("2025-Q3")
    assert (row.financial_obligation, row.paid_online, row.synced) == (2, 2, 2)
    assert (row.components_digitised, row.results_digitised) == (2, 1)
    assert (row.components_reused, row.components_reused_national) == (2, 1)


def test_a_file_without_yes_no_columns_keeps_the_flags_already_recorded(
    commune: Services, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        FLAG_HEADER[:5] + ["Thanh toán trực tuyến"],
        ["G1", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", "x"],
    ]
    commune.register_import.apply(write_book(tmp_path / "g.xlsx", rows))
    commune.register.update(commune.register.find("G1").id, {"components_digitised": True})
    plain = write_book(tmp_path / "g2.xlsx", [row[:5] for row in rows])
    again = commune.register_import.apply(plain)
    assert (again.updated, again.unchanged) == (0, 1)
    dossier = commune.register.find("G1")
    assert (dossier.paid_online, dossier.components_digitised) == (True, True)
    # The column present and the cell emptied: the dossier was not paid online after all.
    cleared = write_book(tmp_path / "g3.xlsx", [rows[0], [*rows[1][:5], None]])
    assert commune.register_import.apply(cleared).updated == 1
    assert commune.register.find("G1").paid_online is False
    assert ("G1", "paid_online", "True", "False", "import:g3.xlsx") in dossier_audit(commune)


def test_an_unreadable_yes_no_cell_rejects_its_row(commune: Services, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        FLAG_HEADER[:5] + ["Số hóa kết quả"],
        ["H1", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", "x"],
        ["H2", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", "bản giấy"],
    ]
    preview = commune.register_import.preview(write_book(tmp_path / "h.xlsx", rows))
    assert preview.new == 1
    assert [(r.row, r.reason) for r in preview.rejected] == [
        (
            3,
            'Cột "Số hóa kết quả": không hiểu "bản giấy" (ghi "x" hoặc "có" nếu có, để trống'
            ' hoặc "không" nếu không).',
        )
    ]


def test_a_yes_no_title_over_other_content_is_left_out_with_a_note(
    commune: Services, tmp_path: Path
) -> None:
    """ "Thanh toán trực tuyến" holding amounts is no yes/no column: the rows still import."""
    rows: list[list[object]] = [
        FLAG_HEADER[:5] + ["Thanh toán trực tuyến"],
        ["K1", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", "50.000"],
        ["K2", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", 20000],
        ["K3", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", None],
    ]
    done = commune.register_import.apply(write_book(tmp_path / "k.xlsx", rows))
    assert (done.new, done.rejected) == (3, ())
    assert done.notes[0] == (
        'Cột "Thanh toán trực tuyến" không ghi có/không (ví dụ "50.000"): đã bỏ qua cột này,'
        " các hồ sơ đã có giữ nguyên thông tin này."
    )
    assert not commune.register.find("K1").paid_online
    assert list(done.layout.columns) == ["code", "sector", "channel", "received", "due"]


ENDED_WITHOUT_DATE: list[list[object]] = [
    ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Ngày có kết quả", "Trạng thái"],
    ["C1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Đã giải quyết"],
    ["C2", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Rút hồ sơ"],
    ["C3", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Đã giải quyết"],
    ["C4", "Hộ tịch", "01/07/2025", None, None, "Trả lại"],
    ["C5", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Dừng giải quyết"],
]


def test_rows_kept_without_a_date_they_need_are_listed(commune: Services, tmp_path: Path) -> None:
    """Kept, as the register keeps what it finds, but each named by its row and missing date."""
    path = write_book(tmp_path / "c.xlsx", ENDED_WITHOUT_DATE)
    preview = commune.register_import.preview(path)
    assert (preview.new, preview.rejected) == (5, ())
    assert [(w.row, w.reason) for w in preview.warnings] == [
        (3, 'Hồ sơ ở trạng thái "Rút hồ sơ" phải có ngày kết thúc (ngày rút hoặc trả lại).'),
        (
            4,
            'Hồ sơ ở trạng thái "Đã giải quyết" phải có ngày có kết quả (ngày kết thúc hồ sơ); '
            'hồ sơ chưa có kết quả thì để trạng thái theo các ngày hoặc chọn "Đang giải quyết".',
        ),
        (5, "Hồ sơ nhận ngày 01/07/2025 chưa có ngày hẹn trả kết quả."),
        (5, 'Hồ sơ ở trạng thái "Trả lại" phải có ngày kết thúc (ngày rút hoặc trả lại).'),
    ]
    assert any(note.startswith("3 dòng có hồ sơ còn thiếu ngày") for note in preview.notes)
    assert commune.register.count() == 0
    done = commune.register_import.apply(path)
    assert done.new == 5 and [w.row for w in done.warnings] == [3, 4, 5, 5]
    # The dossier says the same, for the register page and `dossiers list`.
    assert commune.register.find("C3").problems == (done.warnings[1].reason,)
    assert commune.register.find("C5").problems == ()


def test_rows_with_an_open_status_and_an_end_date_are_listed_to_check(
    commune: Services, tmp_path: Path
) -> None:
    """Kept and counted by their dates (§5.2), but named: the status or the date is a slip."""
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Ngày có kết quả", "Trạng thái"],
        ["O1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Đang xử lý"],
        ["O2", "Hộ tịch", "01/07/2025", "05/07/2025", "04/07/2025", "Chờ bổ sung"],
        ["O3", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Chờ bổ sung"],
        ["O4", "Hộ tịch", "01/07/2025", "05/07/2025", "04/07/2025", "Đã giải quyết"],
        ["O5", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Đã giải quyết"],
    ]
    preview = commune.register_import.preview(write_book(tmp_path / "o.xlsx", rows))
    assert (preview.new, preview.rejected) == (5, ())
    assert [(w.row, w.to_check) for w in preview.warnings] == [(2, True), (3, True), (6, False)]
    assert preview.warnings[1].reason == (
        'Hồ sơ có ngày có kết quả (04/07/2025) nhưng trạng thái là "Chờ bổ sung": hồ sơ được'
        " tính là đã giải quyết. Nếu hồ sơ chưa có kết quả, hãy xóa ngày có kết quả; nếu đã có,"
        ' hãy chọn trạng thái "Đã giải quyết".'
    )
    assert "Đang giải quyết" in preview.warnings[0].reason  # "Đang xử lý", as stored
    done = commune.register_import.apply(write_book(tmp_path / "o.xlsx", rows))
    assert done.warnings == preview.warnings
    assert "1 dòng có hồ sơ còn thiếu ngày" in " ".join(preview.notes)
    assert (
        "2 dòng có ngày có kết quả nhưng trạng thái là đang giải quyết hoặc chờ bổ sung (danh"
        " sách bên dưới): các dòng này vẫn được nhập, hồ sơ được tính là đã giải quyết theo ngày"
        " có kết quả. Hãy xem lại trạng thái hoặc ngày trong tệp."
    ) in preview.notes
    assert commune.register.find("O2").warnings == (preview.warnings[1].reason,)


NEW_SECTORS: list[list[object]] = [
    ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả"],
    ["S1", "Sector Mới", "01/07/2025", "05/07/2025"],
    ["S2", "ho tich", "01/07/2025", "05/07/2025"],
    ["S3", "SECTOR MỚI", "01/07/2025", "05/07/2025"],
    ["S4", "CHỨNG THỰC", "01/07/2025", "05/07/2025"],
    ["S5", "Ân xá", "01/07/2025", "05/07/2025"],
    ["S6", "Sector Mới", "hôm qua", "05/07/2025"],
]


def test_new_sectors_are_named_with_their_rows_and_kept(commune: Services, tmp_path: Path) -> None:
    """A sector no known one is becomes a report row: the preview says so before it does."""
    path = write_book(tmp_path / "s.xlsx", NEW_SECTORS)
    preview = commune.register_import.preview(path)
    assert [(s.name, s.rows) for s in preview.new_sectors] == [("Ân xá", 1), ("Sector Mới", 2)]
    assert any(
        note.startswith("Lĩnh vực mới: Ân xá (1 dòng), Sector Mới (2 dòng). ")
        for note in preview.notes
    )
    assert preview.new == 5 and [r.row for r in preview.rejected] == [7]
    commune.register_import.apply(path)
    sectors = {d.code: d.sector for d in commune.register.list()}
    # Without its accents, a known sector is that sector: it starts no row of its own.
    assert sectors == {
        "S1": "Sector Mới",
        "S2": "Hộ tịch",
        "S3": "SECTOR MỚI",
        "S4": "CHỨNG THỰC",
        "S5": "Ân xá",
    }
    rows = [r.sector for r in commune.stats.compute(period="2025-M07").rows]
    assert rows.count("Hộ tịch") == 1 and "ho tich" not in rows
    assert [name.casefold() for name in rows[-2:]] == ["ân xá", "sector mới"]
    # Once in the register they are known: importing the file again names none.
    assert commune.register_import.preview(path).new_sectors == ()


def test_how_each_applicant_takes_the_result_is_imported_and_kept(
    commune: Services, tmp_path: Path
) -> None:
    """Mẫu số 07's "Phương thức nhận kết quả": read as written; absent, a stored one stays."""
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hình thức nộp", "Phương thức nhận kết quả"],
        ["C1", "Hộ tịch", "01/07/2025", "Trực tiếp", "Qua dịch vụ bưu chính công ích"],
        ["C2", "Hộ tịch", "01/07/2025", "Trực tuyến", None],
    ]
    assert commune.register_import.apply(write_book(tmp_path / "c.xlsx", rows)).new == 2
    c1, c2 = commune.register.find("C1"), commune.register.find("C2")
    assert (c1.result_delivery, c1.channel) == ("Qua dịch vụ bưu chính công ích", "direct")
    assert c2.result_delivery == ""
    without = [row[:4] for row in rows]
    preview = commune.register_import.apply(write_book(tmp_path / "d.xlsx", without))
    assert preview.updated == 0
    assert commune.register.find("C1").result_delivery == "Qua dịch vụ bưu chính công ích"
