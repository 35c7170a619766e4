"""The receive page's inbox folder: the packages dropped there and what importing each would do.

The folder (a shared drive, a USB stick) is watched and scanned when the page opens, so nothing
in it may take the page down: a file that cannot be read is listed as refused with its reason.
While the page is shown the folder is also looked at every few seconds: a shared drive often
sends no change notice, and a file still being copied, listed as damaged when it appeared, is
read again once its size or time changes.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QFileSystemWatcher,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from egov_desktop.domain.periods import label_of
from egov_desktop.errors import UserError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.package_import import PackageImportService

logger = logging.getLogger(__name__)

INBOX_KEY = "exchange/inbox"
#: The states an inbox file can be imported in, without a choice to make.
READY = (dto.IMPORTED, dto.QUEUED)


#: The inbox list keeps room for this many files whatever the matrix above it takes.
MIN_ROWS = 5
#: The column of what importing the file would do, or why it is refused.
STATE = 3
#: No other column is wider than this share of the list: a long file name (a copy's "(1)") is
#: cut in its middle, and what importing would do keeps room to be read.
NARROW = 4
#: How often the folder is looked at while the page is shown (a stat of each file, no reading).
POLL_MS = 3000
#: A folder's files as last listed: (name, size, modification time) of each.
Listing = tuple[tuple[str, int, int], ...]


def compact_rows(table: QTableWidget) -> None:
    """Rows one line of text high (the style's default is taller): more of them on a screen."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


#: Set on the state cell of a refused file: its reason is read whole, on as many lines as it takes.
WRAPPED = Qt.ItemDataRole.UserRole


class _OneLineStates(QStyledItemDelegate):
    """One line per file, cut short with the whole text in its tooltip; a refusal wraps.

    At 1024 pixels "replaces v1, ready to import: 16 figure(s) change" took two lines and the
    list showed four files; what importing would do is read whole in the preview anyway.
    """

    @override
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        # PySide6's stubs do not list the option's fields, hence the ignores.
        if index.column() == 0:  # a file name's end tells its version and copies apart
            option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]
        if not index.data(WRAPPED):
            wrap = QStyleOptionViewItem.ViewItemFeature.WrapText
            option.features &= ~wrap  # type: ignore[attr-defined]


class InboxPanel(QGroupBox):
    """Lists the inbox folder's packages; the page imports them (`open_requested`, all)."""

    #: A row was double-clicked or Enter pressed on it: preview this package and import it.
    open_requested = Signal(Path)
    #: "Import all new packages" was clicked.
    import_all_requested = Signal()

    def __init__(
        self,
        importer: PackageImportService,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Inbox folder"), parent)
        self._importer = importer
        self._settings = settings
        self._folder: Path | None = None
        #: Each file with what importing it would do ("" when it is refused).
        self.entries: list[tuple[Path, str]] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self._choose)
        self.import_all_button = QPushButton(self.tr("Import all new packages"))
        self.import_all_button.setToolTip(
            self.tr(
                "One backup, then every package without conflicts; double-click a row to see one first"  # noqa: E501
            )
        )
        self.import_all_button.clicked.connect(self.import_all_requested)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.import_all_button)
        row.addWidget(choose)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Unit"), self.tr("Package"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted by _fit
        # The state takes the rest of the width; a refusal's reason wraps onto more lines.
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_OneLineStates(self.table))
        self.table.cellDoubleClicked.connect(self._open_row)
        # Enter on a file is its double click; pressed on the panel's buttons it stays theirs.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table, self._open_current)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        compact_rows(self.table)
        self.table.viewport().installEventFilter(self)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line keeps its padding
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(
            header.sizeHint().height()
            + MIN_ROWS * rows.defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self.scan())
        self._listed: Listing = ()
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        saved = settings.value(INBOX_KEY) if settings is not None else None
        self.set_folder(Path(str(saved)) if saved else None)

    def set_folder(self, folder: Path | None) -> None:
        for old in self._watcher.directories():
            self._watcher.removePath(old)
        self._folder = folder
        if folder is None:
            self.label.setText(self.tr("No inbox folder chosen."))
        else:
            self.label.setText(str(folder))
            if folder.is_dir():
                self._watcher.addPath(str(folder))
            if self._settings is not None:
                self._settings.setValue(INBOX_KEY, str(folder))
        self.scan()

    def ready(self) -> list[Path]:
        """The files that are new (or an update request) and free of conflicts."""
        return [path for path, state in self.entries if state in READY]

    def left_behind(self) -> tuple[int, int]:
        """(conflicting, refused) files as last listed: what importing all leaves in the folder.

        Refused counts an older version too: not imported, for the reason its row gives.
        """
        states = [state for _path, state in self.entries]
        return states.count(dto.CONFLICT), states.count("") + states.count(dto.OLDER)

    def outcome_text(self, imported: int, conflicts: int, refused: int) -> str:
        """What importing all did, and what it left in the folder and why."""
        parts = [
            self.tr("{count} package(s) imported from the inbox folder.").replace(
                "{count}", str(imported)
            )
            if imported
            else self.tr("No new package in the inbox folder to import.")
        ]
        if conflicts:
            parts.append(
                self.tr(
                    "{count} package(s) left in the folder: they change figures the office "
                    "typed; double-click one to choose which figures stay."
                ).replace("{count}", str(conflicts))
            )
        if refused:
            parts.append(
                self.tr("{count} package(s) not imported: the reason is in the list.").replace(
                    "{count}", str(refused)
                )
            )
        return " ".join(parts)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._poll_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._poll_timer.stop()
        super().hideEvent(event)

    def poll(self) -> None:
        """Scan again when a file came, went, grew or was rewritten since the last scan."""
        if self._listing() != self._listed:
            self.scan()

    def scan(self) -> None:
        """List the packages in the folder with what importing each would do."""
        self._listed = self._listing()
        files = self._files()
        self.entries = []
        self.table.setRowCount(len(files))
        for row, path in enumerate(files):
            state, cells = self._row(path)
            self.entries.append((path, state))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if text:
                    item.setToolTip(text)  # a long state is cut in the cell
                item.setData(WRAPPED, column == STATE and not state)
                self.table.setItem(row, column, item)
        self._fit()

    def _fit(self) -> None:
        """The columns before the state as wide as their texts, up to a share of the list."""
        cap = self.table.viewport().width() // NARROW
        header = self.table.horizontalHeader()
        for column in range(STATE):
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.table.setColumnWidth(column, min(wanted, cap))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _files(self) -> list[Path]:
        folder = self._folder
        try:
            if folder is None or not folder.is_dir():
                return []
            return sorted(p for p in folder.glob("*.egov") if p.is_file())
        except OSError:  # the shared drive went away, or the folder is not readable
            logger.warning("Inbox folder %s cannot be listed", folder, exc_info=True)
            return []

    def _listing(self) -> Listing:
        folder = self._folder
        if folder is None:
            return ()
        try:
            with os.scandir(folder) as entries:
                found = [
                    (entry.name, stat.st_size, stat.st_mtime_ns)
                    for entry in entries
                    if entry.name.lower().endswith(".egov") and entry.is_file()
                    for stat in (entry.stat(),)
                ]
        except OSError:  # gone or unreadable: scan says so once, not every few seconds
            return ()
        return tuple(sorted(found))

    def _row(self, path: Path) -> tuple[str, list[str]]:
        """(state, cells) of one file; the state is "" for a refused file."""
        try:
            preview = self._importer.preview(path)
        except UserError as error:
            return "", [path.name, "", "", error.message]
        except Exception:  # a bug: logged, and the file shown as unreadable
            logger.exception("Inbox file %s could not be previewed", path)
            return "", [path.name, "", "", self.tr("cannot be read; not imported")]
        state = (
            dto.CONFLICT if preview.status == dto.IMPORTED and preview.conflicts else preview.status
        )
        return state, [
            path.name,
            f"{preview.unit_name} ({preview.unit_code})" + self._sent_name_text(preview),
            f"{label_of(preview.period)} · v{preview.version}",
            self._state_text(state, preview)
            + self._decided_text(preview)
            + self._window_text(preview),
        ]

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.entries):
            self.open_requested.emit(self.entries[row][0])

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Inbox folder"))
        if chosen:
            self.set_folder(Path(chosen))

    def _state_text(self, status: str, preview: dto.PackagePreview) -> str:
        if status == dto.UNCHANGED and preview.held_state == dto.QUEUED:
            return self.tr("already waiting as an update request")
        latest = preview.latest_version
        if status == dto.OLDER:
            # Named by the version held, as the preview and `egov package import` name it.
            if latest is not None and preview.version >= latest:  # a unit set up again
                text = self.tr("the office holds another v{latest} of this unit")
            else:
                text = self.tr("older than the v{latest} the office holds")
            return text.replace("{latest}", str(latest))
        if status == dto.IMPORTED and latest is not None:
            # Told apart from a unit's first package: what the office holds would change.
            return (
                self.tr("replaces v{latest}, ready to import: {count} figure(s) change")
                .replace("{latest}", str(latest))
                .replace("{count}", str(len(preview.changes)))
            )
        return {
            dto.IMPORTED: self.tr("new, ready to import"),
            dto.UNCHANGED: self.tr("already imported"),
            dto.QUEUED: self.tr("update request (period accepted)"),
            dto.CONFLICT: self.tr("conflicts with the office's figures"),
        }.get(status, status)

    def _decided_text(self, preview: dto.PackagePreview) -> str:
        """The office's figures kept as it chose at an earlier import: not asked again."""
        if not preview.decided_before:
            return ""
        return self.tr(" · {count} office figure(s) kept as chosen before").replace(
            "{count}", str(len(preview.decided_before))
        )

    def _sent_name_text(self, preview: dto.PackagePreview) -> str:
        """The package names its unit otherwise than the catalogue (the preview says more)."""
        if not preview.sent_name:
            return ""
        return self.tr(" · the package names it «{sent}»").replace("{sent}", preview.sent_name)

    def _window_text(self, preview: dto.PackagePreview) -> str:
        """A warning for a unit that counted the period over other days than the office."""
        if not preview.other_window or preview.window is None:
            return ""
        start, end = preview.window
        return (
            self.tr(" · counted from {start} to {end}, not the office's window")
            .replace("{start}", f"{start:%d/%m/%Y}")
            .replace("{end}", f"{end:%d/%m/%Y}")
        )
