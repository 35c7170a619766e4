"""The data-exchange results: a new unit's figures counted at once, made when read."""

from __future__ import annotations

from datetime import datetime

from egov_desktop.services import exchange_dto as dto

CHANGES = (
    dto.ValueChange("II.06a", "2025-Q3", "Hộ tịch", 3, None, 4),
    dto.ValueChange("II.06a", "2025-Q3", "Hộ tịch", 4, None, 4),
)


def _counting() -> tuple[dto.NewFigures, list[int]]:
    calls: list[int] = []

    def make() -> tuple[dto.ValueChange, ...]:
        calls.append(1)
        return CHANGES

    return dto.NewFigures(len(CHANGES), make), calls


def test_new_figures_are_counted_without_being_made() -> None:
    figures, calls = _counting()
    assert len(figures) == 2 and bool(figures)
    assert calls == []


def test_new_figures_are_made_once_and_read_like_a_tuple() -> None:
    figures, calls = _counting()
    assert list(figures) == list(CHANGES)
    assert figures[1] == CHANGES[1] and figures[-1:] == CHANGES[-1:]
    assert figures == CHANGES and figures != CHANGES[:1]
    expected = CHANGES
    assert expected.__eq__(figures) is NotImplemented  # a tuple leaves it to the other side
    assert expected == figures
    assert hash(figures) == hash(CHANGES)
    assert calls == [1]


def test_a_new_unit_s_figures_ask_nothing_of_the_office() -> None:
    figures, calls = _counting()
    preview = dto.PackagePreview(
        status=dto.IMPORTED,
        unit_code="00004",
        unit_name="Phường Ba Đình",
        version=1,
        period="2025-Q3",
        forms=("II.06a",),
        kind="report",
        reason="",
        created_at=datetime(2025, 9, 18, 9, 0),
        officer="Nguyễn Văn An",
        new_unit=True,
        changes=figures,
    )
    assert preview.conflicts == ()
    assert calls == []
