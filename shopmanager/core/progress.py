"""Progress and cancellation for long work, without Qt.

Long services (import, export, reports, demo data) take a `Progress`; the UI task
runner passes one wired to its progress dialog, the CLI one that prints, tests a
plain one. Cancelling makes the next `update()`/`check()` raise `Cancelled`, which
unwinds the service's transaction so nothing is half-written.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from shopmanager.core.errors import Cancelled
from shopmanager.core.i18n import tr

Listener = Callable[[int, int, str], None]


class Progress:
    def __init__(self, listener: Listener | None = None):
        self._listener = listener
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.text = ""

    def update(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Report `done` of `total` steps; raises Cancelled if the user asked to stop."""
        self.check()
        self.done = done
        if total is not None:
            self.total = total
        if text is not None:
            self.text = text
        if self._listener is not None:
            self._listener(self.done, self.total, self.text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled(tr("Tasks", "Cancelled. Nothing was changed."))


def printing_progress(stream) -> Progress:
    """A Progress for the command line: a line per stage, and every quarter of a long stage."""
    last = {"text": None, "quarter": -1}

    def show(done: int, total: int, text: str) -> None:
        quarter = int(done * 4 / total) if total else 0
        if text != last["text"] or quarter != last["quarter"]:
            last["text"], last["quarter"] = text, quarter
            percent = f" {int(done * 100 / total)}%" if total else ""
            stream.write(f"{text}{percent}\n")
            stream.flush()

    return Progress(show)
