"""The desk as a small shop meets it: a full tool row on a narrow screen, columns that fit,
empty lists that say how to fill them, a new shop's first steps, the Go menu, navigation
pictures, the login's demo accounts, each user's own language, the window's place."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPushButton

from shopmanager.core.permissions import Role
from shopmanager.services import settings
from shopmanager.ui.i18n import apply_language
from tests.ui.test_foundation_ui import make_window
from tests.ui.test_orders_ui import _when_modal, catalogue, paid_order


def sized_window(qtbot, actor, db, width: int = 1366, height: int = 696):
    """A main window of that size (not maximised, as it opens on the 800×800 test screen)."""
    window = make_window(qtbot, actor, db)
    window.showNormal()
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and bool(window.pages))  # painted, first page open
    qtbot.wait(10)  # (and its badges counted)
    return window


def _menu_entries(menu: QMenu) -> dict[str, object]:
    menu.aboutToShow.emit()  # built when it opens
    return {action.objectName() or (action.menu().objectName() if action.menu() else ""): action
            for action in menu.actions()}


def test_a_full_tool_row_moves_its_last_buttons_into_more_and_back(qtbot, sqlite_db, sqlite_shop, dialogs):
    window = sized_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    page = window.show_page("products")
    qtbot.wait(10)
    bar = page.bar
    assert bar.more.isVisible() and page.export_button in bar.overflowed  # the rightmost goes first
    assert not page.export_button.isVisible()
    assert page.actions["new"].isVisible()  # the first button stays longest
    assert bar.sizeHint().width() > bar.width() >= bar.needed_width()
    entries = _menu_entries(bar.more_menu)
    dialogs.answer(None)  # the save dialog: cancelled
    entries["more_export"].trigger()  # the menu entry does what the button does
    assert dialogs.texts("save_file")
    window.resize(2200, 900)
    qtbot.waitUntil(lambda: not bar.more.isVisible())
    assert page.export_button.isVisible() and not bar.overflowed


def test_widgets_added_the_old_way_take_part_and_filters_work_from_the_menu(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.db.database import parse_url
    from shopmanager.ui.context import AppContext
    from shopmanager.ui.pages.orders import OrdersPage

    page = OrdersPage(AppContext(sqlite_shop[Role.OWNER], parse_url(sqlite_db.url)))
    qtbot.addWidget(page)
    page.show()
    late = QPushButton("A very long button added later by a module", page)
    late.setObjectName("late")
    page.buttons.addWidget(late)  # the API every page uses
    page.resize(500, 400)  # (narrower than any real screen: filters must go too)
    qtbot.waitUntil(lambda: page.channel in page.bar.overflowed and late in page.bar.overflowed)
    assert late in page.bar.overflowed and page.search.isVisible() and page.status.isVisible()
    entries = _menu_entries(page.bar.more_menu)
    channel_menu = entries["more_channel_filter"].menu()
    assert [a.text() for a in channel_menu.actions()] == [page.channel.itemText(i) for i in range(page.channel.count())]
    channel_menu.actions()[2].trigger()
    assert page.channel.currentIndex() == 2 and page.request.filters["channel"] == page.channel.itemData(2)
    entries["more_late"].trigger()  # a button added later is in the menu too, and clicks


def test_columns_shrink_to_the_table_and_keep_the_width_the_user_wanted(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.widgets.columns import fitted_widths

    assert fitted_widths([100, 200, 300], 1000) == [100, 200, 300]
    shrunk = fitted_widths([100, 200, 300], 400)
    assert sum(shrunk) == 400 and shrunk[0] < 100 and shrunk[2] < 300 and min(shrunk) >= 56
    assert fitted_widths([100, 200, 300], 100) == [56, 56, 56]  # beyond that, the table scrolls
    window = sized_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db, 1000, 650)
    page = window.show_page("orders")
    qtbot.wait(10)
    header = page.view.horizontalHeader()
    shown = sum(header.sectionSize(i) for i in range(header.count()))
    assert shown <= page.view.viewport().width()  # the right-hand columns are on the screen
    wanted = dict(page.columns.wanted)
    assert sum(wanted.values()) > shown
    page.hide()  # saving the header keeps what the user wanted, not what this window squeezed
    assert [header.sectionSize(i) for i in range(header.count())] == [wanted[i] for i in range(header.count())]


def test_empty_lists_say_how_to_fill_them_and_a_search_says_it_found_nothing(qtbot, sqlite_db, sqlite_shop):
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    page = window.show_page("orders")
    assert page.placeholder.isVisible() and "New order (Ctrl+N)" in page.placeholder.text()
    products_page = window.show_page("products")
    assert "Import from Excel" in products_page.placeholder.text()
    products_page.search.setText("不存在的商品")
    products_page.apply_search()
    assert "Nothing matches “不存在的商品”" in products_page.placeholder.text()
    catalogue(sqlite_shop[Role.OWNER])
    products_page.clear_search()
    assert not products_page.placeholder.isVisible() and products_page.model.rowCount() == 1
    warehouse = make_window(qtbot, sqlite_shop[Role.WAREHOUSE], sqlite_db)
    apply_language("zh_CN")
    queue = make_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db).show_page("dispatch")
    assert "目前没有待发货的订单" in queue.placeholder.text()
    assert warehouse.show_page("movements").placeholder.isHidden()  # the receipt above is in the ledger


def test_a_new_shop_shows_calm_zeros_and_its_next_steps_as_buttons(qtbot, sqlite_db, sqlite_shop):
    owner = sqlite_shop[Role.OWNER]
    window = make_window(qtbot, owner, sqlite_db)
    home = window.show_page("dashboard")
    assert home.first_steps.isVisible() and not home.chart.isVisible()
    assert home.cards["overdue"].value.text() == "0" and not home.cards["overdue"].value.property("alarming")
    opened = []
    _when_modal(lambda dialog: (opened.append(type(dialog).__name__), dialog.reject()))
    home.first_steps.findChild(QPushButton, "new_product").click()
    assert opened == ["ProductDialog"] and window.current_page() is window.pages["products"]
    rice = catalogue(owner)
    window.show_page("dashboard")
    assert "✓" in home.findChild(QLabel, "step_products").text()
    assert not home.first_steps.findChild(QPushButton, "new_product").isVisible()
    paid_order(owner, rice)
    home.refresh()
    assert not home.first_steps.isVisible() and home.chart.isVisible()
    assert home.cards["to_ship"].value.text() == "1"


def test_a_clerk_sees_who_adds_products_instead_of_buttons_she_cannot_use(qtbot, sqlite_db, sqlite_shop):
    window = make_window(qtbot, sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    home = window.show_page("dashboard")
    assert "ask the owner or operations" in home.findChild(QLabel, "step_products").text()
    assert home.first_steps.findChild(QPushButton, "new_product") is None
    assert home.first_steps.findChild(QPushButton, "new_order") is not None


def test_the_go_menu_lists_every_page_and_the_first_nine_have_shortcuts(qtbot, sqlite_db, sqlite_shop):
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    menu = window.findChild(QMenu, "go_menu")
    actions = menu.actions()
    assert len(actions) == len(window.entries) > 9
    assert [a.shortcut().toString() for a in actions[:9]] == [f"Ctrl+{n}" for n in range(1, 10)]
    assert all(a.shortcut().isEmpty() for a in actions[9:])
    actions[-1].trigger()
    assert window.current_page() is window.pages[window.entries[-1].key]


def test_every_page_has_its_own_picture_on_the_navigation():
    from shopmanager.ui.icons import DRAWINGS, drawing_name
    from shopmanager.ui.navigation import ENTRIES

    drawings = {entry.key: drawing_name(entry.icon or entry.key) for entry in ENTRIES}
    missing = [key for key, name in drawings.items() if name == "page"]
    assert not missing, f"set NavEntry.icon to one of {sorted(DRAWINGS)} for {missing}"
    assert len(set(drawings.values())) == len(drawings)  # no two pages look alike


def test_the_damage_return_button_is_named_for_what_it_does(qtbot, sqlite_db, sqlite_shop):
    apply_language("zh_CN")
    window = make_window(qtbot, sqlite_shop[Role.WAREHOUSE], sqlite_db)
    page = window.show_page("products")
    assert page.actions["movement"].text() == "报损/退货/调整…"
    assert "出入库" not in page.actions["movement"].text()


def test_the_demo_accounts_stay_readable_after_a_wrong_password(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.login import LoginDialog

    settings.store("shop.is_demo", True)
    dialog = LoginDialog(None, "D:/shop.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.w(QLabel, "demo_hint")
    dialog.w(QLineEdit, "username").setText("customer_service")
    dialog.w(QLineEdit, "password").setText("wrong")
    dialog.accept()
    qtbot.wait(10)
    assert "Wrong user name or password" in dialog.message.text()
    assert hint.isVisible() and hint.height() >= hint.heightForWidth(hint.width())  # not squeezed
    viewport = dialog.scroll.viewport()
    top_left = hint.mapTo(viewport, hint.rect().topLeft())
    assert viewport.rect().contains(QRect(top_left, hint.size()))  # and not scrolled away
    hint.linkActivated.emit("owner")  # clicking an account fills it in
    assert dialog.w(QLineEdit, "username").text() == "owner" and dialog.w(QLineEdit, "password").text()


def test_a_clerk_works_in_english_in_a_chinese_shop(qtbot, sqlite_db, sqlite_shop, monkeypatch):
    from shopmanager.core.i18n import current_language
    from shopmanager.db.database import parse_url
    from shopmanager.services import auth
    from shopmanager.ui.app import AppController

    settings.store("ui.language", "zh_CN")
    controller = AppController(QApplication.instance(), db_url=None, language=None, user=None,
                               database=parse_url(sqlite_db.url))
    controller.show_main(sqlite_shop[Role.CUSTOMER_SERVICE], check_password=False)
    window = controller.window
    qtbot.addWidget(window)
    assert current_language() == "zh_CN" and window.findChild(QMenu, "go_menu").title() == "转到(&G)"
    english = window.findChild(QMenu, "language_menu").findChildren(QMenu)  # (no submenus)
    assert english == []
    action = next(a for a in window.findChild(QMenu, "language_menu").actions() if a.objectName() == "language_en")
    action.trigger()  # the window is rebuilt in English, on the same page
    new_window = controller.window
    qtbot.addWidget(new_window)
    assert new_window is not window and current_language() == "en"
    assert new_window.findChild(QMenu, "go_menu").title() == "&Go"
    assert auth.login("customer_service", "demo-pass-1").language == "en"  # kept for the next login
    settings.store("ui.language", "zh_CN")
    new_window.context.language_changed.emit("zh_CN")  # the owner saves the shop's language again
    assert current_language() == "en"  # her own choice wins
    controller.window.close()


def test_the_window_opens_within_a_small_screen_and_is_never_restored_off_screen(qtbot, sqlite_db, sqlite_shop,
                                                                                  monkeypatch):
    from shopmanager.ui import screen

    monkeypatch.setattr(screen, "available_geometry", lambda widget=None: QRect(0, 0, 1366, 728))
    monkeypatch.setattr(screen, "screen_areas", lambda: [QRect(0, 0, 1366, 728)])
    assert screen.on_a_screen(QRect(10, 10, 1280, 680), [QRect(0, 0, 1366, 728)])
    assert not screen.on_a_screen(QRect(1500, 10, 1280, 680), [QRect(0, 0, 1366, 728)])  # the monitor is gone
    assert not screen.on_a_screen(QRect(0, 0, 1920, 1040), [QRect(0, 0, 1366, 728)])  # saved on a bigger one
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    assert window.isMaximized()  # the first start: 1280×800 does not fit 1366×728, so maximised
    window.showNormal()
    window.setGeometry(40, 40, 700, 500)
    saved = window.saveGeometry()
    fresh = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    assert fresh.restoreGeometry(saved) and screen.keep_on_screen(fresh)  # where it was closed, at that size
    assert fresh.size() == QSize(700, 500) and not fresh.isMaximized()
    monkeypatch.setattr(screen, "screen_areas", lambda: [QRect(0, 0, 600, 400)])  # now a smaller screen
    assert fresh.restoreGeometry(saved) and not screen.keep_on_screen(fresh)
    assert fresh.isMaximized()
    qtbot.wait(20)  # (the windows' first paint opens their first page)
