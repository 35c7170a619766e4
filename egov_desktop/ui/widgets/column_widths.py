"""Column widths from the longest text a column can hold, measured in the table's font.

Sizing to contents reads every row (a million in the register) and measures to the pixel,
which some styles then draw with more padding than they measured: texts came out cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QTableView


def fit_to_samples(table: QTableView, samples: Mapping[int, Iterable[str]]) -> None:
    """Each column at least as wide as its widest sample and its header, with room to spare."""
    metrics = table.fontMetrics()
    pad = 2 * metrics.averageCharWidth()
    header = table.horizontalHeader()
    for column, texts in samples.items():
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        table.setColumnWidth(column, max(widest + pad, header.sectionSizeHint(column)))
