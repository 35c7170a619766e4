"""The office's to-do: its units' reports by deadline, how many have come in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services, open_services
from egov_desktop.config import AppPaths
from egov_desktop.errors import ValidationError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.entry_dto import STATUS_EMPTY, STATUS_IN_PROGRESS
from egov_desktop.services.setup import SetupRequest
from egov_desktop.services.unit_entry import UnitEntry
from tests.packages import package

P = "2025-Q3"
TODAY = date(2025, 10, 20)  # Q4 2025 under way; Q3 due on 19/09/2025


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Services]:
    built = open_services(AppPaths.resolve(tmp_path / "office"))
    built.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    yield built
    built.close()


def test_the_office_s_list_counts_the_units_that_reported(
    office: Services, commune: Services, tmp_path: Path
) -> None:
    before = {(i.form, i.period_code): i for i in office.completeness.todo(TODAY)}
    assert set(before) == {(f, p) for f in ("II.06a", "II.07b", "766") for p in (P, "2025-Q4")}
    expected = before[("II.06a", P)].expected
    assert expected is not None and expected > 100  # Hà Nội's communes
    assert before[("II.06a", P)].reported == 0 and before[("II.06a", P)].status == STATUS_EMPTY
    assert before[("II.06a", P)].days_left == (date(2025, 9, 19) - TODAY).days

    sector = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    row = {3: 12, 4: 10, 5: 2, 7: 10, 8: 5, 9: 4, 10: 1, 11: 2, 12: 1, 13: 1}
    commune.entry.set_values([(sector, c, v) for c, v in row.items()], form="II.06a", period=P)
    commune.entry.set_status(form="II.06a", period=P, status="done", note="ok")
    office.package_import.apply(Path(commune.packages.send(period=P, out=tmp_path).file))

    after = {(i.form, i.period_code): i for i in office.completeness.todo(TODAY)}
    item = after[("II.06a", P)]
    assert (item.reported, item.expected, item.status) == (1, expected, STATUS_IN_PROGRESS)
    assert after[("II.07b", P)].reported == 0
    ordered = [i.deadline for i in office.completeness.todo(TODAY)]
    assert ordered == sorted(ordered)


def test_a_commune_has_no_office_list(commune: Services) -> None:
    with pytest.raises(ValidationError):
        commune.completeness.todo(TODAY)


def test_what_the_office_holds_of_one_unit_s_report(office: Services, tmp_path: Path) -> None:
    office.package_import.apply(package(tmp_path / "v2.egov", {"Hộ tịch": {3: 1}}, version=2))
    held = UnitEntry(office.entry, "00004", office.completeness).held(form="II.06a", period=P)
    assert held is not None and (held.status, held.version) == (dto.RECEIVED, 2)
    other = UnitEntry(office.entry, "00025", office.completeness).held(form="II.06a", period=P)
    assert other is not None and (other.status, other.version) == (dto.MISSING, None)
    stranger = UnitEntry(office.entry, "99999", office.completeness)
    assert stranger.held(form="II.06a", period=P) is None
    assert UnitEntry(office.entry, "00004").held(form="II.06a", period=P) is None
