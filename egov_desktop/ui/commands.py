"""Undo steps of the entry grid: each undo or redo is a new, audited write through the services."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from egov_desktop.services.entry_dto import SOURCE_TYPED

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import CellChange
    from egov_desktop.ui.models.entry_table_model import Change

#: Audit source of the writes made by undo and redo: the services know typed, pasted, computed
#: and imported; an undo is the clerk retyping the old figures.
SOURCE_UNDO = SOURCE_REDO = SOURCE_TYPED


class CellWriter(Protocol):
    """Writes a batch of cells of one form and period; False when the service refused."""

    def write_cells(
        self, form: str, period: str, changes: Sequence[Change], source: str
    ) -> bool: ...


class EditCellsCommand(QUndoCommand):
    """A batch of cells already written (typed, pasted, cleared, carried over).

    The write happens before the command is pushed, so a refused write never reaches the stack;
    the first redo(), which QUndoStack.push() calls, therefore does nothing.
    """

    def __init__(
        self,
        writer: CellWriter,
        *,
        form: str,
        period: str,
        changes: Sequence[CellChange],
        text: str,
    ) -> None:
        super().__init__(text)
        self._writer = writer
        self.form = form
        self.period = period
        self.changes = tuple(changes)
        self._pushed = False

    @override
    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        new = [(c.sector_id, c.column, c.new) for c in self.changes]
        if not self._writer.write_cells(self.form, self.period, new, SOURCE_REDO):
            self.setObsolete(True)  # the stack drops a step that can no longer be replayed

    @override
    def undo(self) -> None:
        old = [(c.sector_id, c.column, c.old) for c in self.changes]
        if not self._writer.write_cells(self.form, self.period, old, SOURCE_UNDO):
            self.setObsolete(True)
