"""Progress on a terminal for the slower commands (`draft`, `check`), through tqdm.

Nothing is shown when standard error is not a terminal (pipes, CI, tests), nor for work that
finishes within half a second: tqdm's `delay` holds the bar back until then, and `leave=False`
clears it when done, so a quick command prints exactly what it printed before.
tqdm is imported only when a bar may be shown: `alliance-bot ask` never pays for it.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO, TypeVar

T = TypeVar("T")
DELAY = 0.5  # seconds before anything is drawn


def wanted(stream: TextIO | None = None) -> bool:
    stream = stream or sys.stderr
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


@contextmanager
def stages(total: int, label: str, stream: TextIO | None = None) -> Iterator[Callable[[str], None]]:
    """A bar over named stages; yields `step(name)` to call as each stage starts."""
    stream = stream or sys.stderr
    if not wanted(stream):
        yield lambda _name: None
        return
    from tqdm import tqdm

    bar = tqdm(total=total, desc=label, delay=DELAY, leave=False, file=stream, unit="step")
    started = [False]

    def step(name: str) -> None:
        if started[0]:
            bar.update(1)
        started[0] = True
        bar.set_postfix_str(name, refresh=False)

    try:
        yield step
    finally:
        bar.close()


def run_with_progress(work: Callable[[], T], label: str, stream: TextIO | None = None) -> T:
    """Run work; on a terminal, show label and the time elapsed while it takes long."""
    stream = stream or sys.stderr
    if not wanted(stream):
        return work()
    from tqdm import tqdm

    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the caller below
            outcome["error"] = exc

    thread = threading.Thread(target=target, name="progress-work", daemon=True)  # Ctrl-C still exits
    thread.start()
    with tqdm(
        total=None, desc=label, delay=DELAY, leave=False, file=stream, bar_format="{desc} {elapsed}"
    ) as bar:
        while thread.is_alive():
            thread.join(0.1)
            bar.refresh()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
