"""What the entry page's buttons do to the report as a whole: carry over, complete, re-open.

Taking the previous period's figures writes column (6) as one undo step; completing asks for a
note while warnings remain (or the report is empty), as the service requires; re-opening makes
the figures editable again. After a status change the undo steps made before it are dropped:
they are not replayed over a completed report. EntryView builds the buttons and shows the
report; these are their slots.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from egov_desktop.errors import UserError
from egov_desktop.services.entry_dto import STATUS_DONE, STATUS_IN_PROGRESS, Problem
from egov_desktop.ui.commands import EditCellsCommand
from egov_desktop.ui.models.entry_table_model import ERROR, WARNING

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import EntryGrid
    from egov_desktop.ui.views.entry_view import EntryView


class EntryActions(QObject):
    """The carry-over, complete and re-open actions of `page`'s report."""

    def __init__(self, page: EntryView) -> None:
        super().__init__(page)
        self._page = page

    def carry_over(self) -> None:
        """Column (6) from the previous period's column (11), as one undo step."""
        page = self._page
        try:
            done = page.service.prefill_carry_over(
                form=page.form_code,
                period=page.period_code,
                actor=page.actor(),
                adopt_mode=page.mode_choice.adopted,
            )
        except UserError as error:
            page.show_message(error.message, error=True)
            return
        if done:
            page.undo_stack.push(
                EditCellsCommand(
                    page.editing,
                    form=page.form_code,
                    period=page.period_code,
                    changes=done,
                    text=self.tr("Take figures from the previous period"),
                )
            )
            page.show_message(
                self.tr("{n} figures taken from the previous period.").replace(
                    "{n}", str(len(done))
                )
            )
        else:
            page.show_message(self.tr("The previous period has nothing to carry over."))
        page.reload()

    def mark_done(self) -> None:
        """Complete the report: the service refuses while errors remain; warnings need a note."""
        grid = self._page.model.grid
        if grid is None:
            return
        # The register's recount is asked again: it may have changed since the page was shown.
        outside = self._page.register_problems(grid)
        problems = [*grid.problems, *outside]
        errors = [p for p in problems if p.severity == ERROR]
        warnings = [p for p in problems if p.severity == WARNING]
        note = ""
        if not errors and not warnings and _empty(grid):
            # As the service: an empty report is completed only with a note saying why.
            warnings = [
                Problem(
                    WARNING,
                    "EMPTY",
                    None,
                    None,
                    (),
                    self.tr(
                        "The report holds no figure at all. If the unit had no dossier in this "
                        'period, say so in the note (e.g. "no dossier this period").'
                    ),
                    whole_report=True,
                )
            ]
        if warnings and not errors:
            answer = self._page.ask_note(warnings)
            if answer is None:
                return
            note = answer
        self._set_status(
            STATUS_DONE,
            note,
            self.tr("The report is marked complete."),
            [p.message for p in outside if p.severity == WARNING],
        )

    def reopen(self) -> None:
        """Back to "in progress" so the figures can be changed."""
        self._set_status(STATUS_IN_PROGRESS, "", self.tr("The report is open for changes again."))

    def _set_status(
        self, status: str, note: str, done_text: str, warnings: Sequence[str] = ()
    ) -> None:
        page = self._page
        try:
            grid = page.service.set_status(
                form=page.form_code,
                period=page.period_code,
                status=status,
                note=note,
                actor=page.actor(),
                adopt_mode=page.mode_choice.adopted,
                warnings=warnings,
            )
        except UserError as error:
            page.show_message(error.message, error=True)
            return
        # Steps made before completing are not replayed over a completed report.
        page.undo_stack.clear()
        page.show_grid(grid)
        page.show_message(done_text)


def _empty(grid: EntryGrid) -> bool:
    """Not a single figure in the report (carried-over figures count)."""
    return not any(v is not None for row in grid.rows for v in row.values.values())
