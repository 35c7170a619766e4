from datetime import date

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError


def test_defaults_come_from_the_form_files(commune: Services) -> None:
    deadlines = {d.form: d for d in commune.deadlines.list()}
    assert deadlines["II.06a"].days == deadlines["II.06a"].default_days == 5
    assert not deadlines["II.06a"].overridden


def test_an_override_moves_the_todo_deadline_and_is_audited(commune: Services) -> None:
    today = date(2025, 10, 1)
    before = {(i.form, i.period_code): i for i in commune.entry.todo(today)}
    changed = commune.deadlines.set("ii.06a", 12)
    after = {(i.form, i.period_code): i for i in commune.entry.todo(today)}

    assert changed.days == 12 and changed.overridden
    key = ("II.06a", "2025-Q3")
    assert (after[key].deadline - before[key].deadline).days == 7
    with commune.database.uow() as uow:
        entries = [a for a in uow.audit.recent(50) if a.entity == "deadline"]
    assert [(a.entity_key, a.old_value, a.new_value) for a in entries] == [("II.06a", None, "12")]


def test_back_to_the_default(commune: Services) -> None:
    commune.deadlines.set("II.06a", 20)
    assert commune.deadlines.set("II.06a", None).days == 5
    assert not {d.form: d for d in commune.deadlines.list()}["II.06a"].overridden


@pytest.mark.parametrize("days", [-1, 366])
def test_absurd_deadlines_are_refused(commune: Services, days: int) -> None:
    with pytest.raises(ValidationError, match="Hạn nộp"):
        commune.deadlines.set("II.06a", days)
    assert {d.form: d for d in commune.deadlines.list()}["II.06a"].days == 5


def test_unknown_form_is_refused(commune: Services) -> None:
    with pytest.raises(ValidationError):
        commune.deadlines.set("II.99", 3)
