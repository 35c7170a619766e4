"""A modal box nobody answers would hang the headless suite: fail the test instead."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox


def _unanswered(*args: Any, **kwargs: Any) -> Any:
    texts = [a.text() if isinstance(a, QMessageBox) else a for a in args if not callable(a)]
    raise AssertionError(f"a modal dialog opened in a test without an answer: {texts!r}")


@pytest.fixture(autouse=True)
def _no_unanswered_modals(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("answers_modals"):
        return  # the test answers its dialogs itself (a timer clicks the button)
    monkeypatch.setattr(QDialog, "exec", _unanswered)
    monkeypatch.setattr(QMessageBox, "exec", _unanswered)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_unanswered))
