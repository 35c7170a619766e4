"""The cycle collector is paused inside, and left as it was after, also when the pass fails."""

from __future__ import annotations

import gc

import pytest

from egov_desktop.collector import collector_paused


def test_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_when_the_pass_fails() -> None:
    with pytest.raises(OSError), collector_paused():
        raise OSError("disk full")
    assert gc.isenabled()


def test_a_caller_that_paused_it_itself_finds_it_paused_still() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
