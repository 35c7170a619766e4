from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from egov_desktop.db.database import Database, open_database
from egov_desktop.db.models import Unit
from egov_desktop.db.register_repositories import DOSSIER_FIELDS, DossierFilter
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.errors import StorageError
from tests.clock import register_clock_at


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "egov.sqlite", tmp_path / "backups")
    with database.uow() as uow:
        for unit_id, code in ((1, "00004"), (2, "00008")):
            uow.units.add(
                Unit(
                    id=unit_id, catalog="2025", code=code, name=code, level="commune",
                    kind="Phường", province_code="01", province_name="Hà Nội",
                    created_at=datetime(2025, 7, 1),
                )
            )  # fmt: skip
    return database


def row(unit_id: int, code: str, received: date, **extra: Any) -> dict[str, Any]:
    now = datetime(2025, 7, 1)
    values: dict[str, Any] = {
        "unit_id": unit_id, "code": code, "procedure_code": None, "procedure_name": "",
        "sector": "Hộ tịch", "applicant": "", "contact": "", "lead_agency": "",
        "result_delivery": "",
        "channel": "online", "received": received, "due": received, "resolved": None,
        "returned": None, "status": "Đang giải quyết", "financial_obligation": False,
        "paid_online": False, "components_digitised": False, "result_digitised": False,
        "synced": False, "components_reused": False, "components_reused_national": False,
        "note": "", "search_key": code.lower(), "created_at": now,
        "updated_at": now,
    }  # fmt: skip
    values.update(extra)
    return values


def test_bulk_insert_update_and_snapshot(db: Database) -> None:
    with db.uow() as uow:
        uow.dossiers.insert_many(
            [
                row(1, "A", date(2025, 7, 1)),
                row(1, "B", date(2025, 7, 2)),
                row(2, "A", date(2025, 7, 3)),
            ]
        )
    with db.uow() as uow:
        snap = uow.dossiers.snapshot(1, DOSSIER_FIELDS)
        assert sorted(snap) == ["A", "B"]
        changed = {**dict(zip(DOSSIER_FIELDS, snap["A"][1:], strict=True)), "note": "sửa"}
        uow.dossiers.update_many(1, DOSSIER_FIELDS, [{**changed, "row_id": snap["A"][0]}])
    with db.uow() as uow:
        assert uow.dossiers.by_code(1, "A").note == "sửa"  # type: ignore[union-attr]
        assert uow.dossiers.by_code(2, "A").note == ""  # type: ignore[union-attr]
        assert uow.dossiers.count(1, DossierFilter()) == 2
        window = DossierFilter(window=(date(2025, 7, 2), date(2025, 7, 31)), basis="received")
        assert [d.code for d in uow.dossiers.page(1, window, 0, 10)] == ["B"]


def test_same_code_ignores_case_and_keeps_to_the_unit(db: Database) -> None:
    long_code = "ABCDEFGHIJ-010"  # more spellings than are looked up through the index
    with db.uow() as uow:
        uow.dossiers.insert_many(
            [
                row(1, "HS-010", date(2025, 7, 1)),
                row(1, "hs-010", date(2025, 7, 2)),  # written before codes were compared so
                row(1, "HS-0100", date(2025, 7, 2)),
                row(1, "Hồ-Sơ-Đ1", date(2025, 7, 2)),
                row(1, long_code, date(2025, 7, 2)),
                row(2, "hs-010", date(2025, 7, 3)),
            ]
        )
    with db.uow() as uow:
        assert [d.code for d in uow.dossiers.same_code(1, "Hs-010")] == ["HS-010", "hs-010"]
        assert [d.code for d in uow.dossiers.same_code(1, "HỒ-SƠ-đ1")] == ["Hồ-Sơ-Đ1"]
        assert [d.code for d in uow.dossiers.same_code(1, long_code.lower())] == [long_code]
        assert uow.dossiers.same_code(1, "HS-01") == []


def test_code_is_unique_per_unit(db: Database) -> None:
    with pytest.raises(StorageError, match="vừa được lưu từ nơi khác"), db.uow() as uow:
        uow.dossiers.insert_many([row(1, "A", date(2025, 7, 1)), row(1, "A", date(2025, 7, 2))])
    with db.uow() as uow:
        assert uow.dossiers.count(1, DossierFilter()) == 0
        assert uow.dossiers.fingerprint(1) == (0, None, None, 0)  # nor is the revision raised


def test_update_many_keeps_to_its_unit(db: Database) -> None:
    with db.uow() as uow:
        uow.dossiers.insert_many([row(1, "A", date(2025, 7, 1))])
    with db.uow() as uow:
        stored = uow.dossiers.snapshot(1, DOSSIER_FIELDS)["A"]
        changed = {**dict(zip(DOSSIER_FIELDS, stored[1:], strict=True)), "note": "sửa"}
        uow.dossiers.update_many(2, DOSSIER_FIELDS, [{**changed, "row_id": stored[0]}])
    with db.uow() as uow:
        assert uow.dossiers.by_code(1, "A").note == ""  # type: ignore[union-attr]


def _fingerprint(db: Database, unit_id: int = 1) -> tuple[Any, ...]:
    with db.uow() as uow:
        return uow.dossiers.fingerprint(unit_id)


def _values(code: str, **extra: Any) -> dict[str, Any]:
    """What `add` takes: the dossier's fields, not its keys and bookkeeping."""
    return {f: v for f, v in row(1, code, date(2025, 7, 1), **extra).items() if f in DOSSIER_FIELDS}


@pytest.fixture
def register(db: Database) -> Database:
    """Unit 2's A, then unit 1's A and B written by an import on 02/07/2025 (B: highest id)."""
    with db.uow() as uow:
        uow.dossiers.insert_many(
            [
                row(2, "A", date(2025, 7, 1)),
                row(1, "A", date(2025, 7, 1), updated_at=datetime(2025, 7, 2, 8)),
                row(1, "B", date(2025, 7, 1), updated_at=datetime(2025, 7, 2, 8)),
            ]
        )
    return db


def test_an_edit_under_a_clock_set_back_changes_the_fingerprint(
    register: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit dated before the newest change leaves count, max id and max updated_at alone."""
    before = _fingerprint(register)
    register_clock_at(monkeypatch, datetime(2020, 1, 1, 8))
    with register.uow() as uow:
        first = uow.dossiers.by_code(1, "A")
        assert first is not None
        uow.dossiers.edit(first, {"note": "sửa"}, "a")
    after = _fingerprint(register)
    assert after[:3] == before[:3]  # what the fingerprint was made of: blind to this edit
    assert after != before


def test_a_delete_then_an_add_reusing_the_id_changes_the_fingerprint(
    register: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _fingerprint(register)
    register_clock_at(monkeypatch, datetime(2020, 1, 1, 8))
    with register.uow() as uow:
        last = uow.dossiers.by_code(1, "B")
        assert last is not None
        last_id = last.id
        uow.dossiers.delete(last)
    with register.uow() as uow:
        again = uow.dossiers.add(1, _values("C"), "c")
        assert again.id == last_id  # SQLite reuses the highest rowid (no AUTOINCREMENT)
    after = _fingerprint(register)
    assert after[:3] == before[:3]
    assert after != before


def _add(uow: UnitOfWork) -> None:
    uow.dossiers.add(1, _values("C"), "c")


def _edit(uow: UnitOfWork) -> None:
    found = uow.dossiers.by_code(1, "A")
    assert found is not None
    uow.dossiers.edit(found, {"note": "sửa"}, "a")


def _delete(uow: UnitOfWork) -> None:
    found = uow.dossiers.by_code(1, "A")
    assert found is not None
    uow.dossiers.delete(found)


def _insert_many(uow: UnitOfWork) -> None:
    uow.dossiers.insert_many([row(1, c, date(2025, 7, 1)) for c in ("C", "D", "E")])


def _update_many(uow: UnitOfWork) -> None:
    stored = uow.dossiers.snapshot(1, DOSSIER_FIELDS)
    rows = [
        {**dict(zip(DOSSIER_FIELDS, values[1:], strict=True)), "note": "sửa", "row_id": values[0]}
        for values in stored.values()
    ]
    uow.dossiers.update_many(1, DOSSIER_FIELDS, rows)


@pytest.mark.parametrize(
    "write",
    [_add, _edit, _delete, _insert_many, _update_many],
    ids=["add", "edit", "delete", "insert_many", "update_many"],
)
def test_every_write_raises_the_unit_s_revision_once(
    register: Database, write: Callable[[UnitOfWork], None]
) -> None:
    """One step per write however many rows it wrote, and only the written unit's."""
    before, other = _fingerprint(register), _fingerprint(register, 2)
    with register.uow() as uow:
        write(uow)
    assert _fingerprint(register)[3] == before[3] + 1
    assert _fingerprint(register, 2) == other


def test_a_write_rolled_back_leaves_the_revision(register: Database) -> None:
    before = _fingerprint(register)
    with pytest.raises(RuntimeError), register.uow() as uow:
        _edit(uow)
        assert uow.dossiers.fingerprint(1)[3] == before[3] + 1
        raise RuntimeError("the rest of the transaction failed")
    assert _fingerprint(register) == before


def test_ii06a_groups_by_sector_spelling(db: Database) -> None:
    with db.uow() as uow:
        uow.dossiers.insert_many(
            [
                row(1, "A", date(2025, 7, 1), resolved=date(2025, 7, 1)),
                row(1, "B", date(2025, 7, 2), sector="hộ tịch", channel="direct"),
                row(1, "C", date(2025, 5, 2), due=date(2025, 6, 1)),
                row(1, "D", date(2025, 5, 2), resolved=date(2025, 5, 3)),
            ]
        )
    with db.uow() as uow:
        got = dict(uow.dossiers.ii06a(1, date(2025, 7, 1), date(2025, 7, 31)))
    assert got["Hộ tịch"] == {3: 2, 4: 1, 5: 0, 6: 1, 7: 1, 8: 0, 9: 1, 10: 0, 11: 1, 12: 0, 13: 1}
    assert got["hộ tịch"] == {3: 1, 4: 0, 5: 1, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0, 11: 1, 12: 0, 13: 1}
