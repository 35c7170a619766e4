"""The entry grid's edits: typed, cleared and pasted figures, each batch saved as one undo step.

A batch is written through the service at once (one transaction) and pushed on the page's undo
stack as an EditCellsCommand, whose undo and redo write again through `write_cells`. A report
that is complete or sent, or shown as counted in another period mode, is read only: each edit
is then refused, saying why and where the report can be changed. EntryView lays the page out
and shows the grid; what the grid's keys and clipboard do to the stored figures is here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from egov_desktop.errors import UserError
from egov_desktop.services.entry_dto import SOURCE_PASTED, SOURCE_TYPED
from egov_desktop.ui.commands import EditCellsCommand
from egov_desktop.ui.models.paste_plan import fill_block, parse_tsv, plan_paste

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import CellChange
    from egov_desktop.ui.models.entry_table_model import Change
    from egov_desktop.ui.views.entry_view import EntryView


class EntryEditing(QObject):
    """Saves what the clerk types, deletes or pastes on `page` (a commands.CellWriter)."""

    def __init__(self, page: EntryView) -> None:
        super().__init__(page)
        self._page = page

    def write_cells(self, form: str, period: str, changes: Sequence[Change], source: str) -> bool:
        """Undo and redo write here (commands.CellWriter); False when the service refused."""
        if self._save(form, period, changes, source) is None:
            return False
        page = self._page
        if (form, period) == (page.form_code, page.period_code):
            page.reload()
        return True

    def _write(self, changes: Sequence[Change], source: str, text: str) -> bool:
        """Save a batch (one transaction) and make it one undo step."""
        page = self._page
        if page.model.read_only:
            page.show_message(self._done_text(), error=True)
            return False
        done = self._save(page.form_code, page.period_code, changes, source)
        if done is None:
            return False
        page.show_message("")
        if done:
            page.undo_stack.push(
                EditCellsCommand(
                    self, form=page.form_code, period=page.period_code, changes=done, text=text
                )
            )
        page.reload()
        return True

    def _save(
        self, form: str, period: str, changes: Sequence[Change], source: str
    ) -> list[CellChange] | None:
        """The cells that changed; None when the service refused (its message is shown)."""
        page = self._page
        try:
            return page.service.set_values(
                changes,
                form=form,
                period=period,
                source=source,
                actor=page.actor(),
                adopt_mode=page.mode_choice.adopted,
            )
        except UserError as error:
            page.show_message(error.message, error=True)
            return None

    def _done_text(self) -> str:
        """Why the grid takes no figure: shown as counted in another mode, sent, or complete."""
        page = self._page
        if page.mode_choice.refusal is not None:
            return self.tr(
                "These figures were counted in another period mode and are read only here. To "
                "change them, choose “Enter them again in the current period mode…”."
            )
        grid = page.model.grid
        if grid is not None and grid.locked_version is not None:
            # Its Re-open button is hidden: only the send page reopens a sent report.
            return self.tr(
                "This report was sent (package v{version}) and is locked. To correct it, reopen "
                "it on the Send reports page with a reason."
            ).replace("{version}", str(grid.locked_version))
        return self.tr("This report is complete. Re-open it to change figures.")

    def refuse_typing(self) -> None:
        """A figure typed into a report that takes none: say why, and how to change it."""
        self._page.show_message(self._done_text(), error=True)

    def commit_typed(self, changes: Sequence[Change]) -> bool:
        """A figure typed into a cell (the table model's commit)."""
        return self._write(changes, SOURCE_TYPED, self.tr("Type a figure"))

    def clear_cells(self, cells: list[tuple[int, int]]) -> None:
        """Delete: empty every selected figure cell, as one step."""
        model = self._page.model
        changes: list[Change] = []
        for row, column in cells:
            key = model.cell_key(row, column)
            if key is not None and model.value(row, column) is not None:
                changes.append((key[0], key[1], None))
        if changes:
            self._write(changes, SOURCE_TYPED, self.tr("Clear cells"))
        elif model.read_only:
            self._page.show_message(self._done_text(), error=True)

    def paste_text(self, text: str) -> None:
        """Paste a TSV block at the current cell; invalid cells are shown before anything."""
        page = self._page
        if page.model.read_only:
            page.show_message(self._done_text(), error=True)
            return
        rows = parse_tsv(text)
        if not rows:
            return
        current = page.table.currentIndex()
        bounds = page.table.selection_bounds()
        top, left = (current.row(), current.column()) if current.isValid() else (0, 0)
        filled: set[tuple[int, int]] | None = None
        if bounds is not None and len(rows) == 1 and len(rows[0]) == 1:
            # One copied value over selected cells fills each of them, as a spreadsheet does;
            # only those: cells picked apart with Ctrl+click leave the ones between alone.
            b_top, b_left, b_bottom, b_right = bounds
            if (b_top, b_left) != (b_bottom, b_right):
                top, left = b_top, b_left
                rows = fill_block(rows[0][0], b_bottom - b_top + 1, b_right - b_left + 1)
                filled = set(page.table.selected_cells())
        plan = plan_paste(page.model, rows, top, left, page.service.parse_value, within=filled)
        if plan.invalid and not page.confirm_paste(plan):
            page.show_message(self.tr("Paste cancelled; nothing was changed."))
            return
        changes = plan.changes()
        if changes and self._write(changes, SOURCE_PASTED, self.tr("Paste")):
            if filled is None:  # a filled selection stays selected as it was
                width = max(len(r) for r in rows)
                page.table.select_block(top, left, top + len(rows) - 1, left + width - 1)
            skipped = len(plan.invalid)
            if skipped:
                page.show_message(
                    self.tr("Pasted {n} cells; {m} invalid cells were skipped.")
                    .replace("{n}", str(len(changes)))
                    .replace("{m}", str(skipped))
                )
