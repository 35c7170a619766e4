"""Background jobs: outcomes reach the GUI thread, and a closing window never hangs on one."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from egov_desktop.errors import UserError
from egov_desktop.ui.workers import BackgroundJob


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    job = BackgroundJob(lambda report: 42)
    with qtbot.waitSignal(job.done, timeout=5000) as done:
        job.start()
    assert done.args == [42] and not job.running


def test_a_user_error_arrives_as_failed(qtbot: QtBot) -> None:
    def refuse(report: Callable[[int, str], None]) -> None:
        raise UserError("Không được.")

    job = BackgroundJob(refuse)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert isinstance(failed.args[0], UserError)


def test_waiting_for_a_job_that_ended_returns(qtbot: QtBot) -> None:
    """The window closes while the job's 'done' still waits in the GUI thread's queue."""
    finished = threading.Event()

    def quick(report: Callable[[int, str], None]) -> int:
        finished.set()
        return 1

    job = BackgroundJob(quick)
    job.start()
    assert finished.wait(5)
    # The GUI thread has not processed the queued 'done': before the fix, wait() blocked
    # forever on a thread whose event loop only that queued call would end.
    waiter = threading.Thread(target=job.wait, daemon=True)
    waiter.start()
    waiter.join(10)
    assert not waiter.is_alive()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
