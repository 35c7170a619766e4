"""Python's cycle collector paused through a pass that makes objects by the hundred thousand.

An office's batch of packages (figures, their changes, rows to write) and an Excel export
(openpyxl's cells, twice: written, then read back to check) make short-lived objects almost
none of which are in a cycle. The collector would run hundreds of times over everything the
application holds and free next to nothing: a sixth of a batch import's time, a tenth of an
export's. Whatever it would have found is collected on its first run after the pass.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside, then as it was before (also when the pass fails)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
