"""UI test fixtures: isolated QSettings, English UI, answered dialogs, stopped workers."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from shopmanager.ui import messages


class DialogRecorder:
    """Stands in for every dialog of ui/messages.py: records what was shown, gives scripted answers."""

    ASKING = {"confirm", "text", "choice", "open_file", "save_file", "folder", "buttons"}

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self._answers: list = []

    def answer(self, *values) -> None:
        self._answers.extend(values)

    def __call__(self, kind, title, text, extra):
        self.shown.append((kind, text))
        if kind in self.ASKING:
            if not self._answers:
                raise AssertionError(f"unexpected {kind} dialog: {text}")
            return self._answers.pop(0)
        return None

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]

    @property
    def last(self) -> str:
        return self.shown[-1][1] if self.shown else ""


@pytest.fixture(autouse=True)
def ui_isolation(qapp, tmp_path):
    from shopmanager.ui.i18n import apply_language
    from shopmanager.ui.tasks import reset_runner

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    apply_language("en")
    yield
    reset_runner()
    messages.set_responder(None)
    apply_language("en")


@pytest.fixture
def dialogs():
    recorder = DialogRecorder()
    messages.set_responder(recorder)
    yield recorder
    messages.set_responder(None)


def wait_for_tasks(qtbot, timeout: int = 20000) -> None:
    from shopmanager.ui.tasks import runner

    qtbot.waitUntil(lambda: not runner().busy(), timeout=timeout)
