"""Where a dossier sits in the register's list: the page a window scrolls to after saving."""

from datetime import date

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierQuery
from tests.registers import add_dossier


def _add(services: Services, code: str, received: date, sector: str = "Hộ tịch") -> int:
    return add_dossier(services, code, received, due=date(2025, 8, 1), sector=sector).id


def test_the_position_is_the_row_in_the_list_s_order_or_none_when_filtered_out(
    commune: Services,
) -> None:
    ids = {
        "A": _add(commune, "A", date(2025, 7, 1)),
        "B": _add(commune, "B", date(2025, 7, 3)),
        "C": _add(commune, "C", date(2025, 7, 1), sector="Chứng thực"),
        "D": _add(commune, "D", date(2025, 6, 30)),
    }
    listed = [d.code for d in commune.register.list(limit=10)]
    assert listed == ["B", "C", "A", "D"]  # newest receipts first, the later entry first
    for code, dossier_id in ids.items():
        assert commune.register.position(dossier_id) == listed.index(code)
    only = DossierQuery(sector="Hộ tịch")
    assert [d.code for d in commune.register.list(only, limit=10)] == ["B", "A", "D"]
    assert commune.register.position(ids["A"], only) == 1
    assert commune.register.position(ids["C"], only) is None
    assert commune.register.position(10_000) is None
