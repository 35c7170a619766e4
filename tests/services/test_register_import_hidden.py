"""Register import: rows filed under a sector the unit hid are kept, and the preview says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierInput
from tests import registers

HEADER = ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả"]
HIDDEN_ROWS: list[list[object]] = [
    HEADER,
    ["H1", "Đất đai", "01/07/2025", "05/07/2025"],
    ["H2", "dat dai", "01/07/2025", "05/07/2025"],  # without its accents: that sector
    ["H3", " ĐẤT  ĐAI ", "01/07/2025", "05/07/2025"],
    ["H4", "Hộ tịch", "01/07/2025", "05/07/2025"],
    ["H5", "Đất đai", "hôm qua", "05/07/2025"],  # rejected: not filed anywhere
    ["H6", "Trẻ em", "01/07/2025", "05/07/2025"],
]


def hide(services: Services, *names: str) -> None:
    for name in names:
        services.sectors.set_hidden(services.sectors.find(name).id, True)


def test_rows_under_a_hidden_sector_are_kept_and_named_with_their_count(
    commune: Services, tmp_path: Path
) -> None:
    hide(commune, "Trẻ em", "Đất đai")
    path = registers.write_rows(tmp_path / "h.xlsx", HIDDEN_ROWS)
    preview = commune.register_import.preview(path)
    # In the unit's order (Đất đai is listed before Trẻ em), each with the rows filed there.
    assert [(s.name, s.rows) for s in preview.hidden_sectors] == [("Đất đai", 3), ("Trẻ em", 1)]
    assert preview.new_sectors == ()
    assert (preview.new, [r.row for r in preview.rejected]) == (5, [6])
    note = next(n for n in preview.notes if n.startswith("Lĩnh vực đang ẩn:"))
    assert note.startswith(
        "Lĩnh vực đang ẩn: Đất đai (3 dòng), Trẻ em (1 dòng). Các dòng này vẫn được nhập vào"
        " lĩnh vực đó, và lĩnh vực sẽ hiện lại trong báo cáo"
    )
    assert "hiện lại lĩnh vực ở trang Lĩnh vực" in note and "egov " not in note
    assert commune.register.count() == 0
    done = commune.register_import.apply(path)
    assert done.hidden_sectors == preview.hidden_sectors
    # Once applied, the same note says what the import did.
    (applied,) = [n for n in done.notes if n.startswith("Lĩnh vực đang ẩn:")]
    assert applied.startswith(
        "Lĩnh vực đang ẩn: Đất đai (3 dòng), Trẻ em (1 dòng). Các dòng này đã được nhập vào"
        " lĩnh vực đó, và lĩnh vực đã hiện lại trong báo cáo"
    )
    sectors = {d.code: d.sector for d in commune.register.list()}
    assert [sectors[c] for c in ("H1", "H2", "H3")] == ["Đất đai", "Đất đai", "ĐẤT ĐAI"]
    # The import shows nothing again: the list stays as the unit left it ...
    assert commune.sectors.find("Đất đai").hidden and commune.sectors.find("Trẻ em").hidden
    # ... and the report has the hidden sector's row for the dossiers filed under it.
    rows = {r.sector: r.values[3] for r in commune.stats.compute(period="2025-M07").rows}
    assert rows["Đất đai"] == 3 and rows["Trẻ em"] == 1


def test_only_dossiers_filed_or_moved_under_the_hidden_sector_are_counted(
    commune: Services, tmp_path: Path
) -> None:
    """A dossier filed there before the sector was hidden keeps it, as the register keeps it."""
    for code, sector in (("K1", "Đất đai"), ("K2", "Đất đai"), ("K3", "Hộ tịch")):
        commune.register.add(
            DossierInput(
                code=code,
                sector=sector,
                channel="direct",
                received=date(2025, 7, 1),
                due=date(2025, 7, 5),
            )
        )
    hide(commune, "Đất đai")
    rows: list[list[object]] = [
        HEADER,
        ["K1", "Đất đai", "01/07/2025", "05/07/2025"],  # unchanged
        ["K2", "dat dai", "01/07/2025", "09/07/2025"],  # corrected: still its sector
        ["K3", "Đất đai", "01/07/2025", "05/07/2025"],  # moved into it
    ]
    preview = commune.register_import.preview(registers.write_rows(tmp_path / "k.xlsx", rows))
    assert (preview.unchanged, preview.updated) == (1, 2)
    assert [(s.name, s.rows) for s in preview.hidden_sectors] == [("Đất đai", 1)]
    assert any(n.startswith("Lĩnh vực đang ẩn: Đất đai (1 dòng).") for n in preview.notes)
    # The same file without the move says nothing about it.
    unmoved = registers.write_rows(tmp_path / "u.xlsx", rows[:3])
    preview = commune.register_import.preview(unmoved)
    assert preview.hidden_sectors == ()
    assert not any("đang ẩn" in note for note in preview.notes)


def test_a_file_without_hidden_sectors_says_nothing_of_them(
    commune: Services, tmp_path: Path
) -> None:
    path = registers.write_rows(tmp_path / "h.xlsx", HIDDEN_ROWS)
    preview = commune.register_import.preview(path)  # nothing hidden
    assert preview.hidden_sectors == () and not any("đang ẩn" in n for n in preview.notes)
    hide(commune, "Chứng thực")  # hidden, but no row names it
    assert commune.register_import.preview(path).hidden_sectors == ()
