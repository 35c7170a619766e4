"""The entry page over a report counted in another period mode than the unit's (domain.md §5.1).

Its figures are not shown over the current mode's window: the page says why in its
StoredModeBox and offers to see them as counted (read only), to count them again from the
register, or to enter them again in the current mode. What the user chose holds for that one
report, until another form or period is opened. EntryView reads and shows the grid; when the
service refuses it for its mode, the page hands over to StoredModeChoice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from egov_desktop.domain.periods import Period
from egov_desktop.errors import StoredModeError, UserError
from egov_desktop.ui.widgets.stored_mode_box import days

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import EntryGrid
    from egov_desktop.ui.views.entry_view import EntryView


class StoredModeChoice(QObject):
    """Why `page`'s report is not shown in the current mode, and what the user chose to do."""

    def __init__(self, page: EntryView) -> None:
        super().__init__(page)
        self._page = page
        #: The report's figures were counted in another period mode than the unit's: why.
        self.refusal: StoredModeError | None = None
        #: The user chose to see those figures as counted (read only) ...
        self.as_counted = False
        #: ... or to enter them again in the unit's mode (saving records that mode).
        self.adopted = False

    def refused(self, refusal: StoredModeError) -> None:
        """The report's figures were counted in another mode: say why, offer what can be done.

        Nothing is shown in the current mode's window. The figures stay stored: they can be
        seen as counted, counted again from the register, or entered again in the current mode.
        """
        page = self._page
        self.refusal = refusal
        shown: EntryGrid | None = None
        if self.as_counted:
            try:
                shown = page.service.grid(
                    form=page.form_code, period=page.period_code, mode=refusal.stored
                )
            except UserError as error:
                page.show_message(error.message, error=True)
        if shown is not None:
            page.show_grid(shown)
            title = self.tr(
                "Read only: the figures as they were counted, over their own window. They cannot "
                "be changed, exported or sent in the current period mode."
            )
        else:
            page.model.set_grid(None)
            page.checks.clear()
            page.period_label.setText(Period.parse(page.period_code).label)
            page.status_label.clear()
            page.status_label.setStyleSheet("")
            title = self.tr("These figures were counted in another period mode: not shown.")
        # Nothing is changed or completed here: only through the choices below.
        page.model.read_only = True
        for button in (page.done_button, page.reopen_button, page.carry_button):
            button.setVisible(False)
        page.mode_box.show_refusal(
            title,
            refusal.message,
            as_counted=shown is None,
            recount=refusal.recount
            and page.compute_action.isEnabled()
            and page.compute_action.isVisible(),
        )

    def show_as_counted(self) -> None:
        """Show the refused figures in the mode they were counted in, read only."""
        self.as_counted = True
        self._page.reload()

    def adopt_mode(self) -> bool:
        """After asking: show the refused figures in the current mode, to be entered again.

        Nothing is written yet: the first figure saved (or completing the report) stores the
        report in the current mode. True when the user agreed.
        """
        refusal = self.refusal
        if refusal is None or not self._page.confirm_adopt(refusal):
            return False
        self.adopted, self.as_counted = True, False
        self._page.reload()
        return True

    def ask_adopt(self, refusal: StoredModeError) -> bool:
        """Whether the user agrees to enter the refused figures again in the current mode."""
        period = Period.parse(self._page.period_code)
        answer = QMessageBox.question(
            self._page,
            self.tr("Enter the figures again"),
            self.tr(
                "The stored figures will be shown over the current period mode's window "
                "{window}, although they were counted over {counted}. Correct every figure that "
                "differs: the report is stored in the current mode as soon as a figure is saved "
                "or the report is completed.\n\nEnter the figures again in the current mode?"
            )
            .replace("{window}", days(period, refusal.mode))
            .replace("{counted}", days(period, refusal.stored)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_note(self, grid: EntryGrid) -> None:
        """While entering again: the figures shown are still those of another mode."""
        box = self._page.mode_box
        if grid.counted_mode is None or grid.counted_mode == grid.mode:
            box.hide()
            return
        box.show_reentry(Period.parse(grid.period_code), grid.counted_mode, grid.mode)
