from datetime import datetime
from pathlib import Path

import pytest

from egov_desktop.db.database import Database, open_database
from egov_desktop.db.models import ReportRow, Unit
from egov_desktop.errors import StorageError


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "egov.sqlite", tmp_path / "backups")
    with database.uow() as uow:
        uow.units.add(
            Unit(
                id=1,
                catalog="2025",
                code="00004",
                name="Phường Ba Đình",
                level="commune",
                kind="Phường",
                province_code="01",
                province_name="Thành phố Hà Nội",
                created_at=datetime(2025, 7, 1),
            )
        )
    return database


def test_values_put_replace_clear(db: Database) -> None:
    cell = (1, "II.06a", "2025-Q3", "sector:1", 3)
    with db.uow() as uow:
        assert not uow.values.any(1, "II.06a", "2025-Q3")
        uow.values.put(cell, value=4, source="typed")
        uow.values.put(cell, value=5, source="pasted")
    with db.uow() as uow:
        cells = uow.values.cells(1, "II.06a", "2025-Q3")
        assert list(cells) == [("sector:1", 3)]
        stored = cells[("sector:1", 3)]
        assert (stored.value, stored.source) == (5, "pasted")
        assert uow.values.any(1, "II.06a", "2025-Q3")
        assert not uow.values.any(1, "II.06a", "2025-Q2")
        uow.values.clear(cell)
    with db.uow() as uow:
        assert uow.values.cells(1, "II.06a", "2025-Q3") == {}
    db.close()


def test_one_row_per_report_row(db: Database) -> None:
    row = {"unit_id": 1, "form": "II.06a", "period": "2025-Q3", "row_key": "sector:1"}
    with pytest.raises(StorageError, match="vừa được lưu từ nơi khác"), db.uow() as uow:
        uow.values._session.add_all(
            [ReportRow(**row, cells='{"3":[1,"typed"]}'), ReportRow(**row, cells="{}")]
        )
    db.close()


def test_figures_merge_into_their_row_and_an_emptied_row_goes(db: Database) -> None:
    report = (1, "II.06a", "2025-Q3")
    with db.uow() as uow:
        rows = {("II.06a", "sector:1"): {3: 30, 4: 40, 5: 50}, ("II.06a", "sector:2"): {3: 7}}
        uow.values.put_rows(1, "2025-Q3", rows, "typed")
    with db.uow() as uow:
        # Another source's figures replace theirs; the row's others stay as they were.
        uow.values.put_rows(1, "2025-Q3", {("II.06a", "sector:1"): {4: 41}}, "package:00004:v2")
        uow.values.put((*report, "sector:1", 6), value=0, source='a"b')
        uow.values.clear_many([(*report, "sector:1", 5), (*report, "sector:2", 3)])
    with db.uow() as uow:
        assert uow.values.cells(*report) == {
            ("sector:1", 3): (30, "typed"),
            ("sector:1", 4): (41, "package:00004:v2"),
            ("sector:1", 6): (0, 'a"b'),
        }
        assert uow.values._session.connection().exec_driver_sql(
            "SELECT row_key FROM report_row"
        ).all() == [("sector:1",)]
        uow.values.clear((2, "II.06a", "2025-Q3", "sector:9", 3))  # nothing there: no error
    with db.uow() as uow:
        assert uow.values.totals_by_unit("II.06a", "2025-Q3", exclude_unit_id=0)[0][1] == {
            3: 30,
            4: 41,
            6: 0,
        }
    db.close()


def test_sectors_added_together_come_back_with_their_ids_in_order(db: Database) -> None:
    with db.uow() as uow:
        uow.sectors.add(1, "Đất đai", "đất đai", 1)
        added = uow.sectors.add_many(1, ["Hộ tịch", "Tư pháp", "Chứng thực"], 2)
        assert [(s.name, s.name_key, s.position) for s in added] == [
            ("Hộ tịch", "hộ tịch", 2),
            ("Tư pháp", "tư pháp", 3),
            ("Chứng thực", "chứng thực", 4),
        ]
        assert added == uow.sectors.keys(1)[1:]
        # More than one statement's worth: each name once, in order, with its own id.
        many = uow.sectors.add_many(1, [f"Lĩnh vực {i}" for i in range(1200)], 5)
        assert [s.position for s in many] == list(range(5, 1205))
        assert many == uow.sectors.keys(1)[4:]
    db.close()


def test_sectors_and_status(db: Database) -> None:
    with db.uow() as uow:
        uow.sectors.add(1, "Đất đai", "đất đai", 2)
        uow.sectors.add(1, "Hộ tịch", "hộ tịch", 1)
        uow.statuses.set(
            unit_id=1, form="II.06a", period="2025-Q3", status="done", note="x", actor="A"
        )
    with db.uow() as uow:
        assert [s.name for s in uow.sectors.ordered(1)] == ["Hộ tịch", "Đất đai"]
        assert uow.sectors.get(2, 1) is None
        status = uow.statuses.get(1, "II.06a", "2025-Q3")
        assert status is not None and (status.status, status.note) == ("done", "x")
        assert uow.statuses.get(1, "II.06a", "2025-Q4") is None
    db.close()
