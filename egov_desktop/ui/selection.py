"""What a list's selection points at."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView

T = TypeVar("T")


def single_selected(view: QAbstractItemView, items: Sequence[T]) -> T | None:
    """The item of the one selected row (rows in the order of `items`); None for none or many."""
    rows = {index.row() for index in view.selectionModel().selectedIndexes()}
    if len(rows) != 1:
        return None
    (row,) = rows
    return items[row] if row < len(items) else None
