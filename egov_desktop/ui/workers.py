"""Run a long service call off the GUI thread and get its outcome back on the GUI thread.

Every service call opens its own unit of work, so a job may run in any thread; only its
outcome touches widgets, and that is delivered through queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from egov_desktop.errors import UserError

#: A job receives a progress callback (percent, text) and returns its result.
Job = Callable[[Callable[[int, str], None]], Any]


class _Runner(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self.progress.emit)
        except UserError as error:
            self.failed.emit(error)
        except Exception as error:  # noqa: BLE001 - a bug, but the window must learn of it
            self.failed.emit(error)
        else:
            self.done.emit(result)


class BackgroundJob(QObject):
    """One job in its own thread; `done`, `failed` and `progress` arrive on the GUI thread.

    `failed` carries a UserError (shown as is) or another exception (a bug, logged).
    """

    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = QThread()
        self._runner = _Runner(job)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        # Slots of this object, which lives in the GUI thread: Qt queues the calls there.
        self._runner.progress.connect(self._progress)
        self._runner.done.connect(self._done)
        self._runner.failed.connect(self._failed)

    def start(self) -> None:
        assert self._thread is not None
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def wait(self) -> None:
        """Block until the job has ended (the window is closing).

        The thread's event loop is told to end first: it would otherwise wait for `_done`,
        a queued call this blocked GUI thread can never make, and closing would hang.
        """
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _stop(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None

    @Slot(int, str)
    def _progress(self, percent: int, text: str) -> None:
        self.progress.emit(percent, text)

    @Slot(object)
    def _done(self, result: object) -> None:
        self._stop()
        self.done.emit(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._stop()
        self.failed.emit(error)
