"""Everything fits a 1366×768 screen (a 1366×728 work area once the taskbar is counted), in
Chinese and English, for every role.

- Pages: every `ui.navigation.ENTRIES` page the role may open, opened one after another in
  one main window (as a user does): the window's minimum size must stay within the work
  area less the title bar. A new page is covered as soon as it is in ENTRIES.
- Dialogs: every dialog of `tests/ui/catalog.DIALOGS` (one line there per new dialog):
  its minimum size within the work area, and the size it opens at too.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from shopmanager.ui.i18n import apply_language
from shopmanager.ui.screen import SMALLEST_WORK_AREA, TITLE_BAR
from tests.ui import catalog

LANGUAGES = ["zh_CN", "en"]
# The client area of a window on the smallest screen: the work area less the title bar.
ROOM = QSize(SMALLEST_WORK_AREA.width(), SMALLEST_WORK_AREA.height() - TITLE_BAR)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    catalog.build_demo_file(path)
    return path


@pytest.fixture
def demo_shop(qapp, demo_file, tmp_path):
    from shopmanager.ui.app import register_font

    register_font(qapp)  # the bundled CJK font, as the program has: Chinese is measured in it
    return catalog.open_demo_copy(demo_file, tmp_path)


def too_big(size: QSize, room: QSize = ROOM) -> bool:
    return size.width() > room.width() or size.height() > room.height()


def minimum_of(widget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", catalog.demo_roles())
def test_every_page_fits_the_smallest_screen(qtbot, demo_shop, role, language):
    apply_language(language)
    window = catalog.make_window(demo_shop, role)
    qtbot.addWidget(window)
    window.resize(ROOM)
    window.show()
    problems = []
    for entry in window.entries:
        window.show_page(entry.key)
        qtbot.wait(1)
        needed = minimum_of(window)
        if too_big(needed):
            page = window.current_page()
            problems.append(f"{entry.key}: window needs {needed.width()}×{needed.height()} "
                            f"(page {minimum_of(page).width()}×{minimum_of(page).height()})")
    assert not problems, f"{role}, {language}: larger than {ROOM.width()}×{ROOM.height()}: {problems}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(catalog.DIALOGS))
def test_every_dialog_fits_the_smallest_screen(qtbot, demo_shop, monkeypatch, name, language):
    from shopmanager.ui import screen

    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(0, 0, 1366, 728))
    apply_language(language)
    dialog = catalog.DIALOGS[name](demo_shop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(1)
    needed = minimum_of(dialog)
    assert not too_big(needed), f"{name} ({language}) needs at least {needed.width()}×{needed.height()}"
    assert not too_big(dialog.size()), f"{name} ({language}) opens at {dialog.width()}×{dialog.height()}"
    dialog.close()
